#include "fetcher.h"

#include "cancellation.h"
#include "contentcheck.h"
#include "filenamer.h"
#include "hostlimiter.h"
#include "logging.h"
#include "resumerecord.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <memory>
#include <optional>

namespace Fetchpool {

namespace {

constexpr qint64 SmallErrorBodyBytes = 64 * 1024;

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + u':' + QString::number(port);
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

// Retry-After is either delta-seconds or an HTTP-date. Returns -1 when absent.
int parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = trimmed.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(qMin<qint64>(secs, 24 * 3600) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(when), qint64(24 * 3600 * 1000)));
}

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 complete = -1; // -1 for "*"
};

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    ContentRange range;
    range.first = match.captured(1).toLongLong();
    range.last = match.captured(2).toLongLong();
    range.complete = match.captured(3) == QLatin1String("*") ? -1 : match.captured(3).toLongLong();
    if (range.last < range.first)
        return std::nullopt;
    return range;
}

// "bytes */1234" of a 416 answer: the complete size, or -1.
qint64 parseUnsatisfiedRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*bytes\\s+\\*/(\\d+)\\s*$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Writes all of `bytes`. A disk that fills up mid-chunk first gives a short
// write without an error; writing the rest then fails with the OS's reason
// ("No space left on device") for the message.
bool writeAll(QFile &file, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// RFC 6761 reserves "invalid" and asks resolvers to fail such names at once;
// glibc would still send the query to the configured name server.
bool isReservedInvalidName(const QString &host)
{
    return host.compare(QLatin1String("invalid"), Qt::CaseInsensitive) == 0
            || host.endsWith(QLatin1String(".invalid"), Qt::CaseInsensitive)
            || host.endsWith(QLatin1String(".invalid."), Qt::CaseInsensitive);
}

FetchError makeError(ErrorKind kind, QString message, int httpStatus = 0, int networkError = 0)
{
    FetchError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    error.networkError = networkError;
    return error;
}

} // namespace

// What survives from one attempt to the next: the reserved name, the open
// .part file and what is needed to resume it.
struct Fetcher::Transfer
{
    QUrl url;
    QUrl finalUrl;
    std::optional<FileNamer::Reservation> reservation;
    std::unique_ptr<QFile> partFile;
    qint64 written = 0;      // bytes in the .part file
    qint64 total = -1;       // complete size when known
    QByteArray validator;    // strong ETag or Last-Modified, for If-Range
    bool resumeRecorded = false; // the part file carries a ResumeRecord
    qint64 resumedFrom = 0;  // bytes an earlier run left, while they are being continued
    QByteArray head;         // the first bytes of the body, for the content check
    QString mimeType;
    int httpStatus = 0;
    int retryAfterMs = -1;
    qint64 firstByteUs = -1;
};

// The outcome of one request: an error, a redirect to follow, or success.
struct Fetcher::Hop
{
    FetchError error;
    QUrl redirectTo;
    bool restartFromZero = false; // a kept part no longer fits the file: fetch it whole
};

Fetcher::Fetcher(const EngineOptions &options, FileNamer &namer, HostLimiter &hosts,
                 ResumeIndex &resumable, QNetworkAccessManager &network,
                 const QElapsedTimer &runClock)
    : m_options(options)
    , m_namer(namer)
    , m_hosts(hosts)
    , m_resumable(resumable)
    , m_network(network)
    , m_runClock(runClock)
{
}

Fetcher::~Fetcher() = default;

QString Fetcher::userAgent()
{
    return QStringLiteral("Fetchpool/" FETCHPOOL_VERSION);
}

ItemResult Fetcher::fetch(const DownloadJob &job, Cancellation &cancellation,
                          FetchObserver &observer)
{
    ItemResult result;
    result.id = job.id;
    result.url = job.url;

    Transfer transfer;
    transfer.url = job.url;
    if (const auto part = m_resumable.take(job.url))
        continuePart(transfer, *part, observer);

    FetchError error;
    const int maxAttempts = 1 + qMax(0, m_options.retries);
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        result.attempts = attempt;
        transfer.retryAfterMs = -1;
        error = this->attempt(transfer, cancellation, observer);
        if (!error.isError() || error.kind == ErrorKind::Cancelled)
            break;
        if (!error.isTransient() || attempt == maxAttempts)
            break;
        const int delay = retryDelayMs(attempt, transfer.retryAfterMs);
        qCInfo(lcNet).noquote() << "retrying" << job.url.toDisplayString() << "in" << delay
                                << "ms after:" << error.message;
        observer.stateChanged(ItemState::Connecting);
        if (cancellation.waitFor(delay)) {
            error = makeError(ErrorKind::Cancelled, tr("cancelled"));
            break;
        }
    }

    result.finalUrl = transfer.finalUrl.isValid() ? transfer.finalUrl : job.url;
    result.httpStatus = transfer.httpStatus;
    result.mimeType = transfer.mimeType;
    result.totalBytes = transfer.total;
    result.firstByteUs = transfer.firstByteUs;

    if (!error.isError() && transfer.reservation) {
        // The finished file does not carry its download record.
        if (transfer.resumeRecorded)
            ResumeRecord::removeFrom(transfer.partFile->handle());
        transfer.partFile->close();
        QString commitError;
        if (auto finalPath = m_namer.commit(*transfer.reservation, &commitError)) {
            result.filePath = *finalPath;
            transfer.reservation.reset();
            const auto verdict = ContentCheck::check(transfer.head, QFileInfo(*finalPath).fileName(),
                                                     transfer.mimeType);
            result.detectedMimeType = verdict.detectedMimeType;
            result.contentMismatch = verdict.mismatch;
        } else {
            error = makeError(ErrorKind::FileSystem, commitError);
        }
    }

    result.resumedFrom = transfer.resumedFrom;
    if (error.kind == ErrorKind::Cancelled && cancellation.keepsResumablePart()
        && keepForResume(transfer, result))
        error.message = tr("stopped after %1 of %2 bytes; the next run continues from %3")
                                .arg(transfer.written)
                                .arg(transfer.total >= 0 ? QString::number(transfer.total)
                                                         : QStringLiteral("?"),
                                     QDir::toNativeSeparators(result.filePath));

    // Nothing half-written survives under any name: a failed or cancelled
    // item's .part is removed, unless it was kept above for the next run.
    if (transfer.reservation) {
        if (transfer.partFile)
            transfer.partFile->close();
        m_namer.release(*transfer.reservation, true);
    }

    result.error = error;
    if (!error.isError())
        result.bytes = transfer.written; // a kept part's bytes were set by keepForResume
    if (!error.isError())
        result.state = ItemState::Done;
    else if (error.kind == ErrorKind::Cancelled)
        result.state = ItemState::Cancelled;
    else
        result.state = ItemState::Failed;
    return result;
}

// Takes over what an interrupted earlier run left: the first request asks
// for the rest with Range/If-Range, and a server that answers 200 (file
// changed, or no range support) restarts it from zero.
void Fetcher::continuePart(Transfer &transfer, const ResumablePart &part, FetchObserver &observer)
{
    QString error;
    transfer.reservation = m_namer.adopt(part.partPath, &transfer.partFile, &error);
    if (!transfer.reservation) {
        qCInfo(lcNet).noquote() << "not continuing" << part.partPath << ":" << error;
        return;
    }
    QFile reader(part.partPath);
    if (reader.open(QIODevice::ReadOnly))
        transfer.head = reader.read(ContentCheck::HeadBytes);
    transfer.written = part.size;
    transfer.resumedFrom = part.size;
    transfer.validator = part.record.validator;
    transfer.total = part.record.total;
    transfer.resumeRecorded = true;
    observer.bytesReceived(0, transfer.written, transfer.total);
    qCInfo(lcNet).noquote() << "continuing" << transfer.url.toDisplayString() << "from byte"
                            << part.size << "of" << part.partPath;
}

// A stopped run keeps a part file that the next run can continue safely:
// bytes on disk and a validator recorded with them.
bool Fetcher::keepForResume(Transfer &transfer, ItemResult &result)
{
    if (!transfer.reservation || !transfer.partFile || !transfer.resumeRecorded
        || transfer.written <= 0 || !transfer.partFile->flush()) {
        return false;
    }
    transfer.partFile->close();
    result.filePath = transfer.reservation->partPath;
    result.bytes = transfer.written;
    m_namer.release(*transfer.reservation, false);
    transfer.reservation.reset();
    return true;
}

// Called when a response starts filling the part file.
void Fetcher::recordResumeInfo(Transfer &transfer)
{
    const int fd = transfer.partFile->handle();
    if (transfer.validator.isEmpty()) {
        // Without a validator a later run could splice two versions of a file.
        if (transfer.resumeRecorded)
            ResumeRecord::removeFrom(fd);
        transfer.resumeRecorded = false;
        return;
    }
    const ResumeRecord record{transfer.url, transfer.validator, transfer.total};
    transfer.resumeRecorded = record.writeTo(fd);
    if (!transfer.resumeRecorded) {
        qCDebug(lcNet).noquote() << "no resume record on" << transfer.reservation->partPath << ":"
                                 << qt_error_string(errno);
    }
}

int Fetcher::retryDelayMs(int attempt, int retryAfterMs) const
{
    const qint64 backoff = qint64(m_options.retryBaseDelayMs) << qMin(attempt - 1, 20);
    const qint64 wanted = retryAfterMs >= 0 ? retryAfterMs : backoff;
    return int(qBound(qint64(0), wanted, qint64(m_options.maxRetryDelayMs)));
}

FetchError Fetcher::attempt(Transfer &transfer, Cancellation &cancellation,
                            FetchObserver &observer)
{
    QUrl current = transfer.url;
    QList<QUrl> visited{current};
    bool restarted = false;
    for (;;) {
        if (cancellation.isCancelled())
            return makeError(ErrorKind::Cancelled, tr("cancelled"));
        Hop hop = request(current, transfer, cancellation, observer);
        if (hop.restartFromZero && !restarted && !hop.error.isError()) {
            restarted = true; // once: the request without Range cannot ask again
            continue;
        }
        if (hop.error.isError() || hop.redirectTo.isEmpty())
            return hop.error;

        const QUrl &next = hop.redirectTo;
        const QString scheme = next.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            return makeError(ErrorKind::Redirect,
                             tr("redirect to unsupported scheme '%1' refused: %2")
                                     .arg(scheme, next.toDisplayString()));
        }
        if (current.scheme() == QLatin1String("https") && scheme == QLatin1String("http")) {
            return makeError(ErrorKind::Redirect,
                             tr("redirect from https to http refused: %1")
                                     .arg(next.toDisplayString()));
        }
        if (visited.contains(next)) {
            QStringList chain;
            for (const QUrl &url : std::as_const(visited))
                chain << url.toDisplayString();
            chain << next.toDisplayString();
            return makeError(ErrorKind::Redirect,
                             tr("redirect loop: %1").arg(chain.join(QStringLiteral(" → "))));
        }
        if (visited.size() > m_options.maxRedirects) {
            return makeError(ErrorKind::Redirect,
                             tr("too many redirects (more than %1), last to %2")
                                     .arg(m_options.maxRedirects)
                                     .arg(next.toDisplayString()));
        }
        qCDebug(lcNet).noquote() << "redirect" << current.toDisplayString() << "->"
                                 << next.toDisplayString();
        visited << next;
        current = next;
    }
}

Fetcher::Hop Fetcher::request(const QUrl &url, Transfer &transfer, Cancellation &cancellation,
                              FetchObserver &observer)
{
    Hop hop;
    const QString host = url.host();
    if (isReservedInvalidName(host)) {
        hop.error = makeError(ErrorKind::Network,
                              tr("Host %1 not found (%2): .invalid names never resolve")
                                      .arg(host, hostAndPort(url)),
                              0, int(QNetworkReply::HostNotFoundError));
        return hop;
    }
    if (!m_hosts.acquire(host, cancellation)) {
        hop.error = makeError(ErrorKind::Cancelled, tr("cancelled"));
        return hop;
    }
    struct HostSlot
    {
        HostLimiter &hosts;
        const QString &host;
        ~HostSlot() { hosts.release(host); }
    } hostSlot{m_hosts, host};

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    const bool resuming = transfer.partFile && transfer.written > 0 && !transfer.validator.isEmpty();
    if (resuming) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(transfer.written) + '-');
        request.setRawHeader("If-Range", transfer.validator);
    }

    observer.stateChanged(ItemState::Connecting);
    observer.requestOpened();
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    reply->setReadBufferSize(m_options.readBufferBytes);

    enum class Mode { AwaitingHeaders, Saving, Discarding };
    Mode mode = Mode::AwaitingHeaders;
    bool cancelled = false;
    bool responseTimedOut = false;
    bool stalled = false;
    FetchError failure; // set by the handlers below; wins over the reply's own error
    bool statusHandled = false; // an error status the handlers turned into a next step (416)
    qint64 expectedEnd = -1; // file size when this response completes, if known

    QEventLoop loop;
    QTimer responseTimer;
    responseTimer.setSingleShot(true);
    QTimer stallTimer;
    stallTimer.setSingleShot(true);

    QObject::connect(&responseTimer, &QTimer::timeout, &loop, [&] {
        responseTimedOut = true;
        reply->abort();
    });
    QObject::connect(&stallTimer, &QTimer::timeout, &loop, [&] {
        stalled = true;
        reply->abort();
    });

    // Aborting from inside a reply's own signal makes Qt report the error
    // twice; the abort is queued to the loop instead (dropped with the loop).
    auto failAndAbort = [&](FetchError error) {
        failure = std::move(error);
        mode = Mode::Discarding;
        QMetaObject::invokeMethod(&loop, [&reply] { reply->abort(); }, Qt::QueuedConnection);
    };
    // A small error page is read to its end so the connection stays reusable.
    auto failAndDiscard = [&](FetchError error, qint64 bodyLength) {
        if (bodyLength < 0 || bodyLength > SmallErrorBodyBytes) {
            failAndAbort(std::move(error));
            return;
        }
        failure = std::move(error);
        mode = Mode::Discarding;
        stallTimer.start(m_options.stallTimeoutMs);
    };

    // Drops what the part file holds, so the next bytes start the file again.
    auto restartPart = [&] {
        if (transfer.partFile) {
            transfer.partFile->resize(0);
            transfer.partFile->seek(0);
        }
        transfer.written = 0;
        transfer.resumedFrom = 0;
        transfer.head.clear();
    };

    auto onHeaders = [&] {
        if (mode != Mode::AwaitingHeaders)
            return;
        responseTimer.stop();
        transfer.firstByteUs = m_runClock.nsecsElapsed() / 1000;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        transfer.httpStatus = status;
        transfer.finalUrl = url;

        if (status >= 300 && status < 400 && status != 304) {
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty()) {
                failAndAbort(makeError(ErrorKind::Redirect,
                                       tr("HTTP %1 redirect without a Location header").arg(status),
                                       status));
                return;
            }
            hop.redirectTo = url.resolved(QUrl::fromEncoded(location.trimmed()));
            mode = Mode::Discarding;
            // Redirect bodies are tiny; reading them keeps the connection reusable.
            stallTimer.start(m_options.stallTimeoutMs);
            return;
        }
        if (status == 416 && resuming) {
            const qint64 complete = parseUnsatisfiedRange(reply->rawHeader("Content-Range"));
            if (complete >= 0 && complete == transfer.written) {
                // The kept part already holds the whole file; only the rename was missing.
                transfer.total = complete;
                expectedEnd = complete;
            } else {
                // The file is now shorter than the kept part: fetch it whole.
                restartPart();
                hop.restartFromZero = true;
            }
            statusHandled = true;
            mode = Mode::Discarding; // the 416 page is small; reading it keeps the connection
            stallTimer.start(m_options.stallTimeoutMs);
            return;
        }
        if (status < 200 || status >= 300) {
            const QString reason =
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            transfer.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"));
            // The error page is never saved as the file.
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            failAndDiscard(makeError(ErrorKind::Http,
                                     QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed(),
                                     status),
                           length.isValid() ? length.toLongLong() : -1);
            return;
        }

        const qint64 contentLength = reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                : -1;
        if (status == 206) {
            const auto range = parseContentRange(reply->rawHeader("Content-Range"));
            if (!resuming || !range || range->first != transfer.written) {
                const QString message = resuming
                        ? tr("HTTP 206 with Content-Range '%1' does not continue at byte %2")
                                  .arg(QString::fromLatin1(reply->rawHeader("Content-Range")))
                                  .arg(transfer.written)
                        : tr("HTTP 206 Partial Content to a request for the whole file");
                // Never splice bytes that may not belong: the next attempt starts from zero.
                restartPart();
                transfer.validator.clear();
                failAndAbort(makeError(ErrorKind::Http, message, status));
                return;
            }
            transfer.total = range->complete;
            expectedEnd = range->last + 1;
        } else {
            if (transfer.written > 0 && transfer.partFile) {
                // The server sent the whole file again (no Range support or the
                // file changed): start over.
                restartPart();
            }
            transfer.total = contentLength;
            expectedEnd = contentLength;
        }

        const QByteArray etag = reply->rawHeader("ETag");
        if (!etag.isEmpty() && !etag.startsWith("W/"))
            transfer.validator = etag;
        else
            transfer.validator = reply->rawHeader("Last-Modified");
        transfer.mimeType = reply->header(QNetworkRequest::ContentTypeHeader)
                                    .toString()
                                    .section(u';', 0, 0)
                                    .trimmed()
                                    .toLower();

        if (!transfer.reservation) {
            const QString name = FileNamer::chooseName(url, reply->rawHeader("Content-Disposition"),
                                                       transfer.mimeType);
            QString error;
            transfer.reservation = m_namer.reserve(name, &transfer.partFile, &error);
            if (!transfer.reservation) {
                failAndAbort(makeError(ErrorKind::FileSystem, error));
                return;
            }
        }
        recordResumeInfo(transfer);
        mode = Mode::Saving;
        observer.stateChanged(ItemState::Receiving);
        observer.bytesReceived(0, transfer.written, transfer.total);
        stallTimer.start(m_options.stallTimeoutMs);
    };

    auto onBody = [&] {
        if (mode == Mode::AwaitingHeaders)
            onHeaders();
        if (mode == Mode::Discarding) {
            reply->readAll();
            stallTimer.start(m_options.stallTimeoutMs);
            return;
        }
        if (mode != Mode::Saving)
            return;
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty())
            return;
        if (!writeAll(*transfer.partFile, chunk)) {
            failAndAbort(makeError(ErrorKind::FileSystem,
                                   tr("cannot write '%1': %2")
                                           .arg(QDir::toNativeSeparators(transfer.reservation->partPath),
                                                transfer.partFile->errorString())));
            return;
        }
        if (transfer.head.size() < ContentCheck::HeadBytes)
            transfer.head += chunk.left(ContentCheck::HeadBytes - transfer.head.size());
        transfer.written += chunk.size();
        observer.bytesReceived(chunk.size(), transfer.written, transfer.total);
        stallTimer.start(m_options.stallTimeoutMs);
    };

    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, onHeaders);
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, onBody);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);

    cancellation.attach(&loop, [&] {
        cancelled = true;
        reply->abort();
    });
    responseTimer.start(m_options.responseTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    cancellation.detach();
    responseTimer.stop();
    stallTimer.stop();

    // Bytes that arrived together with the end of the response.
    if (!cancelled && !responseTimedOut && !stalled && !failure.isError() && reply->bytesAvailable())
        onBody();
    if (mode == Mode::AwaitingHeaders && !cancelled && !responseTimedOut && reply->error() == QNetworkReply::NoError)
        onHeaders();
    observer.requestClosed();

    const auto networkError = reply->error();
    if (cancelled || cancellation.isCancelled()) {
        hop.error = makeError(ErrorKind::Cancelled, tr("cancelled"));
    } else if (failure.isError()) {
        hop.error = failure; // decided by the handlers; wins over what the abort caused
    } else if (responseTimedOut) {
        hop.error = makeError(ErrorKind::Timeout,
                              tr("no response from %1 within %2")
                                      .arg(hostAndPort(url), seconds(m_options.responseTimeoutMs)));
    } else if (stalled) {
        hop.error = makeError(ErrorKind::Timeout,
                              tr("transfer stalled: no data for %1 after %2 bytes")
                                      .arg(seconds(m_options.stallTimeoutMs))
                                      .arg(transfer.written));
    } else if (networkError != QNetworkReply::NoError && !statusHandled) {
        hop.error = makeError(ErrorKind::Network,
                              QStringLiteral("%1 (%2)").arg(reply->errorString(), hostAndPort(url)),
                              transfer.httpStatus, int(networkError));
    } else if (hop.redirectTo.isEmpty() && expectedEnd >= 0 && transfer.written != expectedEnd) {
        hop.error = makeError(ErrorKind::Network,
                              tr("connection closed after %1 of %2 bytes")
                                      .arg(transfer.written)
                                      .arg(expectedEnd),
                              transfer.httpStatus, int(QNetworkReply::RemoteHostClosedError));
    } else if (hop.redirectTo.isEmpty() && transfer.partFile && !transfer.partFile->flush()) {
        hop.error = makeError(ErrorKind::FileSystem,
                              tr("cannot write '%1': %2")
                                      .arg(transfer.reservation->partPath,
                                           transfer.partFile->errorString()));
    }
    return hop;
}

} // namespace Fetchpool
