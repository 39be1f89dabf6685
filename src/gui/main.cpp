// fetchpool: the window. Parses the command line and opens MainWindow.
#include "appicons.h"
#include "autostart.h"
#include "liststore.h"
#include "mainwindow.h"
#include "pluraltranslator.h"
#include "threadheaps.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

using namespace Fetchpool::Gui;

namespace {

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

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
                "main", "Downloads a list of URLs into a folder, sequentially or in parallel."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(autostart);
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

} // namespace

int main(int argc, char *argv[])
{
    giveThreadsTheirOwnHeaps();
    // Names for QSettings and the application data folder (the saved list).
    QCoreApplication::setOrganizationName(QStringLiteral("Fetchpool"));
    QCoreApplication::setApplicationName(QStringLiteral("Fetchpool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FETCHPOOL_VERSION));

    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("fetchpool"));
    QApplication::setWindowIcon(AppIcons::applicationIcon());
    PluralTranslator::install();

    CommandLine commandLine;
    commandLine.parser.process(app);
    const bool demo = commandLine.parser.isSet(commandLine.demo);
    const bool autostart = commandLine.parser.isSet(commandLine.autostart);
    const auto modes = AutoStart::parse(commandLine.parser.value(commandLine.autostart));
    if (autostart && !modes) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                             "main", "--autostart takes sequential, parallel, or both separated by a comma.")));
        return 2;
    }

    std::unique_ptr<ListStore> store;
    if (!demo)
        store = std::make_unique<ListStore>(ListStore::defaultPath());
    MainWindow window(std::move(store));
    if (demo)
        window.loadDemo();
    window.addArguments(commandLine.parser.positionalArguments());
    window.show();
    if (autostart)
        (new AutoStart(&window, *modes))->begin();
    return app.exec();
}
