#include "list/statusdelegate.h"

namespace Fetchpool::Gui {

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight;
}

} // namespace Fetchpool::Gui
