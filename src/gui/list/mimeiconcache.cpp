#include "list/mimeiconcache.h"

#include "app/appicons.h"

#include <QFileInfo>

namespace Fetchpool::Gui {

QIcon MimeIconCache::icon(const QString &mimeType, const QString &fileName)
{
    // Content-Type may carry parameters ("text/html; charset=utf-8").
    const QString bareType = mimeType.section(QLatin1Char(';'), 0, 0).trimmed();
    const QString key = bareType.isEmpty()
            ? QStringLiteral("suffix:") + QFileInfo(fileName).suffix().toLower()
            : bareType;
    const auto cached = m_byKey.constFind(key);
    if (cached != m_byKey.constEnd())
        return cached.value();

    QMimeType mime;
    if (!bareType.isEmpty())
        mime = m_database.mimeTypeForName(bareType);
    if (!mime.isValid())
        mime = m_database.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    const QIcon icon = iconForMime(mime);
    m_byKey.insert(key, icon);
    return icon;
}

QIcon MimeIconCache::iconForMime(const QMimeType &mime)
{
    const QString fallbackName = mime.name().startsWith(QLatin1String("image/"))
            ? QStringLiteral("image-x-generic")
            : QStringLiteral("text-x-generic");
    const QIcon fallback = AppIcons::icon(fallbackName);
    if (!mime.isValid() || mime.isDefault())
        return fallback;
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback));
}

} // namespace Fetchpool::Gui
