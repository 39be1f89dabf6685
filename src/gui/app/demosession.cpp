#include "app/demosession.h"

#include "demoruns.h"
#include "demoserver.h"

#include <QDir>
#include <QMessageBox>
#include <QtConcurrent>

#include <utility>

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
    QObject::connect(&m_prerendered, &QFutureWatcherBase::finished, &m_prerendered, [this] {
        if (auto start = std::exchange(m_startWhenRendered, nullptr))
            start();
    });
}

DemoSession::~DemoSession()
{
    m_prerender.waitForFinished(); // it renders through the server
}

bool DemoSession::mayHideList(QWidget *parent)
{
    const auto answer = QMessageBox::question(
            parent, tr("Load the Demo Batch"),
            tr("The demo batch replaces the list on screen until Fetchpool is restarted.\n"
               "Your list is saved as it is and comes back on the next start."),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    return answer == QMessageBox::Ok;
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
    m_prerendered.setFuture(m_prerender);
    return true;
}

bool DemoSession::deferUntilImagesReady(std::function<void()> start)
{
    if (imagesReady())
        return false;
    if (!m_startWhenRendered)
        m_startWhenRendered = std::move(start);
    return true;
}

QString DemoSession::folderForRun(int workers, QString *error)
{
    ++m_runs;
    const QString name = QStringLiteral("%1-%2").arg(m_runs).arg(DemoRuns::folderName(workers));
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
