#pragma once

#include "aria2endpoint.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace Fetchpool {

// Why a call to a daemon did not give a result.
struct Aria2RpcError
{
    enum class Kind : quint8 {
        None,
        Unreachable,  // no HTTP exchange: refused, reset, TLS, name not found (the reason is Qt's)
        Timeout,      // no complete answer within the call's time
        Unauthorized, // aria2 answered "Unauthorized": the daemon refused the secret
        Rpc,          // aria2 answered with a JSON-RPC error (code and message)
        BadReply,     // an answer that is not aria2's JSON-RPC
    };
    Kind kind = Kind::None;
    int code = 0;    // the JSON-RPC error code, for Rpc and Unauthorized
    QString message; // complete and specific; never the secret
    // The daemon's TLS certificate is not trusted and none is pinned: Qt's
    // reason (the message adds how to pin it, in the endpoint's words).
    QString untrustedCertificate;

    bool isError() const { return kind != Kind::None; }
    // The daemon could not be reached or did not answer: another try later
    // may succeed, and a daemon that keeps failing so has gone away.
    bool isTransport() const { return kind == Kind::Unreachable || kind == Kind::Timeout || kind == Kind::BadReply; }
};

// The answer to one call, or to one call of a batch.
struct Aria2Reply
{
    QJsonValue result;
    Aria2RpcError error;

    bool ok() const { return !error.isError(); }
};

// One call of a system.multicall batch; the token is added by the client.
struct Aria2Call
{
    QString method;
    QJsonArray params;
};

// JSON-RPC 2.0 to one aria2 daemon over HTTP POST, on its owner's thread
// with a QNetworkAccessManager of its own: every call returns at once and
// its answer comes to the callback later, on that thread. The client
// prepends "token:SECRET" to every call's parameters; the secret goes only
// into request bodies, never into a URL, a log line or an error message.
class Aria2RpcClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Aria2RpcClient)

public:
    using Callback = std::function<void(const Aria2Reply &reply)>;
    // `replies` has one entry per call, in order, unless `transport` says
    // the batch as a whole failed (then it is empty).
    using BatchCallback = std::function<void(const QVector<Aria2Reply> &replies, const Aria2RpcError &transport)>;

    static constexpr int DefaultTimeoutMs = 5'000;

    explicit Aria2RpcClient(const Aria2Endpoint &endpoint, QObject *parent = nullptr);
    ~Aria2RpcClient() override;

    const Aria2Endpoint &endpoint() const { return m_endpoint; }

    // `done` is called exactly once, unless the client is destroyed first.
    void call(const QString &method, const QJsonArray &params, Callback done, int timeoutMs = DefaultTimeoutMs);
    // One HTTP request for all of `calls` (aria2's system.multicall).
    void multicall(const QVector<Aria2Call> &calls, BatchCallback done, int timeoutMs = DefaultTimeoutMs);
    // Calls not yet answered.
    int pending() const { return m_pending; }

private:
    QNetworkReply *post(const QString &method, const QJsonArray &params, int timeoutMs);
    void checkPin(QNetworkReply *reply, const QList<QSslError> &errors);
    // On a reply whose daemon showed another certificate than the pinned one: why.
    static constexpr const char *PinMismatchProperty = "fetchpoolPinMismatch";
    QJsonArray withToken(const QJsonArray &params) const;
    // The JSON-RPC answer in `reply`, or why there is none.
    Aria2Reply readReply(QNetworkReply *reply, int timeoutMs) const;
    Aria2RpcError errorFrom(const QJsonValue &error) const;

    Aria2Endpoint m_endpoint;
    QNetworkAccessManager *m_manager; // a child
    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace Fetchpool
