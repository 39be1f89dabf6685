#pragma once

#include "runreport.h"

#include <QByteArray>
#include <QString>

namespace Fetchpool {

// A run report in the format asked for (JsonReport, CsvReport,
// MarkdownReport), as bytes or written to a file.
namespace ReportWriter {

// .csv -> Csv, .md/.markdown -> Markdown, anything else Json.
ReportFormat formatForPath(const QString &path);
QByteArray serialize(const RunReport &report, ReportFormat format);
// Written atomically (QSaveFile); on failure *error names the path and the reason.
bool write(const RunReport &report, const QString &path, ReportFormat format, QString *error);

} // namespace ReportWriter

} // namespace Fetchpool
