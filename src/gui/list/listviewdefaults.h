#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QTableView;

namespace Fetchpool::Gui {

// The list as it looks before the user changes anything: column widths and
// the columns hidden at first, the URL taking the room left, the order the
// URLs were added in until a header is clicked, rows of one height, the
// progress bar drawn by the style, and a hint for the empty list. Saved
// header states restore over this.
class ListViewDefaults final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::ListViewDefaults)

public:
    // `rows` is the model the view shows: DownloadModel, or a proxy of it.
    static void apply(QTableView *view, QAbstractItemModel *rows);
    // The column's first width.
    static int width(int column);
};

} // namespace Fetchpool::Gui
