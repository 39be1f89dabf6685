#pragma once

#include "timelinepainter.h"
#include "timelinerecorder.h"

#include <QAbstractScrollArea>
#include <QTimer>

#include <functional>

namespace Fetchpool::Gui {

// The runs as a Gantt chart: a group of lanes per run, one lane per worker,
// one bar per item. Zooms on the time axis: Ctrl+wheel at the mouse, the
// zoom keys at the mouse when it is over the chart, and zoomIn/zoomOut (the
// panel's buttons, away from the chart) at the live run's playhead, else the
// middle. Fits each new run until the user zooms; scrolls both ways, lanes
// never shrinking below a labelled line; explains a bar in its tooltip and
// reports a clicked one.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setGroups(const QVector<TimelineGroup> &groups);
    const QVector<TimelineGroup> &groups() const { return m_groups; }
    // The bars moved on: new bars, new ends, a later "now". Repaints at most
    // every RefreshMinMs, and less often when a paint takes long, so a run of
    // 10,000 items leaves the UI thread to the list and the input.
    void refresh();
    static constexpr int RefreshMinMs = 80;

    // Names an item for the tooltip while it runs (the URL comes with its end).
    // The same names go on the bars of files fetched in segments.
    void setItemNamer(std::function<QString(quint64 id)> namer) { m_namer = std::move(namer); }
    const std::function<QString(quint64)> &itemNamer() const { return m_namer; }
    void setHighlightedItem(quint64 id);

    void zoomIn();
    void zoomOut();
    void fitToWidth();
    bool isFitToWidth() const { return m_fit; }
    double pixelsPerSecond() const { return m_pxPerUs * 1e6; }
    // The run time (µs since the runs started) drawn at viewport x.
    double timeAt(int x) const;
    const TimelineLayout &layout() const { return m_layout; }

    // The longest run's time, at least a millisecond; the axis ends a little after it.
    qint64 longestUs() const;
    static constexpr double EndMargin = 1.02;

    // The item of the bar under `position` (viewport coordinates), or 0;
    // and what its tooltip says (empty off the bars).
    quint64 itemAt(const QPoint &position) const;
    QString toolTipAt(const QPoint &position) const;
    // Where the bar of item `id` in group `group` is drawn (viewport coordinates), or an empty rect.
    QRect barRect(int group, quint64 id) const;
    QRect barRect(int group, const TimelineBar &bar) const;

Q_SIGNALS:
    void itemClicked(quint64 id);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Hit
    {
        const RunTimeline *run = nullptr;
        int bar = -1;
    };
    Hit hitAt(const QPoint &position) const;
    double fitScale() const;
    qint64 originUs() const;
    int chartWidth() const;
    int chartHeight() const;
    // x in chart coordinates (0 = the left of the time axis).
    void zoomAround(double factor, int anchorX);
    int zoomAnchorX(bool atMouse) const;
    int playheadX() const; // chart x of the live run's "now", or -1 off screen
    void relayout();
    void applyRefresh();
    void revealGroup(int group);
    void keepRevealedRunInView();
    TimelinePainter::Frame frame(const QRect &rect, int scrollY, const TimelineLayout &layout) const;

    QVector<TimelineGroup> m_groups;
    TimelineLayout m_layout;
    std::function<QString(quint64)> m_namer;
    double m_pxPerUs = 0;
    bool m_fit = true;
    quint64 m_highlightId = 0;
    bool m_highlight = false;
    QTimer m_refreshTimer;
    qint64 m_lastPaintUs = 0;
    int m_hoverX = -1; // the mouse over the viewport, -1 when elsewhere
    QPoint m_pressPosition;
    int m_dragOrigin = -1; // horizontal scroll value when a drag started
    std::shared_ptr<const RunTimeline> m_revealedRun; // the newest run, kept in view until the user scrolls
};

} // namespace Fetchpool::Gui
