#include "listfingerprint.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace Fetchpool {

QByteArray listFingerprint(const QVector<QUrl> &urls)
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

QByteArray listFingerprint(const QVector<DownloadJob> &jobs)
{
    QVector<QUrl> urls;
    urls.reserve(jobs.size());
    for (const DownloadJob &job : jobs)
        urls.push_back(job.url);
    return listFingerprint(urls);
}

} // namespace Fetchpool
