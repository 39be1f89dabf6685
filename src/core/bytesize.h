#pragma once

#include <QString>

#include <optional>

namespace Fetchpool {

// A byte count as curl, wget and aria2 take one on the command line: a whole
// number with an optional binary suffix K, M or G (any case, an optional
// trailing "B" or "iB": 16M = 16MiB = 16 × 1024 × 1024). None for anything
// else, or for a count past 2^62.
std::optional<qint64> parseByteSize(const QString &text);

} // namespace Fetchpool
