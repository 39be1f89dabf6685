#include "pagefetch.h"

#include "units.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

namespace Fetchpool {

namespace {

bool isHtmlType(const QString &mimeType)
{
    const QString type = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    // No type at all: the scanner is forgiving, and a page without links finds none.
    return type.isEmpty() || type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml");
}

} // namespace

PageFetch::PageFetch(QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_engine, &DownloadEngine::progressed, this,
            [this](const RunProgress &, const QVector<ItemProgress> &items) { onProgressed(items); });
    connect(&m_engine, &DownloadEngine::itemsFinished, this, &PageFetch::onItemsFinished);
    // A page asked for while a cancelled one was still ending.
    connect(&m_engine, &DownloadEngine::runFinished, this, [this] {
        if (m_pending)
            startEngine(*std::exchange(m_pending, std::nullopt));
    });
    connect(&m_parse, &QFutureWatcher<QVector<PageLink>>::finished, this, [this] {
        // A parse cannot be stopped: one for a page given up on ends unheard.
        if (!m_running || m_parsedJob != m_jobId)
            return;
        m_folder.reset();
        m_running = false;
        m_result.links = m_parse.result();
        Q_EMIT finished(m_result);
    });
}

PageFetch::~PageFetch()
{
    m_engine.cancel();
    m_parse.waitForFinished();
}

void PageFetch::start(const QUrl &page, const EngineOptions &requestOptions)
{
    cancel();
    m_result = PageFetchResult{page, page, {}, {}};
    m_tooLarge = false;
    m_running = true;
    m_folder = std::make_shared<QTemporaryDir>();
    if (!m_folder->isValid()) {
        fail(tr("Cannot create a temporary folder for the page: %1").arg(m_folder->errorString()));
        return;
    }
    EngineOptions options = requestOptions;
    options.destination = m_folder->path();
    DownloadJob job{++m_jobId, page};
    job.outName = QStringLiteral("page.html");
    m_pending.reset();
    if (m_engine.isRunning())
        m_pending = std::pair(job, options);
    else
        startEngine({job, options});
}

void PageFetch::startEngine(const std::pair<DownloadJob, EngineOptions> &request)
{
    EngineOptions options = request.second;
    options.workers = 1;
    options.maxSplit = 1;
    options.existingFiles = ExistingFiles::Rename;
    options.fingerprintList = false;
    options.rateLimit = 0;
    QString error;
    if (!m_engine.start({request.first}, options, &error))
        fail(error);
}

void PageFetch::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_pending.reset();
    m_engine.cancel();
}

void PageFetch::onProgressed(const QVector<ItemProgress> &items)
{
    for (const ItemProgress &item : items) {
        if (item.id == m_jobId && !m_tooLarge && (item.total > MaxPageBytes || item.received > MaxPageBytes)) {
            m_tooLarge = true;
            m_engine.cancel();
        }
    }
}

void PageFetch::onItemsFinished(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        if (result.id != m_jobId || !m_running)
            continue;
        if (!result.finalUrl.isEmpty())
            m_result.finalUrl = result.finalUrl;
        if (m_tooLarge || result.bytes > MaxPageBytes) {
            fail(tr("The page is larger than %1: not read for links.").arg(formatBytes(MaxPageBytes)));
        } else if (result.state != ItemState::Done) {
            fail(result.error.message.isEmpty() ? tr("The page could not be read.") : result.error.message);
        } else if (!isHtmlType(result.mimeType)) {
            fail(tr("Not a web page: the server sent %1.").arg(result.mimeType.section(QLatin1Char(';'), 0, 0)));
        } else {
            const QString path = result.filePath;
            const QUrl base = m_result.finalUrl;
            const std::shared_ptr<QTemporaryDir> folder = m_folder; // until the parse is done
            m_parsedJob = m_jobId;
            m_parse.setFuture(QtConcurrent::run(&m_pool, [path, base, folder] {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return QVector<PageLink>();
                return PageLinks::extract(file, base);
            }));
        }
    }
}

void PageFetch::fail(const QString &error)
{
    m_running = false;
    m_folder.reset();
    m_result.error = error;
    // Queued: a caller of start() sees the outcome after start() returns.
    QMetaObject::invokeMethod(this, [this, result = m_result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

} // namespace Fetchpool
