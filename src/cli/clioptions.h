#pragma once

#include "aria2endpoint.h"
#include "downloadtypes.h"
#include "urlglob.h"

#include <QStringList>

#include <optional>

namespace Fetchpool::Cli {

// What the command line asked for, checked and converted.
struct CliOptions
{
    QString inputFile;      // -i FILE, "-" for standard input
    QStringList urls;       // positional arguments
    EngineOptions engine;
    QString reportPath;     // --report FILE.json
    QString csvReportPath;  // --report-csv FILE.csv
    QString markdownReportPath; // --report-md FILE.md
    QString exportFailedPath;   // --export-failed FILE: the failed URLs, for a later -i
    QVector<int> sweepCounts;   // --sweep 1,2,4,8: measure these worker counts instead of one run
    int sampleSize = 0;         // --sample N: sweep a random sample of N URLs
    quint32 sampleSeed = 1;     // --seed N
    QString sweepCsvPath;       // --sweep-csv FILE
    QString sweepJsonPath;      // --sweep-json FILE
    bool demo = false;      // --demo: built-in server, sequential then parallel
    int demoCount = 100;
    bool verbose = false;
    // Checksums (appended): --checksum TYPE=HEX for the one URL given, and
    // --checksums FILE, a SHA256SUMS-style file matched by file name.
    Checksum checksum;
    QString checksumsFile;
    // URL patterns (appended): --globoff, --max-expand N, --output-pattern NAME.
    GlobOptions glob;
    // Picking from a page (appended): --from-page URL, --accept jpg,png,
    // --min-size SIZE (-1: none), --reject-unknown-size.
    QString fromPage;
    QStringList accept;   // suffixes without the dot, as given
    qint64 minSize = -1;
    bool rejectUnknownSize = false;
    // Remote engines (appended): --engine aria2://[token@]host:port, given
    // once per daemon, checked already (--engine-insecure lets plain-text
    // RPC reach another machine). Empty: the local engine.
    QVector<Aria2Endpoint> engines;
    // --engine local: this computer takes part beside the daemons (a mixed
    // run); alone, it is the local engine as without --engine.
    bool localEngine = false;

    bool isSweep() const { return !sweepCounts.isEmpty(); }

    enum class Outcome { Run, ExitOk, UsageError };
    // Parses `arguments` (argv as strings). On ExitOk (--help, --version) the
    // text is already printed; on UsageError, *error says what is wrong.
    static Outcome parse(const QStringList &arguments, CliOptions *options, QString *error);
};

} // namespace Fetchpool::Cli
