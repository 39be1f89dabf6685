#include "httpserver.h"

#include "listener.h"
#include "socketfactory.h"

#include <QLoggingCategory>
#include <QThread>

namespace Fetchpool::Demo {

namespace {

Q_LOGGING_CATEGORY(lcServer, "fetchpool.demo.server")

} // namespace

HttpServer::HttpServer(int threads)
    : m_threadCount(qMax(1, threads))
{
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::startWorkers()
{
    if (!m_workers.isEmpty())
        return;
    // Each object is deleted on its own thread as that thread ends.
    for (int i = 0; i < m_threadCount; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("httpserver-worker-%1").arg(i));
        auto *worker = new ConnectionWorker(m_router, m_stats);
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.append(worker);
        m_workerThreads.push_back(std::move(thread));
    }
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port, std::shared_ptr<const SocketFactory> sockets)
{
    if (!sockets)
        sockets = std::make_shared<const SocketFactory>();
    startWorkers();
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("httpserver-listener-%1").arg(QString::fromLatin1(sockets->scheme())));
    auto *listener = new Listener(m_workers, m_stats, std::move(sockets));
    listener->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, listener, &QObject::deleteLater);
    thread->start();

    // listen() must run where the socket lives.
    quint16 bound = 0;
    QString error;
    QMetaObject::invokeMethod(
            listener, [&] { bound = listener->start(address, port, &error); }, Qt::BlockingQueuedConnection);
    if (!bound) {
        qCWarning(lcServer, "cannot listen on %s:%u: %s", qPrintable(address.toString()), port, qPrintable(error));
        thread->quit();
        thread->wait();
        if (m_listenerThreads.empty())
            stop();
        return 0;
    }
    m_listenerThreads.push_back(std::move(thread));
    return bound;
}

void HttpServer::stop()
{
    for (const auto &thread : m_listenerThreads) {
        thread->quit();
        thread->wait();
    }
    m_listenerThreads.clear();
    for (const auto &thread : m_workerThreads)
        thread->quit();
    for (const auto &thread : m_workerThreads)
        thread->wait();
    m_workerThreads.clear();
    m_workers.clear();
}

} // namespace Fetchpool::Demo
