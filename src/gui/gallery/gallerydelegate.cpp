#include "gallerydelegate.h"

#include "gallerymodel.h"
#include "thumbnailcache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace Fetchpool::Gui {

namespace {

constexpr int Padding = 6;

} // namespace

GalleryDelegate::GalleryDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QColor GalleryDelegate::badgeColor()
{
    return QColor(0xe8, 0xa3, 0x17);
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {m_edge + 2 * Padding, m_edge + 2 * Padding + option.fontMetrics.height() + 2};
}

QRect GalleryDelegate::imageRect(const QRect &cell) const
{
    return {cell.left() + (cell.width() - m_edge) / 2, cell.top() + Padding, m_edge, m_edge};
}

QRect GalleryDelegate::badgeRect(const QRect &cell) const
{
    const QRect image = imageRect(cell);
    const int side = qBound(16, m_edge / 4, 32);
    return {image.right() - side + 1, image.bottom() - side + 1, side, side};
}

QRect GalleryDelegate::captionRect(const QRect &cell, const QFontMetrics &metrics) const
{
    return {cell.left() + Padding, imageRect(cell).bottom() + 2, cell.width() - 2 * Padding, metrics.height()};
}

QString GalleryDelegate::warningFor(const QModelIndex &index) const
{
    const QString mismatch = index.data(GalleryModel::MismatchRole).toString();
    if (!mismatch.isEmpty())
        return mismatch;
    return m_thumbnails->failure(index.data(GalleryModel::PathRole).toString());
}

QPalette::ColorGroup GalleryDelegate::colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}

void GalleryDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style's item panel only, without text or icon: a cell of ours has
    // neither, so the style's selection would cover nothing.
    QStyleOptionViewItem panel = option;
    panel.text.clear();
    panel.icon = QIcon();
    panel.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    if (option.state & QStyle::State_Selected) {
        // Most styles highlight only a standard item's text, which a gallery
        // cell does not have: the whole cell takes the palette's Highlight,
        // under a caption in HighlightedText.
        painter->fillRect(option.rect, option.palette.brush(colorGroup(option), QPalette::Highlight));
    } else {
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget); // hover, alternate rows
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = option.palette.color(
                colorGroup(option), option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    paintBackground(painter, opt);

    const QRect image = imageRect(option.rect);
    const QString path = index.data(GalleryModel::PathRole).toString();
    const bool flagged = !index.data(GalleryModel::MismatchRole).toString().isEmpty();
    // A flagged file is never decoded: it is not what it claims to be.
    const QPixmap thumbnail = flagged ? QPixmap() : m_thumbnails->thumbnail(path, m_edge);
    const QString warning = warningFor(index);
    if (!thumbnail.isNull()) {
        const QSize size = thumbnail.deviceIndependentSize().toSize();
        painter->drawPixmap(QRect(image.left() + (image.width() - size.width()) / 2,
                                  image.top() + (image.height() - size.height()) / 2, size.width(),
                                  size.height()),
                            thumbnail);
    } else if (!warning.isEmpty()) {
        const QIcon icon = m_icons.icon(index.data(GalleryModel::MimeTypeRole).toString(), QFileInfo(path).fileName());
        const int side = m_edge / 2;
        icon.paint(painter, QRect(image.center() - QPoint(side / 2, side / 2), QSize(side, side)));
        paintBadge(painter, badgeRect(option.rect));
    } else {
        // Still decoding: a quiet placeholder of the thumbnail's size.
        QColor frame = option.palette.color(QPalette::Mid);
        frame.setAlpha(60);
        painter->fillRect(image.adjusted(m_edge / 8, m_edge / 8, -m_edge / 8, -m_edge / 8), frame);
    }

    const QRect text = captionRect(option.rect, option.fontMetrics);
    painter->setPen(option.palette.color(colorGroup(option), option.state & QStyle::State_Selected
                                                                     ? QPalette::HighlightedText
                                                                     : QPalette::Text));
    painter->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                                    text.width()));
    painter->restore();
}

void GalleryDelegate::paintBadge(QPainter *painter, const QRect &rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(rect.left() + rect.width() / 2.0, rect.top());
    triangle.lineTo(rect.right() + 1, rect.bottom() + 1);
    triangle.lineTo(rect.left(), rect.bottom() + 1);
    triangle.closeSubpath();
    painter->fillPath(triangle, badgeColor());
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(8, rect.height() * 2 / 3));
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(rect.adjusted(0, rect.height() / 5, 0, 0), Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

bool GalleryDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        QString tip = index.data(Qt::ToolTipRole).toString();
        const QString failure = m_thumbnails->failure(index.data(GalleryModel::PathRole).toString());
        if (!failure.isEmpty())
            tip += QStringLiteral("<br><b>%1</b>").arg(failure.toHtmlEscaped());
        QToolTip::showText(event->globalPos(), tip, view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Fetchpool::Gui
