#include "timelinepainter.h"

#include "app/colorblend.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Fetchpool::Gui {

namespace {

constexpr int MinTickSpacingPx = 90;

QString translate(const char *text)
{
    return QCoreApplication::translate("Fetchpool::Gui::TimelinePainter", text);
}

struct LegendEntry
{
    BarOutcome outcome;
    const char *text;
};

const LegendEntry LegendEntries[] = {
    {BarOutcome::Done, QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "Done")},
    {BarOutcome::Retried, QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "Retried")},
    {BarOutcome::Failed, QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "Failed")},
    {BarOutcome::Cancelled, QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "Cancelled")},
    {BarOutcome::Running, QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "Running")},
};

// The split every bar shows: faded while waiting for the first byte, solid while receiving.
const char *const LegendSplit = QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "waiting | receiving");
// A bar with an outline: a segment of a file that another worker picked up.
const char *const LegendSegment = QT_TRANSLATE_NOOP("Fetchpool::Gui::TimelinePainter", "segment");

constexpr int LabelPaddingPx = 3;
constexpr int MinLabelPixels = 9;

} // namespace

TimelineLayout::TimelineLayout(const QVector<TimelineGroup> &groups, int captionHeight, int laneHeight)
    : m_captionHeight(captionHeight)
    , m_laneHeight(laneHeight)
{
    int y = 0;
    for (const TimelineGroup &group : groups) {
        const int lanes = group.run->laneCount();
        const int height = lanes > 0 ? qMax(laneHeight, qMin(MaxLaneHeight, MinGroupBodyHeight / lanes)) : laneHeight;
        m_groupTops.push_back(y);
        m_laneCounts.push_back(lanes);
        m_laneHeights.push_back(height);
        y += captionHeight + lanes * height;
    }
    m_height = y;
}

TimelineLayout::Row TimelineLayout::rowAt(int y) const
{
    Row row;
    for (int group = groupCount() - 1; group >= 0; --group) {
        if (y < m_groupTops.at(group))
            continue;
        const int inGroup = y - m_groupTops.at(group);
        if (inGroup < m_captionHeight)
            return {group, -1};
        const int lane = (inGroup - m_captionHeight) / qMax(1, m_laneHeights.at(group));
        if (lane < m_laneCounts.at(group))
            return {group, lane};
        return row;
    }
    return row;
}

int TimelineLayout::fittingLaneHeight(int available, const QVector<TimelineGroup> &groups, int captionHeight,
                                      int minHeight)
{
    for (int height = qMax(MaxLaneHeight, minHeight); height > minHeight; --height) {
        if (TimelineLayout(groups, captionHeight, height).height() <= available)
            return height;
    }
    return minHeight;
}

TimelinePainter::TimelinePainter(const QVector<TimelineGroup> &groups, const QPalette &palette, const QFont &font)
    : m_groups(groups)
    , m_palette(palette)
    , m_font(font)
{
}

QColor TimelinePainter::colorFor(BarOutcome outcome)
{
    switch (outcome) {
    case BarOutcome::Running:
        return QColor(0x2f, 0x7f, 0xd0);
    case BarOutcome::Done:
        return QColor(0x2e, 0x9d, 0x5b);
    case BarOutcome::Retried:
        return QColor(0xd9, 0x90, 0x1a);
    case BarOutcome::Failed:
        return QColor(0xd4, 0x3f, 0x3a);
    case BarOutcome::Cancelled:
        return QColor(0x8c, 0x8c, 0x8c);
    }
    return QColor(Qt::black);
}

QColor TimelinePainter::waitingColorFor(BarOutcome outcome, const QColor &background)
{
    return blend(colorFor(outcome), background, 0.5);
}

QColor TimelinePainter::segmentOutlineFor(BarOutcome outcome)
{
    return colorFor(outcome).darker(170);
}

int TimelinePainter::gutterWidth(const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(QStringLiteral("W256")) + 10;
}

int TimelinePainter::axisHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 8;
}

int TimelinePainter::captionHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 6;
}

int TimelinePainter::minLaneHeight(const QFont &font)
{
    return QFontMetrics(font).height();
}

qint64 TimelinePainter::tickStepUs(double pxPerUs)
{
    // 1, 2, 5 × 10^k µs: the smallest step whose ticks stay readable apart.
    for (qint64 decade = 1; decade <= 1'000'000'000'000LL; decade *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = decade * factor;
            if (double(step) * pxPerUs >= MinTickSpacingPx)
                return step;
        }
    }
    return 1'000'000'000'000LL;
}

QString TimelinePainter::tickLabel(qint64 us, qint64 stepUs)
{
    if (stepUs >= 1'000'000)
        return tr("%1 s").arg(us / 1'000'000);
    if (stepUs >= 100'000)
        return tr("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
    if (stepUs >= 10'000)
        return tr("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
    if (stepUs >= 1'000)
        return tr("%1 ms").arg(us / 1'000);
    return tr("%1 ms").arg(double(us) / 1e3, 0, 'f', 1);
}

void TimelinePainter::paint(QPainter &painter, const Frame &frame) const
{
    painter.save();
    painter.setFont(m_font);
    painter.fillRect(frame.rect, m_palette.color(QPalette::Base));
    const QRect chart(frame.rect.left(), frame.rect.top() + frame.axisHeight, frame.rect.width(),
                      frame.rect.height() - frame.axisHeight);
    painter.setClipRect(chart);
    paintGrid(painter, frame, chart);
    for (int group = 0; group < m_groups.size(); ++group)
        paintGroup(painter, frame, chart, group);
    painter.setClipRect(frame.rect);
    paintAxis(painter, frame);
    painter.restore();
}

void TimelinePainter::paintAxis(QPainter &painter, const Frame &frame) const
{
    const QRect axis(frame.rect.left(), frame.rect.top(), frame.rect.width(), frame.axisHeight);
    painter.fillRect(axis, m_palette.color(QPalette::Window));
    painter.setPen(m_palette.color(QPalette::Mid));
    painter.drawLine(axis.bottomLeft(), axis.bottomRight());
    if (frame.pxPerUs <= 0)
        return;

    const int left = frame.rect.left() + frame.gutter;
    const qint64 step = tickStepUs(frame.pxPerUs);
    const qint64 firstTick = (qMax<qint64>(0, frame.originUs) / step) * step;
    const qint64 lastUs = frame.originUs + qint64((frame.rect.right() - left) / frame.pxPerUs);
    painter.setPen(m_palette.color(QPalette::WindowText));
    for (qint64 tick = firstTick; tick <= lastUs; tick += step) {
        const int x = left + int(std::lround(double(tick - frame.originUs) * frame.pxPerUs));
        if (x < left)
            continue;
        painter.drawLine(x, axis.bottom() - 4, x, axis.bottom());
        const QString label = tickLabel(tick, step);
        if (x + 3 + painter.fontMetrics().horizontalAdvance(label) <= axis.right()) // never a cut-off label
            painter.drawText(QRect(x + 3, axis.top(), MinTickSpacingPx, axis.height() - 2),
                             Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.fillRect(QRect(axis.left(), axis.top(), frame.gutter, axis.height() - 1),
                     m_palette.color(QPalette::Window));
}

void TimelinePainter::paintGrid(QPainter &painter, const Frame &frame, const QRect &chart) const
{
    if (frame.pxPerUs <= 0)
        return;
    const int left = chart.left() + frame.gutter;
    const qint64 step = tickStepUs(frame.pxPerUs);
    const qint64 firstTick = (qMax<qint64>(0, frame.originUs) / step) * step;
    const qint64 lastUs = frame.originUs + qint64((chart.right() - left) / frame.pxPerUs);
    QColor grid = m_palette.color(QPalette::Mid);
    grid.setAlpha(70);
    painter.setPen(grid);
    for (qint64 tick = firstTick; tick <= lastUs; tick += step) {
        const int x = left + int(std::lround(double(tick - frame.originUs) * frame.pxPerUs));
        if (x >= left)
            painter.drawLine(x, chart.top(), x, chart.bottom());
    }
}

void TimelinePainter::paintGroup(QPainter &painter, const Frame &frame, const QRect &chart, int group) const
{
    const TimelineLayout &layout = frame.layout;
    const RunTimeline &run = *m_groups.at(group).run;
    const int top = chart.top() - frame.scrollY + layout.groupTop(group);
    const int bottom = top + layout.captionHeight() + run.laneCount() * layout.laneHeight(group);
    if (bottom < chart.top() || top > chart.bottom())
        return;

    // The caption stays at the left edge whatever the horizontal scroll.
    const QRect caption(chart.left(), top, chart.width(), layout.captionHeight());
    painter.fillRect(caption, m_palette.color(QPalette::AlternateBase));
    painter.setPen(m_palette.color(QPalette::Mid));
    painter.drawLine(caption.topLeft(), caption.topRight());
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(m_palette.color(QPalette::Text));
    painter.drawText(caption.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, m_groups.at(group).caption);
    painter.setFont(m_font);

    const int laneHeight = layout.laneHeight(group);
    const int firstLane = qMax(0, (chart.top() - (top + layout.captionHeight())) / qMax(1, laneHeight));
    const int lastLane = qMin(run.laneCount() - 1,
                              (chart.bottom() - (top + layout.captionHeight())) / qMax(1, laneHeight));
    const QFontMetrics metrics(m_font);
    // Label every lane when they are tall enough, else every n-th.
    const int labelEvery = qMax(1, (metrics.height() + laneHeight - 1) / qMax(1, laneHeight));
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const int laneTop = top + layout.captionHeight() + lane * laneHeight;
        if (laneHeight >= 6 && lane % 2 == 1) {
            painter.fillRect(QRect(chart.left() + frame.gutter, laneTop, chart.width() - frame.gutter, laneHeight),
                             blend(m_palette.color(QPalette::AlternateBase), m_palette.color(QPalette::Base), 0.5));
        }
        paintLane(painter, frame, run, lane, laneTop, laneHeight, chart);
    }

    // Lane labels, then the end of the run as a line across its lanes.
    const QRect gutter(chart.left(), top + layout.captionHeight(), frame.gutter,
                       run.laneCount() * laneHeight);
    painter.fillRect(gutter.intersected(chart), m_palette.color(QPalette::Window));
    painter.setPen(m_palette.color(QPalette::WindowText));
    for (int lane = firstLane - firstLane % labelEvery; lane <= lastLane; lane += labelEvery) {
        const int laneTop = top + layout.captionHeight() + lane * laneHeight;
        const int labelHeight = qMax(laneHeight, metrics.height());
        painter.drawText(QRect(chart.left(), laneTop + (laneHeight - labelHeight) / 2, frame.gutter - 6, labelHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(lane + 1));
    }
    if (frame.pxPerUs > 0) {
        const double x = chart.left() + frame.gutter + double(run.nowUs() - frame.originUs) * frame.pxPerUs;
        if (x >= chart.left() + frame.gutter) {
            QPen pen(m_palette.color(QPalette::Text), 1, run.isFinished() ? Qt::SolidLine : Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, gutter.top()), QPointF(x, gutter.bottom()));
        }
    }
}

void TimelinePainter::paintLane(QPainter &painter, const Frame &frame, const RunTimeline &run, int lane, int top,
                                int laneHeight, const QRect &chart) const
{
    if (frame.pxPerUs <= 0)
        return;
    const int inset = laneHeight >= 6 ? 1 : 0;
    const double barTop = top + inset;
    const double barHeight = laneHeight - 2 * inset - (laneHeight >= 4 ? 1 : 0);
    const double left = chart.left() + frame.gutter;
    const qint64 fromUs = frame.originUs;
    const qint64 toUs = frame.originUs + qint64(std::ceil((chart.right() - left + 1) / frame.pxPerUs));
    const QColor background = m_palette.color(QPalette::Base);
    const qint64 nowUs = run.nowUs();
    auto xOf = [&](qint64 us) { return left + double(us - frame.originUs) * frame.pxPerUs; };

    const auto [first, last] = run.barsBetween(lane, fromUs, toUs);
    double paintedUpTo = -1e18;
    const QVector<int> &indices = run.lane(lane);
    for (int position = first; position < last; ++position) {
        const TimelineBar &bar = run.bars().at(indices.at(position));
        double x0 = qMax(left, xOf(bar.startUs));
        double x1 = qMax(x0 + 1.0, xOf(bar.endOr(nowUs))); // a fast item is still one pixel
        // At this zoom the bar lands on pixels already painted: skip it.
        if (std::floor(x1) <= std::floor(paintedUpTo))
            continue;
        x0 = qMax(x0, paintedUpTo);
        if (x1 - x0 >= 4)
            x1 -= 1; // a hairline between neighbours that are wide enough to tell apart
        const double firstByteX = bar.firstByteUs >= 0 ? qBound(x0, xOf(bar.firstByteUs), x1) : x1;
        if (firstByteX > x0)
            painter.fillRect(QRectF(x0, barTop, firstByteX - x0, barHeight), waitingColorFor(bar.outcome, background));
        if (x1 > firstByteX)
            painter.fillRect(QRectF(firstByteX, barTop, x1 - firstByteX, barHeight), colorFor(bar.outcome));
        const QRectF rect(x0, barTop, x1 - x0, barHeight);
        if (bar.isSegment() && rect.width() >= 3 && rect.height() >= 4) {
            painter.setPen(QPen(segmentOutlineFor(bar.outcome), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (bar.isSegmented())
            paintFileLabel(painter, frame, bar, rect);
        if (frame.highlight && bar.id == frame.highlightId) {
            painter.setPen(QPen(m_palette.color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(x0 - 1, barTop - 1, x1 - x0 + 2, barHeight + 2));
        }
        paintedUpTo = x1 + (x1 - x0 >= 3 ? 1 : 0);
    }
}

// The file's name inside a bar of a file fetched in segments, so the
// segments on other lanes tell whose they are; only where it fits.
void TimelinePainter::paintFileLabel(QPainter &painter, const Frame &frame, const TimelineBar &bar,
                                     const QRectF &rect) const
{
    // Thin lanes (many workers in a short dock) get a smaller font, down to
    // the least that stays legible.
    QFont font = m_font;
    if (QFontMetrics(font).height() > rect.height() + 2) {
        if (rect.height() < MinLabelPixels)
            return;
        font.setPixelSize(int(rect.height()));
    }
    const QFontMetrics metrics(font);
    const int room = int(rect.width()) - 2 * LabelPaddingPx;
    if (room < metrics.horizontalAdvance(QStringLiteral("W…W")))
        return;
    QString name = frame.namer ? frame.namer(bar.id) : QString();
    if (name.isEmpty())
        name = bar.url.fileName();
    if (name.isEmpty())
        return;
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::white); // every outcome's colour is dark enough to carry white text
    painter.drawText(rect.adjusted(LabelPaddingPx, 0, -LabelPaddingPx, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(name, Qt::ElideMiddle, room));
    painter.restore();
}

QSize TimelinePainter::legendSize() const
{
    const QFontMetrics metrics(m_font);
    const int box = metrics.height() - 4;
    int width = 2 * box + 4 + metrics.horizontalAdvance(translate(LegendSplit)) + 14;
    width += box + 4 + metrics.horizontalAdvance(translate(LegendSegment));
    for (const LegendEntry &entry : LegendEntries)
        width += box + 4 + metrics.horizontalAdvance(translate(entry.text)) + 14;
    return {width + 2, metrics.height() + 4};
}

void TimelinePainter::paintLegend(QPainter &painter, const QPoint &topLeft) const
{
    painter.save();
    painter.setFont(m_font);
    const QFontMetrics metrics(m_font);
    const int box = metrics.height() - 4;
    const QColor background = m_palette.color(QPalette::Base);
    int x = topLeft.x();
    const int y = topLeft.y() + 2;
    painter.setPen(m_palette.color(QPalette::WindowText));
    for (const LegendEntry &entry : LegendEntries) {
        painter.fillRect(QRect(x, y + 2, box, box), colorFor(entry.outcome));
        x += box + 4;
        const QString text = translate(entry.text);
        painter.drawText(QRect(x, y, metrics.horizontalAdvance(text) + 2, metrics.height()), Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 14;
    }
    painter.fillRect(QRect(x, y + 2, box, box), waitingColorFor(BarOutcome::Done, background));
    painter.fillRect(QRect(x + box, y + 2, box, box), colorFor(BarOutcome::Done));
    x += 2 * box + 4;
    const QString split = translate(LegendSplit);
    painter.drawText(QRect(x, y, metrics.horizontalAdvance(split) + 2, metrics.height()), Qt::AlignVCenter, split);
    x += metrics.horizontalAdvance(split) + 14;
    const QRect segment(x, y + 2, box, box);
    painter.fillRect(segment, colorFor(BarOutcome::Done));
    painter.setPen(segmentOutlineFor(BarOutcome::Done));
    painter.drawRect(segment.adjusted(0, 0, -1, -1));
    x += box + 4;
    painter.setPen(m_palette.color(QPalette::WindowText));
    const QString segmentText = translate(LegendSegment);
    painter.drawText(QRect(x, y, metrics.horizontalAdvance(segmentText) + 2, metrics.height()), Qt::AlignVCenter,
                     segmentText);
    painter.restore();
}

} // namespace Fetchpool::Gui
