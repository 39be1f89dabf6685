#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>

#include <functional>

namespace Fetchpool {

class Cancellation;
class FetchObserver;
class ResumeIndex;

// An item with mirrors (DownloadJob::mirrors): its URIs tried in order, each
// a complete fetch of its own with its own retry budget, until one serves
// the file or one fails in a way another copy could not fix.
//
// - The file keeps one name whichever URI serves it: out= when the list gave
//   one, else the listed URI's file name (when it has one), as aria2 does.
// - A URI starts its own part from zero: the failed URI's part is removed
//   with its failure, so bytes of one server are never continued from
//   another. A part a stopped run kept is continued only from the URI that
//   wrote it (its resume record names it, and If-Range checks it), so the
//   rotation begins with that URI.
// - Stop and pause end the item where it is; no other URI is tried.
class MirrorRotation final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::MirrorRotation)

public:
    // One URI's fetch: `job` with `url` set to that URI and no mirrors.
    using FetchOne = std::function<ItemResult(const DownloadJob &job)>;

    // Whether another copy of the file could fix `error`, once its URI's own
    // retries are spent: network failures (not the proxy's, which every URI
    // shares), timeouts, redirect failures, 404, 410, 408, 429, 5xx, a
    // checksum mismatch, and a 401 (another copy may need no login; a login
    // is asked for only when the last URI wants one). Never a stop, a
    // file-system error, or another HTTP status.
    static bool worthAnotherUri(const FetchError &error);

    // The item's URIs in the order they are tried: the listed one, then the
    // mirrors; a URI with a part kept by an earlier run comes first.
    static QVector<QUrl> order(const DownloadJob &job, ResumeIndex &parts);

    // Fetches `job` from its URIs in order. The result names the listed URL,
    // the URI that served the file (servedBy) and every attempt with its URI;
    // when every URI failed, its message names each with its reason.
    static ItemResult fetch(const DownloadJob &job, ResumeIndex &parts, const Cancellation &cancellation,
                            FetchObserver &observer, const FetchOne &fetchOne);
};

} // namespace Fetchpool
