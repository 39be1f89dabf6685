#pragma once

#include "checksum.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <memory>
#include <optional>

namespace Fetchpool {

// The digest of a part file, computed as its bytes are appended, so a
// download that streams from the first byte to the last is hashed with no
// second read. When some bytes did not pass through add() (a part an
// earlier run left, or one written in segments at offsets), finish() hashes
// the file once instead.
class PartDigest final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::PartDigest)
    Q_DISABLE_COPY_MOVE(PartDigest)

public:
    PartDigest() = default;
    ~PartDigest();

    // Hashes with `algorithm` from now on; None turns hashing off.
    void start(Checksum::Algorithm algorithm);
    bool isActive() const { return m_algorithm != Checksum::Algorithm::None; }

    void add(const char *data, qint64 length);
    // The part is empty again: the stream starts over.
    void reset();
    // The part holds bytes that add() did not see.
    void markUnstreamed() { m_streamed = false; }
    bool isStreamed() const { return m_streamed; }

    // The lower-case hex digest of the part at `partPath`; nothing, with the
    // reason, when the file cannot be read back.
    std::optional<QByteArray> finish(const QString &partPath, QString *error);

private:
    Checksum::Algorithm m_algorithm = Checksum::Algorithm::None;
    std::unique_ptr<QCryptographicHash> m_hash;
    bool m_streamed = true;
};

} // namespace Fetchpool
