#pragma once

#include "list/mimeiconcache.h"
#include "pagelinks.h"
#include "sizeprobe.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace Fetchpool::Gui {

// What a page offers, as rows to tick: the name with a check box and a
// thumbnail (or the file type's icon), the type, the size as the probe
// reports it, and the link's text; the URL in the tooltip.
class PageLinkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, TextColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(PageLinkKind)
        SizeRole,                    // qint64, -1 unknown
        ExtensionRole,               // "jpg"
        SearchTextRole,              // what the text filter looks in
    };

    explicit PageLinkModel(QObject *parent = nullptr);

    void setLinks(const QVector<PageLink> &links);
    void setProbed(const ProbeResult &result);
    // The probe has ended: a size not known by now stays unknown.
    void probeEnded();
    void setThumbnail(const QUrl &url, const QImage &image);

    const PageLink &link(int row) const { return m_rows.at(row).link; }
    bool isChecked(int row) const { return m_rows.at(row).checked; }
    bool hasImages() const;
    // The extensions found, most frequent first.
    QStringList extensions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int ThumbnailSize = 48;

private:
    struct Row
    {
        PageLink link;
        QString name;
        qint64 size = -1;
        QString mimeType;
        bool sized = false; // the probe has answered, or ended
        QIcon thumbnail;
        bool checked = true;
    };
    QString sizeText(const Row &row) const;

    QVector<Row> m_rows;
    QHash<QUrl, int> m_rowOf;
    mutable MimeIconCache m_icons;
};

} // namespace Fetchpool::Gui
