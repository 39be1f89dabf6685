#include "segmentfetch.h"

#include "cancellation.h"
#include "hostlimiter.h"
#include "httpexchange.h"
#include "logging.h"
#include "responsehead.h"
#include "responserules.h"
#include "segmentboard.h"
#include "segmentedpart.h"
#include "workerslot.h"

namespace Fetchpool {

namespace {

constexpr int WaitSliceMs = 100; // a wait for helpers looks at the cancellation this often
constexpr qint64 MaxMinSegment = 1024 * 1024;
constexpr qint64 MinMinSegment = 16 * 1024;

bool acceptsRanges(const ResponseHead &head)
{
    return head.status() == 206 || head.value("accept-ranges").toLower().contains("bytes");
}

} // namespace

SegmentFetch::SegmentFetch(const EngineOptions &options, FileNamer &namer, HostLimiter &hosts, WorkerSlot &slot,
                           const QElapsedTimer &runClock)
    : m_options(options)
    , m_namer(namer)
    , m_hosts(hosts)
    , m_slot(slot)
    , m_runClock(runClock)
{
}

void SegmentFetch::setSite(SegmentBoard *board, int worker, int itemIndex)
{
    m_board = board;
    m_worker = worker;
    m_itemIndex = itemIndex;
}

qint64 SegmentFetch::minSegment(qint64 minSplitSize)
{
    return qBound(MinMinSegment, minSplitSize / 2, MaxMinSegment);
}

bool SegmentFetch::start(ItemTransfer &transfer, const ResponseHead &head, const HeadVerdict &verdict,
                         const QUrl &source, Cancellation &cancellation)
{
    const int maxSegments = qMin(m_options.workers, m_options.maxSplit > 0 ? m_options.maxSplit : m_options.workers);
    // A part an earlier run left in segments continues in segments: its bytes are no prefix.
    const bool sameFile = transfer.resumesSegments && verdict.validator == transfer.resumedValidator
            && verdict.total == transfer.resumedTotal;
    // A 200 continues it only when nothing at its start was kept (no Range was sent).
    const bool keptNoPrefix = transfer.resumedSpans.isEmpty() || transfer.resumedSpans.first().begin > 0;
    const bool continuing = sameFile && (verdict.saveFrom > 0 || keptNoPrefix);
    const bool splittable = maxSegments > 1 && verdict.total >= qMax<qint64>(1, m_options.minSplitSize)
            && !verdict.validator.isEmpty() && acceptsRanges(head);
    if (!m_board || transfer.noSplit || (!continuing && !splittable)) {
        if (transfer.resumesSegments) {
            transfer.part.restart(); // bytes at offsets a prefix must not keep
            transfer.resumedFrom = 0;
        }
        transfer.resumesSegments = false;
        return false;
    }
    QVector<ResumeRecord::Span> done;
    if (continuing)
        done = transfer.resumedSpans;
    else if (verdict.saveFrom > 0)
        done = {{0, verdict.saveFrom}};
    else
        transfer.part.restart();
    transfer.resumesSegments = false;
    transfer.resumedFrom = 0;
    for (const ResumeRecord::Span &span : std::as_const(done))
        transfer.resumedFrom += span.end - span.begin;

    SegmentedPart::Setup setup;
    setup.itemIndex = m_itemIndex;
    setup.url = transfer.url;
    setup.source = source;
    setup.itemHeaders = transfer.itemHeaders;
    setup.validator = verdict.validator;
    setup.total = verdict.total;
    setup.done = done;
    setup.fd = transfer.part.positionalFd();
    setup.maxSegments = maxSegments;
    setup.minSegment = minSegment(m_options.minSplitSize);
    setup.retries = m_options.retries;
    setup.item = &cancellation;
    setup.clock = &m_runClock;
    auto part = std::make_shared<SegmentedPart>(setup);
    transfer.segments = part;
    transfer.segment = part->openFirst(m_worker, verdict.saveFrom);
    WorkerSlot &slot = m_slot;
    SegmentedPart *raw = part.get();
    // Before any helper can claim: a cancel from now on reaches every helper.
    cancellation.attach([&slot, raw] {
        slot.wake();
        raw->cancelHelpers();
    });
    part->setOwnerWake([&slot] { slot.wake(); });
    SegmentBoard *board = m_board;
    part->setChangedCallback([board] { board->wakeAll(); });
    qCInfo(lcNet).noquote() << "segments for" << transfer.url.toDisplayString() << ": up to" << maxSegments
                            << "of" << verdict.total << "bytes," << transfer.resumedFrom << "already done";
    if (maxSegments > 1)
        m_board->add(part);
    return true;
}

bool SegmentFetch::acceptHead(SegmentedPart &part, const ResponseHead &head, qint64 from)
{
    const int status = head.status();
    const QByteArray validator = ResponseRules::validatorOf(head);
    if (status == 206) {
        const auto range = ResponseRules::contentRange(head.value("content-range"));
        if (range && range->first == from && range->complete == part.setup().total
            && (validator.isEmpty() || validator == part.setup().validator))
            return true;
        part.collapse(tr("the answer to a segment request (Content-Range '%1') does not fit the file")
                              .arg(QString::fromLatin1(head.value("content-range"))));
    } else if (status == 412 || (status >= 200 && status < 300 && validator != part.setup().validator)) {
        part.collapse(tr("the file changed on the server while it was fetched in segments"));
    } else if (status >= 200 && status < 300) {
        part.collapse(tr("the server answered a range request with the whole file"));
    } else if (status == 416) {
        part.collapse(tr("the server refused a segment's range"));
    }
    return false;
}

void SegmentFetch::run(const std::shared_ptr<SegmentedPart> &part, int segment, Cancellation &cancellation,
                       FetchObserver &observer)
{
    int failures = 0;
    for (;;) {
        const FetchError error = once(part, segment, cancellation, observer);
        if (!error.isError() || cancellation.isCancelled() || part->isStopped())
            break;
        if (error.isTransient() && part->takeRetry()) {
            const qint64 delay = qMin(qint64(m_options.retryBaseDelayMs) << qMin(failures++, 20),
                                      qint64(m_options.maxRetryDelayMs));
            qCInfo(lcNet).noquote() << "retrying the segment at byte" << part->nextByte(segment) << "of"
                                    << part->setup().url.toDisplayString() << "after:" << error.message;
            if (cancellation.waitFor(int(delay)))
                break;
            continue;
        }
        part->fail(error);
        break;
    }
    part->endSegment(segment);
}

FetchError SegmentFetch::once(const std::shared_ptr<SegmentedPart> &part, int segment, Cancellation &cancellation,
                              FetchObserver &observer)
{
    if (part->nextByte(segment) >= part->segmentEnd(segment))
        return {};
    const QUrl source = part->setup().source;
    const QString host = source.host();
    if (!m_hosts.acquire(host, cancellation))
        return FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
    ItemTransfer transfer(m_namer, part->setup().url);
    transfer.segments = part;
    transfer.segment = segment;
    transfer.validator = part->setup().validator;
    transfer.total = part->setup().total;
    transfer.pacer = m_pacer;
    transfer.itemHeaders = part->setup().itemHeaders;
    HopOutcome hop;
    {
        HttpExchange exchange(m_slot, m_options, m_runClock, transfer, observer);
        hop = exchange.perform(source, cancellation);
    }
    m_hosts.release(host);
    if (!hop.error.isError() && !hop.redirectTo.isEmpty()) {
        part->collapse(tr("a segment request was redirected to %1").arg(hop.redirectTo.toDisplayString()));
        return part->stopError();
    }
    return hop.error;
}

FetchError SegmentFetch::finishOwn(ItemTransfer &transfer, Cancellation &cancellation, FetchObserver &observer)
{
    const std::shared_ptr<SegmentedPart> part = transfer.segments;
    part->endSegment(transfer.segment);
    for (;;) {
        if (cancellation.isCancelled())
            return FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
        if (part->isStopped())
            return part->stopError();
        if (part->isComplete())
            return {};
        if (const auto segment = part->claim(m_worker, nullptr))
            run(part, *segment, cancellation, observer);
        else
            part->waitForChange(WaitSliceMs);
    }
}

void SegmentFetch::retire(ItemTransfer &transfer)
{
    const std::shared_ptr<SegmentedPart> part = transfer.segments;
    if (!part)
        return;
    if (m_board)
        m_board->remove(part.get());
    part->endSegment(transfer.segment);
    part->cancelHelpers();
    // Helpers unwind within a poll of their own once cancelled; they write
    // into the descriptor the part file is about to close.
    while (part->activeSegments() > 0)
        part->waitForChange(WaitSliceMs);
}

} // namespace Fetchpool
