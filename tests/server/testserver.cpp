#include "testserver.h"

#include "authroutes.h"
#include "fileroutes.h"
#include "galleryroutes.h"
#include "generatedbody.h"
#include "headerlog.h"
#include "httpserver.h"
#include "imageroute.h"
#include "listener.h"
#include "pageroutes.h"
#include "pathseed.h"
#include "redirectroutes.h"
#include "sendbuffersocketfactory.h"
#include "tlsidentity.h"
#include "tlssocketfactory.h"
#include "trafficlog.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryFile>

#include <atomic>

namespace Fetchpool::Test {

namespace {

Q_LOGGING_CATEGORY(lcTestServer, "fetchpool.testserver")

} // namespace

// The demo's server with every test route on top and, on request, a second
// listener that speaks TLS.
struct TestServer::Private
{
    explicit Private(int threads);

    HeaderLog headers; // declared first: it outlives the server that feeds it
    TrafficLog traffic; // the same
    Demo::HttpServer server;
    Demo::ImageRoute *images; // owned by the server's router
    // Where each listener is; the ports are 0 while it is not listening.
    QHostAddress address = QHostAddress::LocalHost;
    QHostAddress tlsAddress = QHostAddress::LocalHost;
    std::atomic<quint16> port{0};
    std::atomic<quint16> tlsPort{0};
    int sendBufferBytes = 0; // for the plain listener; 0 = the system's
};

TestServer::Private::Private(int threads)
    : server(threads)
{
    Demo::Router &router = server.router();
    router.add(std::make_unique<FileRoute>());
    auto imageRoute = std::make_unique<Demo::ImageRoute>();
    images = imageRoute.get();
    router.add(std::move(imageRoute));
    router.add(std::make_unique<RedirectRoute>());
    router.add(std::make_unique<ChainRoute>());
    router.add(std::make_unique<LoopRoute>());
    router.add(std::make_unique<AuthRoute>());
    router.add(std::make_unique<ChecksumRoute>());
    router.add(std::make_unique<ListRoute>());
    router.add(std::make_unique<HtmlRoute>());
    router.add(std::make_unique<GalleryRoute>());
    server.stats().setObserver(&headers);
    server.stats().setSendObserver(&traffic);
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
    d->images->prerender(urls);
}

bool TestServer::start(const QHostAddress &address, quint16 port)
{
    if (d->port)
        return false;
    const quint16 bound = d->sendBufferBytes > 0
            ? d->server.listen(address, port, std::make_shared<const SendBufferSocketFactory>(d->sendBufferBytes))
            : d->server.listen(address, port);
    if (!bound)
        return false;
    d->address = address;
    d->port = bound;
    return true;
}

void TestServer::setSendBufferBytes(int bytes)
{
    d->sendBufferBytes = bytes;
}

bool TestServer::startTls(const QHostAddress &address, quint16 port)
{
    if (d->tlsPort)
        return false;
    const QSslConfiguration tls = TlsIdentity::serverConfiguration();
    if (tls.isNull()) {
        qCWarning(lcTestServer, "no TLS: the TLS backend or the test certificate is unavailable");
        return false;
    }
    const quint16 bound = d->server.listen(address, port, std::make_shared<const TlsSocketFactory>(tls));
    if (!bound)
        return false;
    d->tlsAddress = address;
    d->tlsPort = bound;
    return true;
}

void TestServer::stop()
{
    d->server.stop();
    d->port = 0;
    d->tlsPort = 0;
}

bool TestServer::isListening() const
{
    return d->port != 0;
}

quint16 TestServer::port() const
{
    return d->port;
}

quint16 TestServer::tlsPort() const
{
    return d->tlsPort;
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    const QByteArray origin = Demo::originFor("http", d->address, d->port);
    return QUrl(QString::fromLatin1(origin) + pathAndQuery, QUrl::TolerantMode);
}

QUrl TestServer::httpsUrl(const QString &pathAndQuery) const
{
    const QByteArray origin = Demo::originFor("https", d->tlsAddress, d->tlsPort);
    return QUrl(QString::fromLatin1(origin) + pathAndQuery, QUrl::TolerantMode);
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
    return d->server.stats().requestCount();
}

int TestServer::requestCount(const QString &path) const
{
    return d->server.stats().requestCount(path);
}

QStringList TestServer::requestHeaders(const QString &path, const QByteArray &header) const
{
    return d->headers.values(path, header);
}

QStringList TestServer::requestPaths() const
{
    return d->headers.paths();
}

int TestServer::peakConcurrentRequests() const
{
    return d->server.stats().peakConcurrentRequests();
}

int TestServer::totalConnections() const
{
    return d->server.stats().totalConnections();
}

void TestServer::resetStats()
{
    d->server.stats().reset();
    d->headers.reset();
    d->traffic.reset();
}

qint64 TestServer::clockMs() const
{
    return d->traffic.nowMs();
}

qint64 TestServer::bytesSentBy(qint64 ms, const QString &path) const
{
    return d->traffic.bytesSentBy(ms, path);
}

void TestServer::setLatency(int ms)
{
    d->server.router().setLatency(ms);
}

int TestServer::latency() const
{
    return d->server.router().latency();
}

QByteArray TestServer::body(qint64 size, quint32 seed)
{
    return GeneratedBody::bytes(0, size, seed);
}

quint32 TestServer::seedForPath(const QString &path)
{
    return Demo::seedForPath(path);
}

} // namespace Fetchpool::Test
