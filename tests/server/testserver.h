#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <memory>

namespace Fetchpool::Test {

// A loopback HTTP/1.1 server for tests and benchmarks: the demo's server
// (src/demo) with the test routes on top and an optional HTTPS listener.
// It accepts on one thread of its own and serves on `threads` others, never
// on the caller's thread, so a test may block or spin its own event loop
// freely. Endpoints and query options: tests/server/README.md.
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(int threads = 2, QObject *parent = nullptr);
    ~TestServer() override; // stops and joins every thread

    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Before start(): a small fixed kernel send buffer for the plain
    // listener's connections, so that bytesSentBy() follows a slow client's
    // reading closely (see SendBufferSocketFactory). 0 = the system's.
    void setSendBufferBytes(int bytes);
    // An HTTPS listener with the same routes, on a port of its own, served by
    // the same worker threads. Its certificate is self-signed (certificate()),
    // so a client that checks certificates must refuse it. May be called
    // before or after start(); false when TLS is unavailable or listen fails.
    bool startTls(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop(); // both listeners
    bool isListening() const;
    quint16 port() const;
    quint16 tlsPort() const; // 0 until startTls()
    // "http://127.0.0.1:PORT" + pathAndQuery, which must already be
    // percent-encoded (it is kept as written, %22 stays %22).
    QUrl url(const QString &pathAndQuery) const;
    // The same on the HTTPS listener: "https://127.0.0.1:TLSPORT" + pathAndQuery.
    QUrl httpsUrl(const QString &pathAndQuery) const;
    // The self-signed certificate the HTTPS listener presents.
    static QSslCertificate certificate();
    // The same certificate as a PEM file, for a client to trust as its CA
    // (EngineOptions::caCertificateFile, curl --cacert): written once per
    // process into the temporary folder and removed at exit.
    static QString certificateFile();

    // Statistics, safe to read from any thread while requests run. Paths are
    // percent-decoded and carry no query.
    int requestCount() const;
    int requestCount(const QString &path) const;
    // The value of `header` in each request to `path`, in arrival order; an
    // empty string for a request that did not send it.
    QStringList requestHeaders(const QString &path, const QByteArray &header) const;
    // The path of every request, in arrival order (percent-decoded, no query).
    QStringList requestPaths() const;
    // Most requests in progress at once: from the request's arrival to the
    // end of its response, latency included.
    int peakConcurrentRequests() const;
    int totalConnections() const;
    // Bytes the server handed to the operating system for `path` (every path
    // when empty), status line and headers included, up to `ms` on the
    // server's clock (clockMs()); -1 while that time is still to come. A
    // test measures a client's speed as the difference over an interval it
    // waits out on that clock.
    qint64 bytesSentBy(qint64 ms, const QString &path = {}) const;
    qint64 clockMs() const; // milliseconds since the server was made
    // Forgets all of the above, and with the per-path counts also where
    // every fail=N sequence stands.
    void resetStats();

    // Delay before every response; a request's own latency= wins. Thread-safe.
    void setLatency(int ms);
    int latency() const;

    // Renders the pictures behind these /image/ URLs now, on all cores, and
    // returns when they are ready: the first run over a demo batch then pays
    // no rendering cost that later runs do not, so comparisons stay fair.
    void prerenderImages(const QVector<QUrl> &urls);

    // The body of /files/<path>: deterministic bytes for (size, seed).
    static QByteArray body(qint64 size, quint32 seed);
    // The default seed of /files/<path>: FNV-1a 32 of the UTF-8 path (no query).
    static quint32 seedForPath(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Fetchpool::Test
