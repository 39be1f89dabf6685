#include "list/downloaditem.h"

namespace Fetchpool::Gui {

void DownloadItem::requeue()
{
    state = ItemState::Queued;
    filePath.clear();
    fileName.clear();
    forgetNameSortKey();
    received = 0;
    total = -1;
    bytesPerSecond = 0;
    durationUs = -1;
    worker = -1;
    httpStatus = 0;
    attempts = 0;
    errorKind = ErrorKind::None;
    errorMessage.clear();
    startUs = -1;
    firstByteUs = -1;
    endUs = -1;
    detectedMimeType.clear();
    contentMismatch.clear();
    sampleBytes = 0;
    sampleMs = -1;
}

qint64 DownloadItem::timeToFirstByteUs() const
{
    return startUs >= 0 && firstByteUs >= startUs ? firstByteUs - startUs : -1;
}

qint64 DownloadItem::bodyUs() const
{
    return firstByteUs >= 0 && endUs >= firstByteUs ? endUs - firstByteUs : -1;
}

double DownloadItem::bodyBytesPerSecond() const
{
    const qint64 body = bodyUs();
    return state == ItemState::Done && body > 0 ? double(received) * 1e6 / double(body) : 0.0;
}

QString DownloadItem::displayName() const
{
    return fileName.isEmpty() ? nameFromUrl(url) : fileName;
}

const QString &DownloadItem::nameSortKey() const
{
    if (m_nameSortKey.isEmpty())
        m_nameSortKey = displayName().toCaseFolded();
    return m_nameSortKey;
}

QString DownloadItem::displayUrl() const
{
    // toDisplayString() always drops the password; mark that one was there.
    if (url.password().isEmpty())
        return url.toDisplayString();
    QUrl masked = url;
    masked.setPassword({});
    const QString shown = masked.toDisplayString();
    const QString userAt = url.userName() + QLatin1Char('@');
    const int at = shown.indexOf(userAt);
    if (at < 0)
        return shown;
    return shown.left(at + url.userName().size()) + QStringLiteral(":•••") + shown.mid(at + url.userName().size());
}

QString DownloadItem::nameFromUrl(const QUrl &url)
{
    const QString name = url.fileName(QUrl::FullyDecoded);
    return name.isEmpty() ? url.host() : name;
}

} // namespace Fetchpool::Gui
