#include "downloadtypes.h"

#include <QJsonValue>

namespace Fetchpool {

bool isFinal(ItemState state)
{
    return state == ItemState::Done || state == ItemState::Failed || state == ItemState::Cancelled;
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
    }
    return {};
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
    }
    return {};
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
            return false;
        }
        return false;
    default:
        return false;
    }
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
    if (error.isError()) {
        json.insert(QStringLiteral("error"), QJsonObject{
                {QStringLiteral("kind"), errorKindName(error.kind)},
                {QStringLiteral("message"), error.message},
        });
    }
    return json;
}

} // namespace Fetchpool
