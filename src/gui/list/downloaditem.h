#pragma once

#include "downloadtypes.h"

#include <QString>
#include <QUrl>

namespace Fetchpool::Gui {

// One row of the download list: what the window knows about one URL across
// runs. Plain data; DownloadModel owns the rows and keeps them consistent.
struct DownloadItem
{
    quint64 id = 0;
    QUrl url;
    ItemState state = ItemState::Queued;
    QString fileName;  // the saved name, once the engine has named the file
    QString filePath;  // absolute path of the saved file (Done)
    QString mimeType;  // from the server, once known
    qint64 received = 0;
    qint64 total = -1; // -1 while unknown
    double bytesPerSecond = 0; // live while receiving, the average once done
    qint64 durationUs = -1;    // from pick-up by a worker to the end
    int worker = -1;
    int httpStatus = 0;
    int attempts = 0;
    ErrorKind errorKind = ErrorKind::None;
    QString errorMessage;
    // Microseconds since the run's start, -1 until they happen: where the
    // item's time went (queued, waiting for the first byte, receiving).
    qint64 startUs = -1;
    qint64 firstByteUs = -1;
    qint64 endUs = -1;
    QString detectedMimeType; // sniffed from the saved bytes
    QString contentMismatch;  // why the bytes do not match the name or the server's type

    // Speed sampling while receiving: the anchor the next rate is measured from.
    qint64 sampleBytes = 0;
    qint64 sampleMs = -1;

    // Forgets everything a run produced, so the row can be fetched again.
    void requeue();
    // The breakdown of the item's time; -1 or 0 when unknown.
    qint64 queuedUs() const { return startUs; }
    qint64 timeToFirstByteUs() const;
    qint64 bodyUs() const;
    double bodyBytesPerSecond() const; // body bytes over body time, once done
    // The saved name, or until then a guess from the URL (worked out when
    // shown, so adding 100,000 rows does not decode 100,000 paths).
    QString displayName() const;
    // What the list shows for the URL: never a password.
    QString displayUrl() const;
    // The name shown before the server told us better: the URL's last path segment.
    static QString nameFromUrl(const QUrl &url);

    // displayName(), case-folded, for sorting by name: worked out once per
    // row, where a sort of 100,000 rows asked for it some 3 million times.
    const QString &nameSortKey() const;
    // After fileName changed.
    void forgetNameSortKey() { m_nameSortKey.clear(); }

private:
    mutable QString m_nameSortKey; // empty until first asked for
};

} // namespace Fetchpool::Gui
