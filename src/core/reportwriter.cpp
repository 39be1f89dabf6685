#include "reportwriter.h"

#include "atomicfile.h"
#include "csvreport.h"
#include "jsonreport.h"
#include "markdownreport.h"

#include <QFileInfo>

namespace Fetchpool::ReportWriter {

ReportFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    return ReportFormat::Json;
}

QByteArray serialize(const RunReport &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json: return JsonReport::serialize(report);
    case ReportFormat::Csv: return CsvReport::serialize(report);
    case ReportFormat::Markdown: return MarkdownReport::text(report).toUtf8();
    }
    return {};
}

bool write(const RunReport &report, const QString &path, ReportFormat format, QString *error)
{
    return saveFileAtomically(path, serialize(report, format), error);
}

} // namespace Fetchpool::ReportWriter
