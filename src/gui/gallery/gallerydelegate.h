#pragma once

#include "list/mimeiconcache.h"

#include <QStyledItemDelegate>

namespace Fetchpool::Gui {

class ThumbnailCache;

// A gallery cell: the thumbnail centred in a square, the file name under it.
// A file whose bytes are not what its name or the server says, or that
// cannot be decoded, gets the file-type icon and a warning badge instead of
// a broken thumbnail; the reason is in its tooltip. A selected cell is
// filled with the palette's Highlight and captioned in HighlightedText, in
// the colour group of the view's state (active, inactive, disabled).
class GalleryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    GalleryDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void setThumbnailSize(int edge) { m_edge = edge; }
    int thumbnailSize() const { return m_edge; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Why the cell shows a badge, or an empty string.
    QString warningFor(const QModelIndex &index) const;
    QRect badgeRect(const QRect &cell) const;
    // Where the file name is written under the thumbnail.
    QRect captionRect(const QRect &cell, const QFontMetrics &metrics) const;
    static QColor badgeColor();

private:
    // The palette's colour group a cell is painted in: Active, Inactive or Disabled.
    static QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option);
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const;
    QRect imageRect(const QRect &cell) const;
    static void paintBadge(QPainter *painter, const QRect &rect);

    ThumbnailCache *const m_thumbnails;
    mutable MimeIconCache m_icons; // what a flagged file really is, as the list shows it
    int m_edge = 128;
};

} // namespace Fetchpool::Gui
