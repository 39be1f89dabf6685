#include "demoserver.h"

#include "demobatch.h"
#include "httpserver.h"
#include "imageroute.h"
#include "listener.h"

namespace Fetchpool::Demo {

DemoServer::DemoServer(int threads)
    : m_server(std::make_unique<HttpServer>(threads))
{
    auto images = std::make_unique<ImageRoute>();
    m_images = images.get();
    m_server->router().add(std::move(images));
}

DemoServer::~DemoServer() = default;

bool DemoServer::start()
{
    if (m_server->isListening())
        return false;
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return false;
    m_origin = originFor(QByteArrayLiteral("http"), QHostAddress::LocalHost, port);
    return true;
}

void DemoServer::stop()
{
    m_server->stop();
}

QVector<QUrl> DemoServer::batchUrls(int count) const
{
    return demoBatchUrls(m_origin, count);
}

void DemoServer::prerenderImages(const QVector<QUrl> &urls) const
{
    m_images->prerender(urls);
}

} // namespace Fetchpool::Demo
