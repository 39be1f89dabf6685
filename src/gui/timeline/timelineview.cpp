#include "timelineview.h"

#include "timelinetooltip.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Fetchpool::Gui {

namespace {

constexpr double ZoomStep = 1.5;
constexpr double MaxPxPerUs = 0.05;  // 50 pixels per millisecond
constexpr int HitTolerancePx = 3;
constexpr int DragThresholdPx = 4;

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
    // Only the user's own scrolling (wheel, keys, the scroll bar) triggers an action.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_revealedRun = nullptr; });
}

void TimelineView::setGroups(const QVector<TimelineGroup> &groups)
{
    // A run that was not drawn before starts at Fit (a zoom chosen for the
    // last run would show the new one's first millisecond), with its lanes
    // in view: a partial run goes below 32 lanes of the complete one.
    const auto isNew = [this](const TimelineGroup &group) {
        return std::none_of(m_groups.cbegin(), m_groups.cend(),
                            [&group](const TimelineGroup &shown) { return shown.run == group.run; });
    };
    const int newGroup = int(std::find_if(groups.cbegin(), groups.cend(), isNew) - groups.cbegin());
    const bool newRun = newGroup < groups.size();
    m_groups = groups;
    m_fit = m_fit || newRun;
    relayout();
    if (newRun) {
        horizontalScrollBar()->setValue(0);
        m_revealedRun = m_groups.at(newGroup).run;
    }
    keepRevealedRunInView();
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

void TimelineView::revealGroup(int group)
{
    // The group's caption and as many of its lanes as fit.
    QScrollBar *vertical = verticalScrollBar();
    const int top = m_layout.groupTop(group);
    const int bottom = top + qMin(chartHeight(), m_layout.captionHeight()
                                                         + m_groups.at(group).run->laneCount()
                                                                   * m_layout.laneHeight(group));
    if (top < vertical->value())
        vertical->setValue(top);
    else if (bottom > vertical->value() + chartHeight())
        vertical->setValue(bottom - chartHeight());
}

void TimelineView::keepRevealedRunInView()
{
    // The newest run stays in view while its lanes grow and the window's
    // layout changes around the chart, until the user scrolls.
    if (!m_revealedRun)
        return;
    const auto revealed = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                       [this](const TimelineGroup &group) { return group.run == m_revealedRun; });
    if (revealed == m_groups.cend())
        m_revealedRun = nullptr;
    else
        revealGroup(int(revealed - m_groups.cbegin()));
}

void TimelineView::applyRefresh()
{
    // Captions carry the live time; they are cheap to rebuild.
    for (TimelineGroup &group : m_groups)
        group.caption = TimelineRecorder::caption(*group.run);
    relayout();
    keepRevealedRunInView();
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

double TimelineView::timeAt(int x) const
{
    const int chartX = horizontalScrollBar()->value() + x - TimelinePainter::gutterWidth(font());
    return m_pxPerUs > 0 ? chartX / m_pxPerUs : 0.0;
}

int TimelineView::playheadX() const
{
    // The latest live run's "now" line, where the time grows.
    qint64 nowUs = -1;
    for (const TimelineGroup &group : m_groups) {
        if (!group.run->isFinished())
            nowUs = qMax(nowUs, group.run->nowUs());
    }
    if (nowUs < 0 || m_pxPerUs <= 0)
        return -1;
    const int x = int(std::lround(double(nowUs) * m_pxPerUs)) - horizontalScrollBar()->value();
    return x >= 0 && x < chartWidth() ? x : -1;
}

int TimelineView::zoomAnchorX(bool atMouse) const
{
    // Where the user looks: the mouse over the chart, else the live run's
    // playhead, else the middle.
    const int gutter = TimelinePainter::gutterWidth(font());
    if (atMouse && m_hoverX >= gutter && m_hoverX < viewport()->width())
        return m_hoverX - gutter;
    const int playhead = playheadX();
    return playhead >= 0 ? playhead : chartWidth() / 2;
}

void TimelineView::relayout()
{
    const int captionHeight = TimelinePainter::captionHeight(font());
    const int laneHeight = TimelineLayout::fittingLaneHeight(chartHeight(), m_groups, captionHeight,
                                                             TimelinePainter::minLaneHeight(font()));
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
    zoomAround(ZoomStep, zoomAnchorX(false));
}

void TimelineView::zoomOut()
{
    zoomAround(1.0 / ZoomStep, zoomAnchorX(false));
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
    const double anchorUs = (horizontalScrollBar()->value() + anchorX) / m_pxPerUs;
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
    frame.namer = m_namer;
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
    keepRevealedRunInView();
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

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool in = event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus;
    const bool out = event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus;
    if (!in && !out) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    zoomAround(in ? ZoomStep : 1.0 / ZoomStep, zoomAnchorX(true)); // at the mouse, when it is over the chart
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    m_hoverX = event->position().toPoint().x();
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
    if (event->type() == QEvent::Leave)
        m_hoverX = -1;
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
    if (hit.bar < 0)
        return {};
    const TimelineBar &bar = hit.run->bars().at(hit.bar);
    return TimelineToolTip::html(*hit.run, bar, m_namer ? m_namer(bar.id) : QString());
}

QRect TimelineView::barRect(int group, quint64 id) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    const TimelineBar *bar = m_groups.at(group).run->barForId(id);
    return bar ? barRect(group, *bar) : QRect();
}

QRect TimelineView::barRect(int group, const TimelineBar &bar) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    const int gutter = TimelinePainter::gutterWidth(font());
    const int top = TimelinePainter::axisHeight(font()) - verticalScrollBar()->value()
                    + m_layout.laneTop(group, bar.lane);
    const double x0 = gutter + double(bar.startUs - originUs()) * m_pxPerUs;
    const double x1 = gutter + double(bar.endOr(m_groups.at(group).run->nowUs()) - originUs()) * m_pxPerUs;
    return QRect(QPoint(int(std::floor(x0)), top),
                 QPoint(int(std::floor(qMax(x0 + 1, x1))), top + m_layout.laneHeight(group) - 1));
}

} // namespace Fetchpool::Gui
