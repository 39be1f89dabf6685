#include "list/listviewdefaults.h"

#include "list/downloadmodel.h"
#include "list/emptylisthint.h"
#include "list/progressdelegate.h"
#include "list/statusdelegate.h"

#include <QHeaderView>
#include <QTableView>

#include <iterator>

namespace Fetchpool::Gui {

namespace {

// The status gets room for a failure's reason ("Failed: HTTP 503 Service
// Unavailable, after 4 attempts in 3.52 s"); the URL what is left.
constexpr int Widths[] = {230, 300, 90, 150, 100, 320, 80, 64, 80, 80, 80, 100, 70};
static_assert(std::size(Widths) == DownloadModel::ColumnCount);

} // namespace

int ListViewDefaults::width(int column)
{
    return column >= 0 && column < DownloadModel::ColumnCount ? Widths[column] : 0;
}

void ListViewDefaults::apply(QTableView *view, QAbstractItemModel *rows)
{
    view->setModel(rows);
    view->setItemDelegateForColumn(DownloadModel::ProgressColumn, new ProgressDelegate(view));
    view->setItemDelegateForColumn(DownloadModel::StatusColumn, new StatusDelegate(view));
    view->setIconSize(QSize(16, 16));

    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the order URLs were added in
    view->setSortingEnabled(true);
    for (int column = 0; column < DownloadModel::ColumnCount; ++column) {
        header->resizeSection(column, Widths[column]);
        header->setSectionHidden(column, DownloadModel::isHiddenByDefault(column));
    }
    // The URL takes whatever room the other columns leave.
    header->setSectionResizeMode(DownloadModel::UrlColumn, QHeaderView::Stretch);

    // Uniform rows: the view never measures 10,000 rows to lay them out.
    QHeaderView *rowHeader = view->verticalHeader();
    rowHeader->setSectionResizeMode(QHeaderView::Fixed);
    rowHeader->setDefaultSectionSize(view->fontMetrics().height() + 10);

    new EmptyListHint(tr("<p><b>No downloads yet</b></p>"
                         "<p>Paste links with Ctrl+V, drop link lists or web pages here,<br>"
                         "or use <i>Add URLs…</i> in the toolbar.</p>"
                         "<p>New to Fetchpool? <i>Help → Load Demo Batch</i> lists 100 images from a "
                         "built-in local server: press Start in Sequential, then in Parallel.</p>"),
                      tr("<p><b>No items match the filter</b></p>"
                         "<p>Choose <i>All</i> above the list or clear the text to see every item.</p>"),
                      view);
}

} // namespace Fetchpool::Gui
