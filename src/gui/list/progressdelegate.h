#pragma once

#include <QStyledItemDelegate>

namespace Fetchpool::Gui {

// Paints the Progress column as a native progress bar (through the style, so
// it matches the desktop), from DownloadModel::ProgressRole.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Fetchpool::Gui
