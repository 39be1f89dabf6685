#pragma once

#include <QString>

namespace Fetchpool {

// Byte counts, rates and durations as the console tool and the reports show
// them: always with a "." decimal point, whatever the locale, so that what
// scripts read from them does not change with the user's language. The
// window formats for people in their locale (QLocale::formattedDataSize).
QString formatBytes(qint64 bytes);         // "512 B", "16.0 KiB", "1.25 GiB"
QString formatRate(double bytesPerSecond); // "3.4 MiB/s"
QString formatDuration(qint64 us);         // "850 ms", "3.12 s", "2 min 05 s"

} // namespace Fetchpool
