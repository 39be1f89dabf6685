#pragma once

#include <QString>

#include <optional>

namespace Fetchpool {

// A speed limit as curl and wget spell it: bytes per second as a number,
// optionally with a fraction and a K, M or G suffix in either case (powers of
// 1024): "500K", "2M", "1.5m", "65536" (parseByteSize's spelling). "0"
// means no limit. Returns nothing for anything else, negative or over 1 TiB/s.
std::optional<qint64> parseRate(const QString &text);

} // namespace Fetchpool
