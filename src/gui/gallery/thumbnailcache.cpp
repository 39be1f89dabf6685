#include "thumbnailcache.h"

#include <QDir>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

namespace {

constexpr int DecodeThreads = 2;
constexpr int CacheKiB = 96 * 1024; // about 600 thumbnails of 200×200

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(DecodeThreads);
    m_cache.setMaxCost(CacheKiB);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::key(const QString &path, int edge)
{
    return path + QLatin1Char('\n') + QString::number(edge);
}

QPixmap ThumbnailCache::thumbnail(const QString &path, int edge)
{
    const QString cacheKey = key(path, edge);
    if (const QPixmap *cached = m_cache.object(cacheKey))
        return *cached;
    if (m_pending.contains(cacheKey) || m_failures.contains(path))
        return {};

    m_pending.insert(cacheKey);
    auto *watcher = new QFutureWatcher<Decoded>(this);
    const int generation = m_generations.value(path);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, cacheKey, generation] {
        watcher->deleteLater();
        m_pending.remove(cacheKey);
        const Decoded decoded = watcher->result();
        if (m_generations.value(path) != generation) {
            Q_EMIT thumbnailReady(path); // of the file it replaced: the cell asks again
            return;
        }
        if (decoded.image.isNull()) {
            m_failures.insert(path, decoded.error);
        } else {
            // QPixmap only on this (the UI) thread; the cost is in KiB.
            auto *pixmap = new QPixmap(QPixmap::fromImage(decoded.image));
            m_cache.insert(cacheKey, pixmap, qMax(1, int(decoded.image.sizeInBytes() / 1024)));
        }
        Q_EMIT thumbnailReady(path);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &ThumbnailCache::decode, path, edge));
    return {};
}

void ThumbnailCache::forget(const QString &path)
{
    const QString prefix = path + QLatin1Char('\n');
    const QList<QString> keys = m_cache.keys();
    for (const QString &cacheKey : keys) {
        if (cacheKey.startsWith(prefix))
            m_cache.remove(cacheKey);
    }
    m_failures.remove(path);
    ++m_generations[path];
}

ThumbnailCache::Decoded ThumbnailCache::decode(const QString &path, int edge)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    Decoded decoded;
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > edge || full.height() > edge))
        reader.setScaledSize(full.scaled(edge, edge, Qt::KeepAspectRatio));
    decoded.image = reader.read();
    if (decoded.image.isNull()) {
        decoded.error = tr("%1 cannot be shown as an image: %2")
                                .arg(QDir::toNativeSeparators(path), reader.errorString());
        return decoded;
    }
    // Formats that cannot scale while decoding are scaled here, still off the UI thread.
    if (decoded.image.width() > edge || decoded.image.height() > edge)
        decoded.image = decoded.image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return decoded;
}

} // namespace Fetchpool::Gui
