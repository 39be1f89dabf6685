#include "testserver.h"

#include "bodysource.h"
#include "imagecache.h"
#include "listener.h"
#include "router.h"
#include "serverconfig.h"
#include "serverstats.h"

#include <QLoggingCategory>
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
    std::unique_ptr<QThread> listenerThread;
    bool listening = false;
};

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

    // Each object is deleted on its own thread as that thread ends.
    QVector<ConnectionWorker *> workers;
    for (int i = 0; i < d->threadCount; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("testserver-worker-%1").arg(i));
        auto *worker = new ConnectionWorker(d->router, d->stats);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        workers.append(worker);
        d->workerThreads.push_back(std::move(thread));
    }
    d->listenerThread = std::make_unique<QThread>();
    d->listenerThread->setObjectName(QStringLiteral("testserver-listener"));
    auto *listener = new Listener(workers, d->stats);
    listener->moveToThread(d->listenerThread.get());
    connect(d->listenerThread.get(), &QThread::finished, listener, &QObject::deleteLater);
    d->listenerThread->start();

    // listen() must run where the socket lives. The port is published
    // before the listener thread can accept anything.
    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
            listener,
            [&] {
                // Hundreds of clients connect at once in the benchmarks.
                listener->setListenBacklogSize(1024);
                listening = listener->listen(address, port);
                if (listening)
                    d->config.setPort(listener->serverPort());
                else
                    error = listener->errorString();
            },
            Qt::BlockingQueuedConnection);
    if (!listening) {
        qCWarning(lcTestServer, "cannot listen on %s:%u: %s", qPrintable(address.toString()), port,
                  qPrintable(error));
        stop();
        return false;
    }
    d->listening = true;
    return true;
}

void TestServer::stop()
{
    // Stop accepting first, then end the connections.
    if (d->listenerThread) {
        d->listenerThread->quit();
        d->listenerThread->wait();
        d->listenerThread.reset();
    }
    for (const auto &thread : d->workerThreads)
        thread->quit();
    for (const auto &thread : d->workerThreads)
        thread->wait();
    d->workerThreads.clear();
    d->listening = false;
    d->config.setPort(0);
}

bool TestServer::isListening() const
{
    return d->listening;
}

quint16 TestServer::port() const
{
    return d->config.port();
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    const QString text = QString::fromLatin1(d->config.origin()) + pathAndQuery;
    return QUrl(text, QUrl::TolerantMode);
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
