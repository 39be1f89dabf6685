#include "timelineview.h"

#include "list/sizetext.h"
#include "units.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Fetchpool::Gui {

namespace {

constexpr double ZoomStep = 1.5;
constexpr double MaxPxPerUs = 0.05;  // 50 pixels per millisecond
constexpr double EndMargin = 1.02;   // a little room after the longest run
constexpr int HitTolerancePx = 3;
constexpr int DragThresholdPx = 4;

QString duration(qint64 us)
{
    return us >= 0 ? formatDuration(us) : QStringLiteral("–");
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(120);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TimelineView::applyRefresh);
}

void TimelineView::setGroups(const QVector<TimelineGroup> &groups)
{
    m_groups = groups;
    relayout();
    viewport()->update();
}

void TimelineView::refresh()
{
    if (m_refreshTimer.isActive())
        return;
    // Painting takes at most an eighth of the UI thread's time, whatever the size of the run.
    const qint64 paintBudgetMs = m_lastPaintUs * 8 / 1000;
    m_refreshTimer.start(int(qMax<qint64>(RefreshMinMs, paintBudgetMs)));
}

void TimelineView::applyRefresh()
{
    // Captions carry the live time; they are cheap to rebuild.
    for (TimelineGroup &group : m_groups)
        group.caption = TimelineRecorder::caption(*group.run);
    relayout();
    viewport()->update();
}

void TimelineView::setHighlightedItem(quint64 id)
{
    m_highlightId = id;
    m_highlight = true;
    viewport()->update();
}

qint64 TimelineView::longestUs() const
{
    qint64 longest = 1000;
    for (const TimelineGroup &group : m_groups)
        longest = qMax(longest, group.run->nowUs());
    return longest;
}

int TimelineView::chartWidth() const
{
    return qMax(1, viewport()->width() - TimelinePainter::gutterWidth(font()));
}

int TimelineView::chartHeight() const
{
    return qMax(1, viewport()->height() - TimelinePainter::axisHeight(font()));
}

double TimelineView::fitScale() const
{
    return double(chartWidth()) / (double(longestUs()) * EndMargin);
}

qint64 TimelineView::originUs() const
{
    return m_pxPerUs > 0 ? qint64(horizontalScrollBar()->value() / m_pxPerUs) : 0;
}

void TimelineView::relayout()
{
    const int captionHeight = TimelinePainter::captionHeight(font());
    const int laneHeight = TimelineLayout::fittingLaneHeight(chartHeight(), m_groups, captionHeight);
    m_layout = TimelineLayout(m_groups, captionHeight, laneHeight);

    const double fit = fitScale();
    if (m_fit || m_pxPerUs < fit)
        m_pxPerUs = fit;
    const int contentWidth = int(std::ceil(double(longestUs()) * EndMargin * m_pxPerUs));
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, qMax(0, contentWidth - chartWidth()));
    horizontal->setPageStep(chartWidth());
    horizontal->setSingleStep(qMax(1, chartWidth() / 20));
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, qMax(0, m_layout.height() - chartHeight()));
    vertical->setPageStep(chartHeight());
    vertical->setSingleStep(qMax(1, laneHeight * 3));
}

void TimelineView::zoomIn()
{
    zoomAround(ZoomStep, chartWidth() / 2);
}

void TimelineView::zoomOut()
{
    zoomAround(1.0 / ZoomStep, chartWidth() / 2);
}

void TimelineView::fitToWidth()
{
    m_fit = true;
    relayout();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT zoomChanged();
}

void TimelineView::zoomAround(double factor, int anchorX)
{
    if (m_pxPerUs <= 0)
        return;
    const double anchorUs = double(originUs()) + anchorX / m_pxPerUs;
    const double fit = fitScale();
    m_pxPerUs = qBound(fit, m_pxPerUs * factor, qMax(fit, MaxPxPerUs));
    m_fit = m_pxPerUs <= fit;
    relayout();
    horizontalScrollBar()->setValue(int(std::lround(anchorUs * m_pxPerUs)) - anchorX);
    viewport()->update();
    Q_EMIT zoomChanged();
}

TimelinePainter::Frame TimelineView::frame(const QRect &rect, int scrollY, const TimelineLayout &layout) const
{
    TimelinePainter::Frame frame;
    frame.rect = rect;
    frame.gutter = TimelinePainter::gutterWidth(font());
    frame.axisHeight = TimelinePainter::axisHeight(font());
    frame.pxPerUs = m_groups.isEmpty() ? 0 : m_pxPerUs; // no run, no time scale: no axis, no grid
    frame.originUs = originUs();
    frame.scrollY = scrollY;
    frame.layout = layout;
    frame.highlightId = m_highlightId;
    frame.highlight = m_highlight;
    return frame;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QElapsedTimer clock;
    clock.start();
    QPainter painter(viewport());
    const TimelinePainter timelinePainter(m_groups, palette(), font());
    timelinePainter.paint(painter, frame(viewport()->rect(), verticalScrollBar()->value(), m_layout));
    if (m_groups.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter,
                         tr("No run yet. Press Start in Sequential, then in Parallel: "
                            "both runs appear here, one above the other, on one time scale."));
    }
    m_lastPaintUs = clock.nsecsElapsed() / 1000;
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            const int anchorX = int(event->position().x()) - TimelinePainter::gutterWidth(font());
            zoomAround(std::pow(ZoomStep, steps), qMax(0, anchorX));
        }
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        QCoreApplication::sendEvent(horizontalScrollBar(), event);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPosition = event->position().toPoint();
    m_dragOrigin = horizontalScrollBar()->value();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    // Dragging pans the time axis.
    if ((event->buttons() & Qt::LeftButton) && m_dragOrigin >= 0) {
        const int dx = event->position().toPoint().x() - m_pressPosition.x();
        if (std::abs(dx) >= DragThresholdPx) {
            viewport()->setCursor(Qt::ClosedHandCursor);
            horizontalScrollBar()->setValue(m_dragOrigin - dx);
        }
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    viewport()->unsetCursor();
    const QPoint position = event->position().toPoint();
    const bool click = (position - m_pressPosition).manhattanLength() < DragThresholdPx;
    m_dragOrigin = -1;
    event->accept();
    if (!click)
        return;
    if (const quint64 id = itemAt(position)) {
        setHighlightedItem(id);
        Q_EMIT itemClicked(id);
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

TimelineView::Hit TimelineView::hitAt(const QPoint &position) const
{
    const int gutter = TimelinePainter::gutterWidth(font());
    const int axis = TimelinePainter::axisHeight(font());
    if (position.x() < gutter || position.y() < axis || m_pxPerUs <= 0)
        return {};
    const TimelineLayout::Row row = m_layout.rowAt(position.y() - axis + verticalScrollBar()->value());
    if (row.group < 0 || row.lane < 0)
        return {};
    const RunTimeline &run = *m_groups.at(row.group).run;
    const qint64 us = originUs() + qint64((position.x() - gutter) / m_pxPerUs);
    const qint64 tolerance = qint64(HitTolerancePx / m_pxPerUs);
    return {&run, run.barAt(row.lane, us, tolerance)};
}

quint64 TimelineView::itemAt(const QPoint &position) const
{
    const Hit hit = hitAt(position);
    return hit.bar >= 0 ? hit.run->bars().at(hit.bar).id : 0;
}

QString TimelineView::toolTipAt(const QPoint &position) const
{
    const Hit hit = hitAt(position);
    return hit.bar >= 0 ? toolTipFor(*hit.run, hit.run->bars().at(hit.bar)) : QString();
}

QRect TimelineView::barRect(int group, quint64 id) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    const TimelineBar *bar = m_groups.at(group).run->barForId(id);
    if (!bar)
        return {};
    const int gutter = TimelinePainter::gutterWidth(font());
    const int top = TimelinePainter::axisHeight(font()) - verticalScrollBar()->value()
                    + m_layout.laneTop(group, bar->lane);
    const double x0 = gutter + double(bar->startUs - originUs()) * m_pxPerUs;
    const double x1 = gutter + double(bar->endOr(m_groups.at(group).run->nowUs()) - originUs()) * m_pxPerUs;
    return QRect(QPoint(int(std::floor(x0)), top),
                 QPoint(int(std::floor(qMax(x0 + 1, x1))), top + m_layout.laneHeight(group) - 1));
}

QString TimelineView::toolTipFor(const RunTimeline &run, const TimelineBar &bar) const
{
    QString name = m_namer ? m_namer(bar.id) : QString();
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
    if (bar.attempts > 1)
        row(tr("Attempts"), QString::number(bar.attempts));
    row(tr("Outcome"), outcome);
    html += QStringLiteral("</table>");
    return html;
}

QSize TimelineView::exportSize(int width) const
{
    const TimelinePainter painter(m_groups, palette(), font());
    const int laneHeight = qMax(m_layout.laneHeight(), 4);
    const TimelineLayout layout(m_groups, TimelinePainter::captionHeight(font()), laneHeight);
    return {width, TimelinePainter::axisHeight(font()) + layout.height() + painter.legendSize().height() + 8};
}

void TimelineView::paintForExport(QPainter &painter, const QSize &size) const
{
    const TimelinePainter timelinePainter(m_groups, palette(), font());
    const int laneHeight = qMax(m_layout.laneHeight(), 4);
    const TimelineLayout layout(m_groups, TimelinePainter::captionHeight(font()), laneHeight);
    const int legendHeight = timelinePainter.legendSize().height() + 8;
    TimelinePainter::Frame whole = frame(QRect(0, 0, size.width(), size.height() - legendHeight), 0, layout);
    whole.originUs = 0;
    whole.pxPerUs = double(size.width() - whole.gutter) / (double(longestUs()) * EndMargin);
    whole.highlight = false;
    timelinePainter.paint(painter, whole);
    painter.fillRect(QRect(0, size.height() - legendHeight, size.width(), legendHeight), palette().color(QPalette::Window));
    timelinePainter.paintLegend(painter, QPoint(whole.gutter, size.height() - legendHeight + 4));
}

} // namespace Fetchpool::Gui
