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

QString count(qint64 n, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : plural);
}

} // namespace Fetchpool::Cli::Console
