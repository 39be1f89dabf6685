#include "mirrorrotation.h"

#include "cancellation.h"
#include "existingfile.h"
#include "fetcher.h"
#include "logging.h"
#include "resumerecord.h"

namespace Fetchpool {

bool MirrorRotation::worthAnotherUri(const FetchError &error)
{
    switch (error.kind) {
    case ErrorKind::Network:
        return error.network != NetworkError::ProxyFailed && error.network != NetworkError::ProxyRejected;
    case ErrorKind::Timeout:
    case ErrorKind::Redirect:
    case ErrorKind::Checksum:
    case ErrorKind::Unauthorized:
        return true;
    case ErrorKind::Http:
        return error.httpStatus == 404 || error.httpStatus == 410 || error.httpStatus == 408
                || error.httpStatus == 429 || error.httpStatus >= 500;
    case ErrorKind::None:
    case ErrorKind::InvalidInput:
    case ErrorKind::FileSystem:
    case ErrorKind::Cancelled:
        return false;
    }
    return false;
}

QVector<QUrl> MirrorRotation::order(const DownloadJob &job, ResumeIndex &parts)
{
    QVector<QUrl> uris{job.url};
    for (const QUrl &mirror : job.mirrors) {
        if (!uris.contains(mirror))
            uris << mirror;
    }
    for (qsizetype i = 1; i < uris.size(); ++i) {
        if (parts.contains(uris[i])) {
            uris.move(i, 0);
            break;
        }
    }
    return uris;
}

ItemResult MirrorRotation::fetch(const DownloadJob &job, ResumeIndex &parts, const Cancellation &cancellation,
                                 FetchObserver &observer, const FetchOne &fetchOne)
{
    const QVector<QUrl> uris = order(job, parts);
    DownloadJob one = job;
    one.mirrors.clear();
    if (one.outName.isEmpty()) // one name whichever URI serves the file
        one.outName = ExistingFile::nameFromUrl(job.url).value_or(QString());
    ItemResult result;
    QVector<AttemptRecord> history;
    int attempts = 0;
    QStringList failures; // "URI: reason", for a message that names each
    for (qsizetype i = 0; i < uris.size(); ++i) {
        one.url = uris[i];
        result = fetchOne(one);
        history += result.attemptHistory;
        attempts += result.attempts;
        if (result.state != ItemState::Failed)
            break;
        failures << QStringLiteral("%1: %2").arg(uris[i].toDisplayString(QUrl::RemoveUserInfo), result.error.message);
        if (!worthAnotherUri(result.error) || cancellation.isCancelled() || i + 1 == uris.size())
            break;
        qCInfo(lcNet).noquote() << "trying mirror" << uris[i + 1].toDisplayString(QUrl::RemoveUserInfo)
                                << "after:" << result.error.message;
        // The failed URI's last attempt joins the item's past ones, and the
        // next URI's first attempt begins at once.
        if (!result.attemptHistory.isEmpty())
            observer.retryScheduled(result.attemptHistory.last(), 0);
    }
    result.id = job.id;
    result.url = job.url;
    result.attemptHistory = std::move(history);
    result.attempts = attempts;
    if (result.state == ItemState::Failed && failures.size() > 1) {
        //: %1 is the number of URIs tried (2 or more), %2 each URI with its reason, separated by "; ".
        result.error.message = tr("%1 URIs tried, none served the file: %2")
                                       .arg(failures.size())
                                       .arg(failures.join(QStringLiteral("; ")));
    }
    return result;
}

} // namespace Fetchpool
