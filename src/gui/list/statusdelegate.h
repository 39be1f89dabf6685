#pragma once

#include <QStyledItemDelegate>

namespace Fetchpool::Gui {

// The Status column's cells elide at the end, whatever the list does for
// its other columns (the URLs elide in the middle): a status starts with a
// short word and puts the specific reason after it (StatusCell), so cutting
// the end keeps the word and as much of the reason as fits.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public, so that what a cell will show can be checked without painting.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Fetchpool::Gui
