#include "fetcher.h"

#include "cancellation.h"
#include "checksumcheck.h"
#include "contentcheck.h"
#include "curlerrors.h"
#include "existingfilepolicy.h"
#include "filenamer.h"
#include "hostlimiter.h"
#include "httpexchange.h"
#include "itemfolders.h"
#include "logging.h"
#include "mirrorrotation.h"
#include "redirectpolicy.h"
#include "resumerecord.h"
#include "segmentedpart.h"
#include "segmentfetch.h"
#include "units.h"
#include "workerslot.h"

#include <QDir>
#include <QFileInfo>

namespace Fetchpool {

namespace {

// RFC 6761 reserves "invalid" and asks resolvers to fail such names at once;
// glibc would still send the query to the configured name server.
bool isReservedInvalidName(const QString &host)
{
    return host.compare(QLatin1String("invalid"), Qt::CaseInsensitive) == 0
            || host.endsWith(QLatin1String(".invalid"), Qt::CaseInsensitive)
            || host.endsWith(QLatin1String(".invalid."), Qt::CaseInsensitive);
}

} // namespace

Fetcher::Fetcher(const EngineOptions &options, ItemFolders &folders, HostLimiter &hosts, WorkerSlot &slot,
                 const QElapsedTimer &runClock)
    : m_options(options)
    , m_folders(folders)
    , m_hosts(hosts)
    , m_slot(slot)
    , m_runClock(runClock)
    // Segments write through the item's part, never reserving a name of their own.
    , m_segmentFetch(std::make_unique<SegmentFetch>(options, *folders.root().namer, hosts, slot, runClock))
{
}

Fetcher::~Fetcher() = default;

void Fetcher::setSegmentSite(SegmentBoard *board, int worker, int itemIndex)
{
    m_segmentFetch->setSite(board, worker, itemIndex);
}

QString Fetcher::userAgent()
{
    return QStringLiteral("Fetchpool/" FETCHPOOL_VERSION);
}

ItemResult Fetcher::fetch(const DownloadJob &job, Cancellation &cancellation,
                          FetchObserver &observer, TransferPacer *pacer)
{
    QString folderError;
    const auto folder = m_folders.open(job.subdir, &folderError);
    if (!folder)
        return ItemFolders::refused(job, folderError);
    if (job.mirrors.isEmpty())
        return fetchOne(job, *folder, cancellation, observer, pacer);
    return MirrorRotation::fetch(job, *folder->resumable, cancellation, observer, [&](const DownloadJob &one) {
        return fetchOne(one, *folder, cancellation, observer, pacer);
    });
}

ItemResult Fetcher::fetchOne(const DownloadJob &job, const ItemFolder &folder, Cancellation &cancellation,
                             FetchObserver &observer, TransferPacer *pacer)
{
    // The item's file already there: Skip is done without a request, Update
    // asks about exactly that file and replaces it.
    const auto existing = ExistingFilePolicy::beforeRequest(m_options, job, folder.path);
    if (existing && m_options.existingFiles == ExistingFiles::Skip)
        return ExistingFilePolicy::skipped(job, *existing);

    ItemResult result;
    result.id = job.id;
    result.url = job.url;

    // A cancel wakes this worker's poll; the worker then ends the transfer itself.
    WorkerSlot &slot = m_slot;
    cancellation.attach([&slot] { slot.wake(); });
    ItemTransfer transfer(*folder.namer, job.url, existing ? existing->path : job.replaces);
    transfer.existingFiles = m_options.existingFiles;
    transfer.existing = existing;
    SegmentFetch &segments = *m_segmentFetch;
    transfer.startSegments = [&segments, &cancellation](ItemTransfer &item, const ResponseHead &head,
                                                        const HeadVerdict &verdict, const QUrl &source) {
        return segments.start(item, head, verdict, source, cancellation);
    };
    transfer.pacer = pacer;
    transfer.itemHeaders = job.headers;
    transfer.checksum = job.checksum;
    transfer.outName = job.outName;
    transfer.part.expectDigest(job.checksum.algorithm); // before a kept part is adopted
    m_segmentFetch->setPacer(pacer); // the segments this worker takes of its own file
    // A replacement starts from nothing and, if stopped, leaves nothing: a
    // part kept beside the file it was to replace would belong to no row.
    if (job.replaces.isEmpty())
        continuePart(transfer, *folder.resumable, observer);

    FetchError error;
    int maxAttempts = 1 + qMax(0, m_options.retries);
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        result.attempts = attempt;
        transfer.retryAfterMs = -1;
        observer.attemptStarted(attempt);
        AttemptRecord record;
        record.url = job.url;
        record.startUs = nowUs();
        error = this->attempt(transfer, cancellation, observer);
        if (!error.isError() && transfer.segments) // its own segment is in: the rest of the file
            error = m_segmentFetch->finishOwn(transfer, cancellation, observer);
        record.endUs = nowUs();
        // The transfer keeps the last response's head across attempts: it
        // belongs to this attempt only if it arrived during it.
        if (transfer.firstByteUs >= record.startUs) {
            record.firstByteUs = transfer.firstByteUs;
            record.httpStatus = transfer.httpStatus;
        }
        record.error = error;
        result.attemptHistory.push_back(record);
        if (transfer.segments && transfer.segments->isCollapsed() && !cancellation.isCancelled()) {
            fallBackToOneConnection(transfer, cancellation); // not a retry: the next attempt is extra
            ++maxAttempts;
            continue;
        }
        if (!error.isError() || error.kind == ErrorKind::Cancelled || (transfer.segments && transfer.segments->isStopped()))
            break;
        if (!error.isTransient() || attempt == maxAttempts)
            break;
        const int delay = retryDelayMs(attempt, transfer.retryAfterMs);
        qCInfo(lcNet).noquote() << "retrying" << job.url.toDisplayString() << "in" << delay
                                << "ms after:" << error.message;
        observer.stateChanged(ItemState::Connecting);
        observer.retryScheduled(record, delay);
        if (cancellation.waitFor(delay)) {
            error = FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
            break;
        }
    }
    settleSegments(transfer, cancellation, error, result);
    cancellation.detach();
    m_segmentFetch->setPacer(nullptr);

    if (error.isError() && error.kind != ErrorKind::Cancelled && result.attemptHistory.size() > 1)
        error.message = withAttemptSummary(error.message, result.attemptHistory);
    finish(transfer, cancellation, error, result);
    return result;
}

// A failure after retries says how many attempts were made and how long
// they took, waits included; each attempt keeps its own reason.
QString Fetcher::withAttemptSummary(const QString &reason, const QVector<AttemptRecord> &attempts)
{
    const qint64 tookUs = attempts.last().endUs - attempts.first().startUs;
    // Only ever two or more attempts, so no plural forms: fetchpool-cli prints
    // the engine's messages without a translator.
    //: %1 is the last attempt's reason, %2 the number of attempts (2 or more), %3 a duration such as "2 min 04 s".
    return tr("%1, after %2 attempts in %3").arg(reason).arg(attempts.size()).arg(formatDuration(tookUs));
}

qint64 Fetcher::nowUs() const
{
    return m_runClock.nsecsElapsed() / 1000;
}

// The segments stopped (the file changed, or the server ignores ranges):
// what they wrote goes, and the file comes again from zero on one connection.
void Fetcher::fallBackToOneConnection(ItemTransfer &transfer, Cancellation &cancellation)
{
    m_segmentFetch->retire(transfer);
    WorkerSlot &slot = m_slot;
    cancellation.attach([&slot] { slot.wake(); }); // before the part the old wake-up calls goes
    qCInfo(lcNet).noquote() << "fetching" << transfer.url.toDisplayString() << "again on one connection:"
                            << transfer.segments->stopError().message;
    transfer.segments.reset();
    transfer.segment = -1;
    transfer.noSplit = true;
    transfer.part.restart();
    transfer.validator.clear();
    transfer.resumedFrom = 0;
}

// No segment runs past this; the part file knows what it holds, and the
// result lists the segments.
void Fetcher::settleSegments(ItemTransfer &transfer, const Cancellation &cancellation, const FetchError &error,
                             ItemResult &result)
{
    if (!transfer.segments)
        return;
    m_segmentFetch->retire(transfer);
    SegmentedPart &part = *transfer.segments;
    result.segments = part.history();
    const bool keep = error.kind == ErrorKind::Cancelled && cancellation.keepsResumablePart();
    const bool recorded = (keep || !error.isError()) && part.writeRecord();
    transfer.part.settleSegments(error.isError() ? part.doneBytes() : part.setup().total, recorded);
}

// The end of an item: the complete part becomes the final file, or a stopped
// one is kept for the next run, or nothing is left at all.
void Fetcher::finish(ItemTransfer &transfer, const Cancellation &cancellation, FetchError error,
                     ItemResult &result)
{
    result.finalUrl = transfer.finalUrl.isValid() ? transfer.finalUrl : transfer.url;
    result.httpStatus = transfer.httpStatus;
    result.protocol = QString::fromLatin1(transfer.protocol);
    result.mimeType = transfer.mimeType;
    result.totalBytes = transfer.total;
    result.firstByteUs = transfer.firstByteUs;
    result.resumedFrom = transfer.resumedFrom;

    if (!error.isError() && transfer.part.isReserved()) {
        const QByteArray head = transfer.part.head();
        const qint64 bytes = transfer.part.size();
        transfer.part.stamp(transfer.etag, transfer.lastModified);
        QString commitError;
        // A wrong digest never gets the final name: the part is removed below.
        error = ChecksumCheck::verify(transfer.checksum, transfer.part);
        const auto finalPath = error.isError() ? std::nullopt : transfer.part.commit(&commitError);
        if (finalPath) {
            result.verified = transfer.checksum.isValid();
            result.filePath = *finalPath;
            result.bytes = bytes;
            const auto verdict = ContentCheck::check(head, QFileInfo(*finalPath).fileName(), transfer.mimeType);
            result.detectedMimeType = verdict.detectedMimeType;
            result.contentMismatch = verdict.mismatch;
        } else if (!error.isError()) {
            error = FetchError::make(ErrorKind::FileSystem, commitError);
        }
    }

    if (error.kind == ErrorKind::Cancelled && cancellation.keepsResumablePart() && transfer.replaces.isEmpty()) {
        const qint64 kept = transfer.part.size();
        if (const auto partPath = transfer.part.keepForResume()) {
            result.filePath = *partPath;
            result.bytes = kept;
            error.message = tr("stopped after %1 of %2 bytes; the next run continues from %3")
                                    .arg(kept)
                                    .arg(transfer.total >= 0 ? QString::number(transfer.total)
                                                             : QStringLiteral("?"),
                                         QDir::toNativeSeparators(*partPath));
        }
    }
    // Nothing half-written survives under any name: what is still held goes.
    transfer.part.discard();

    result.error = error;
    if (!error.isError()) {
        result.state = ItemState::Done;
        result.servedBy = transfer.url;
        ExistingFilePolicy::conclude(transfer, result);
    }
    else if (error.kind == ErrorKind::Cancelled)
        result.state = ItemState::Cancelled;
    else
        result.state = ItemState::Failed;
}

// Takes over what an interrupted earlier run left: the first request asks
// for the rest with Range/If-Range, and a server that answers 200 (file
// changed, or no range support) restarts it from zero.
void Fetcher::continuePart(ItemTransfer &transfer, ResumeIndex &resumable, FetchObserver &observer)
{
    const auto part = resumable.take(transfer.url);
    if (!part)
        return;
    QString error;
    if (!transfer.part.adopt(*part, &error)) {
        qCInfo(lcNet).noquote() << "not continuing" << part->partPath << ":" << error;
        return;
    }
    transfer.resumedFrom = part->size;
    transfer.validator = part->record.validator;
    transfer.total = part->record.total;
    if (part->record.segmented) { // not a prefix: SegmentFetch::start() takes it over
        transfer.resumesSegments = true;
        transfer.resumedSpans = part->record.done;
        transfer.resumedValidator = part->record.validator;
        transfer.resumedTotal = part->record.total;
    }
    observer.bytesReceived(0, part->size, transfer.total);
    qCInfo(lcNet).noquote() << "continuing" << transfer.url.toDisplayString() << "from byte"
                            << part->size << "of" << part->partPath;
}

int Fetcher::retryDelayMs(int attempt, int retryAfterMs) const
{
    const qint64 backoff = qint64(m_options.retryBaseDelayMs) << qMin(attempt - 1, 20);
    const qint64 wanted = retryAfterMs >= 0 ? retryAfterMs : backoff;
    return int(qBound(qint64(0), wanted, qint64(m_options.maxRetryDelayMs)));
}

// One attempt: the request and the redirect hops it leads to.
FetchError Fetcher::attempt(ItemTransfer &transfer, Cancellation &cancellation, FetchObserver &observer)
{
    RedirectPolicy redirects(transfer.url, m_options.maxRedirects);
    bool restarted = false;
    for (;;) {
        if (cancellation.isCancelled())
            return FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
        const QUrl current = redirects.current();
        const HopOutcome hop = request(current, transfer, cancellation, observer);
        if (hop.restartWithoutRange && !restarted && !hop.error.isError()) {
            restarted = true; // once: the request without Range cannot ask again
            continue;
        }
        if (hop.error.isError() || hop.redirectTo.isEmpty())
            return hop.error;
        const FetchError refused = redirects.follow(hop.redirectTo);
        if (refused.isError())
            return refused;
        qCDebug(lcNet).noquote() << "redirect" << current.toDisplayString() << "->"
                                 << hop.redirectTo.toDisplayString();
    }
}

HopOutcome Fetcher::request(const QUrl &url, ItemTransfer &transfer, Cancellation &cancellation,
                            FetchObserver &observer)
{
    HopOutcome hop;
    const QString host = url.host();
    if (isReservedInvalidName(host)) {
        hop.error = FetchError::make(ErrorKind::Network, tr("Host %1 not found (%2): .invalid names never resolve")
                                                          .arg(host, CurlErrors::hostAndPort(url)));
        hop.error.network = NetworkError::HostNotFound;
        return hop;
    }
    if (!m_hosts.acquire(host, cancellation)) {
        hop.error = FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
        return hop;
    }
    HttpExchange exchange(m_slot, m_options, m_runClock, transfer, observer);
    hop = exchange.perform(url, cancellation);
    m_hosts.release(host);
    return hop;
}

} // namespace Fetchpool
