#include "run/listexporter.h"

#include "atomicfile.h"
#include "list/downloadmodel.h"
#include "list/listselection.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

namespace {

// The save dialog's file types; the one chosen decides the format.
struct ExportType
{
    ListExport::Format format;
    const char *filter;
    const char *suffix;
};

const ExportType ExportTypes[] = {
    {ListExport::Format::Plain, QT_TRANSLATE_NOOP("Fetchpool::Gui::ListExporter", "Plain list, one URL per line (*.txt)"),
     "txt"},
    {ListExport::Format::Aria2,
     QT_TRANSLATE_NOOP("Fetchpool::Gui::ListExporter", "aria2 input file, with names and checksums (*.aria2)"), "aria2"},
    {ListExport::Format::Html, QT_TRANSLATE_NOOP("Fetchpool::Gui::ListExporter", "HTML page of links (*.html)"),
     "html"},
};

} // namespace

ListExporter::ListExporter(const DownloadModel &model, const ListSelection &selection, QMenu *fileMenu,
                           QAction *before, QWidget *window, Report report)
    : QObject(window)
    , m_model(model)
    , m_selection(selection)
    , m_window(window)
    , m_report(std::move(report))
    , m_menu(new QMenu(tr("Export &List"), window))
{
    m_menu->setObjectName(QStringLiteral("menuExportList"));
    m_all = m_menu->addAction(tr("&All Items…"), this, [this] { exportRows(Rows::All); });
    m_all->setObjectName(QStringLiteral("actionExportAll"));
    m_selected = m_menu->addAction(tr("&Selected Items…"), this, [this] { exportRows(Rows::Selected); });
    m_selected->setObjectName(QStringLiteral("actionExportSelected"));
    m_failed = m_menu->addAction(tr("&Failed Items…"), this, [this] { exportRows(Rows::Failed); });
    m_failed->setObjectName(QStringLiteral("actionExportFailed"));
    fileMenu->insertMenu(before, m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &ListExporter::updateMenu);
    updateMenu();
    m_pool.setMaxThreadCount(1);
}

ListExporter::~ListExporter()
{
    m_write.waitForFinished();
}

QVector<ExportEntry> ListExporter::entriesFor(const QVector<const DownloadItem *> &items)
{
    QVector<ExportEntry> entries;
    entries.reserve(items.size());
    for (const DownloadItem *item : items) {
        ExportEntry entry;
        entry.url = item->result.url;
        if (item->options)
            entry.options = item->options->listed;
        if (item->result.state == ItemState::Done && !item->result.filePath.isEmpty())
            entry.savedName = QFileInfo(item->result.filePath).fileName();
        entries.push_back(std::move(entry));
    }
    return entries;
}

QVector<const DownloadItem *> ListExporter::rowsOf(Rows rows) const
{
    if (rows == Rows::Selected)
        return m_selection.items();
    QVector<const DownloadItem *> items;
    for (const DownloadItem &item : m_model.items()) {
        // Failed as Retry Failed sees it: failed or stopped before the end.
        const ItemState state = item.result.state;
        if (rows == Rows::All || state == ItemState::Failed || state == ItemState::Cancelled)
            items.push_back(&item);
    }
    return items;
}

void ListExporter::updateMenu()
{
    m_all->setEnabled(m_model.rowCount() > 0);
    m_selected->setEnabled(!m_selection.ids().isEmpty());
    m_failed->setEnabled(m_model.countInState({ItemState::Failed, ItemState::Cancelled}) > 0);
}

void ListExporter::exportRows(Rows rows)
{
    if (m_write.isRunning()) {
        m_report(tr("A list is still being written."), false);
        return;
    }
    const QVector<const DownloadItem *> items = rowsOf(rows);
    if (items.isEmpty()) {
        m_report(tr("There are no such items to export."), false);
        return;
    }
    QStringList filters;
    for (const ExportType &type : ExportTypes)
        filters << tr(type.filter);
    QString filter = filters.first();
    const QString suggested = QDir(QDir::homePath()).filePath(rows == Rows::Failed ? tr("failed-downloads.txt")
                                                                                  : tr("download-list.txt"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export List"), suggested,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const ExportType &type = ExportTypes[qMax(qsizetype(0), filters.indexOf(filter))];
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(type.suffix);
    writeTo(path, type.format, rows);
}

bool ListExporter::writeTo(const QString &path, ListExport::Format format, Rows rows)
{
    if (m_write.isRunning())
        return false;
    const QVector<const DownloadItem *> items = rowsOf(rows);
    const QByteArray text = ListExport::write(entriesFor(items), format);
    const int count = int(items.size());
    disconnect(&m_write, nullptr, this, nullptr);
    connect(&m_write, &QFutureWatcherBase::finished, this, [this, path, count] {
        const QString error = m_write.result();
        if (error.isEmpty())
            m_report(tr("Exported %n item(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(path)), false);
        else
            m_report(error, true);
    });
    m_write.setFuture(QtConcurrent::run(&m_pool, [path, text] {
        QString error;
        saveFileAtomically(path, text, &error);
        return error;
    }));
    return true;
}

} // namespace Fetchpool::Gui
