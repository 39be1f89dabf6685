#pragma once

#include <QString>

namespace Fetchpool::Cli::Console {

// A line of the run's story on stdout, flushed at once so that a pipe shows
// it as it happens.
void out(const QString &text);
// "fetchpool-cli: text" on stderr: problems, rejects and failures.
void error(const QString &text);

} // namespace Fetchpool::Cli::Console
