#include "generatedbody.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QtEndian>

namespace Fetchpool::Test {

namespace {

// A counter-based generator: each 32-bit word is a mix of its index, which
// makes any offset as cheap as the start; consecutive words look unrelated.
inline quint32 wordAt(quint64 index, quint32 seed)
{
    return GeneratedBody::mix(seed ^ (quint32(index) * 0x9e3779b9u) ^ (quint32(index >> 32) * 0x632be5abu));
}

inline char byteAt(qint64 position, quint32 seed)
{
    return char(wordAt(quint64(position) / 4, seed) >> (8 * (position % 4)));
}

} // namespace

namespace GeneratedBody {

void fill(char *out, qint64 offset, qint64 length, quint32 seed)
{
    qint64 position = offset;
    const qint64 end = offset + length;
    for (; position < end && position % 4 != 0; ++position)
        *out++ = byteAt(position, seed);
    for (; end - position >= 4; position += 4, out += 4)
        qToLittleEndian<quint32>(wordAt(quint64(position) / 4, seed), out);
    for (; position < end; ++position)
        *out++ = byteAt(position, seed);
}

QByteArray bytes(qint64 offset, qint64 length, quint32 seed)
{
    QByteArray out;
    if (length > 0) {
        out.resize(length);
        fill(out.data(), offset, length, seed);
    }
    return out;
}

QByteArray sha256Hex(qint64 size, quint32 seed)
{
    // Scripts ask for the same checksums again and again; hashing 64 MiB is not free.
    static QMutex mutex;
    static QHash<QPair<qint64, quint32>, QByteArray> cache;
    const QPair<qint64, quint32> key(size, seed);
    {
        const QMutexLocker locker(&mutex);
        const auto found = cache.constFind(key);
        if (found != cache.constEnd())
            return *found;
    }
    constexpr qint64 Chunk = 1 << 20;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    for (qint64 position = 0; position < size; position += Chunk) {
        const qint64 length = qMin(Chunk, size - position);
        buffer.resize(length);
        fill(buffer.data(), position, length, seed);
        hash.addData(buffer);
    }
    const QByteArray hex = hash.result().toHex();
    const QMutexLocker locker(&mutex);
    cache.insert(key, hex);
    return hex;
}

} // namespace GeneratedBody

void GeneratedBodySource::appendTo(QByteArray &out, qint64 position, qint64 length) const
{
    if (length <= 0)
        return;
    const qsizetype start = out.size();
    out.resize(start + length);
    GeneratedBody::fill(out.data() + start, m_offset + position, length, m_seed);
}

} // namespace Fetchpool::Test
