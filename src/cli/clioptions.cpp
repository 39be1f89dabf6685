#include "clioptions.h"

#include "bytesize.h"
#include "proxyoptions.h"
#include "ratetext.h"
#include "requestflags.h"
#include "urllistparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <limits>

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

bool readGlobOptions(const QCommandLineParser &parser, GlobOptions *glob, QString *error)
{
    glob->enabled = !parser.isSet(QStringLiteral("globoff"));
    bool ok = false;
    glob->maxExpand = parser.value(QStringLiteral("max-expand")).toLongLong(&ok);
    if (!ok || glob->maxExpand < 1 || glob->maxExpand > UrlGlob::CountCeiling) {
        *error = QStringLiteral("--max-expand takes a whole number of URLs from 1 up, not '%1'")
                         .arg(parser.value(QStringLiteral("max-expand")));
        return false;
    }
    glob->namePattern = parser.value(QStringLiteral("output-pattern"));
    if (parser.isSet(QStringLiteral("output-pattern")) && !glob->enabled) {
        *error = QStringLiteral("--output-pattern names the URLs of patterns, and --globoff turns patterns off");
        return false;
    }
    if (parser.isSet(QStringLiteral("output-pattern")) && !glob->namePattern.contains(QLatin1Char('#'))) {
        *error = QStringLiteral("--output-pattern needs #1 (the first pattern's value) or another #N in the name, "
                                "not '%1'")
                         .arg(glob->namePattern);
        return false;
    }
    return true;
}

// --engine, once per daemon and once for this computer ("local"), and
// --engine-insecure.
bool readEngines(const QCommandLineParser &parser, CliOptions *result, QString *error)
{
    const bool insecure = parser.isSet(QStringLiteral("engine-insecure"));
    QStringList engines = parser.values(QStringLiteral("engine"));
    result->localEngine = engines.removeAll(QStringLiteral("local")) > 0;
    if (engines.isEmpty()) {
        if (insecure) {
            *error = QStringLiteral("--engine-insecure only goes with --engine aria2://...");
            return false;
        }
        return true;
    }
    for (const QString &text : std::as_const(engines)) {
        const auto endpoint = Aria2Endpoint::parse(text, error, insecure);
        if (!endpoint)
            return false;
        result->engines << *endpoint;
    }
    if (result->demo || result->isSweep()) {
        *error = QStringLiteral("--engine hands a list to aria2: it goes without --demo and --sweep");
        return false;
    }
    if (result->engine.existingFiles != ExistingFiles::Rename) {
        *error = QStringLiteral("--existing skip and update are not available with --engine: aria2 never "
                                "overwrites, it saves under a new name");
        return false;
    }
    return true;
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
        {QStringLiteral("split"),
         QStringLiteral("Fetch a large file in up to N segments at once, on idle workers of the pool, when its server "
                        "takes ranges (1 = never split). Default: the number of workers."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("min-split-size"),
         QStringLiteral("Split only files of at least SIZE bytes (K, M, G suffixes: 1M, 16M). Default: 16M."),
         QStringLiteral("SIZE"), QStringLiteral("16M")},
        {QStringLiteral("limit-rate"),
         QStringLiteral("Limit the download speed of all transfers together to RATE bytes per second; K, M and G "
                        "suffixes are powers of 1024 (e.g. 500K, 2M). Shared fairly between the transfers."),
         QStringLiteral("RATE")},
        {QStringLiteral("ca-certificate"),
         QStringLiteral("Also trust the certificate authorities in FILE (PEM), besides the system's: for servers "
                        "with a certificate of their own CA. Certificates are always verified."),
         QStringLiteral("FILE")},
        {QStringLiteral("existing"),
         QStringLiteral("When a file of that name is already in DIR: 'rename' saves the new one as "
                        "'name (1).ext' (the default), 'skip' leaves it and downloads nothing, 'update' "
                        "asks the server (If-None-Match / If-Modified-Since) and replaces it only with a "
                        "newer, complete copy."),
         QStringLiteral("POLICY"), QStringLiteral("rename")},
        {QStringLiteral("report"), QStringLiteral("Write a JSON report of the run to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("report-csv"),
         QStringLiteral("Write the per-item table (queued, time to first byte, body time, rate, attempts...) as CSV to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("report-md"),
         QStringLiteral("Write a short Markdown summary of the run (machine, Qt, workers, times) to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("export-failed"),
         QStringLiteral("After the run, write the URLs that failed or were stopped to FILE, for a later "
                        "'-i FILE': an aria2 input list with their out=, checksum= and other options when "
                        "FILE ends in .aria2, a page of links for .html, else one URL per line. Logins are "
                        "left out."),
         QStringLiteral("FILE")},
        {QStringLiteral("sweep"),
         QStringLiteral("Measure the list at each worker count in COUNTS (e.g. 1,2,4,8,16,32,64), one run after the "
                        "other into a scratch folder under -d (default: the temporary folder) that is removed "
                        "afterwards; prints wall time and speed-up per count and a recommended worker count."),
         QStringLiteral("COUNTS")},
        {QStringLiteral("sample"),
         QStringLiteral("With --sweep: measure a random sample of N URLs instead of the whole list."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("seed"),
         QStringLiteral("With --sample: the random seed, so the same sample can be measured again (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("sweep-csv"), QStringLiteral("With --sweep: write the results as CSV to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("sweep-json"),
         QStringLiteral("With --sweep: write the results, the machine and the recommendation as JSON to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("demo"),
         QStringLiteral("Run the built-in demo: images from a local server, fetched sequentially and then in parallel.")},
        {QStringLiteral("demo-count"),
         QStringLiteral("With --demo: how many images the demo batch has (1-1000). Default: 100."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("verbose"), QStringLiteral("Log requests, redirects and retries to stderr.")},
        {QStringLiteral("checksum"),
         QStringLiteral("Check the one URL given against a digest: TYPE is sha-256, sha-1 or md5, HEX the digest. "
                        "A file that does not match fails and is not kept."),
         QStringLiteral("TYPE=HEX")},
        {QStringLiteral("globoff"),
         QStringLiteral("Take [ ] { } in URLs literally. By default they are patterns, as in curl: img[001-045].jpg, "
                        "[a-z], [0-100:5] (a step), {jpg,png} (a set); several multiply out.")},
        {QStringLiteral("max-expand"),
         QStringLiteral("Take up to N URLs from one pattern (default: 100000). A pattern that stands for more is "
                        "rejected."),
         QStringLiteral("N"), QString::number(GlobOptions::DefaultMaxExpand)},
        {QStringLiteral("output-pattern"),
         QStringLiteral("Name each file a pattern gives NAME, with #1 for the value of the URL's first pattern, #2 "
                        "for the second (e.g. 'photo_#1.jpg')."),
         QStringLiteral("NAME")},
        {QStringLiteral("from-page"),
         QStringLiteral("Download what the web page at URL offers: its images (srcset's largest, og:image, CSS url()), "
                        "audio, video and linked files, not its links to other pages. The page is read with the "
                        "same headers, cookies, login and proxy as the downloads, and is their Referer."),
         QStringLiteral("URL")},
        {{QStringLiteral("A"), QStringLiteral("accept")},
         QStringLiteral("With --from-page: only files whose name ends in one of LIST, comma-separated, any case "
                        "(e.g. jpg,png), as wget's --accept. Links to other pages count too when they match."),
         QStringLiteral("LIST")},
        {QStringLiteral("min-size"),
         QStringLiteral("With --from-page: only files of at least SIZE bytes (K, M, G suffixes: 20K), asked of the "
                        "server with HEAD before the run. A file whose server names no size is kept."),
         QStringLiteral("SIZE")},
        {QStringLiteral("reject-unknown-size"),
         QStringLiteral("With --min-size: leave out the files whose size the server does not name.")},
        {QStringLiteral("engine"),
         QStringLiteral("Hand the downloads to the aria2 daemon at ENDPOINT instead of fetching them here: "
                        "aria2://[TOKEN@]HOST:PORT (JSON-RPC over HTTP) or aria2s://... (over HTTPS); TOKEN is the "
                        "daemon's --rpc-secret and is never printed. Add /?dir=/path to save into a folder on the "
                        "daemon's machine (a daemon on this machine saves into DIR), and to an aria2s:// daemon "
                        "with a self-signed certificate ?cert=FILE, its PEM file, to accept exactly that one. Give --engine once per daemon: "
                        "each takes as many files at once as its --max-concurrent-downloads. '--engine local' is "
                        "this computer with its --workers: beside daemons it shares the list with them by free "
                        "capacity and takes over what they cannot do; alone it is the default."),
         QStringLiteral("ENDPOINT")},
        {QStringLiteral("engine-insecure"),
         QStringLiteral("Allow plain-text aria2:// to a daemon on another machine: its secret and the URLs then "
                        "cross the network unencrypted.")},
        {QStringLiteral("checksums"),
         QStringLiteral("Check each file against the digest FILE lists for its name (SHA256SUMS, SHA1SUMS, MD5SUMS, "
                        "*.sha256: 'HEX  name' or 'SHA256 (name) = HEX'). Sums files beside an -i list are used too."),
         QStringLiteral("FILE")},
    });
    parser.addOptions(RequestFlags::options());
    parser.addOptions(ProxyOptions::options());
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
    result.csvReportPath = parser.value(QStringLiteral("report-csv"));
    result.markdownReportPath = parser.value(QStringLiteral("report-md"));
    result.exportFailedPath = parser.value(QStringLiteral("export-failed"));
    result.sweepCsvPath = parser.value(QStringLiteral("sweep-csv"));
    result.sweepJsonPath = parser.value(QStringLiteral("sweep-json"));
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
    const auto split = intValue(parser, QStringLiteral("split"), 0, EngineOptions::MaxWorkers, error);
    if (!workers || !perHost || !timeout || !retries || !split)
        return Outcome::UsageError;
    const auto minSplitSize = parseByteSize(parser.value(QStringLiteral("min-split-size")));
    if (!minSplitSize || *minSplitSize < 1) {
        *error = QStringLiteral("--min-split-size takes a size such as 1M or 16M, not '%1'")
                         .arg(parser.value(QStringLiteral("min-split-size")));
        return Outcome::UsageError;
    }
    result.engine.maxSplit = *split;
    result.engine.minSplitSize = *minSplitSize;
    result.engine.workers = parser.isSet(QStringLiteral("sequential")) ? 1 : *workers;
    result.engine.maxPerHost = *perHost;
    result.engine.responseTimeoutMs = *timeout * 1000;
    result.engine.stallTimeoutMs = *timeout * 1000;
    result.engine.retries = *retries;
    const auto existing = existingFilesFromName(parser.value(QStringLiteral("existing")));
    if (!existing) {
        *error = QStringLiteral("--existing takes rename, skip or update, not '%1'")
                         .arg(parser.value(QStringLiteral("existing")));
        return Outcome::UsageError;
    }
    result.engine.existingFiles = *existing;
    if (parser.isSet(QStringLiteral("limit-rate"))) {
        const auto rate = parseRate(parser.value(QStringLiteral("limit-rate")));
        if (!rate) {
            *error = QStringLiteral("--limit-rate takes bytes per second with an optional K, M or G suffix "
                                    "(e.g. 500K, 2M), not '%1'")
                             .arg(parser.value(QStringLiteral("limit-rate")));
            return Outcome::UsageError;
        }
        result.engine.rateLimit = *rate;
    }
    if (parser.isSet(QStringLiteral("ca-certificate")))
        result.engine.caCertificateFile = QFileInfo(parser.value(QStringLiteral("ca-certificate"))).absoluteFilePath();
    if (!RequestFlags::apply(parser, &result.engine, error))
        return Outcome::UsageError;
    const auto proxy = ProxyOptions::read(parser, error);
    if (!proxy)
        return Outcome::UsageError;
    result.engine.proxy = *proxy;

    if (parser.isSet(QStringLiteral("sweep"))) {
        const QStringList counts = parser.value(QStringLiteral("sweep")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &count : counts) {
            bool ok = false;
            const int workers = count.trimmed().toInt(&ok);
            if (!ok || workers < 1 || workers > EngineOptions::MaxWorkers) {
                *error = QStringLiteral("--sweep takes worker counts from 1 to %1 separated by commas, not '%2'")
                                 .arg(EngineOptions::MaxWorkers)
                                 .arg(count);
                return Outcome::UsageError;
            }
            result.sweepCounts << workers;
        }
        if (result.sweepCounts.isEmpty()) {
            *error = QStringLiteral("--sweep needs at least one worker count, e.g. --sweep 1,2,4,8");
            return Outcome::UsageError;
        }
        for (const char *single : {"jobs", "sequential", "report", "report-csv", "report-md", "export-failed"}) {
            if (parser.isSet(QString::fromLatin1(single))) {
                *error = QStringLiteral("--sweep and --%1 exclude each other: a sweep runs every count it is given")
                                 .arg(QString::fromLatin1(single));
                return Outcome::UsageError;
            }
        }
        // Without -d, the scratch folder goes to the temporary folder, not the current one.
        if (!parser.isSet(QStringLiteral("dir")))
            result.engine.destination.clear();
    } else {
        for (const char *sweepOnly : {"sample", "seed", "sweep-csv", "sweep-json"}) {
            if (parser.isSet(QString::fromLatin1(sweepOnly))) {
                *error = QStringLiteral("--%1 only goes with --sweep").arg(QString::fromLatin1(sweepOnly));
                return Outcome::UsageError;
            }
        }
    }
    if (!readGlobOptions(parser, &result.glob, error))
        return Outcome::UsageError;
    if (parser.isSet(QStringLiteral("demo-count")) && !result.demo) {
        *error = QStringLiteral("--demo-count only goes with --demo");
        return Outcome::UsageError;
    }
    const auto demoCount = intValue(parser, QStringLiteral("demo-count"), 1, 1000, error);
    if (!demoCount)
        return Outcome::UsageError;
    result.demoCount = *demoCount;
    const auto sample = intValue(parser, QStringLiteral("sample"), 0, std::numeric_limits<int>::max(), error);
    if (!sample)
        return Outcome::UsageError;
    result.sampleSize = *sample;
    bool seedOk = false;
    result.sampleSeed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk) {
        *error = QStringLiteral("--seed takes a whole number from 0 to %1, not '%2'")
                         .arg(std::numeric_limits<quint32>::max())
                         .arg(parser.value(QStringLiteral("seed")));
        return Outcome::UsageError;
    }

    if (parser.isSet(QStringLiteral("checksum"))) {
        QString why;
        const auto checksum = Checksum::parse(parser.value(QStringLiteral("checksum")), &why);
        if (!checksum) {
            *error = QStringLiteral("--checksum: %1").arg(why);
            return Outcome::UsageError;
        }
        if (result.urls.size() != 1 || !result.inputFile.isEmpty() || result.demo) {
            *error = QStringLiteral("--checksum applies to exactly one URL; use --checksums FILE for several");
            return Outcome::UsageError;
        }
        result.checksum = *checksum;
    }
    result.checksumsFile = parser.value(QStringLiteral("checksums"));

    result.fromPage = parser.value(QStringLiteral("from-page"));
    if (!result.fromPage.isEmpty()) {
        QString why;
        const auto page = UrlListParser::acceptUrl(result.fromPage, &why);
        if (!page) {
            *error = QStringLiteral("--from-page: %1: %2").arg(result.fromPage, why);
            return Outcome::UsageError;
        }
        result.fromPage = page->toString();
        if (result.demo || result.isSweep() || !result.inputFile.isEmpty() || !result.urls.isEmpty()
            || parser.isSet(QStringLiteral("checksum"))) {
            *error = QStringLiteral("--from-page takes its URLs from the page: it goes without -i, URL arguments, "
                                    "--demo, --sweep and --checksum");
            return Outcome::UsageError;
        }
    } else {
        for (const char *pageOnly : {"accept", "min-size", "reject-unknown-size"}) {
            if (parser.isSet(QString::fromLatin1(pageOnly))) {
                *error = QStringLiteral("--%1 only goes with --from-page").arg(QString::fromLatin1(pageOnly));
                return Outcome::UsageError;
            }
        }
    }
    for (const QString &suffix : parser.values(QStringLiteral("accept")).join(QLatin1Char(',')).split(QLatin1Char(','))) {
        QString trimmed = suffix.trimmed();
        if (trimmed.startsWith(QLatin1String("*.")))
            trimmed.remove(0, 2);
        else if (trimmed.startsWith(QLatin1Char('.')))
            trimmed.remove(0, 1);
        if (!trimmed.isEmpty())
            result.accept << trimmed;
    }
    if (parser.isSet(QStringLiteral("accept")) && result.accept.isEmpty()) {
        *error = QStringLiteral("--accept takes suffixes separated by commas, e.g. jpg,png");
        return Outcome::UsageError;
    }
    if (parser.isSet(QStringLiteral("min-size"))) {
        const auto minSize = parseByteSize(parser.value(QStringLiteral("min-size")));
        if (!minSize) {
            *error = QStringLiteral("--min-size takes a size such as 20K or 1M, not '%1'")
                             .arg(parser.value(QStringLiteral("min-size")));
            return Outcome::UsageError;
        }
        result.minSize = *minSize;
    }
    result.rejectUnknownSize = parser.isSet(QStringLiteral("reject-unknown-size"));
    if (result.rejectUnknownSize && result.minSize < 0) {
        *error = QStringLiteral("--reject-unknown-size only goes with --min-size");
        return Outcome::UsageError;
    }

    if (!readEngines(parser, &result, error))
        return Outcome::UsageError;

    if (result.fromPage.isEmpty() && !result.demo && result.inputFile.isEmpty() && result.urls.isEmpty()) {
        *error = QStringLiteral("no URLs given: pass URLs, -i FILE, -i - for standard input, or --demo");
        return Outcome::UsageError;
    }
    *options = result;
    return Outcome::Run;
}

} // namespace Fetchpool::Cli
