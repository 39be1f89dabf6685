// fetchpool: the window. Parses the command line, hands it to a Fetchpool
// already running on this display, or opens MainWindow.
#include "app/appicons.h"
#include "app/apptranslations.h"
#include "app/autostart.h"
#include "curlruntime.h"
#include "interruptwatcher.h"
#include "list/liststore.h"
#include "logging.h"
#include "app/mainwindow.h"
#include "desktop/singleinstance.h"
#include "app/threadheaps.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <cstring>

using namespace Fetchpool::Gui;

namespace {

// The reverse-DNS application id: desktop entry, AppStream metainfo and icon
// are installed under this name.
const char *const AppId = "io.github.fetchpool.Fetchpool";

struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption demo{
            QStringLiteral("demo"),
            QCoreApplication::translate("main", "Open on the offline demo: 100 images from a built-in local "
                                                "server, saved to a temporary folder. Your own list is left "
                                                "untouched.")};
    const QCommandLineOption autostart{
            QStringLiteral("autostart"),
            QCoreApplication::translate("main", "Start downloading as soon as the list is loaded: sequential, "
                                                "parallel, or both in turn (sequential,parallel)."),
            QStringLiteral("modes")};
    const QCommandLineOption quitWhenDone{
            QStringLiteral("quit-when-done"),
            QCoreApplication::translate("main", "With --autostart: close the window when the last run ends. "
                                                "The exit status is 0 when every item was downloaded, "
                                                "1 otherwise.")};
    const QCommandLineOption verbose{
            QStringLiteral("verbose"),
            QCoreApplication::translate("main", "Log runs, requests, redirects and retries to standard error.")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
                "main", "Downloads a list of URLs into a folder, sequentially or in parallel.\n"
                        "When Fetchpool is already open on this display, the files and URLs are "
                        "added to its list."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(autostart);
        parser.addOption(quitWhenDone);
        parser.addOption(verbose);
        parser.addPositionalArgument(
                QStringLiteral("urls"),
                QCoreApplication::translate("main", "URLs to add, or files listing them (text, HTML, .url, .desktop)."),
                QStringLiteral("[FILE|URL...]"));
    }
};

// --help and --version answer without a display.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "fetchpool: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    giveThreadsTheirOwnHeaps();
    // Before any thread: libcurl's global state, SIGPIPE, the open-file limit.
    QString curlError;
    if (!Fetchpool::CurlRuntime::initialize(&curlError)) {
        printError(curlError);
        return 1;
    }
    // Names for QSettings and the application data folder (the saved list).
    QCoreApplication::setOrganizationName(QStringLiteral("Fetchpool"));
    QCoreApplication::setApplicationName(QStringLiteral("Fetchpool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FETCHPOOL_VERSION));

    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppTranslations::install(QLocale());
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppId));
    QApplication::setWindowIcon(AppIcons::applicationIcon());
    AppTranslations::install(QLocale());

    CommandLine commandLine;
    commandLine.parser.process(app);
    if (commandLine.parser.isSet(commandLine.verbose))
        Fetchpool::enableVerboseLogging();
    const bool demo = commandLine.parser.isSet(commandLine.demo);
    const bool autostart = commandLine.parser.isSet(commandLine.autostart);
    const auto modes = AutoStart::parse(commandLine.parser.value(commandLine.autostart));
    if (autostart && !modes) {
        printError(QCoreApplication::translate("main",
                                               "--autostart takes sequential, parallel, or both separated by a comma."));
        return 2;
    }
    const bool quitWhenDone = commandLine.parser.isSet(commandLine.quitWhenDone);
    if (quitWhenDone && !autostart) {
        printError(QCoreApplication::translate("main", "--quit-when-done needs --autostart."));
        return 2;
    }
    const QStringList arguments =
            SingleInstance::resolveArguments(commandLine.parser.positionalArguments(), QDir::currentPath());

    // The demo never touches the user's list, so it runs beside the user's
    // window instead of joining it.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (!demo) {
        QString error;
        switch (instance.claimOrForward(arguments, &error)) {
        case SingleInstance::Role::Primary:
            break;
        case SingleInstance::Role::Forwarded:
            return 0;
        case SingleInstance::Role::Unshared:
            printError(error); // still useful on its own
            break;
        case SingleInstance::Role::Failed:
            printError(error);
            return 1;
        }
    }

    std::unique_ptr<ListStore> store;
    if (!demo)
        store = std::make_unique<ListStore>(ListStore::defaultPath());
    MainWindow window(std::move(store));
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, [&window](const QStringList &received) {
        window.addArguments(received);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    if (demo)
        window.loadDemo();
    window.addArguments(arguments);
    window.show();
    // SIGTERM and SIGINT quit as Ctrl+Q does: the run stopped with its parts
    // kept, the list saved, the demo's scratch folder removed; exit status 0.
    // A second signal ends the process at once.
    Fetchpool::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &Fetchpool::InterruptWatcher::interrupted, &window,
                     &MainWindow::quitWithoutAsking);
    QObject::connect(&window, &MainWindow::closedForGood, &app, &QCoreApplication::quit, Qt::QueuedConnection);

    int quitCode = 0;
    if (autostart) {
        auto *runs = new AutoStart(&window, *modes);
        if (quitWhenDone) {
            QObject::connect(runs, &AutoStart::finished, &window, [&window, &quitCode](bool complete) {
                quitCode = complete ? 0 : 1;
                window.close(); // saves like a user's close; the last window closed ends exec()
            });
        }
        runs->begin();
    }
    const int exitCode = app.exec();
    return exitCode != 0 ? exitCode : quitCode;
}
