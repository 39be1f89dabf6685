#include "markdownreport.h"

#include "credentials.h"
#include "machinesummary.h"
#include "runreport.h"
#include "units.h"

#include <algorithm>

namespace Fetchpool::MarkdownReport {

namespace {

constexpr int ListedFailures = 10;

// The value below which `share` of the sorted values lie (nearest rank).
qint64 percentile(const QVector<qint64> &sorted, double share)
{
    if (sorted.isEmpty())
        return -1;
    const auto rank = qsizetype(share * double(sorted.size() - 1) + 0.5);
    return sorted.at(qBound(qsizetype(0), rank, sorted.size() - 1));
}

QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString durationOrDash(qint64 us)
{
    return us >= 0 ? formatDuration(us) : QStringLiteral("–");
}

void appendSettingsAndOutcome(const RunReport &report, int mismatches, QString &md)
{
    md += QStringLiteral("| | |\n| --- | --- |\n");
    auto row = [&md](const QString &name, const QString &value) {
        md += QStringLiteral("| %1 | %2 |\n").arg(name, cell(value));
    };
    const RunProgress &totals = report.totals;
    row(QStringLiteral("Started"), report.startedAt.toString(Qt::ISODate));
    row(QStringLiteral("Machine"), machineDescription());
    row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    row(QStringLiteral("Workers"), QString::number(report.workers));
    row(QStringLiteral("Per-host cap"),
        report.maxPerHost > 0 ? QString::number(report.maxPerHost) : QStringLiteral("none"));
    row(QStringLiteral("Wall time"), formatDuration(report.wallUs));
    row(QStringLiteral("Items"), QStringLiteral("%1 total · %2 done · %3 failed · %4 cancelled")
                                         .arg(totals.total)
                                         .arg(totals.done)
                                         .arg(totals.failed)
                                         .arg(totals.cancelled));
    row(QStringLiteral("Received"),
        QStringLiteral("%1 (%2)").arg(formatBytes(totals.bytes), formatRate(report.bytesPerSecond())));
    if (mismatches > 0)
        row(QStringLiteral("Content mismatches"), QString::number(mismatches));
    // What the existing-file policy did, when it did anything.
    int existing[4] = {};
    for (const ItemResult &item : report.items)
        ++existing[int(item.existing)];
    if (existing[int(ExistingOutcome::Skipped)] + existing[int(ExistingOutcome::Unchanged)]
                + existing[int(ExistingOutcome::Updated)] > 0) {
        row(QStringLiteral("Existing files"),
            QStringLiteral("%1 skipped · %2 unchanged · %3 updated")
                    .arg(existing[int(ExistingOutcome::Skipped)])
                    .arg(existing[int(ExistingOutcome::Unchanged)])
                    .arg(existing[int(ExistingOutcome::Updated)]));
    }
}

void appendTimings(const RunReport &report, QString &md)
{
    QVector<qint64> queued, firstByte, body;
    for (const ItemResult &item : report.items) {
        if (item.state != ItemState::Done)
            continue;
        const ItemTiming timing = ItemTiming::of(item);
        queued << timing.queuedUs;
        firstByte << timing.firstByteUs;
        body << timing.bodyUs;
    }
    for (QVector<qint64> *values : {&queued, &firstByte, &body}) {
        values->removeAll(-1);
        std::sort(values->begin(), values->end());
    }
    if (firstByte.isEmpty())
        return;
    md += QStringLiteral("\n## Where the time went (done items)\n\n"
                         "| | median | 90th percentile | max |\n| --- | --- | --- | --- |\n");
    auto timingRow = [&md](const QString &name, const QVector<qint64> &sorted) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(name, durationOrDash(percentile(sorted, 0.5)), durationOrDash(percentile(sorted, 0.9)),
                           durationOrDash(sorted.isEmpty() ? -1 : sorted.last()));
    };
    timingRow(QStringLiteral("Queued"), queued);
    timingRow(QStringLiteral("Time to first byte"), firstByte);
    timingRow(QStringLiteral("Body"), body);
}

void appendFailures(const RunReport &report, QString &md)
{
    int listed = 0;
    for (const ItemResult &item : report.items) {
        if (item.state != ItemState::Failed)
            continue;
        if (listed == 0)
            md += QStringLiteral("\n## Failures\n\n");
        if (listed == ListedFailures) {
            md += QStringLiteral("- … and %1 more (see the CSV or JSON report)\n").arg(report.totals.failed - listed);
            break;
        }
        md += QStringLiteral("- `%1`: %2\n").arg(reportUrl(item.url), withoutCredentials(item.error.message, item.url));
        ++listed;
    }
}

} // namespace

QString text(const RunReport &report)
{
    const int mismatches = int(std::count_if(report.items.cbegin(), report.items.cend(),
                                             [](const ItemResult &item) { return !item.contentMismatch.isEmpty(); }));
    QString md = QStringLiteral("# Fetchpool run report\n\n");
    appendSettingsAndOutcome(report, mismatches, md);
    appendTimings(report, md);
    appendFailures(report, md);
    return md;
}

} // namespace Fetchpool::MarkdownReport
