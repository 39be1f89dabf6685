#pragma once

#include <QString>

namespace Fetchpool::Cli::Console {

// A line of the run's story on stdout, flushed at once so that a pipe shows
// it as it happens.
void out(const QString &text);
// "fetchpool-cli: text" on stderr: problems, rejects and failures.
void error(const QString &text);
// "1 URL", "3 URLs": the console speaks English whatever the locale, so that
// what scripts read from it does not change with the user's language.
QString count(qint64 n, const QString &singular, const QString &plural);

} // namespace Fetchpool::Cli::Console
