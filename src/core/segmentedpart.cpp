#include "segmentedpart.h"

#include "cancellation.h"
#include "filehandle.h"
#include "logging.h"

#include <QDir>

#include <algorithm>
#include <cerrno>

#include <unistd.h>

namespace Fetchpool {

namespace {

// The spans of [0, total) that `done` leaves out.
QVector<ResumeRecord::Span> gaps(const QVector<ResumeRecord::Span> &done, qint64 total)
{
    QVector<ResumeRecord::Span> missing;
    qint64 at = 0;
    for (const ResumeRecord::Span &span : done) {
        if (span.begin > at)
            missing.push_back({at, span.begin});
        at = qMax(at, span.end);
    }
    if (at < total)
        missing.push_back({at, total});
    return missing;
}

} // namespace

SegmentedPart::SegmentedPart(Setup setup)
    : m_setup(std::move(setup))
    , m_missing(gaps(m_setup.done, m_setup.total))
    , m_retriesLeft(qMax(0, m_setup.retries))
{
    for (const ResumeRecord::Span &span : m_setup.done)
        m_done += span.end - span.begin;
    QMutexLocker lock(&m_mutex);
    // Before any byte lands past a prefix: a record without spans would
    // tell a later run that the whole file on disk is a prefix.
    m_recorded = writeRecordLocked();
}

qint64 SegmentedPart::nowUs() const
{
    return m_setup.clock ? m_setup.clock->nsecsElapsed() / 1000 : -1;
}

int SegmentedPart::addSegment(int worker, qint64 begin, qint64 end, Cancellation *helper)
{
    Segment segment;
    segment.worker = worker;
    segment.begin = begin;
    segment.end = end;
    segment.claimed = begin;
    segment.written = begin;
    segment.startUs = nowUs();
    segment.helper = helper;
    m_segments.push_back(segment);
    return int(m_segments.size()) - 1;
}

int SegmentedPart::openFirst(int worker, qint64 streamStart)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_missing.size(); ++i) {
        ResumeRecord::Span &gap = m_missing[i];
        if (streamStart < gap.begin || streamStart >= gap.end)
            continue;
        const qint64 end = gap.end;
        if (streamStart > gap.begin)
            gap.end = streamStart;
        else
            m_missing.remove(i);
        return addSegment(worker, streamStart, end, nullptr);
    }
    // The response starts inside bytes already done: nothing of it is kept.
    return addSegment(worker, streamStart, streamStart, nullptr);
}

std::optional<int> SegmentedPart::claim(int worker, Cancellation *helper)
{
    QMutexLocker lock(&m_mutex);
    // Checked under the lock that cancelHelpers() takes: a helper claiming
    // now is either refused here or cancelled there.
    if (m_stopped != Stopped::No || (m_setup.item && m_setup.item->isCancelled()))
        return std::nullopt;
    const int active = int(std::count_if(m_segments.cbegin(), m_segments.cend(),
                                         [](const Segment &segment) { return segment.active; }));
    if (helper && active >= m_setup.maxSegments)
        return std::nullopt;
    if (!m_missing.isEmpty()) {
        // The largest span nobody fetches, whole.
        const auto largest = std::max_element(m_missing.begin(), m_missing.end(), [](const auto &a, const auto &b) {
            return a.end - a.begin < b.end - b.begin;
        });
        const ResumeRecord::Span gap = *largest;
        m_missing.erase(largest);
        return addSegment(worker, gap.begin, gap.end, helper);
    }
    // Else half of the largest range still to come of a running segment.
    Segment *victim = nullptr;
    for (Segment &segment : m_segments) {
        if (segment.active && (!victim || segment.end - segment.claimed > victim->end - victim->claimed))
            victim = &segment;
    }
    if (!victim || !isWorthSplitting(*victim, nowUs()))
        return std::nullopt;
    const qint64 middle = victim->claimed + (victim->end - victim->claimed) / 2;
    const qint64 end = victim->end;
    victim->end = middle;
    return addSegment(worker, middle, end, helper);
}

bool SegmentedPart::isWorthSplitting(const Segment &segment, qint64 nowUs) const
{
    const qint64 left = segment.end - segment.claimed;
    if (left >= 2 * m_setup.minSegment)
        return true;
    if (left < 2 * MinTailHalf || m_requestSetupUs < 0 || !segment.receiving || nowUs <= segment.startUs)
        return false;
    // A half saves about half the segment's remaining time and costs one
    // request's setup: worth it while that time is well above the setup.
    const double bytesPerUs = double(segment.written - segment.begin) / double(nowUs - segment.startUs);
    return bytesPerUs > 0 && double(left) / bytesPerUs > 4.0 * double(qMax<qint64>(m_requestSetupUs, 1000));
}

bool SegmentedPart::hasClaimableWork() const
{
    QMutexLocker lock(&m_mutex);
    if (m_stopped != Stopped::No)
        return false;
    const qint64 now = nowUs();
    int active = 0;
    bool splittable = false;
    for (const Segment &segment : m_segments) {
        active += segment.active ? 1 : 0;
        splittable = splittable || (segment.active && isWorthSplitting(segment, now));
    }
    return active < m_setup.maxSegments && (!m_missing.isEmpty() || splittable);
}

qint64 SegmentedPart::nextByte(int segment) const
{
    QMutexLocker lock(&m_mutex);
    return m_segments[size_t(segment)].claimed;
}

qint64 SegmentedPart::segmentEnd(int segment) const
{
    QMutexLocker lock(&m_mutex);
    return m_segments[size_t(segment)].end;
}

SegmentedPart::Write SegmentedPart::write(int index, const char *data, qint64 length, qint64 *written,
                                          QString *error)
{
    *written = 0;
    qint64 offset = 0;
    qint64 allowed = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped != Stopped::No)
            return Write::Stopped;
        Segment &segment = m_segments[size_t(index)];
        offset = segment.claimed;
        allowed = qBound(qint64(0), segment.end - segment.claimed, length);
        // Claimed before the write, so a split meanwhile starts after these bytes.
        segment.claimed += allowed;
    }
    if (allowed > 0 && !writeFully(m_setup.fd, QByteArrayView(data, allowed), offset)) {
        *error = tr("cannot write segment at byte %1: %2").arg(offset).arg(qt_error_string(errno));
        return Write::Failed;
    }
    QMutexLocker lock(&m_mutex);
    Segment &segment = m_segments[size_t(index)];
    if (!segment.receiving && allowed > 0) {
        segment.receiving = true;
        if (segment.helper) // the item's own first request also waited for its headers to decide on segments
            m_requestSetupUs = qMax(m_requestSetupUs, nowUs() - segment.startUs);
    }
    *written = allowed;
    segment.written += allowed;
    m_done += allowed;
    m_sinceRecord += allowed;
    if (m_recorded && m_sinceRecord >= RecordEveryBytes)
        writeRecordLocked();
    return segment.claimed >= segment.end ? Write::SegmentDone : Write::Continue;
}

void SegmentedPart::endSegment(int index)
{
    {
        QMutexLocker lock(&m_mutex);
        Segment &segment = m_segments[size_t(index)];
        if (!segment.active)
            return;
        segment.active = false;
        segment.endUs = nowUs();
        segment.helper = nullptr;
        if (segment.written < segment.end && m_stopped == Stopped::No) {
            m_missing.push_back({segment.written, segment.end});
            std::sort(m_missing.begin(), m_missing.end(), [](const auto &a, const auto &b) { return a.begin < b.begin; });
        }
        segment.end = segment.written;
        segment.claimed = segment.written;
        if (m_recorded)
            writeRecordLocked();
        m_segmentEnded.wakeAll();
    }
    notifyChanged();
}

bool SegmentedPart::takeRetry()
{
    QMutexLocker lock(&m_mutex);
    if (m_retriesLeft <= 0)
        return false;
    --m_retriesLeft;
    return true;
}

void SegmentedPart::stop(Stopped how, const FetchError &error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped != Stopped::No)
            return;
        m_stopped = how;
        m_stopFlag.store(true, std::memory_order_release);
        m_stopError = error;
        for (Segment &segment : m_segments) {
            if (segment.active && segment.helper)
                segment.helper->cancel();
        }
        m_segmentEnded.wakeAll();
    }
    if (m_wakeOwner)
        m_wakeOwner();
    notifyChanged();
}

void SegmentedPart::collapse(const QString &reason)
{
    qCInfo(lcNet).noquote() << "one connection for" << m_setup.url.toDisplayString() << ":" << reason;
    stop(Stopped::Collapsed, FetchError::make(ErrorKind::Network, reason));
}

void SegmentedPart::fail(const FetchError &error)
{
    stop(Stopped::Failed, error);
}

bool SegmentedPart::isCollapsed() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopped == Stopped::Collapsed;
}

FetchError SegmentedPart::stopError() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopError;
}

void SegmentedPart::cancelHelpers()
{
    {
        QMutexLocker lock(&m_mutex);
        for (Segment &segment : m_segments) {
            if (segment.active && segment.helper)
                segment.helper->cancel();
        }
        m_segmentEnded.wakeAll();
    }
    notifyChanged();
}

void SegmentedPart::notifyChanged()
{
    if (m_changed)
        m_changed();
}

void SegmentedPart::waitForChange(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_segmentEnded.wait(&m_mutex, ms);
}

bool SegmentedPart::isComplete() const
{
    QMutexLocker lock(&m_mutex);
    const QVector<ResumeRecord::Span> done = doneSpans();
    return m_setup.total == 0
            || (done.size() == 1 && done.first().begin == 0 && done.first().end == m_setup.total);
}

int SegmentedPart::activeSegments() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_segments.cbegin(), m_segments.cend(),
                             [](const Segment &segment) { return segment.active; }));
}

qint64 SegmentedPart::doneBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_done;
}

QVector<ResumeRecord::Span> SegmentedPart::doneSpans() const
{
    QVector<ResumeRecord::Span> spans = m_setup.done;
    for (const Segment &segment : m_segments) {
        if (segment.written > segment.begin)
            spans.push_back({segment.begin, segment.written});
    }
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.begin < b.begin; });
    QVector<ResumeRecord::Span> merged;
    for (const ResumeRecord::Span &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.begin <= merged.last().end)
            merged.last().end = qMax(merged.last().end, span.end);
        else
            merged.push_back(span);
    }
    return merged;
}

bool SegmentedPart::writeRecord()
{
    QMutexLocker lock(&m_mutex);
    m_recorded = writeRecordLocked();
    return m_recorded;
}

bool SegmentedPart::writeRecordLocked()
{
    m_sinceRecord = 0;
    ResumeRecord record{m_setup.url, m_setup.validator, m_setup.total};
    record.segmented = true;
    record.done = doneSpans();
    const bool written = record.writeTo(m_setup.fd);
    if (!written)
        qCDebug(lcNet).noquote() << "no segment record for" << m_setup.url.toDisplayString() << ":"
                                 << qt_error_string(errno);
    return written;
}

QVector<SegmentRecord> SegmentedPart::history() const
{
    QMutexLocker lock(&m_mutex);
    QVector<SegmentRecord> records;
    records.reserve(qsizetype(m_segments.size()));
    for (const Segment &segment : m_segments) {
        if (segment.end == segment.begin && !segment.active)
            continue; // a segment that began where another had already arrived
        records.push_back({segment.worker, segment.begin, segment.end - segment.begin,
                           segment.written - segment.begin, segment.startUs, segment.endUs});
    }
    return records;
}

} // namespace Fetchpool
