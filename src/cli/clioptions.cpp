#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace Fetchpool::Cli {

namespace {

std::optional<int> intValue(const QCommandLineParser &parser, const QString &name, int min, int max,
                            QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 takes a whole number from %2 to %3, not '%4'")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

} // namespace

CliOptions::Outcome CliOptions::parse(const QStringList &arguments, CliOptions *options,
                                      QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Downloads a list of URLs into a folder, one at a time (--sequential) or on a pool of\n"
            "parallel workers (-j N). Only http:// and https:// URLs are fetched."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({
        {{QStringLiteral("i"), QStringLiteral("input")},
         QStringLiteral("Read URLs from FILE (a text list, an HTML page, a .url or .desktop link); '-' reads standard input."),
         QStringLiteral("FILE")},
        {{QStringLiteral("d"), QStringLiteral("dir")},
         QStringLiteral("Save files into DIR (created if missing). Default: the current folder."),
         QStringLiteral("DIR")},
        {{QStringLiteral("j"), QStringLiteral("jobs")},
         QStringLiteral("Download with N parallel workers (1-256). Default: 16."), QStringLiteral("N"),
         QStringLiteral("16")},
        {QStringLiteral("sequential"), QStringLiteral("One download at a time (the same as -j 1).")},
        {QStringLiteral("max-per-host"),
         QStringLiteral("At most N simultaneous transfers to one host (0 = no cap)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("timeout"),
         QStringLiteral("Give up on a response after S seconds without data (connect, headers or body)."),
         QStringLiteral("S"), QStringLiteral("30")},
        {QStringLiteral("retries"),
         QStringLiteral("Retry transient failures (refused, reset, timeouts, 408, 429, 5xx) N times."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("report"), QStringLiteral("Write a JSON report of the run to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("demo"),
         QStringLiteral("Run the built-in demo: a local server with 100 images, fetched sequentially and then in parallel.")},
        {QStringLiteral("verbose"), QStringLiteral("Log requests, redirects and retries to stderr.")},
    });
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("URLs to download."),
                                 QStringLiteral("[URL...]"));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return Outcome::UsageError;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::fputs("\nExit status: 0 all done, 1 some failed or were rejected, 2 bad usage or "
                   "unreadable input, 130 interrupted.\n", stdout);
        return Outcome::ExitOk;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return Outcome::ExitOk;
    }

    CliOptions result;
    result.inputFile = parser.value(QStringLiteral("input"));
    result.urls = parser.positionalArguments();
    result.reportPath = parser.value(QStringLiteral("report"));
    result.demo = parser.isSet(QStringLiteral("demo"));
    result.verbose = parser.isSet(QStringLiteral("verbose"));
    result.engine.destination = parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir"))
            : (result.demo ? QString() : QDir::currentPath());

    if (parser.isSet(QStringLiteral("sequential")) && parser.isSet(QStringLiteral("jobs"))) {
        *error = QStringLiteral("--sequential and -j exclude each other");
        return Outcome::UsageError;
    }
    const auto workers = intValue(parser, QStringLiteral("jobs"), 1, EngineOptions::MaxWorkers, error);
    const auto perHost = intValue(parser, QStringLiteral("max-per-host"), 0, 10000, error);
    const auto timeout = intValue(parser, QStringLiteral("timeout"), 1, 24 * 3600, error);
    const auto retries = intValue(parser, QStringLiteral("retries"), 0, 100, error);
    if (!workers || !perHost || !timeout || !retries)
        return Outcome::UsageError;
    result.engine.workers = parser.isSet(QStringLiteral("sequential")) ? 1 : *workers;
    result.engine.maxPerHost = *perHost;
    result.engine.responseTimeoutMs = *timeout * 1000;
    result.engine.stallTimeoutMs = *timeout * 1000;
    result.engine.retries = *retries;

    if (!result.demo && result.inputFile.isEmpty() && result.urls.isEmpty()) {
        *error = QStringLiteral("no URLs given: pass URLs, -i FILE, -i - for standard input, or --demo");
        return Outcome::UsageError;
    }
    *options = result;
    return Outcome::Run;
}

} // namespace Fetchpool::Cli
