#include "units.h"

namespace Fetchpool {

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 2 : 1).arg(QLatin1String(units[unit]));
}

QString formatRate(double bytesPerSecond)
{
    return formatBytes(qint64(bytesPerSecond)) + QStringLiteral("/s");
}

QString formatDuration(qint64 us)
{
    if (us < 1'000'000)
        return QStringLiteral("%1 ms").arg(us / 1000);
    if (us < 60'000'000)
        return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', us < 10'000'000 ? 2 : 1);
    const qint64 totalSeconds = us / 1'000'000;
    return QStringLiteral("%1 min %2 s")
            .arg(totalSeconds / 60)
            .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Fetchpool
