#pragma once

#include "timelinerecorder.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRect>
#include <QVector>

#include <functional>

class QPainter;

namespace Fetchpool::Gui {

// Where the groups and their lanes are, top to bottom, in chart coordinates
// (0 = the top of the first caption, below the time axis).
class TimelineLayout final
{
public:
    TimelineLayout() = default;
    TimelineLayout(const QVector<TimelineGroup> &groups, int captionHeight, int laneHeight);

    int captionHeight() const { return m_captionHeight; }
    // The lane height of the many-lane groups; a group of few lanes gets
    // taller ones (see laneHeight(group)), so a single Sequential lane stays
    // visible above 256 thin parallel ones.
    int laneHeight() const { return m_laneHeight; }
    int laneHeight(int group) const { return m_laneHeights.at(group); }
    int height() const { return m_height; }
    int groupCount() const { return int(m_groupTops.size()); }
    int groupTop(int group) const { return m_groupTops.at(group); }
    int laneTop(int group, int lane) const
    {
        return m_groupTops.at(group) + m_captionHeight + lane * m_laneHeights.at(group);
    }

    struct Row
    {
        int group = -1;
        int lane = -1; // -1 on the group's caption
    };
    Row rowAt(int y) const;

    // The tallest lane height, between `minHeight` (a lane with its label
    // readable) and a comfortable maximum, at which all of `groups` fit into
    // `available` pixels (the minimum when they cannot: the view then
    // scrolls rather than squeeze the lanes).
    static int fittingLaneHeight(int available, const QVector<TimelineGroup> &groups, int captionHeight,
                                 int minHeight);
    static constexpr int MaxLaneHeight = 18;
    static constexpr int MinGroupBodyHeight = 2 * MaxLaneHeight;

private:
    QVector<int> m_groupTops;
    QVector<int> m_laneCounts;
    QVector<int> m_laneHeights;
    int m_captionHeight = 0;
    int m_laneHeight = 0;
    int m_height = 0;
};

// Paints timelines with any QPainter: the view's viewport, a PNG or an SVG.
// Only the bars inside the painted time window are visited (binary search per
// lane), and bars that fall on pixels already painted at this zoom are
// skipped, so 10,000 bars cost about as much as the pixels they cover.
class TimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::TimelinePainter)

public:
    struct Frame
    {
        QRect rect;              // the area to paint, axis included
        int gutter = 0;          // width of the lane labels at the left
        int axisHeight = 0;
        double pxPerUs = 0;      // horizontal scale
        qint64 originUs = 0;     // the time at the chart's left edge
        int scrollY = 0;         // chart pixels scrolled off the top
        TimelineLayout layout;
        quint64 highlightId = 0; // 0 = none
        bool highlight = false;
        // Names the file on the bars of a file fetched in segments, where
        // they are wide enough; without it, the name comes from the URL once
        // the item has ended.
        std::function<QString(quint64 id)> namer;
    };

    TimelinePainter(const QVector<TimelineGroup> &groups, const QPalette &palette, const QFont &font);

    void paint(QPainter &painter, const Frame &frame) const;

    // The legend, one line: colours per outcome, the waiting / receiving
    // split, and how a segment fetched by another worker looks.
    QSize legendSize() const;
    void paintLegend(QPainter &painter, const QPoint &topLeft) const;

    static QColor colorFor(BarOutcome outcome);
    // The waiting-for-first-byte part: the outcome's colour, faded into `background`.
    static QColor waitingColorFor(BarOutcome outcome, const QColor &background);
    // The outline that tells a helper's segment from an item's bar.
    static QColor segmentOutlineFor(BarOutcome outcome);
    static int gutterWidth(const QFont &font);
    static int axisHeight(const QFont &font);
    static int captionHeight(const QFont &font);
    // The least a lane gets: one line of its label's text.
    static int minLaneHeight(const QFont &font);

private:
    void paintAxis(QPainter &painter, const Frame &frame) const;
    void paintGrid(QPainter &painter, const Frame &frame, const QRect &chart) const;
    void paintGroup(QPainter &painter, const Frame &frame, const QRect &chart, int group) const;
    void paintLane(QPainter &painter, const Frame &frame, const RunTimeline &run, int lane, int top,
                   int laneHeight, const QRect &chart) const;
    void paintFileLabel(QPainter &painter, const Frame &frame, const TimelineBar &bar, const QRectF &rect) const;
    static qint64 tickStepUs(double pxPerUs);
    static QString tickLabel(qint64 us, qint64 stepUs);

    QVector<TimelineGroup> m_groups; // implicitly shared: no copy of the runs
    QPalette m_palette;
    QFont m_font;
};

} // namespace Fetchpool::Gui
