#include "byterange.h"

namespace Fetchpool::Test {

namespace {

// Digits only: toLongLong would also take signs and blanks.
bool parseDigits(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = text.toLongLong();
    return true;
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray spec = header.trimmed();
    if (!spec.toLower().startsWith("bytes=") || spec.contains(','))
        return range;
    const QByteArray set = spec.mid(6).trimmed();
    const qsizetype dash = set.indexOf('-');
    if (dash < 0)
        return range;
    const QByteArray from = set.left(dash).trimmed();
    const QByteArray to = set.mid(dash + 1).trimmed();

    qint64 first = 0;
    qint64 last = 0;
    if (from.isEmpty()) {
        // "-N": the last N bytes.
        if (!parseDigits(to, &last))
            return range;
        if (last == 0 || size == 0) {
            range.kind = Kind::Unsatisfiable;
            return range;
        }
        range.kind = Kind::Satisfiable;
        range.first = qMax<qint64>(0, size - last);
        range.last = size - 1;
        return range;
    }
    if (!parseDigits(from, &first))
        return range;
    if (to.isEmpty()) {
        last = size - 1;
    } else if (!parseDigits(to, &last) || last < first) {
        return range;
    }
    if (first >= size) {
        range.kind = Kind::Unsatisfiable;
        return range;
    }
    range.kind = Kind::Satisfiable;
    range.first = first;
    range.last = qMin(last, size - 1);
    return range;
}

} // namespace Fetchpool::Test
