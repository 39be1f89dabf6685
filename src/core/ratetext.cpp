#include "ratetext.h"

#include "bytesize.h"

namespace Fetchpool {

std::optional<qint64> parseRate(const QString &text)
{
    const auto bytes = parseByteSize(text);
    constexpr qint64 MaxRate = qint64(1024) * 1024 * 1024 * 1024;
    if (!bytes || *bytes > MaxRate)
        return std::nullopt;
    return bytes;
}

} // namespace Fetchpool
