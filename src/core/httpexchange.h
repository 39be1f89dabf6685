#pragma once

#include "downloadtypes.h"
#include "existingfile.h"
#include "partfile.h"
#include "responsehead.h"
#include "resumerecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <curl/curl.h>

#include <functional>
#include <memory>

namespace Fetchpool {

class Cancellation;
class FetchObserver;
class SegmentedPart;
class TransferPacer;
class WorkerSlot;
struct HeadVerdict;

// What one item's download carries from one request to the next (redirect
// hops and retried attempts): the part file and what resuming it needs, and
// what the last response said.
struct ItemTransfer
{
    ItemTransfer(FileNamer &namer, const QUrl &listedUrl, const QString &replacedFile = {})
        : url(listedUrl)
        , replaces(replacedFile)
        , part(namer)
    {
    }

    // > 0 when the next request can ask for the rest of the part with Range + If-Range.
    qint64 resumeOffset() const
    {
        return part.isReserved() && part.size() > 0 && !validator.isEmpty() ? part.size() : 0;
    }

    const QUrl url;          // as listed
    const QString replaces;  // the earlier download's file the new copy replaces (DownloadJob::replaces)
    QUrl finalUrl;           // the URL whose response was last read
    PartFile part;
    QByteArray validator;    // strong ETag or Last-Modified, for If-Range
    qint64 total = -1;       // the complete size, when known
    qint64 resumedFrom = 0;  // bytes an earlier run left, while they are being continued
    QString mimeType;
    int httpStatus = 0;
    QByteArray protocol;     // "HTTP/1.1", "HTTP/2" of the last response
    int retryAfterMs = -1;
    qint64 firstByteUs = -1; // run clock, when the last response head arrived
    // The existing-file policy (ExistingFilePolicy): the item's file already
    // in the folder, once found (Update asks about it conditionally), and
    // what became of it; and the saved response's validators, which the
    // final file keeps for a later update.
    ExistingFiles existingFiles = ExistingFiles::Rename;
    std::optional<ExistingFile> existing;
    ExistingOutcome existingOutcome = ExistingOutcome::None;
    QByteArray etag;
    QByteArray lastModified;

    // Segmented downloads (SegmentFetch). A transfer that writes one segment
    // of a shared part asks for that segment's range and writes through it.
    std::shared_ptr<SegmentedPart> segments;
    int segment = -1;
    // The item's own transfer: offered every head about to be saved, may
    // make the transfer segmented (returns whether it did).
    std::function<bool(ItemTransfer &, const ResponseHead &, const HeadVerdict &, const QUrl &)> startSegments;
    // A part an earlier run left in segments, continued: what it holds.
    bool resumesSegments = false;
    QVector<ResumeRecord::Span> resumedSpans;
    QByteArray resumedValidator;
    qint64 resumedTotal = -1;
    bool noSplit = false; // fell back to one connection
    TransferPacer *pacer = nullptr; // the item's speed limits, if the fetch was given any
    std::shared_ptr<const ItemHeaders> itemHeaders; // the item's own request headers (DownloadJob::headers)
    // Checksums and aria2 lists (appended): the job's expected digest and
    // the name it is to be saved as instead of the suggested one.
    Checksum checksum;
    QString outName;
};

// The outcome of one request: an error, a redirect to follow, or success.
struct HopOutcome
{
    FetchError error;
    QUrl redirectTo;
    bool restartWithoutRange = false; // the kept part no longer fits the file: ask for all of it
};

// One HTTP request and its response, performed on the calling thread with a
// worker's libcurl handles. Its phases are named: the head is awaited, then
// decided once (ResponseRules), then the body is saved or dropped, then the
// outcome is concluded from what libcurl, the rules, the clock and the
// cancellation said. Timeouts are its own: no response head within the
// response timeout, or no body data within the stall timeout.
class HttpExchange final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::HttpExchange)
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    HttpExchange(WorkerSlot &slot, const EngineOptions &options, const QElapsedTimer &runClock,
                 ItemTransfer &transfer, FetchObserver &observer);
    ~HttpExchange();

    HopOutcome perform(const QUrl &url, Cancellation &cancellation);

private:
    enum class Phase { AwaitingHead, SavingBody, DiscardingBody };
    enum class Stop { None, Cancelled, NoResponse, Stalled };

    void configure();
    CURLcode drive(Cancellation &cancellation);
    bool waitForRate(); // true while the transfer is paused for a speed limit
    bool decideHead();
    size_t takeHeaderLine(const char *data, size_t length);
    size_t takeBody(const char *data, size_t length);
    size_t takeSegmentBody(const char *data, size_t length);
    FetchError conclude(CURLcode code, bool cancelled);

    static size_t headerCallback(char *data, size_t size, size_t count, void *self);
    static size_t bodyCallback(char *data, size_t size, size_t count, void *self);

    WorkerSlot &m_slot;
    const EngineOptions &m_options;
    const QElapsedTimer &m_runClock;
    ItemTransfer &m_transfer;
    FetchObserver &m_observer;

    QUrl m_url;
    qint64 m_resumeFrom = 0;
    curl_slist *m_headers = nullptr;
    ResponseHead m_head;
    Phase m_phase = Phase::AwaitingHead;
    Stop m_stop = Stop::None;
    FetchError m_failure;    // decided by the rules or a failed write; wins over what the abort caused
    HopOutcome m_outcome;
    qint64 m_expectedEnd = -1; // part size once this body is complete, if known
    QElapsedTimer m_clock;
    qint64 m_lastDataMs = 0;
    bool m_settledWithoutBody = false; // the existing file is kept: the body is not wanted
    bool m_segmentDone = false; // a segmented transfer reached its segment's end
    // 401 answers: libcurl answers a challenge itself and asks again, so a
    // 401 is only the item's outcome if no other response follows it.
    int m_challenges = 0;
    QString m_realm;
    bool m_loginSent = false; // a login of the user's went with the request
};

} // namespace Fetchpool
