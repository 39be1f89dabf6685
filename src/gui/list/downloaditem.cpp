#include "list/downloaditem.h"

#include "runreport.h"

#include <QFileInfo>

namespace Fetchpool::Gui {

void DownloadItem::finish(const ItemResult &ended)
{
    QUrl url = std::move(result.url);
    result = ended;
    result.url = std::move(url);
    liveRate.reset();
    liveAttempts = {};
    forgetNameSortKey();
}

void DownloadItem::takeAttempts(const ItemProgress &progress)
{
    if (progress.attempt > 0)
        result.attempts = progress.attempt;
    if (!progress.pastAttempts.isEmpty())
        result.attemptHistory = progress.pastAttempts;
    liveAttempts.maxAttempts = progress.maxAttempts;
}

void DownloadItem::requeue()
{
    ItemResult fresh;
    fresh.id = result.id;
    fresh.url = std::move(result.url);
    result = std::move(fresh);
    liveRate.reset();
    liveAttempts = {};
    forgetNameSortKey();
}

qint64 DownloadItem::timeToFirstByteUs() const
{
    return ItemTiming::of(result).firstByteUs;
}

qint64 DownloadItem::bodyUs() const
{
    return ItemTiming::of(result).bodyUs;
}

qint64 DownloadItem::durationUs() const
{
    return result.startUs >= 0 && result.endUs >= result.startUs ? result.endUs - result.startUs : -1;
}

double DownloadItem::bodyBytesPerSecond() const
{
    return result.state == ItemState::Done ? ItemTiming::of(result).bytesPerSecond : 0.0;
}

double DownloadItem::bytesPerSecond() const
{
    switch (result.state) {
    case ItemState::Receiving:
        return liveRate.bytesPerSecond();
    case ItemState::Done: {
        const qint64 us = durationUs();
        return us > 0 ? double(result.bytes) * 1e6 / double(us) : 0.0;
    }
    default:
        return 0.0;
    }
}

QString DownloadItem::displayName() const
{
    if (result.state == ItemState::Done && !result.filePath.isEmpty())
        return QFileInfo(result.filePath).fileName();
    return plannedName();
}

QString DownloadItem::plannedName() const
{
    return options && !options->listed.outName.isEmpty() ? options->listed.outName : nameFromUrl(result.url);
}

const QString &DownloadItem::nameSortKey() const
{
    if (m_nameSortKey.isEmpty())
        m_nameSortKey = displayName().toCaseFolded();
    return m_nameSortKey;
}

QString DownloadItem::displayUrl() const
{
    const QUrl &url = result.url;
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
