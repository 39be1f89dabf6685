#include "downloadtypes.h"

#include <QJsonArray>
#include <QJsonValue>

#include <iterator>

namespace Fetchpool {

namespace {

// The value of `Enum`, from 0 up to `last`, whose name is `name`; `fallback` for none.
template<typename Enum, typename NameOf>
Enum fromName(const QString &name, Enum last, NameOf nameOf, Enum fallback)
{
    for (int value = 0; value <= int(last); ++value) {
        if (nameOf(Enum(value)) == name)
            return Enum(value);
    }
    return fallback;
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject errorToJson(const FetchError &error)
{
    QJsonObject json{
            {key("kind"), errorKindName(error.kind)},
            {key("message"), error.message},
    };
    if (error.httpStatus)
        json.insert(key("httpStatus"), error.httpStatus);
    if (error.network != NetworkError::None)
        json.insert(key("network"), networkErrorName(error.network));
    return json;
}

FetchError errorFromJson(const QJsonObject &json)
{
    FetchError error;
    error.kind = errorKindFromName(json.value(key("kind")).toString());
    error.message = json.value(key("message")).toString();
    error.httpStatus = json.value(key("httpStatus")).toInt();
    error.network = networkErrorFromName(json.value(key("network")).toString());
    return error;
}

} // namespace

bool isFinal(ItemState state)
{
    return state == ItemState::Done || state == ItemState::Failed || state == ItemState::Cancelled
            || state == ItemState::Paused;
}

QString stateName(ItemState state)
{
    switch (state) {
    case ItemState::Queued: return QStringLiteral("queued");
    case ItemState::Connecting: return QStringLiteral("connecting");
    case ItemState::Receiving: return QStringLiteral("receiving");
    case ItemState::Done: return QStringLiteral("done");
    case ItemState::Failed: return QStringLiteral("failed");
    case ItemState::Cancelled: return QStringLiteral("cancelled");
    case ItemState::Paused: return QStringLiteral("paused");
    }
    return {};
}

ItemState stateFromName(const QString &name)
{
    return fromName(name, ItemState::Paused, stateName, ItemState::Queued);
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Http: return QStringLiteral("http");
    case ErrorKind::Redirect: return QStringLiteral("redirect");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::FileSystem: return QStringLiteral("file-system");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorKind::Checksum: return QStringLiteral("checksum");
    }
    return {};
}

ErrorKind errorKindFromName(const QString &name)
{
    return fromName(name, ErrorKind::Checksum, errorKindName, ErrorKind::None);
}

QString networkErrorName(NetworkError error)
{
    // In the order of NetworkError.
    static constexpr const char *names[] = {
        "none", "host-not-found", "connection-refused", "unreachable", "connection-closed",
        "connection-reset", "tls-failed", "proxy-failed", "proxy-rejected",
        "protocol-error", "other",
    };
    static_assert(std::size(names) == size_t(NetworkError::Other) + 1, "a name for every NetworkError");
    return QString::fromLatin1(names[int(error)]);
}

NetworkError networkErrorFromName(const QString &name)
{
    return fromName(name, NetworkError::Other, networkErrorName, NetworkError::None);
}

FetchError FetchError::make(ErrorKind kind, QString message)
{
    FetchError error;
    error.kind = kind;
    error.message = std::move(message);
    return error;
}

QVector<DownloadJob> DownloadJob::fromUrls(const QVector<QUrl> &urls, quint64 firstId)
{
    QVector<DownloadJob> jobs;
    jobs.reserve(urls.size());
    for (qsizetype i = 0; i < urls.size(); ++i)
        jobs.push_back({firstId + quint64(i), urls.at(i)});
    return jobs;
}

bool FetchError::isTransient() const
{
    switch (kind) {
    case ErrorKind::Timeout:
        return true;
    case ErrorKind::Http:
        // 206 here means a partial response that could not be used; the
        // fetcher dropped the partial bytes, so a fresh attempt can succeed.
        return httpStatus == 206 || httpStatus == 408 || httpStatus == 429 || httpStatus == 500
                || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    case ErrorKind::Network:
        switch (network) {
        case NetworkError::ConnectionRefused:
        case NetworkError::Unreachable:
        case NetworkError::ConnectionClosed:
        case NetworkError::ConnectionReset:
        case NetworkError::ProxyFailed:
        case NetworkError::ProtocolError:
        case NetworkError::Other:
            return true;
        case NetworkError::None:
        case NetworkError::HostNotFound:
        case NetworkError::TlsFailed:
        case NetworkError::ProxyRejected:
            return false;
        }
        return false;
    default:
        return false;
    }
}

ItemResult ItemResult::beforeRequest(const DownloadJob &job, ItemState state)
{
    ItemResult result;
    result.id = job.id;
    result.url = job.url;
    result.finalUrl = job.url;
    result.state = state;
    return result;
}

QJsonObject ItemResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), QJsonValue(qint64(id))},
        {QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("worker"), worker},
        {QStringLiteral("startUs"), startUs},
        {QStringLiteral("firstByteUs"), firstByteUs},
        {QStringLiteral("endUs"), endUs},
    };
    if (finalUrl.isValid() && finalUrl != url)
        json.insert(QStringLiteral("finalUrl"), finalUrl.toString(QUrl::RemoveUserInfo));
    if (httpStatus)
        json.insert(QStringLiteral("httpStatus"), httpStatus);
    if (!protocol.isEmpty())
        json.insert(QStringLiteral("protocol"), protocol);
    if (totalBytes >= 0)
        json.insert(QStringLiteral("totalBytes"), totalBytes);
    if (!filePath.isEmpty())
        json.insert(QStringLiteral("file"), filePath);
    if (!mimeType.isEmpty())
        json.insert(QStringLiteral("mimeType"), mimeType);
    if (!detectedMimeType.isEmpty())
        json.insert(QStringLiteral("detectedMimeType"), detectedMimeType);
    if (!contentMismatch.isEmpty())
        json.insert(QStringLiteral("contentMismatch"), contentMismatch);
    if (resumedFrom > 0)
        json.insert(QStringLiteral("resumedFrom"), resumedFrom);
    if (existing != ExistingOutcome::None)
        json.insert(QStringLiteral("existing"), existingOutcomeName(existing));
    if (verified)
        json.insert(QStringLiteral("verified"), true);
    if (servedBy.isValid())
        json.insert(QStringLiteral("servedBy"), servedBy.toString(QUrl::RemoveUserInfo));
    // A message without a kind is kept too: lists saved before kinds were
    // stored have only the message.
    if (error.isError() || !error.message.isEmpty())
        json.insert(QStringLiteral("error"), errorToJson(error));
    if (!attemptHistory.isEmpty()) {
        QJsonArray attemptsJson;
        for (const AttemptRecord &attempt : attemptHistory)
            attemptsJson.append(attempt.toJson());
        json.insert(QStringLiteral("attemptHistory"), attemptsJson);
    }
    if (!segments.isEmpty()) {
        QJsonArray segmentsJson;
        for (const SegmentRecord &segment : segments)
            segmentsJson.append(segment.toJson());
        json.insert(QStringLiteral("segments"), segmentsJson);
    }
    return json;
}

ItemResult ItemResult::fromJson(const QJsonObject &json)
{
    ItemResult result;
    result.id = quint64(json.value(key("id")).toInteger());
    result.url = QUrl(json.value(key("url")).toString());
    result.finalUrl = json.contains(key("finalUrl")) ? QUrl(json.value(key("finalUrl")).toString()) : result.url;
    result.state = stateFromName(json.value(key("state")).toString());
    result.bytes = json.value(key("bytes")).toInteger();
    result.attempts = json.value(key("attempts")).toInt();
    result.worker = json.value(key("worker")).toInt(-1);
    result.startUs = json.value(key("startUs")).toInteger(-1);
    result.firstByteUs = json.value(key("firstByteUs")).toInteger(-1);
    result.endUs = json.value(key("endUs")).toInteger(-1);
    result.httpStatus = json.value(key("httpStatus")).toInt();
    result.protocol = json.value(key("protocol")).toString();
    result.totalBytes = json.value(key("totalBytes")).toInteger(-1);
    result.filePath = json.value(key("file")).toString();
    result.mimeType = json.value(key("mimeType")).toString();
    result.detectedMimeType = json.value(key("detectedMimeType")).toString();
    result.contentMismatch = json.value(key("contentMismatch")).toString();
    result.resumedFrom = json.value(key("resumedFrom")).toInteger();
    result.existing = existingOutcomeFromName(json.value(key("existing")).toString());
    result.verified = json.value(key("verified")).toBool();
    if (json.contains(key("servedBy")))
        result.servedBy = QUrl(json.value(key("servedBy")).toString());
    result.error = errorFromJson(json.value(key("error")).toObject());
    const QJsonArray attempts = json.value(key("attemptHistory")).toArray();
    result.attemptHistory.reserve(attempts.size());
    for (const QJsonValue &attempt : attempts)
        result.attemptHistory.push_back(AttemptRecord::fromJson(attempt.toObject()));
    const QJsonArray segments = json.value(key("segments")).toArray();
    result.segments.reserve(segments.size());
    for (const QJsonValue &segment : segments)
        result.segments.push_back(SegmentRecord::fromJson(segment.toObject()));
    return result;
}

QJsonObject SegmentRecord::toJson() const
{
    return QJsonObject{
            {key("worker"), worker},     {key("offset"), offset}, {key("length"), length},
            {key("received"), received}, {key("startUs"), startUs}, {key("endUs"), endUs},
    };
}

SegmentRecord SegmentRecord::fromJson(const QJsonObject &json)
{
    SegmentRecord segment;
    segment.worker = json.value(key("worker")).toInt(-1);
    segment.offset = json.value(key("offset")).toInteger();
    segment.length = json.value(key("length")).toInteger();
    segment.received = json.value(key("received")).toInteger();
    segment.startUs = json.value(key("startUs")).toInteger(-1);
    segment.endUs = json.value(key("endUs")).toInteger(-1);
    return segment;
}

QJsonObject AttemptRecord::toJson() const
{
    QJsonObject json{
            {key("startUs"), startUs},
            {key("firstByteUs"), firstByteUs},
            {key("endUs"), endUs},
    };
    if (httpStatus)
        json.insert(key("httpStatus"), httpStatus);
    if (error.isError())
        json.insert(key("error"), errorToJson(error));
    if (url.isValid())
        json.insert(key("url"), url.toString(QUrl::RemoveUserInfo));
    return json;
}

AttemptRecord AttemptRecord::fromJson(const QJsonObject &json)
{
    AttemptRecord attempt;
    attempt.startUs = json.value(key("startUs")).toInteger(-1);
    attempt.firstByteUs = json.value(key("firstByteUs")).toInteger(-1);
    attempt.endUs = json.value(key("endUs")).toInteger(-1);
    attempt.httpStatus = json.value(key("httpStatus")).toInt();
    attempt.error = errorFromJson(json.value(key("error")).toObject());
    if (json.contains(key("url")))
        attempt.url = QUrl(json.value(key("url")).toString());
    return attempt;
}

} // namespace Fetchpool
