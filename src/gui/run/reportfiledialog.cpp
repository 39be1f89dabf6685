#include "run/reportfiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Fetchpool::Gui {

namespace {

struct FileType
{
    ReportFormat format;
    const char *filter; // translated when shown
    QLatin1String suffix;
};

// In the dialog's order: CSV, the default, first.
const FileType FileTypes[] = {
    {ReportFormat::Csv, QT_TRANSLATE_NOOP("Fetchpool::Gui::ReportFileDialog", "CSV, one row per item (*.csv)"),
     QLatin1String("csv")},
    {ReportFormat::Json,
     QT_TRANSLATE_NOOP("Fetchpool::Gui::ReportFileDialog", "JSON, the run and every item (*.json)"),
     QLatin1String("json")},
    {ReportFormat::Markdown, QT_TRANSLATE_NOOP("Fetchpool::Gui::ReportFileDialog", "Markdown summary (*.md)"),
     QLatin1String("md")},
};

const FileType &fileTypeOf(ReportFormat format)
{
    for (const FileType &type : FileTypes) {
        if (type.format == format)
            return type;
    }
    return FileTypes[0];
}

} // namespace

std::optional<ReportFileDialog::Choice> ReportFileDialog::ask(QWidget *parent, const QString &folder)
{
    QStringList filters;
    for (const FileType &type : FileTypes)
        filters << tr(type.filter);
    QString filter = filters.first();
    const QString path = QFileDialog::getSaveFileName(
            parent, tr("Export Report"), QDir(folder).filePath(QStringLiteral("fetchpool-report.csv")),
            filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return std::nullopt;
    Choice choice;
    choice.format = formatFor(filter);
    choice.path = QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffixFor(choice.format) : path;
    return choice;
}

ReportFormat ReportFileDialog::formatFor(const QString &filter)
{
    for (const FileType &type : FileTypes) {
        if (filter == tr(type.filter))
            return type.format;
    }
    return ReportFormat::Csv;
}

QString ReportFileDialog::suffixFor(ReportFormat format)
{
    return fileTypeOf(format).suffix;
}

} // namespace Fetchpool::Gui
