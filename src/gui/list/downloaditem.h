#pragma once

#include "downloadtypes.h"
#include "list/itemoptions.h"
#include "list/liverate.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace Fetchpool::Gui {

// What the window knows of a running item's attempts beyond its result
// (whose `attempts` and `attemptHistory` the engine's batches keep current).
struct LiveAttempts
{
    int maxAttempts = 0;       // 0 until the engine said
    int retrySecondsLeft = -1; // waiting to retry: whole seconds until the next attempt; -1 otherwise

    bool isWaitingToRetry() const { return retrySecondsLeft >= 0; }
};

// One row of the download list: what the window knows about one URL across
// runs. Plain data; DownloadModel owns the rows and keeps them consistent.
struct DownloadItem
{
    // The engine's own record of the item: the id and URL from the start,
    // the live progress during a run, then the run's result. The saved list
    // and the exported report take it as it is.
    ItemResult result;
    // Measured while receiving, from the engine's progress batches.
    LiveRate liveRate;
    LiveAttempts liveAttempts;
    // The item's own speed limit (bytes per second, 0 = none), on top of
    // the global one; the user's choice, kept across runs and requeues.
    qint64 rateLimit = 0;
    // What the list said about the item beyond its URL (ItemOptions); null
    // for a bare URL, which most rows are. Shared: rows copy cheaply.
    std::shared_ptr<const ItemOptions> options;

    // Takes a run's result for the item; the row keeps its URL as listed.
    void finish(const ItemResult &ended);
    // Takes a progress batch's word on the attempts: which one is under way,
    // the most there may be, and those that failed so far.
    void takeAttempts(const ItemProgress &progress);
    // Forgets everything a run produced (the id and URL stay), so the row can
    // be fetched again.
    void requeue();

    // Where the item's time went; -1 while unknown.
    qint64 queuedUs() const { return result.startUs; } // all items are queued when the run starts
    qint64 timeToFirstByteUs() const;
    qint64 bodyUs() const;
    qint64 durationUs() const; // picked up by a worker -> the end
    // Body bytes over body time, once done; 0 otherwise.
    double bodyBytesPerSecond() const;
    // The speed column: the live rate while receiving; once done, the item's
    // own average with the wait for the server included, comparable with the
    // run's aggregate rate; 0 otherwise.
    double bytesPerSecond() const;

    // The saved name, or until then a guess from the URL (worked out when
    // shown, so adding 100,000 rows does not decode 100,000 paths).
    QString displayName() const;
    // The name a sums file lists the item under: its out= name, else the
    // URL's last path segment.
    QString plannedName() const;
    // What the list shows for the URL: never a password.
    QString displayUrl() const;
    // The name shown before the server told us better: the URL's last path segment.
    static QString nameFromUrl(const QUrl &url);

    // displayName(), case-folded, for sorting by name: worked out once per
    // row, where a sort of 100,000 rows asked for it some 3 million times.
    const QString &nameSortKey() const;
    // After the state or the file changed.
    void forgetNameSortKey() { m_nameSortKey.clear(); }

private:
    mutable QString m_nameSortKey; // empty until first asked for
};

} // namespace Fetchpool::Gui
