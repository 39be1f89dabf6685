#include "testserver.h"

#include "bodysource.h"
#include "imagecache.h"
#include "listener.h"
#include "router.h"
#include "serverconfig.h"
#include "serverstats.h"
#include "tlsidentity.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>

#include <vector>

namespace Fetchpool::Test {

namespace {

Q_LOGGING_CATEGORY(lcTestServer, "fetchpool.testserver")

// The host our URLs name: loopback whenever the socket is bound to it or to
// every interface.
QByteArray hostFor(const QHostAddress &address)
{
    if (address == QHostAddress::LocalHost || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6 || address.isNull())
        return QByteArrayLiteral("127.0.0.1");
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return '[' + address.toString().toLatin1() + ']';
    return address.toString().toLatin1();
}

} // namespace

struct TestServer::Private
{
    explicit Private(int threads) : threadCount(qMax(1, threads)) {}

    ServerConfig config;
    ServerStats stats;
    ImageCache images;
    Router router{config, images};
    const int threadCount;

    std::vector<std::unique_ptr<QThread>> workerThreads;
    QVector<ConnectionWorker *> workers;
    std::unique_ptr<QThread> listenerThread;
    std::unique_ptr<QThread> tlsListenerThread;
    bool listening = false;

    void startWorkers();
    // Runs a listener on a thread of its own; the bound port, or 0.
    quint16 startListener(std::unique_ptr<QThread> &thread, const QHostAddress &address, quint16 port,
                          const QSslConfiguration &tls);
};

void TestServer::Private::startWorkers()
{
    if (!workers.isEmpty())
        return;
    // Each object is deleted on its own thread as that thread ends.
    for (int i = 0; i < threadCount; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("testserver-worker-%1").arg(i));
        auto *worker = new ConnectionWorker(router, stats);
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        workers.append(worker);
        workerThreads.push_back(std::move(thread));
    }
}

quint16 TestServer::Private::startListener(std::unique_ptr<QThread> &thread, const QHostAddress &address,
                                           quint16 port, const QSslConfiguration &tls)
{
    thread = std::make_unique<QThread>();
    thread->setObjectName(tls.isNull() ? QStringLiteral("testserver-listener")
                                       : QStringLiteral("testserver-tls-listener"));
    auto *listener = new Listener(workers, stats, tls);
    listener->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, listener, &QObject::deleteLater);
    thread->start();

    // listen() must run where the socket lives.
    quint16 bound = 0;
    QString error;
    QMetaObject::invokeMethod(
            listener,
            [&] {
                // Hundreds of clients connect at once in the benchmarks.
                listener->setListenBacklogSize(1024);
                if (listener->listen(address, port))
                    bound = listener->serverPort();
                else
                    error = listener->errorString();
            },
            Qt::BlockingQueuedConnection);
    if (!bound) {
        qCWarning(lcTestServer, "cannot listen on %s:%u: %s", qPrintable(address.toString()), port,
                  qPrintable(error));
        thread->quit();
        thread->wait();
        thread.reset();
    }
    return bound;
}

TestServer::TestServer(int threads, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(threads))
{
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::prerenderImages(const QVector<QUrl> &urls)
{
    QThreadPool pool;
    for (const QUrl &url : urls)
        pool.start([this, url] { d->router.prerenderImage(url); });
    pool.waitForDone();
}

bool TestServer::start(const QHostAddress &address, quint16 port)
{
    if (d->listenerThread)
        return false;
    d->config.setHost(hostFor(address));
    d->startWorkers();
    const quint16 bound = d->startListener(d->listenerThread, address, port, {});
    if (!bound) {
        if (!d->tlsListenerThread)
            stop();
        return false;
    }
    d->config.setPort(bound);
    d->listening = true;
    return true;
}

bool TestServer::startTls(const QHostAddress &address, quint16 port)
{
    if (d->tlsListenerThread)
        return false;
    const QSslConfiguration tls = TlsIdentity::serverConfiguration();
    if (tls.isNull()) {
        qCWarning(lcTestServer, "no TLS: the TLS backend or the test certificate is unavailable");
        return false;
    }
    d->config.setHost(hostFor(address));
    d->startWorkers();
    const quint16 bound = d->startListener(d->tlsListenerThread, address, port, tls);
    if (!bound) {
        if (!d->listenerThread)
            stop();
        return false;
    }
    d->config.setTlsPort(bound);
    return true;
}

void TestServer::stop()
{
    // Stop accepting first, then end the connections.
    for (auto *listenerThread : {&d->listenerThread, &d->tlsListenerThread}) {
        if (*listenerThread) {
            (*listenerThread)->quit();
            (*listenerThread)->wait();
            listenerThread->reset();
        }
    }
    for (const auto &thread : d->workerThreads)
        thread->quit();
    for (const auto &thread : d->workerThreads)
        thread->wait();
    d->workerThreads.clear();
    d->workers.clear();
    d->listening = false;
    d->config.setPort(0);
    d->config.setTlsPort(0);
}

bool TestServer::isListening() const
{
    return d->listening;
}

quint16 TestServer::port() const
{
    return d->config.port();
}

quint16 TestServer::tlsPort() const
{
    return d->config.tlsPort();
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    const QString text = QString::fromLatin1(d->config.origin()) + pathAndQuery;
    return QUrl(text, QUrl::TolerantMode);
}

QUrl TestServer::httpsUrl(const QString &pathAndQuery) const
{
    const QString text = QString::fromLatin1(d->config.tlsOrigin()) + pathAndQuery;
    return QUrl(text, QUrl::TolerantMode);
}

QSslCertificate TestServer::certificate()
{
    return TlsIdentity::certificate();
}

QString TestServer::certificateFile()
{
    static const std::unique_ptr<QTemporaryFile> file = [] {
        auto pem = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("fetchpool-test-ca-XXXXXX.pem")));
        if (pem->open()) {
            pem->write(TlsIdentity::certificate().toPem());
            pem->flush();
        }
        return pem;
    }();
    return file->fileName();
}

int TestServer::requestCount() const
{
    return d->stats.requestCount();
}

int TestServer::requestCount(const QString &path) const
{
    return d->stats.requestCount(path);
}

QStringList TestServer::requestHeaders(const QString &path, const QByteArray &header) const
{
    return d->stats.requestHeaders(path, header);
}

int TestServer::peakConcurrentRequests() const
{
    return d->stats.peakConcurrentRequests();
}

int TestServer::totalConnections() const
{
    return d->stats.totalConnections();
}

void TestServer::resetStats()
{
    d->stats.reset();
}

void TestServer::setLatency(int ms)
{
    d->config.setLatency(ms);
}

int TestServer::latency() const
{
    return d->config.latency();
}

QByteArray TestServer::body(qint64 size, quint32 seed)
{
    return GeneratedBody::bytes(0, size, seed);
}

quint32 TestServer::seedForPath(const QString &path)
{
    return GeneratedBody::seedForPath(path);
}

} // namespace Fetchpool::Test
