#include "remote/daemoncheck.h"

#include "aria2rpcclient.h"

#include <QJsonObject>
#include <QTimer>

namespace Fetchpool::Gui {

namespace {

QString problemText(const Aria2RpcError &error)
{
    switch (error.kind) {
    case Aria2RpcError::Kind::Unauthorized:
        return DaemonCheck::tr("Wrong secret: the daemon refused it. Give its --rpc-secret.");
    case Aria2RpcError::Kind::Unreachable:
        if (!error.untrustedCertificate.isEmpty())
            //: %1 is the TLS library's reason, such as "The certificate is self-signed, and untrusted".
            return DaemonCheck::tr("Untrusted certificate: %1. Pin the daemon's own certificate above to accept it.")
                    .arg(error.untrustedCertificate);
        return DaemonCheck::tr("Unreachable: %1").arg(error.message);
    case Aria2RpcError::Kind::Timeout:
        return DaemonCheck::tr("No answer: %1").arg(error.message);
    case Aria2RpcError::Kind::Rpc:
    case Aria2RpcError::Kind::BadReply:
    case Aria2RpcError::Kind::None:
        break;
    }
    return DaemonCheck::tr("Not an aria2 daemon that can be used: %1").arg(error.message);
}

} // namespace

DaemonCheck::DaemonCheck(QObject *parent)
    : QObject(parent)
{
}

DaemonCheck::~DaemonCheck() = default;

void DaemonCheck::check(const Aria2Endpoint &endpoint)
{
    m_client = std::make_unique<Aria2RpcClient>(endpoint); // an earlier check is dropped with its client
    Aria2RpcClient *client = m_client.get();
    const QVector<Aria2Call> calls{{QStringLiteral("aria2.getVersion"), {}},
                                   {QStringLiteral("aria2.getGlobalOption"), {}}};
    client->multicall(calls, [this, client](const QVector<Aria2Reply> &replies, const Aria2RpcError &transport) {
        bool ok = false;
        QString text;
        if (transport.isError()) {
            text = problemText(transport);
        } else if (!replies.at(0).ok()) {
            text = problemText(replies.at(0).error);
        } else if (!replies.at(1).ok()) {
            text = problemText(replies.at(1).error);
        } else {
            const QString version = replies.at(0).result.toObject().value(QStringLiteral("version")).toString();
            const int downloadSlots = replies.at(1).result.toObject().value(QStringLiteral("max-concurrent-downloads"))
                                      .toString().toInt();
            ok = true;
            //: %1 is aria2's version, such as 1.36.0; %2 its max-concurrent-downloads.
            text = tr("aria2 %1, download slots: %2").arg(version).arg(downloadSlots);
        }
        // The client goes once its callback has returned.
        QTimer::singleShot(0, this, [this, client, ok, text] {
            if (m_client.get() != client)
                return; // a newer check took over
            m_client.reset();
            Q_EMIT finished(ok, text);
        });
    }, TimeoutMs);
}

} // namespace Fetchpool::Gui
