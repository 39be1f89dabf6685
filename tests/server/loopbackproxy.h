#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Fetchpool::Test {

// What the tests' loopback proxies share (HttpTestProxy, Socks5TestProxy):
// a listener on 127.0.0.1 served on a thread of its own, so that a test may
// block (QProcess::waitForFinished) while a request goes through; an
// optional login; and a record of what the proxy did, readable from any
// thread, so that a test can assert that a request really went through it.
class LoopbackProxy : public QObject
{
    Q_OBJECT

public:
    ~LoopbackProxy() override; // stops and joins the thread

    // Before start(): the login the proxy asks for; empty = none.
    void setCredentials(const QString &user, const QString &password);
    bool start(quint16 port = 0); // on 127.0.0.1
    void stop();
    quint16 port() const { return m_port; }
    // "<scheme>://127.0.0.1:PORT", without credentials.
    QUrl url() const;

    // "host:port" of every target the proxy connected to for a client, in
    // order (a tunnel or a forwarded request each).
    QStringList targets() const;
    int connectionCount() const; // client connections accepted
    int refusalCount() const;    // requests turned down: a wrong or missing login, a forbidden target
    void resetStats();

protected:
    explicit LoopbackProxy(QString scheme, QObject *parent = nullptr);
    // A new client, on the proxy's thread. The socket deletes itself once
    // disconnected.
    virtual void serve(QTcpSocket *client) = 0;

    bool needsLogin() const { return !m_user.isEmpty(); }
    bool acceptsLogin(const QByteArray &user, const QByteArray &password) const;
    void recordTarget(const QString &host, quint16 port);
    void recordRefusal();
    // Both ways between `client` and `upstream` until either side closes;
    // `upstream` becomes the client's child.
    static void pipe(QTcpSocket *client, QTcpSocket *upstream);

private:
    const QString m_scheme;
    QString m_user;
    QString m_password;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex; // guards what follows
    QStringList m_targets;
    int m_connections = 0;
    int m_refusals = 0;
};

} // namespace Fetchpool::Test
