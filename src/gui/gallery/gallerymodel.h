#pragma once

#include "list/downloaditem.h"
#include "downloadtypes.h"

#include <QAbstractListModel>
#include <QMimeDatabase>
#include <QVector>

#include <functional>

namespace Fetchpool::Gui {

// One downloaded image in the gallery.
struct GalleryEntry
{
    quint64 id = 0;
    QString filePath;
    QString mimeType; // as detected in the bytes when known, else as declared
    QString mismatch; // why the bytes are not what the name or the server says; empty when they are
};

// The downloaded images, in list order: the Done items whose file is an image
// by its detected type, its declared Content-Type or its name. Items whose
// bytes do not match are kept, so the gallery can say so instead of showing
// a broken thumbnail.
class GalleryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        MismatchRole, // the reason, empty when the content matches
        MimeTypeRole, // as detected in the bytes when known, else as declared
        IdRole,
    };

    explicit GalleryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The engine's finished items; a run again over an item replaces its entry.
    void addResults(const QVector<ItemResult> &results);
    // Rows restored from a saved list.
    void addItems(const QVector<DownloadItem> &items);
    // Drops the entries whose item is no longer listed.
    void retainListed(const std::function<bool(quint64 id)> &isListed);
    void clear();

    const GalleryEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(quint64 id) const; // -1 when not shown

    bool isImage(const QString &declared, const QString &detected, const QString &path) const;

private:
    void put(GalleryEntry entry);

    QVector<GalleryEntry> m_entries; // ordered by id: the list's order
    QMimeDatabase m_mimes;
};

} // namespace Fetchpool::Gui
