#include "runreport.h"

#include "csvreport.h"
#include "jsonreport.h"
#include "markdownreport.h"
#include "reportwriter.h"

namespace Fetchpool {

ItemTiming ItemTiming::of(const ItemResult &item)
{
    ItemTiming timing;
    timing.queuedUs = item.startUs;
    if (item.startUs >= 0 && item.firstByteUs >= item.startUs)
        timing.firstByteUs = item.firstByteUs - item.startUs;
    if (item.firstByteUs >= 0 && item.endUs >= item.firstByteUs)
        timing.bodyUs = item.endUs - item.firstByteUs;
    if (timing.bodyUs > 0 && item.bytes > 0)
        timing.bytesPerSecond = double(item.bytes) * 1e6 / double(timing.bodyUs);
    return timing;
}

double RunReport::bytesPerSecond() const
{
    return wallUs > 0 ? double(totals.bytes) * 1e6 / double(wallUs) : 0.0;
}

QJsonObject RunReport::toJson() const
{
    return JsonReport::toJson(*this);
}

QByteArray RunReport::toCsv() const
{
    return CsvReport::serialize(*this);
}

QString RunReport::toMarkdown() const
{
    return MarkdownReport::text(*this);
}

QByteArray RunReport::serialized(Format format) const
{
    return ReportWriter::serialize(*this, format);
}

bool RunReport::write(const QString &path, Format format, QString *error) const
{
    return ReportWriter::write(*this, path, format, error);
}

RunReport::Format RunReport::formatForPath(const QString &path)
{
    return ReportWriter::formatForPath(path);
}

QStringList RunReport::csvHeader()
{
    return CsvReport::header();
}

} // namespace Fetchpool
