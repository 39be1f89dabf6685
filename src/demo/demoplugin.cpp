#include "demoplugin.h"

namespace Fetchpool::Demo {

bool DemoPlugin::start()
{
    return m_server.start();
}

QVector<QUrl> DemoPlugin::batchUrls(int count) const
{
    return m_server.batchUrls(count);
}

void DemoPlugin::prerenderImages(const QVector<QUrl> &urls)
{
    m_server.prerenderImages(urls);
}

void DemoPlugin::stop()
{
    m_server.stop();
}

} // namespace Fetchpool::Demo
