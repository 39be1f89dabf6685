#pragma once

#include <QString>

#include <optional>

namespace Fetchpool {

// A byte count as curl, wget and aria2 take one on the command line: a
// number, with a "." fraction if need be, and an optional binary suffix K, M
// or G (any case, then an optional "B" or "iB": 16M = 16MiB = 16 × 1024 ×
// 1024; 1.5K = 1536). None for anything else, or for a count past 2^62.
// Sizes (--min-split-size) and rates (parseRate) are both read with it.
std::optional<qint64> parseByteSize(const QString &text);

} // namespace Fetchpool
