#include "app/demosession.h"

#include "demoserver.h"

#include <QDir>
#include <QtConcurrent>

namespace Fetchpool::Gui {

namespace {

QString scratchTemplate()
{
    return QDir::tempPath() + QStringLiteral("/fetchpool-demo-XXXXXX");
}

} // namespace

DemoSession::DemoSession(QThreadPool &pool)
    : m_pool(pool)
    , m_server(std::make_unique<Demo::DemoServer>(2))
    , m_folder(scratchTemplate())
{
}

DemoSession::~DemoSession()
{
    m_prerender.waitForFinished(); // it renders through the server
}

bool DemoSession::start(QString *error)
{
    if (!m_folder.isValid()) {
        *error = tr("Cannot create a scratch folder for the demo: %1")
                         .arg(m_folder.errorString());
        return false;
    }
    if (!m_server->start()) {
        *error = tr("Cannot start the demo server on the loopback interface.");
        return false;
    }
    m_prerender = QtConcurrent::run(&m_pool, [server = m_server.get(), urls = urls()] { server->prerenderImages(urls); });
    return true;
}

QString DemoSession::folderForRun(int workers, QString *error)
{
    ++m_runs;
    const QString name = workers == 1 ? QStringLiteral("%1-sequential").arg(m_runs)
                                      : QStringLiteral("%1-parallel-%2").arg(m_runs).arg(workers);
    QDir root(m_folder.path());
    if (!root.mkpath(name)) {
        *error = tr("Cannot create the demo folder %1.").arg(QDir::toNativeSeparators(root.filePath(name)));
        return {};
    }
    return root.filePath(name);
}

QVector<QUrl> DemoSession::urls() const
{
    return m_server->batchUrls();
}

} // namespace Fetchpool::Gui
