#pragma once

#include "list/downloaditem.h"
#include "listexport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Fetchpool::Gui {

class DownloadModel;
class ListSelection;

// File → Export List: all rows, the selected ones or the failed ones, as a
// plain list, an aria2 input file (with out=, checksum= and the rest where
// known) or an HTML page of links, for a later retry, another machine or
// another program. The rows are converted on the UI thread (cheap: no disk),
// the file written on a thread of the exporter's own through QSaveFile.
class ListExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListExporter)

public:
    enum class Rows { All, Selected, Failed };
    using Report = std::function<void(const QString &message, bool problem)>;

    // Puts its submenu into `fileMenu` before `before`.
    ListExporter(const DownloadModel &model, const ListSelection &selection, QMenu *fileMenu, QAction *before,
                 QWidget *window, Report report);
    ~ListExporter() override; // waits for a write in progress

    // What an export of `items` holds: URLs, their options, their saved names.
    static QVector<ExportEntry> entriesFor(const QVector<const DownloadItem *> &items);
    // Asks for the file, then writes it; the report says how it went.
    void exportRows(Rows rows);
    // Writes the rows to `path` in `format` without asking; false while a
    // write is still going.
    bool writeTo(const QString &path, ListExport::Format format, Rows rows);

private:
    QVector<const DownloadItem *> rowsOf(Rows rows) const;
    void updateMenu();

    const DownloadModel &m_model;
    const ListSelection &m_selection;
    QWidget *const m_window;
    const Report m_report;
    QMenu *m_menu;
    QAction *m_all;
    QAction *m_selected;
    QAction *m_failed;
    QThreadPool m_pool;
    QFutureWatcher<QString> m_write;
};

} // namespace Fetchpool::Gui
