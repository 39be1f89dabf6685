#include "clioptions.h"
#include "clirun.h"
#include "interruptwatcher.h"
#include "logging.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

// A console tool: QCoreApplication only, so it runs without any display.
int main(int argc, char *argv[])
{
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
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &run, &CliRun::interrupt);
    QObject::connect(&run, &CliRun::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(&run, &CliRun::start, Qt::QueuedConnection);
    return app.exec();
}
