#pragma once

#include <QHash>
#include <QIcon>
#include <QMimeDatabase>
#include <QString>

namespace Fetchpool::Gui {

// File-type icons for the Name column. Looking up a MIME type and a theme icon
// costs far more than painting a row, so each type (or file suffix, before
// the server has named the type) is resolved once.
class MimeIconCache final
{
public:
    QIcon icon(const QString &mimeType, const QString &fileName);

private:
    QIcon iconForMime(const QMimeType &mime);

    QMimeDatabase m_database;
    QHash<QString, QIcon> m_byKey;
};

} // namespace Fetchpool::Gui
