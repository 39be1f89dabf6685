#include "runcomparison.h"

#include <QStringList>

namespace Fetchpool {

void RunComparison::record(const QByteArray &listFingerprint, int workers, qint64 wallUs)
{
    if (listFingerprint != m_fingerprint) {
        clear();
        m_fingerprint = listFingerprint;
    }
    const Entry entry{workers, wallUs};
    if (workers <= 1)
        m_sequential = entry;
    else
        m_parallel = entry;
}

void RunComparison::clear()
{
    m_fingerprint.clear();
    m_sequential.reset();
    m_parallel.reset();
}

std::optional<double> RunComparison::speedUp() const
{
    if (!m_sequential || !m_parallel || m_parallel->wallUs <= 0)
        return std::nullopt;
    return double(m_sequential->wallUs) / double(m_parallel->wallUs);
}

QString RunComparison::summary() const
{
    QStringList parts;
    if (m_sequential)
        parts << tr("Sequential %1").arg(formatDuration(m_sequential->wallUs));
    if (m_parallel) {
        parts << tr("Parallel ×%1 %2")
                         .arg(m_parallel->workers)
                         .arg(formatDuration(m_parallel->wallUs));
    }
    if (const auto factor = speedUp())
        parts << tr("%1× faster").arg(*factor, 0, 'f', 1);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Fetchpool
