#pragma once

#include "demoserver.h"
#include "demoserverinterface.h"

#include <QObject>

namespace Fetchpool::Demo {

// The fetchpool-demo plugin: DemoServer behind DemoServerInterface.
class DemoPlugin final : public QObject, public DemoServerInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FetchpoolDemoServerInterface_iid)
    Q_INTERFACES(Fetchpool::Demo::DemoServerInterface)
    Q_DISABLE_COPY_MOVE(DemoPlugin)

public:
    DemoPlugin() = default;

    bool start() override;
    QVector<QUrl> batchUrls(int count) const override;
    void prerenderImages(const QVector<QUrl> &urls) override;
    void stop() override;

private:
    DemoServer m_server;
};

} // namespace Fetchpool::Demo
