#pragma once

#include <QUrl>
#include <QVector>

#include <memory>

namespace Fetchpool::Demo {

class HttpServer;
class ImageRoute;

// The offline demo's server: the loopback HTTP/1.1 server with the /image/
// route only, on 127.0.0.1 and a free port.
class DemoServer final
{
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    explicit DemoServer(int threads = 2);
    ~DemoServer(); // stops and joins every thread

    bool start();
    void stop();

    // The demo batch: `count` pictures, each with its own latency.
    QVector<QUrl> batchUrls(int count = 100) const;
    // Renders the pictures behind these URLs now, on all cores, and returns
    // when they are ready: the first run over a batch then pays no rendering
    // cost that later runs do not, so comparisons stay fair. Thread-safe.
    void prerenderImages(const QVector<QUrl> &urls) const;

private:
    std::unique_ptr<HttpServer> m_server;
    ImageRoute *m_images; // owned by the server's router
    QByteArray m_origin;
};

} // namespace Fetchpool::Demo
