#pragma once

#include "bodysource.h"

#include <QByteArray>

namespace Fetchpool::Test {

// The content of every generated file. Byte i depends only on (seed, i), so a
// Range request or a resumed transfer starts anywhere without replaying the
// stream, and a test recomputes the expected bytes with one call. The default
// seed of /files/<path> is Demo::seedForPath(path).
namespace GeneratedBody {

// The "lowbias32" integer mix: nearby inputs give unrelated outputs.
constexpr quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352du;
    x ^= x >> 15;
    x *= 0x846ca68bu;
    x ^= x >> 16;
    return x;
}

void fill(char *out, qint64 offset, qint64 length, quint32 seed);
QByteArray bytes(qint64 offset, qint64 length, quint32 seed);
// Lower-case hex SHA-256 of bytes(0, size, seed); remembered per (size, seed).
QByteArray sha256Hex(qint64 size, quint32 seed);

} // namespace GeneratedBody

// A /files/ body: the generated stream of `seed` from `offset` on (a range
// starts there), computed piece by piece, so a 64 MiB file never sits in memory.
class GeneratedBodySource final : public Demo::BodySource
{
public:
    GeneratedBodySource(quint32 seed, qint64 offset) : m_seed(seed), m_offset(offset) {}

    void appendTo(QByteArray &out, qint64 position, qint64 length) const override;

private:
    const quint32 m_seed;
    const qint64 m_offset;
};

} // namespace Fetchpool::Test
