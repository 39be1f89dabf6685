#pragma once

#include <QtPlugin>
#include <QUrl>
#include <QVector>

namespace Fetchpool::Demo {

// The offline demo's server as fetchpool-cli loads it at run time (the
// fetchpool-demo plugin): the server needs Qt Network and Qt Gui, which the
// console tool does not link, so that it starts fast for everything else.
// Header-only, so the CLI links nothing of the demo.
class DemoServerInterface
{
public:
    virtual ~DemoServerInterface() = default;

    // Listens on 127.0.0.1, on a free port; false when that fails.
    virtual bool start() = 0;
    // The demo batch: `count` pictures on that server, each with its own latency.
    virtual QVector<QUrl> batchUrls(int count) const = 0;
    // Renders the pictures behind `urls` and returns when they are ready, so
    // that the first run does not pay for drawing them.
    virtual void prerenderImages(const QVector<QUrl> &urls) = 0;
    // Stops listening and joins the server's threads.
    virtual void stop() = 0;
};

} // namespace Fetchpool::Demo

#define FetchpoolDemoServerInterface_iid "io.github.fetchpool.Fetchpool.DemoServerInterface/1.0"
Q_DECLARE_INTERFACE(Fetchpool::Demo::DemoServerInterface, FetchpoolDemoServerInterface_iid)
