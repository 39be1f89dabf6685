#include "timelinetooltip.h"

#include "list/sizetext.h"
#include "units.h"

namespace Fetchpool::Gui {

namespace {

QString duration(qint64 us)
{
    return us >= 0 ? formatDuration(us) : QStringLiteral("–");
}

} // namespace

QString TimelineToolTip::html(const RunTimeline &run, const TimelineBar &bar, QString name)
{
    if (name.isEmpty())
        name = bar.url.isValid() ? bar.url.fileName() : tr("Item %1").arg(bar.id);
    QString outcome;
    switch (bar.outcome) {
    case BarOutcome::Running:
        outcome = bar.firstByteUs >= 0 ? tr("receiving") : tr("waiting for the response");
        break;
    case BarOutcome::Done:
        outcome = tr("done");
        break;
    case BarOutcome::Retried:
        outcome = tr("done after %n attempt(s)", nullptr, bar.attempts);
        break;
    case BarOutcome::Failed:
        outcome = tr("failed: %1").arg(bar.error);
        break;
    case BarOutcome::Cancelled:
        outcome = tr("cancelled");
        break;
    }
    if (bar.isSegment())
        return segmentHtml(run, bar, name);
    const qint64 endUs = bar.endOr(run.nowUs());
    const qint64 firstByte = bar.firstByteUs >= 0 ? bar.firstByteUs - bar.startUs : -1;
    const qint64 body = bar.firstByteUs >= 0 ? endUs - bar.firstByteUs : -1;

    QString html = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    if (bar.url.isValid())
        html += QStringLiteral("<br>%1").arg(bar.url.toDisplayString(QUrl::RemoveUserInfo).toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Worker"), QString::number(bar.lane + 1));
    row(tr("Queued → start"), duration(bar.startUs));
    row(tr("First byte after"), duration(firstByte));
    row(tr("Body"), duration(body));
    row(tr("Total"), duration(endUs - bar.startUs));
    row(tr("Bytes"), SizeText::size(bar.bytes));
    if (bar.segments > 0)
        row(tr("Segments"), tr("%n segment(s)", nullptr, bar.segments) + QStringLiteral(", ")
                                    + tr("%n worker(s)", nullptr, bar.segmentWorkers));
    if (bar.attempts > 1)
        row(tr("Attempts"), QString::number(bar.attempts));
    row(tr("Outcome"), outcome);
    html += QStringLiteral("</table>");
    return html;
}

// A helper's segment: which bytes of which file, how fast, and how it ended.
QString TimelineToolTip::segmentHtml(const RunTimeline &run, const TimelineBar &bar, const QString &name)
{
    QString outcome;
    switch (bar.outcome) {
    case BarOutcome::Running:
        outcome = tr("receiving");
        break;
    case BarOutcome::Done:
        outcome = tr("done");
        break;
    case BarOutcome::Retried:
        outcome = tr("dropped; the rest of its range was fetched again");
        break;
    case BarOutcome::Failed:
        outcome = tr("failed: %1").arg(bar.error);
        break;
    case BarOutcome::Cancelled:
        outcome = tr("stopped");
        break;
    }
    const qint64 tookUs = bar.endOr(run.nowUs()) - bar.startUs;
    QString html = tr("<b>Segment of %1</b>").arg(name.toHtmlEscaped());
    if (bar.url.isValid())
        html += QStringLiteral("<br>%1").arg(bar.url.toDisplayString(QUrl::RemoveUserInfo).toHtmlEscaped());
    html += QStringLiteral("<table>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    //: A range of bytes in a file, such as "128.0 MiB – 160.0 MiB".
    row(tr("Bytes of the file"), tr("%1 – %2").arg(SizeText::size(bar.segmentOffset),
                                                  SizeText::size(bar.segmentOffset + bar.segmentLength)));
    row(tr("Worker"), QString::number(bar.lane + 1));
    row(tr("Started at"), duration(bar.startUs));
    row(tr("Took"), duration(tookUs));
    row(tr("Received"), tr("%1 of %2").arg(SizeText::size(bar.bytes), SizeText::size(bar.segmentLength)));
    if (tookUs > 0)
        row(tr("Rate"), SizeText::rate(double(bar.bytes) * 1e6 / double(tookUs)));
    row(tr("Outcome"), outcome);
    html += QStringLiteral("</table>");
    return html;
}

} // namespace Fetchpool::Gui
