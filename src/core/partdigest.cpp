#include "partdigest.h"

#include <QDir>
#include <QFile>

namespace Fetchpool {

PartDigest::~PartDigest() = default;

void PartDigest::start(Checksum::Algorithm algorithm)
{
    m_algorithm = algorithm;
    m_hash.reset();
    if (isActive())
        m_hash = std::make_unique<QCryptographicHash>(Checksum::hashAlgorithm(algorithm));
    m_streamed = true;
}

void PartDigest::add(const char *data, qint64 length)
{
    if (m_hash && m_streamed)
        m_hash->addData(QByteArrayView(data, length));
}

void PartDigest::reset()
{
    if (m_hash)
        m_hash->reset();
    m_streamed = true;
}

std::optional<QByteArray> PartDigest::finish(const QString &partPath, QString *error)
{
    if (!m_hash)
        return std::nullopt;
    if (m_streamed)
        return m_hash->result().toHex();
    // Once, after the last byte is in: the part is complete and nobody writes it any more.
    QFile file(partPath);
    QCryptographicHash whole(Checksum::hashAlgorithm(m_algorithm));
    if (!file.open(QIODevice::ReadOnly) || !whole.addData(&file)) {
        if (error)
            *error = tr("cannot read '%1' back to check its digest: %2")
                             .arg(QDir::toNativeSeparators(partPath), file.errorString());
        return std::nullopt;
    }
    return whole.result().toHex();
}

} // namespace Fetchpool
