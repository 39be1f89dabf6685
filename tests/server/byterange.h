#pragma once

#include <QByteArray>

namespace Fetchpool::Test {

// One "Range: bytes=..." request against a body of a known size. Several
// ranges or anything malformed count as no range: a full 200 is always a
// valid answer (RFC 9110 14.2).
struct ByteRange
{
    enum class Kind { None, Satisfiable, Unsatisfiable };

    Kind kind = Kind::None;
    qint64 first = 0;
    qint64 last = -1; // inclusive

    qint64 length() const { return last - first + 1; }

    static ByteRange parse(const QByteArray &header, qint64 size);
};

} // namespace Fetchpool::Test
