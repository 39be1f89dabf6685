#include "runreport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace Fetchpool {

double RunReport::bytesPerSecond() const
{
    return wallUs > 0 ? double(totals.bytes) * 1e6 / double(wallUs) : 0.0;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray itemArray;
    for (const ItemResult &item : items)
        itemArray.append(item.toJson());
    return QJsonObject{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("maxPerHost"), maxPerHost},
        {QStringLiteral("wallUs"), wallUs},
        {QStringLiteral("total"), totals.total},
        {QStringLiteral("done"), totals.done},
        {QStringLiteral("failed"), totals.failed},
        {QStringLiteral("cancelled"), totals.cancelled},
        {QStringLiteral("bytes"), totals.bytes},
        {QStringLiteral("bytesPerSecond"), bytesPerSecond()},
        {QStringLiteral("items"), itemArray},
    };
}

bool RunReport::writeJson(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray RunComparison::fingerprint(const QVector<QUrl> &urls)
{
    QStringList sorted;
    sorted.reserve(urls.size());
    for (const QUrl &url : urls)
        sorted << url.toString(QUrl::FullyEncoded);
    std::sort(sorted.begin(), sorted.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &url : std::as_const(sorted)) {
        hash.addData(url.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

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
        parts << QStringLiteral("Sequential %1").arg(formatDuration(m_sequential->wallUs));
    if (m_parallel) {
        parts << QStringLiteral("Parallel ×%1 %2")
                         .arg(m_parallel->workers)
                         .arg(formatDuration(m_parallel->wallUs));
    }
    if (const auto factor = speedUp())
        parts << QStringLiteral("%1× faster").arg(*factor, 0, 'f', 1);
    return parts.join(QStringLiteral(" · "));
}

QString RunComparison::formatDuration(qint64 us)
{
    if (us < 1'000'000)
        return QStringLiteral("%1 ms").arg(us / 1000);
    if (us < 60'000'000)
        return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', us < 10'000'000 ? 2 : 1);
    const qint64 totalSeconds = us / 1'000'000;
    return QStringLiteral("%1 min %2 s")
            .arg(totalSeconds / 60)
            .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 2 : 1).arg(QLatin1String(units[unit]));
}

QString formatRate(double bytesPerSecond)
{
    return formatBytes(qint64(bytesPerSecond)) + QStringLiteral("/s");
}

} // namespace Fetchpool
