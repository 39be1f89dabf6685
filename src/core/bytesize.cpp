#include "bytesize.h"

namespace Fetchpool {

std::optional<qint64> parseByteSize(const QString &text)
{
    QString value = text.trimmed().toUpper();
    if (value.endsWith(QLatin1String("IB")))
        value.chop(2);
    else if (value.endsWith(u'B') && value.size() > 1 && !value.at(value.size() - 2).isDigit())
        value.chop(1);
    int shift = 0;
    if (!value.isEmpty()) {
        switch (value.back().unicode()) {
        case 'K': shift = 10; break;
        case 'M': shift = 20; break;
        case 'G': shift = 30; break;
        default: break;
        }
    }
    if (shift > 0)
        value.chop(1);
    for (const QChar c : std::as_const(value)) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || value.isEmpty() || number > (qint64(1) << (62 - shift)))
        return std::nullopt;
    return number << shift;
}

} // namespace Fetchpool
