#include "imagecache.h"

#include "pathseed.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>

namespace Fetchpool::Demo {

std::optional<ImageCache::Format> ImageCache::formatForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return Format::Png;
    if (path.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".jpeg"), Qt::CaseInsensitive))
        return Format::Jpeg;
    return std::nullopt;
}

QByteArray ImageCache::encoded(const QString &path, QSize size, Format format)
{
    const QString key = path + QLatin1Char('|') + QString::number(size.width()) + QLatin1Char('x')
            + QString::number(size.height());
    {
        const QMutexLocker locker(&m_mutex);
        if (const QByteArray *cached = m_cache.object(key))
            return *cached;
    }
    // Rendered outside the lock so other pictures are not held up; two
    // simultaneous first requests for one picture just both render it.
    const QByteArray bytes = render(seedForPath(path), size, format);
    if (!bytes.isEmpty()) {
        const QMutexLocker locker(&m_mutex);
        m_cache.insert(key, new QByteArray(bytes), qMax<qsizetype>(1, bytes.size() / 1024));
    }
    return bytes;
}

QByteArray ImageCache::render(quint32 seed, QSize size, Format format)
{
    quint32 state = seed ? seed : 0x2545f491u;
    auto next = [&state] {
        // xorshift32: plenty for picking colours and positions.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    auto colour = [&next](int alpha) {
        QColor colour(QRgb(next() & 0xffffffu));
        colour.setAlpha(alpha);
        return colour;
    };

    const int width = size.width();
    const int height = size.height();
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, colour(255));
    gradient.setColorAt(1, colour(255));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 6; ++i) {
        painter.setBrush(colour(150));
        const QRectF shape(int(next() % quint32(width)) - width / 8, int(next() % quint32(height)) - height / 8,
                           width / 8 + int(next() % quint32(width / 2 + 1)),
                           height / 8 + int(next() % quint32(height / 2 + 1)));
        if (i % 2)
            painter.drawEllipse(shape);
        else
            painter.drawRect(shape);
    }
    painter.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == Format::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpg"));
    // For PNG "quality" picks the zlib level: 70 is level 2, a third faster
    // than the default for a slightly larger file.
    writer.setQuality(format == Format::Jpeg ? 85 : 70);
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace Fetchpool::Demo
