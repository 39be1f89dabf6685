#include "clioptions.h"
#include "clirun.h"
#include "curlruntime.h"
#include "interruptwatcher.h"
#include "logging.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

// A console tool: QCoreApplication only, so it runs without any display.
int main(int argc, char *argv[])
{
    // Before any thread: libcurl's global state, SIGPIPE, the open-file limit.
    QString curlError;
    if (!Fetchpool::CurlRuntime::initialize(&curlError)) {
        std::fprintf(stderr, "fetchpool-cli: %s\n", qPrintable(curlError));
        return 2;
    }
    // Qt's own poll-based event loop: a console tool needs no GLib main-loop
    // integration, and every worker thread then carries a lighter event
    // dispatcher (measured: 3.5 MB less and 0.1 s less CPU for 10,000 items
    // on 256 workers).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fetchpool-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FETCHPOOL_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Fetchpool"));

    using namespace Fetchpool::Cli;
    CliOptions options;
    QString error;
    switch (CliOptions::parse(QCoreApplication::arguments(), &options, &error)) {
    case CliOptions::Outcome::ExitOk:
        return 0;
    case CliOptions::Outcome::UsageError:
        std::fprintf(stderr, "fetchpool-cli: %s\nTry 'fetchpool-cli --help'.\n", qPrintable(error));
        return 2;
    case CliOptions::Outcome::Run:
        break;
    }
    if (options.verbose)
        Fetchpool::enableVerboseLogging(); // debug and info, e.g. the retries

    CliRun run(options);
    Fetchpool::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &Fetchpool::InterruptWatcher::interrupted, &run, &CliRun::interrupt);
    QObject::connect(&run, &CliRun::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(&run, &CliRun::start, Qt::QueuedConnection);
    const int status = app.exec();
#ifndef FETCHPOOL_ORDERLY_EXIT
    // The run has ended: every file is closed and every report written.
    // What is left (idle worker threads, their libcurl handles and kept-alive
    // connections, the results in memory) the kernel reclaims at once, where
    // taking it down piece by piece cost 0.13 s after a run of 10,000 items
    // on 256 workers. Sanitizer builds still tear down in order, so leaks and
    // races at teardown stay checked.
    std::fflush(nullptr);
    std::_Exit(status);
#endif
    return status;
}
