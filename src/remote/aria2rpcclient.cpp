#include "aria2rpcclient.h"

#include "remotelogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QCryptographicHash>
#include <QSslError>

namespace Fetchpool {

Aria2RpcClient::Aria2RpcClient(const Aria2Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_manager(new QNetworkAccessManager(this))
{
    // A daemon is asked directly, never through a proxy of the environment.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

Aria2RpcClient::~Aria2RpcClient() = default;

QJsonArray Aria2RpcClient::withToken(const QJsonArray &params) const
{
    if (!m_endpoint.hasToken())
        return params;
    QJsonArray all{QString(QStringLiteral("token:") + m_endpoint.token())};
    for (const QJsonValue &param : params)
        all.append(param);
    return all;
}

QNetworkReply *Aria2RpcClient::post(const QString &method, const QJsonArray &params, int timeoutMs)
{
    QNetworkRequest request(m_endpoint.rpcUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QJsonObject body{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("id"), QString::number(m_nextId++)},
        {QStringLiteral("method"), method},
        {QStringLiteral("params"), params},
    };
    qCDebug(lcRemote) << m_endpoint.displayName() << "calls" << method;
    ++m_pending;
    QNetworkReply *reply = m_manager->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!m_endpoint.pinnedCertificates().isEmpty())
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) { checkPin(reply, errors); });
    return reply;
}

// A pinned certificate stands in for the system's store: the daemon's is
// accepted, whatever else is said of it (self-signed, another host name),
// when it is exactly the one pinned, and refused otherwise.
void Aria2RpcClient::checkPin(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate shown = reply->sslConfiguration().peerCertificate();
    if (!shown.isNull() && m_endpoint.pinnedCertificates().contains(shown)) {
        reply->ignoreSslErrors(errors);
        return;
    }
    reply->setProperty(PinMismatchProperty,
                       QStringLiteral("its certificate (SHA-256 %1) is not the one pinned in %2")
                               .arg(QString::fromLatin1(shown.digest(QCryptographicHash::Sha256).toHex(':').left(23))
                                            + QChar(0x2026),
                                    m_endpoint.pinnedCertificateFile()));
}

void Aria2RpcClient::call(const QString &method, const QJsonArray &params, Callback done, int timeoutMs)
{
    QNetworkReply *reply = post(method, withToken(params), timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timeoutMs, done = std::move(done)] {
        --m_pending;
        reply->deleteLater();
        const Aria2Reply answer = readReply(reply, timeoutMs);
        if (!answer.ok())
            qCDebug(lcRemote) << m_endpoint.displayName() << "call failed:" << answer.error.message;
        done(answer);
    });
}

void Aria2RpcClient::multicall(const QVector<Aria2Call> &calls, BatchCallback done, int timeoutMs)
{
    QJsonArray batch;
    for (const Aria2Call &call : calls) {
        batch.append(QJsonObject{{QStringLiteral("methodName"), call.method},
                                 {QStringLiteral("params"), withToken(call.params)}});
    }
    QNetworkReply *reply = post(QStringLiteral("system.multicall"), QJsonArray{batch}, timeoutMs);
    const qsizetype count = calls.size();
    connect(reply, &QNetworkReply::finished, this, [this, reply, timeoutMs, count, done = std::move(done)] {
        --m_pending;
        reply->deleteLater();
        const Aria2Reply answer = readReply(reply, timeoutMs);
        if (!answer.ok()) {
            qCDebug(lcRemote) << m_endpoint.displayName() << "multicall failed:" << answer.error.message;
            done({}, answer.error);
            return;
        }
        const QJsonArray results = answer.result.toArray();
        if (!answer.result.isArray() || results.size() != count) {
            done({}, {Aria2RpcError::Kind::BadReply, 0,
                      QStringLiteral("%1 answered a batch of %2 calls with %3 results")
                              .arg(m_endpoint.displayName())
                              .arg(count)
                              .arg(results.size()),
                      {}});
            return;
        }
        // Each result is [value] on success, or a fault object.
        QVector<Aria2Reply> replies;
        replies.reserve(count);
        for (const QJsonValue &result : results) {
            if (result.isArray() && result.toArray().size() == 1)
                replies.push_back({result.toArray().first(), {}});
            else
                replies.push_back({{}, errorFrom(result)});
        }
        done(replies, {});
    });
}

Aria2RpcError Aria2RpcClient::errorFrom(const QJsonValue &error) const
{
    const QJsonObject object = error.toObject();
    const int code = object.value(QStringLiteral("code")).toInt();
    const QString message = object.value(QStringLiteral("message")).toString();
    if (message == QLatin1String("Unauthorized"))
        return {Aria2RpcError::Kind::Unauthorized, code,
                QStringLiteral("%1 refused the secret (aria2: Unauthorized): check the token against its "
                               "--rpc-secret")
                        .arg(m_endpoint.displayName()),
                {}};
    if (!object.contains(QStringLiteral("code")))
        return {Aria2RpcError::Kind::BadReply, 0,
                QStringLiteral("%1: an answer that is not aria2's JSON-RPC").arg(m_endpoint.displayName()), {}};
    return {Aria2RpcError::Kind::Rpc, code,
            QStringLiteral("%1: aria2 error %2: %3").arg(m_endpoint.displayName()).arg(code).arg(message), {}};
}

Aria2Reply Aria2RpcClient::readReply(QNetworkReply *reply, int timeoutMs) const
{
    const QString name = m_endpoint.displayName();
    // aria2 answers a failed call with HTTP 400 and the JSON-RPC error in the
    // body: the body decides whenever there is one.
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.contains(QStringLiteral("error")))
            return {{}, errorFrom(object.value(QStringLiteral("error")))};
        if (object.contains(QStringLiteral("result")))
            return {object.value(QStringLiteral("result")), {}};
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return {{}, {Aria2RpcError::Kind::Timeout, 0,
                     QStringLiteral("%1 did not answer within %2 s").arg(name).arg(double(timeoutMs) / 1000.0), {}}};
    default:
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            Aria2RpcError error{Aria2RpcError::Kind::Unreachable, 0, {}, {}};
            QString why = reply->property(PinMismatchProperty).toString();
            if (why.isEmpty()) {
                why = reply->errorString();
                if (reply->error() == QNetworkReply::SslHandshakeFailedError && m_endpoint.pinnedCertificates().isEmpty()) {
                    error.untrustedCertificate = why;
                    why += QStringLiteral(" (a daemon with a certificate of its own: pin it with "
                                          "?cert=/path/to/its/rpc-certificate.pem)");
                }
            }
            error.message = QStringLiteral("cannot reach %1: %2").arg(name, why);
            return {{}, error};
        }
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return {{}, {Aria2RpcError::Kind::BadReply, 0,
                 QStringLiteral("%1 gave an answer that is not aria2's JSON-RPC (HTTP %2%3)")
                         .arg(name)
                         .arg(status)
                         .arg(parseError.error != QJsonParseError::NoError && !body.isEmpty()
                                      ? QStringLiteral(", ") + parseError.errorString()
                                      : QString()),
                 {}}};
}

} // namespace Fetchpool
