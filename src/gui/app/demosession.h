#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

namespace Fetchpool::Demo {
class DemoServer;
}

class QThreadPool;
class QWidget;

namespace Fetchpool::Gui {

// The offline demo: the built-in demo server on loopback, serving ~100 images
// with 60-200 ms latency each, and a scratch folder that lives as long as the
// session, so the demo never litters the user's Downloads.
class DemoSession final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::DemoSession)

public:
    // Renders the pictures on `pool`, the window's own threads.
    explicit DemoSession(QThreadPool &pool);
    ~DemoSession(); // waits for the pictures being rendered

    // Asks before the demo batch takes the place of a list of the user's on
    // screen; true to go on.
    static bool mayHideList(QWidget *parent);

    // Starts the server and creates the folder; on failure says why.
    bool start(QString *error);

    QVector<QUrl> urls() const;
    QString folder() const { return m_folder.path(); }

    // The pictures are rendered in the background as soon as the session
    // starts; a run waits for them, or the first run would pay for drawing
    // them and the comparison would flatter the second.
    bool imagesReady() const { return m_prerender.isFinished(); }
    // While they are rendered: keeps `start` to call once they are, and
    // returns true. A second call meanwhile (Start pressed twice) changes
    // nothing. False when they are ready: start now.
    bool deferUntilImagesReady(std::function<void()> start);

    // A fresh subfolder of folder() for each run: DemoRuns' name, numbered
    // because the window runs the demo as often as the user likes
    // ("1-sequential", "2-parallel-16"...). Empty, with *error set, when it
    // cannot be created.
    QString folderForRun(int workers, QString *error);

private:
    QThreadPool &m_pool;
    std::unique_ptr<Demo::DemoServer> m_server;
    QTemporaryDir m_folder;
    QFuture<void> m_prerender;
    QFutureWatcher<void> m_prerendered;
    std::function<void()> m_startWhenRendered;
    int m_runs = 0;
};

} // namespace Fetchpool::Gui
