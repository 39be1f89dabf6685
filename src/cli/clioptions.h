#pragma once

#include "downloadtypes.h"

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
    bool demo = false;      // --demo: built-in server, sequential then parallel
    int demoCount = 100;
    bool verbose = false;

    enum class Outcome { Run, ExitOk, UsageError };
    // Parses `arguments` (argv as strings). On ExitOk (--help, --version) the
    // text is already printed; on UsageError, *error says what is wrong.
    static Outcome parse(const QStringList &arguments, CliOptions *options, QString *error);
};

} // namespace Fetchpool::Cli
