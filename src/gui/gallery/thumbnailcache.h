#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace Fetchpool::Gui {

// Thumbnails of image files, decoded on worker threads at the size they are
// shown (QImageReader::setScaledSize, so a big photo is not decoded in full)
// and kept in a least-recently-used cache keyed by path and size.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override; // drops queued decodes and waits for running ones

    // The thumbnail fitting `edge`×`edge`; null while it is decoded (then
    // thumbnailReady follows) or when the file cannot be decoded (then
    // failure() says why).
    QPixmap thumbnail(const QString &path, int edge);
    QString failure(const QString &path) const { return m_failures.value(path); }
    bool isPending(const QString &path, int edge) const { return m_pending.contains(key(path, edge)); }
    // The file at `path` changed (a retry replaced it): its thumbnails and
    // failure are dropped, and a decode still running for it is not kept.
    void forget(const QString &path);

    struct Decoded
    {
        QImage image;
        QString error;
    };
    // Runs on a worker thread: reads no more of the file than the thumbnail needs.
    static Decoded decode(const QString &path, int edge);

Q_SIGNALS:
    void thumbnailReady(const QString &path);

private:
    static QString key(const QString &path, int edge);

    QThreadPool m_pool; // our own: the global one is shared with QtConcurrent
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QHash<QString, QString> m_failures; // by path
    QHash<QString, int> m_generations;  // by path: how often it was forgotten
};

} // namespace Fetchpool::Gui
