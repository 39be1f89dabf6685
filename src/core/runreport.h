#pragma once

#include "downloadtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace Fetchpool {

// The files a run report is written as (ReportWriter).
enum class ReportFormat { Json, Csv, Markdown };

// Where one item's time went. All items are queued when the run starts, so
// the time an item waited in the queue is its start time.
struct ItemTiming
{
    qint64 queuedUs = -1;    // run start -> a worker picked it up
    qint64 firstByteUs = -1; // picked up -> response headers of the final attempt
    qint64 bodyUs = -1;      // response headers -> the end
    double bytesPerSecond = 0; // body bytes over body time; 0 when unknown

    static ItemTiming of(const ItemResult &item);
};

// Everything measured about one finished run: what the CLI writes with
// --report and what the window exports. The formats are written by
// JsonReport, CsvReport and MarkdownReport, chosen by ReportWriter; none of
// them ever shows credentials (credentials.h).
struct RunReport
{
    QDateTime startedAt;
    int workers = 0;
    int maxPerHost = 0;
    qint64 wallUs = 0;
    RunProgress totals;
    QVector<ItemResult> items; // in job order

    double bytesPerSecond() const;
};

} // namespace Fetchpool
