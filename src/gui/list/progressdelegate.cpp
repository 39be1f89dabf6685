#include "list/progressdelegate.h"

#include "list/downloadmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Fetchpool::Gui {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The row background (selection, alternate colour) first, then the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto state = ItemState(index.data(DownloadModel::StateRole).toInt());
    if (state == ItemState::Queued)
        return; // an empty bar on every queued row is noise

    const int permille = index.data(DownloadModel::ProgressRole).toInt();
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    // Not the row's selection state: the bar keeps its own colours on selected rows.
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qMax(0, permille);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (state == ItemState::Failed || state == ItemState::Cancelled || state == ItemState::Paused)
        bar.state &= ~QStyle::State_Enabled; // greyed: it will not move any more
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(base.width(), 120), base.height()};
}

} // namespace Fetchpool::Gui
