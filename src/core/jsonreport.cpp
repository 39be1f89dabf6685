#include "jsonreport.h"

#include "credentials.h"
#include "machinesummary.h"
#include "runreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Fetchpool::JsonReport {

namespace {

// The item as JSON with the timing breakdown, and without credentials.
QJsonObject itemJson(const ItemResult &item)
{
    QJsonObject json = item.toJson();
    json.insert(QStringLiteral("url"), reportUrl(item.url));
    if (json.contains(QStringLiteral("finalUrl")))
        json.insert(QStringLiteral("finalUrl"), reportUrl(item.finalUrl));
    if (item.error.isError() || !item.error.message.isEmpty()) {
        QJsonObject error = json.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("message"), withoutCredentials(item.error.message, item.url));
        json.insert(QStringLiteral("error"), error);
    }
    if (json.contains(QStringLiteral("attemptHistory"))) {
        QJsonArray attempts = json.value(QStringLiteral("attemptHistory")).toArray();
        for (qsizetype i = 0; i < attempts.size(); ++i) {
            QJsonObject attempt = attempts.at(i).toObject();
            if (!attempt.contains(QStringLiteral("error")))
                continue;
            QJsonObject error = attempt.value(QStringLiteral("error")).toObject();
            error.insert(QStringLiteral("message"),
                         withoutCredentials(item.attemptHistory.at(i).error.message, item.url));
            attempt.insert(QStringLiteral("error"), error);
            attempts.replace(i, attempt);
        }
        json.insert(QStringLiteral("attemptHistory"), attempts);
    }
    const ItemTiming timing = ItemTiming::of(item);
    json.insert(QStringLiteral("queuedUs"), timing.queuedUs);
    json.insert(QStringLiteral("timeToFirstByteUs"), timing.firstByteUs);
    json.insert(QStringLiteral("bodyUs"), timing.bodyUs);
    json.insert(QStringLiteral("bodyBytesPerSecond"), timing.bytesPerSecond);
    return json;
}

} // namespace

QJsonObject toJson(const RunReport &report)
{
    QJsonArray itemArray;
    for (const ItemResult &item : report.items)
        itemArray.append(itemJson(item));
    return QJsonObject{
        {QStringLiteral("startedAt"), report.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("workers"), report.workers},
        {QStringLiteral("maxPerHost"), report.maxPerHost},
        {QStringLiteral("wallUs"), report.wallUs},
        {QStringLiteral("total"), report.totals.total},
        {QStringLiteral("done"), report.totals.done},
        {QStringLiteral("failed"), report.totals.failed},
        {QStringLiteral("cancelled"), report.totals.cancelled},
        {QStringLiteral("bytes"), report.totals.bytes},
        {QStringLiteral("bytesPerSecond"), report.bytesPerSecond()},
        {QStringLiteral("machine"), machineSummary()},
        {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
        {QStringLiteral("items"), itemArray},
    };
}

QByteArray serialize(const RunReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace Fetchpool::JsonReport
