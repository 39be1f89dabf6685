#include "httpexchange.h"

#include "authchallenge.h"
#include "cancellation.h"
#include "curlerrors.h"
#include "existingfilepolicy.h"
#include "fetcher.h"
#include "logging.h"
#include "proxyroute.h"
#include "requestsetup.h"
#include "responserules.h"
#include "segmentedpart.h"
#include "segmentfetch.h"
#include "transferpacer.h"
#include "truststore.h"
#include "workerslot.h"

#include <arpa/inet.h>
#include <netinet/in.h>


namespace Fetchpool {

namespace {

// The longest a worker sleeps in curl_multi_poll between looks at its
// clock; a cancel wakes it at once anyway.
constexpr qint64 MaxPollMs = 1000;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QByteArray text = host.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.constData(), &v6) == 1) {
        return IN6_IS_ADDR_LOOPBACK(&v6)
                || (IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127);
    }
    return false;
}

} // namespace

HttpExchange::HttpExchange(WorkerSlot &slot, const EngineOptions &options, const QElapsedTimer &runClock,
                           ItemTransfer &transfer, FetchObserver &observer)
    : m_slot(slot)
    , m_options(options)
    , m_runClock(runClock)
    , m_transfer(transfer)
    , m_observer(observer)
{
}

HttpExchange::~HttpExchange()
{
    // The handle must not point at the list once it is freed.
    curl_easy_setopt(m_slot.easy(), CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(m_headers);
}

HopOutcome HttpExchange::perform(const QUrl &url, Cancellation &cancellation)
{
    m_url = url;
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && !m_slot.trust()->waitUntilReady(cancellation)) {
        m_outcome.error = FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
        return m_outcome;
    }
    m_resumeFrom = m_transfer.resumeOffset();
    configure();

    if (!m_transfer.segments) // a segment's transfer leaves the item's state alone
        m_observer.stateChanged(ItemState::Connecting);
    m_observer.requestOpened();
    const CURLcode code = drive(cancellation);
    m_observer.requestClosed();

    m_outcome.error = conclude(code, m_stop == Stop::Cancelled || cancellation.isCancelled());
    if (m_outcome.error.isError())
        m_outcome.redirectTo.clear();
    return m_outcome;
}

// Every request starts from libcurl's defaults (reset keeps the handle's
// connections, DNS entries and TLS sessions) plus Fetchpool's baseline.
void HttpExchange::configure()
{
    CURL *easy = m_slot.easy();
    curl_easy_reset(easy);
    m_slot.errorBuffer()[0] = '\0';
    const QByteArray url = m_url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_SHARE, m_slot.share());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L); // RedirectPolicy decides every hop
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L); // a proxy's CONNECT answer is not the response
    static const QByteArray userAgent = Fetcher::userAgent().toUtf8();
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent.constData());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_slot.errorBuffer());
    // Under a speed limit, small chunks: each charge is a short wait, and
    // transfers that share a limit take turns often.
    const bool limited = m_transfer.pacer && m_transfer.pacer->isLimited();
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, limited ? long(CURL_MAX_WRITE_SIZE)
                                                       : long(qBound(CURL_MAX_WRITE_SIZE, m_options.receiveBufferBytes,
                                                                     CURL_MAX_READ_SIZE)));
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HttpExchange::headerCallback);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &HttpExchange::bodyCallback);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
    // By default libcurl takes proxies from the environment (http_proxy,
    // https_proxy, no_proxy); a proxy cannot reach this machine's own
    // loopback, so those requests go direct. A manual proxy takes them all.
    ProxyRoute::apply(easy, m_options.proxy, isLoopbackHost(m_url.host()));
    // No Accept-Encoding: a resumed range counts bytes of the file as stored.
    m_slot.trust()->applyTo(easy);
    if (m_transfer.segments) {
        // Exactly the segment, on the condition that the file is the same.
        m_resumeFrom = m_transfer.segments->nextByte(m_transfer.segment);
        const QByteArray range = QByteArray::number(m_resumeFrom) + '-'
                + QByteArray::number(m_transfer.segments->segmentEnd(m_transfer.segment) - 1);
        curl_easy_setopt(easy, CURLOPT_RANGE, range.constData());
        const QByteArray validator = m_transfer.segments->setup().validator;
        m_headers = curl_slist_append(m_headers, QByteArray("If-Range: " + validator).constData());
        if (validator.startsWith('"')) // an ETag: a changed file answers 412, not the whole new file
            m_headers = curl_slist_append(m_headers, QByteArray("If-Match: " + validator).constData());
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers);
    } else if (m_resumeFrom > 0) {
        // Range and If-Range are ours, not CURLOPT_RESUME_FROM: a changed
        // file must come back as a plain 200 that restarts the part.
        const QByteArray range = QByteArray::number(m_resumeFrom) + '-';
        curl_easy_setopt(easy, CURLOPT_RANGE, range.constData());
        const QByteArray ifRange = "If-Range: " + m_transfer.validator;
        m_headers = curl_slist_append(m_headers, ifRange.constData());
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers);
    }
    // The update policy's question: has the file changed since it was saved?
    // Asked until a newer copy has begun to arrive, not after.
    if (m_transfer.existing && !m_transfer.part.isReserved()) {
        for (const QByteArray &header : m_transfer.existing->conditionalHeaders())
            m_headers = curl_slist_append(m_headers, header.constData());
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers);
    }
    m_loginSent = RequestSetup::apply(easy, m_options, m_transfer.itemHeaders.get(), m_transfer.url, m_url, &m_headers);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers);
}

// The worker's loop for one transfer: perform, look at the cancel flag and
// the clock, then sleep in curl_multi_poll until the socket, libcurl's own
// timers or a cancel's wake-up call for it.
CURLcode HttpExchange::drive(Cancellation &cancellation)
{
    CURLM *multi = m_slot.multi();
    CURL *easy = m_slot.easy();
    m_clock.start();
    m_lastDataMs = 0;
    CURLcode result = CURLE_OK;
    const CURLMcode added = curl_multi_add_handle(multi, easy);
    if (added != CURLM_OK) {
        m_failure = FetchError::make(ErrorKind::Network, QString::fromUtf8(curl_multi_strerror(added)));
        m_failure.network = NetworkError::Other;
        return CURLE_FAILED_INIT;
    }
    for (;;) {
        int running = 0;
        const CURLMcode performed = curl_multi_perform(multi, &running);
        if (performed != CURLM_OK) {
            m_failure = FetchError::make(ErrorKind::Network, QString::fromUtf8(curl_multi_strerror(performed)));
            m_failure.network = NetworkError::Other;
            break;
        }
        if (running == 0) {
            int queued = 0;
            while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
                if (message->msg == CURLMSG_DONE)
                    result = message->data.result;
            }
            break;
        }
        if (cancellation.isCancelled()) {
            m_stop = Stop::Cancelled;
            break;
        }
        if (m_transfer.segments && m_transfer.segments->isStopped()) {
            m_failure = m_transfer.segments->stopError();
            break;
        }
        if (waitForRate())
            continue;
        const qint64 now = m_clock.elapsed();
        const qint64 deadline = m_phase == Phase::AwaitingHead ? m_options.responseTimeoutMs
                                                               : m_lastDataMs + m_options.stallTimeoutMs;
        if (now >= deadline) {
            m_stop = m_phase == Phase::AwaitingHead ? Stop::NoResponse : Stop::Stalled;
            break;
        }
        curl_multi_poll(multi, nullptr, 0, int(qMin(deadline - now, MaxPollMs)), nullptr);
    }
    if (m_transfer.pacer)
        m_transfer.pacer->resume(); // the request ends: no longer waiting
    curl_multi_remove_handle(multi, easy);
    return result;
}

// A transfer paused for a speed limit sleeps until its turn, a change of
// the limits or a cancel wakes it, then reads on. The time it waits is not
// a stall: the stall clock starts again when it is unpaused.
bool HttpExchange::waitForRate()
{
    TransferPacer *pacer = m_transfer.pacer;
    if (!pacer || !pacer->isPaused())
        return false;
    const qint64 waitMs = pacer->remainingMs();
    if (waitMs > 0) {
        curl_multi_poll(m_slot.multi(), nullptr, 0, int(qMin(waitMs, MaxPollMs)), nullptr);
        return true;
    }
    pacer->resume();
    m_lastDataMs = m_clock.elapsed();
    // Hands the chunk libcurl held back to takeBody(), which may pause again.
    curl_easy_pause(m_slot.easy(), CURLPAUSE_CONT);
    return true;
}

size_t HttpExchange::headerCallback(char *data, size_t size, size_t count, void *self)
{
    return static_cast<HttpExchange *>(self)->takeHeaderLine(data, size * count);
}

size_t HttpExchange::bodyCallback(char *data, size_t size, size_t count, void *self)
{
    return static_cast<HttpExchange *>(self)->takeBody(data, size * count);
}

size_t HttpExchange::takeHeaderLine(const char *data, size_t length)
{
    if (m_phase != Phase::AwaitingHead)
        return length; // trailers of a chunked body
    if (!m_head.addLine(QByteArrayView(data, qsizetype(length))))
        return length;
    if (m_head.isInterim()) { // 100 Continue, 103 Early Hints: the response is still to come
        m_head.clear();
        return length;
    }
    if (m_head.status() == 401) { // libcurl may answer it with a login and ask again
        ++m_challenges;
        m_realm = AuthChallenge::realm(m_head.value("www-authenticate"));
        m_transfer.httpStatus = 401;
        m_transfer.protocol = m_head.protocol();
        m_head.clear();
        return length;
    }
    // Returning less than `length` makes libcurl abort with CURLE_WRITE_ERROR;
    // m_failure says why.
    return decideHead() ? length : 0;
}

// The head is complete: the rules say what it means, and the part file is
// prepared for the body accordingly.
bool HttpExchange::decideHead()
{
    m_lastDataMs = m_clock.elapsed();
    m_transfer.firstByteUs = m_runClock.nsecsElapsed() / 1000;
    m_transfer.httpStatus = m_head.status();
    m_transfer.protocol = m_head.protocol();
    m_transfer.finalUrl = m_url;
    if (m_transfer.segments && SegmentFetch::acceptHead(*m_transfer.segments, m_head, m_resumeFrom)) {
        m_phase = Phase::SavingBody;
        return true;
    }
    if (m_transfer.segments && m_transfer.segments->isStopped()) {
        m_failure = m_transfer.segments->stopError();
        return false;
    }
    const HeadVerdict verdict = ResponseRules::decide(m_head, m_url, m_resumeFrom);
    m_phase = Phase::DiscardingBody;
    if (ExistingFilePolicy::isNotModified(m_transfer, m_head)) {
        m_transfer.existingOutcome = ExistingOutcome::Unchanged;
        m_settledWithoutBody = true;
        return true; // a 304 has no body
    }

    switch (verdict.action) {
    case HeadVerdict::Action::Redirect:
        m_outcome.redirectTo = verdict.redirectTo;
        return true; // redirect bodies are tiny; reading them keeps the connection
    case HeadVerdict::Action::AlreadyComplete:
        m_transfer.total = verdict.total;
        m_expectedEnd = verdict.expectedEnd;
        return true;
    case HeadVerdict::Action::RestartWithoutRange:
        m_transfer.part.restart();
        m_transfer.resumedFrom = 0;
        m_outcome.restartWithoutRange = true;
        return true;
    case HeadVerdict::Action::Fail:
        m_transfer.retryAfterMs = verdict.retryAfterMs;
        if (verdict.dropPart) {
            m_transfer.part.restart();
            m_transfer.validator.clear();
            m_transfer.resumedFrom = 0;
        }
        m_failure = verdict.error;
        return !verdict.abortBody;
    case HeadVerdict::Action::Save:
        break;
    }

    if (verdict.saveFrom == 0 && m_transfer.part.size() > 0) {
        // The whole file came back (range ignored, or the file changed).
        m_transfer.part.restart();
        m_transfer.resumedFrom = 0;
    }
    m_transfer.total = verdict.total;
    m_transfer.validator = verdict.validator;
    m_transfer.mimeType = verdict.mimeType;
    m_expectedEnd = verdict.expectedEnd;
    m_transfer.etag = m_head.value("etag");
    m_transfer.lastModified = m_head.value("last-modified");
    if (!m_transfer.part.isReserved()) {
        const QString name = m_transfer.outName.isEmpty() ? verdict.suggestedName : m_transfer.outName;
        const QString replacing = ExistingFilePolicy::atHead(m_transfer, m_head, name, m_transfer.part.folder());
        if (m_transfer.existingOutcome == ExistingOutcome::Skipped
            || m_transfer.existingOutcome == ExistingOutcome::Unchanged) {
            m_settledWithoutBody = true;
            return false; // the connection is dropped rather than the body read
        }
        QString error;
        const bool reserved = replacing.isEmpty()
                ? m_transfer.part.reserve(name, &error)
                : m_transfer.part.reserveReplacing(replacing, &error);
        if (!reserved) {
            m_failure = FetchError::make(ErrorKind::FileSystem, error);
            return false;
        }
    }
    const bool segmented = m_transfer.startSegments && m_transfer.startSegments(m_transfer, m_head, verdict, m_url);
    if (segmented)
        m_expectedEnd = -1; // the segment decides where this body ends
    else
        m_transfer.part.recordResume(m_transfer.url, m_transfer.validator, m_transfer.total);
    m_phase = Phase::SavingBody;
    m_observer.stateChanged(ItemState::Receiving);
    m_observer.bytesReceived(0, segmented ? m_transfer.segments->doneBytes() : m_transfer.part.size(),
                             m_transfer.total);
    return true;
}

size_t HttpExchange::takeBody(const char *data, size_t length)
{
    m_lastDataMs = m_clock.elapsed();
    if (m_phase != Phase::SavingBody)
        return length; // a redirect's or an error page's body is dropped
    if (m_transfer.pacer && !m_transfer.pacer->admit())
        return CURL_WRITEFUNC_PAUSE; // libcurl keeps the chunk until waitForRate() unpauses
    if (m_transfer.segments) {
        const size_t taken = takeSegmentBody(data, length);
        if (m_transfer.pacer && taken == length)
            m_transfer.pacer->charge(qint64(length));
        return taken;
    }
    QString error;
    if (!m_transfer.part.append(data, qint64(length), &error)) {
        m_failure = FetchError::make(ErrorKind::FileSystem, error);
        return 0;
    }
    if (m_transfer.pacer)
        m_transfer.pacer->charge(qint64(length));
    m_observer.bytesReceived(qint64(length), m_transfer.part.size(), m_transfer.total);
    return length;
}

// Through the shared part, up to the segment's end: a split may have moved
// it, and then this transfer stops early.
size_t HttpExchange::takeSegmentBody(const char *data, size_t length)
{
    SegmentedPart &part = *m_transfer.segments;
    qint64 written = 0;
    QString error;
    const SegmentedPart::Write outcome = part.write(m_transfer.segment, data, qint64(length), &written, &error);
    if (written > 0)
        m_observer.bytesReceived(written, part.doneBytes(), m_transfer.total);
    switch (outcome) {
    case SegmentedPart::Write::Continue:
        return length;
    case SegmentedPart::Write::SegmentDone:
        m_segmentDone = true;
        return written == qint64(length) ? length : 0; // a body that goes on past the end is dropped
    case SegmentedPart::Write::Stopped:
        m_failure = part.stopError();
        return 0;
    case SegmentedPart::Write::Failed:
        m_failure = FetchError::make(ErrorKind::FileSystem, error);
        part.fail(m_failure);
        return 0;
    }
    return 0;
}

FetchError HttpExchange::conclude(CURLcode code, bool cancelled)
{
    if (m_segmentDone)
        return {};
    if (cancelled)
        return FetchError::make(ErrorKind::Cancelled, tr("cancelled"));
    if (m_settledWithoutBody)
        return {};
    if (m_failure.isError())
        return ProxyRoute::reviewResponse(m_failure, m_options.proxy);
    if (m_challenges > 0 && m_phase == Phase::AwaitingHead) {
        // A second challenge means libcurl sent a login (a .netrc one, say) and it was refused.
        return AuthChallenge::unauthorized(CurlErrors::hostAndPort(m_url), m_realm,
                                           m_loginSent || m_challenges > 1);
    }
    if (m_stop == Stop::NoResponse) {
        return FetchError::make(ErrorKind::Timeout, tr("no response from %1 within %2")
                                                     .arg(CurlErrors::hostAndPort(m_url),
                                                          seconds(m_options.responseTimeoutMs)));
    }
    if (m_stop == Stop::Stalled) {
        return FetchError::make(ErrorKind::Timeout, tr("transfer stalled: no data for %1 after %2 bytes")
                                                     .arg(seconds(m_options.stallTimeoutMs))
                                                     .arg(m_transfer.part.size()));
    }
    const bool shortBody = m_expectedEnd >= 0 && m_transfer.part.size() != m_expectedEnd
            && m_outcome.redirectTo.isEmpty() && !m_outcome.restartWithoutRange;
    if ((code == CURLE_PARTIAL_FILE && m_phase == Phase::SavingBody && m_expectedEnd >= 0)
        || (code == CURLE_OK && shortBody)) {
        FetchError error = FetchError::make(ErrorKind::Network,
                                     tr("connection closed after %1 of %2 bytes (%3)")
                                             .arg(m_transfer.part.size())
                                             .arg(m_expectedEnd)
                                             .arg(CurlErrors::hostAndPort(m_url)));
        error.network = NetworkError::ConnectionClosed;
        error.httpStatus = m_transfer.httpStatus;
        return error;
    }
    if (m_transfer.segments && code == CURLE_OK && m_phase == Phase::SavingBody) {
        FetchError error = FetchError::make(ErrorKind::Network, tr("connection closed at byte %1, before the segment's end (%2)")
                                                                 .arg(m_transfer.segments->nextByte(m_transfer.segment))
                                                                 .arg(CurlErrors::hostAndPort(m_url)));
        error.network = NetworkError::ConnectionClosed;
        return error;
    }
    if (code != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(m_slot.easy(), CURLINFO_OS_ERRNO, &osErrno);
        if (auto proxyError = ProxyRoute::failure(m_slot.easy(), code, osErrno, m_slot.errorBuffer(),
                                                  m_options.proxy, m_url)) {
            qCDebug(lcNet).noquote() << m_url.toDisplayString() << "proxy error" << int(code) << ":" << proxyError->message;
            return *proxyError;
        }
        FetchError error = CurlErrors::describe(code, osErrno, m_slot.errorBuffer(), m_url);
        error.httpStatus = m_transfer.httpStatus;
        qCDebug(lcNet).noquote() << m_url.toDisplayString() << "libcurl error" << int(code) << ":" << error.message;
        return error;
    }
    if (m_phase == Phase::AwaitingHead) {
        FetchError error = FetchError::make(ErrorKind::Network,
                                     tr("%1 sent no response").arg(CurlErrors::hostAndPort(m_url)));
        error.network = NetworkError::ProtocolError;
        return error;
    }
    return {};
}

} // namespace Fetchpool
