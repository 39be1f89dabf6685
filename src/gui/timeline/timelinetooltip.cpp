#include "timelinetooltip.h"

#include "list/sizetext.h"
#include "units.h"

namespace Fetchpool::Gui {

namespace {

QString duration(qint64 us)
{
    return us >= 0 ? formatDuration(us) : QStringLiteral("–");
}

// The title, the URL and the table of figures every bar's tooltip has.
class ToolTipTable
{
public:
    ToolTipTable(const QString &title, const QUrl &url)
        : m_html(title.toHtmlEscaped())
    {
        m_html = QStringLiteral("<b>%1</b>").arg(m_html);
        if (url.isValid())
            m_html += QStringLiteral("<br>%1").arg(url.toDisplayString(QUrl::RemoveUserInfo).toHtmlEscaped());
        m_html += QStringLiteral("<table>");
    }
    void row(const QString &label, const QString &value)
    {
        m_html += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

} // namespace

QString TimelineToolTip::outcome(const TimelineBar &bar)
{
    switch (bar.outcome) {
    case BarOutcome::Running:
        return bar.firstByteUs >= 0 ? tr("receiving") : tr("waiting for the response");
    case BarOutcome::Done:
        return tr("done");
    case BarOutcome::Retried:
        // A segment that ended short was not retried itself: the rest of its range was.
        return bar.isSegment() ? tr("dropped; the rest of its range was fetched again")
                               : tr("done after %n attempt(s)", nullptr, bar.attempts);
    case BarOutcome::Failed:
        return tr("failed: %1").arg(bar.error);
    case BarOutcome::Cancelled:
        return bar.isSegment() ? tr("stopped") : tr("cancelled");
    }
    return {};
}

QString TimelineToolTip::html(const RunTimeline &run, const TimelineBar &bar, QString name)
{
    if (name.isEmpty())
        name = bar.url.isValid() ? bar.url.fileName() : tr("Item %1").arg(bar.id);
    if (bar.isSegment())
        return segmentHtml(run, bar, name);
    const qint64 endUs = bar.endOr(run.nowUs());
    const qint64 firstByte = bar.firstByteUs >= 0 ? bar.firstByteUs - bar.startUs : -1;
    const qint64 body = bar.firstByteUs >= 0 ? endUs - bar.firstByteUs : -1;

    ToolTipTable table(name, bar.url);
    table.row(tr("Worker"), QString::number(bar.lane + 1));
    table.row(tr("Queued → start"), duration(bar.startUs));
    table.row(tr("First byte after"), duration(firstByte));
    table.row(tr("Body"), duration(body));
    table.row(tr("Total"), duration(endUs - bar.startUs));
    table.row(tr("Bytes"), SizeText::size(bar.bytes));
    if (bar.segments > 0)
        table.row(tr("Segments"), tr("%n segment(s)", nullptr, bar.segments) + QStringLiteral(", ")
                                          + tr("%n worker(s)", nullptr, bar.segmentWorkers));
    if (bar.attempts > 1)
        table.row(tr("Attempts"), QString::number(bar.attempts));
    table.row(tr("Outcome"), outcome(bar));
    return table.html();
}

// A helper's segment: which bytes of which file, how fast, and how it ended.
QString TimelineToolTip::segmentHtml(const RunTimeline &run, const TimelineBar &bar, const QString &name)
{
    const qint64 tookUs = bar.endOr(run.nowUs()) - bar.startUs;
    ToolTipTable table(tr("Segment of %1").arg(name), bar.url);
    //: A range of bytes in a file, such as "128.0 MiB – 160.0 MiB".
    table.row(tr("Bytes of the file"), tr("%1 – %2").arg(SizeText::size(bar.segmentOffset),
                                                        SizeText::size(bar.segmentOffset + bar.segmentLength)));
    table.row(tr("Worker"), QString::number(bar.lane + 1));
    table.row(tr("Started at"), duration(bar.startUs));
    table.row(tr("Took"), duration(tookUs));
    table.row(tr("Received"), tr("%1 of %2").arg(SizeText::size(bar.bytes), SizeText::size(bar.segmentLength)));
    if (tookUs > 0)
        table.row(tr("Rate"), SizeText::rate(double(bar.bytes) * 1e6 / double(tookUs)));
    table.row(tr("Outcome"), outcome(bar));
    return table.html();
}

} // namespace Fetchpool::Gui
