#include "csvreport.h"

#include "credentials.h"
#include "csvline.h"
#include "runreport.h"

namespace Fetchpool::CsvReport {

namespace {

QString microseconds(qint64 us)
{
    return us >= 0 ? QString::number(us) : QString();
}

} // namespace

QStringList header()
{
    return {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("state"),
            QStringLiteral("httpStatus"), QStringLiteral("bytes"), QStringLiteral("attempts"),
            QStringLiteral("worker"), QStringLiteral("queuedUs"), QStringLiteral("timeToFirstByteUs"),
            QStringLiteral("bodyUs"), QStringLiteral("bodyBytesPerSecond"), QStringLiteral("file"),
            QStringLiteral("mimeType"), QStringLiteral("detectedMimeType"),
            QStringLiteral("contentMismatch"), QStringLiteral("error"), QStringLiteral("existing"),
            QStringLiteral("verified"), // appended: the file matched its checksum
            QStringLiteral("servedBy")}; // appended: the URI (or mirror) that served the file
}

QByteArray serialize(const RunReport &report)
{
    QByteArray csv = csvLine(header());
    for (const ItemResult &item : report.items) {
        const ItemTiming timing = ItemTiming::of(item);
        csv += csvLine({QString::number(item.id), reportUrl(item.url), stateName(item.state),
                        item.httpStatus ? QString::number(item.httpStatus) : QString(),
                        QString::number(item.bytes), QString::number(item.attempts),
                        item.worker >= 0 ? QString::number(item.worker) : QString(),
                        microseconds(timing.queuedUs), microseconds(timing.firstByteUs),
                        microseconds(timing.bodyUs),
                        timing.bytesPerSecond > 0 ? QString::number(qint64(timing.bytesPerSecond)) : QString(),
                        item.filePath, item.mimeType, item.detectedMimeType, item.contentMismatch,
                        withoutCredentials(item.error.message, item.url),
                        item.existing != ExistingOutcome::None ? existingOutcomeName(item.existing) : QString(),
                        item.verified ? QStringLiteral("yes") : QString(),
                        item.servedBy.isValid() ? reportUrl(item.servedBy) : QString()});
    }
    return csv;
}

} // namespace Fetchpool::CsvReport
