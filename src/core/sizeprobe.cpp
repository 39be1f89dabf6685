#include "sizeprobe.h"

#include "curlruntime.h"
#include "fetcher.h"
#include "proxyroute.h"
#include "requestsetup.h"
#include "truststore.h"
#include "cancellation.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThreadPool>

#include <atomic>

namespace Fetchpool {

struct SizeProbe::State
{
    State(const EngineOptions &options, const QUrl &referer, const QVector<QUrl> &urls,
          const QSet<QUrl> &previews, const Limits &limits)
        : options(options)
        , urls(urls)
        , previews(previews)
        , limits(limits)
        , deadline(limits.budgetMs)
        , trust(options.caCertificateFile)
    {
        headers.referer = referer.toString();
    }

    const EngineOptions options;
    ItemHeaders headers;
    const QVector<QUrl> urls;
    const QSet<QUrl> previews;
    const Limits limits;
    const QDeadlineTimer deadline;
    TrustStore trust;
    Cancellation cancellation;
    std::atomic_int next{0};
    std::atomic_int previewsTaken{0};
    std::atomic_int workersLeft{0};
};

namespace {

// An environment proxy cannot reach this machine's loopback (as HttpExchange).
bool isLoopback(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

int onProgress(void *clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Cancellation *>(clientp)->isCancelled() ? 1 : 0;
}

struct Body
{
    QByteArray bytes;
    qint64 limit = 0;
};

size_t onBody(char *data, size_t size, size_t count, void *userdata)
{
    auto *body = static_cast<Body *>(userdata);
    const size_t length = size * count;
    if (body->bytes.size() + qint64(length) > body->limit)
        return 0; // larger than a preview may be: abort
    body->bytes.append(data, qsizetype(length));
    return length;
}

// One request with the run's options: HEAD, or a GET of a small body.
CURLcode perform(CURL *easy, SizeProbe::State &state, const QUrl &url, bool head, Body *body)
{
    curl_easy_reset(easy);
    const QByteArray encoded = url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_URL, encoded.constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, long(state.options.maxRedirects));
    curl_easy_setopt(easy, CURLOPT_NOBODY, head ? 1L : 0L);
    static const QByteArray userAgent = Fetcher::userAgent().toUtf8();
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent.constData());
    const qint64 left = qMax<qint64>(1, state.deadline.remainingTime());
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(qMin<qint64>(left, state.options.responseTimeoutMs)));
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &state.cancellation);
    if (body) {
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onBody);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, body);
    }
    ProxyRoute::apply(easy, state.options.proxy, isLoopback(url.host()));
    state.trust.applyTo(easy);
    curl_slist *headers = nullptr;
    RequestSetup::apply(easy, state.options, &state.headers, url, url, &headers);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    const CURLcode code = curl_easy_perform(easy);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    return code;
}

ProbeResult probe(CURL *easy, SizeProbe::State &state, const QUrl &url)
{
    ProbeResult result;
    result.url = url;
    if (url.scheme() == QLatin1String("https") && !state.trust.waitUntilReady(state.cancellation))
        return result;
    if (perform(easy, state, url, true, nullptr) != CURLE_OK)
        return result;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    result.httpStatus = int(status);
    if (status < 200 || status >= 300)
        return result; // 405 and 501 included: the size stays unknown
    curl_off_t length = -1;
    curl_easy_getinfo(easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    result.size = length >= 0 ? qint64(length) : -1;
    const char *type = nullptr;
    curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type);
    if (type)
        result.mimeType = QString::fromLatin1(type).section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const bool small = result.size > 0 && result.size <= state.limits.previewBytes;
    if (small && state.previews.contains(url) && state.previewsTaken.fetch_add(1) < state.limits.maxPreviews) {
        Body body{{}, state.limits.previewBytes};
        if (perform(easy, state, url, false, &body) == CURLE_OK) {
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
            if (status >= 200 && status < 300)
                result.preview = std::move(body.bytes);
        }
    }
    return result;
}

} // namespace

SizeProbe::SizeProbe(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    CurlRuntime::initialize();
}

SizeProbe::~SizeProbe()
{
    cancel();
    m_pool->waitForDone();
}

void SizeProbe::start(const QVector<QUrl> &urls, const EngineOptions &requestOptions, const QUrl &referer,
                      const QSet<QUrl> &previews, Limits limits)
{
    cancel();
    const QVector<QUrl> asked = urls.mid(0, qMax(0, limits.maxUrls));
    auto state = std::make_shared<State>(requestOptions, referer, asked, previews, limits);
    m_state = state;
    m_running = true;
    const int workers = qBound(1, limits.parallel, int(qMax<qsizetype>(1, asked.size())));
    // The requests of a cancelled probe end on their own; these threads are extra.
    m_pool->setMaxThreadCount(qMax(m_pool->maxThreadCount(), workers + m_pool->activeThreadCount()));
    state->workersLeft = workers;
    SizeProbe *const self = this; // outlives the workers: the destructor waits for them
    for (int i = 0; i < workers; ++i) {
        m_pool->start([state, self] {
            CURL *easy = curl_easy_init();
            for (int index = state->next++; easy && index < state->urls.size(); index = state->next++) {
                if (state->cancellation.isCancelled() || state->deadline.hasExpired())
                    break;
                ProbeResult result = probe(easy, *state, state->urls.at(index));
                if (state->cancellation.isCancelled())
                    break;
                QMetaObject::invokeMethod(self, [self, state, result = std::move(result)] {
                    if (self->m_state == state)
                        Q_EMIT self->probed(result);
                }, Qt::QueuedConnection);
            }
            if (easy)
                curl_easy_cleanup(easy);
            if (--state->workersLeft == 0) {
                QMetaObject::invokeMethod(self, [self, state] {
                    if (self->m_state != state || state->cancellation.isCancelled())
                        return;
                    self->m_running = false;
                    Q_EMIT self->finished();
                }, Qt::QueuedConnection);
            }
        });
    }
}

void SizeProbe::cancel()
{
    if (m_state)
        m_state->cancellation.cancel();
    m_state.reset();
    m_running = false;
}

} // namespace Fetchpool
