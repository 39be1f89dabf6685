#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVector>

#include <memory>

namespace Fetchpool::Demo {
class DemoServer;
}

class QThreadPool;

namespace Fetchpool::Gui {

// The offline demo: the built-in demo server on loopback, serving ~100 images
// with 60-200 ms latency each, and a scratch folder that lives as long as the
// session, so the demo never litters the user's Downloads.
class DemoSession final
{
    Q_DECLARE_TR_FUNCTIONS(DemoSession)

public:
    // Renders the pictures on `pool`, the window's own threads.
    explicit DemoSession(QThreadPool &pool);
    ~DemoSession(); // waits for the pictures being rendered

    // Starts the server and creates the folder; on failure says why.
    bool start(QString *error);

    QVector<QUrl> urls() const;
    QString folder() const { return m_folder.path(); }

    // The pictures are rendered in the background as soon as the session
    // starts; a run waits for this, or the first run would pay for drawing
    // them and the comparison would flatter the second.
    QFuture<void> imagesReady() const { return m_prerender; }

    // A fresh subfolder of folder() for each run ("1-sequential",
    // "2-parallel-16"...): every run of the demo saves the same file names,
    // and a second run into one folder would only add "name (1).png" copies.
    // Empty, with *error set, when it cannot be created.
    QString folderForRun(int workers, QString *error);

private:
    QThreadPool &m_pool;
    std::unique_ptr<Demo::DemoServer> m_server;
    QTemporaryDir m_folder;
    QFuture<void> m_prerender;
    int m_runs = 0;
};

} // namespace Fetchpool::Gui
