#pragma once

#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QSize>
#include <QString>

#include <optional>

namespace Fetchpool::Demo {

// Encoded demo pictures. Painting and encoding cost milliseconds, so each
// (path, size) is made once and then served from memory.
class ImageCache final
{
    Q_DISABLE_COPY_MOVE(ImageCache)

public:
    ImageCache() = default;

    enum class Format { Png, Jpeg };

    // The format a picture's path asks for: .png or .jpg/.jpeg.
    static std::optional<Format> formatForPath(const QString &path);

    // Empty when the encoder is unavailable.
    QByteArray encoded(const QString &path, QSize size, Format format);

    // Deterministic per seed: a two-colour gradient with a few translucent
    // shapes. No text, so no fonts and no QGuiApplication are needed.
    static QByteArray render(quint32 seed, QSize size, Format format);

private:
    QMutex m_mutex;
    QCache<QString, QByteArray> m_cache{256 * 1024}; // cost in KiB: 256 MiB
};

} // namespace Fetchpool::Demo
