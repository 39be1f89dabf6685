#include "console.h"

#include <cstdio>

namespace Fetchpool::Cli::Console {

void out(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

void error(const QString &text)
{
    std::fprintf(stderr, "fetchpool-cli: %s\n", text.toLocal8Bit().constData());
}

} // namespace Fetchpool::Cli::Console
