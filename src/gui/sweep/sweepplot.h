#pragma once

#include "sweep/sweepplotscale.h"
#include "sweepreport.h"

#include <QWidget>

namespace Fetchpool::Gui {

// The sweep's curve: wall time (left axis) and speed-up (right axis) against
// the worker count on a log2 axis, with the ideal speed-up as a dashed guide,
// the point of diminishing returns marked, steps that do not count ringed
// (failures) or crossed (timed out), and the step being measured shaded.
// Every mark has a legend entry and a tooltip. Painted with QPainter; the
// numbers come from SweepResult, the geometry from SweepPlotScale.
class SweepPlot final : public QWidget
{
    Q_OBJECT

public:
    explicit SweepPlot(QWidget *parent = nullptr);

    // The counts the sweep will measure: the x axis is laid out for them up front.
    void setPlannedCounts(const QVector<int> &counts);
    void setResult(const SweepResult &result);
    void setActiveCount(int workers); // 0: none

    // The plot at its current size: where each mark is and what it says.
    SweepPlotScale scale() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void paintAxes(QPainter &painter, const SweepPlotScale &scale) const;
    void paintCurves(QPainter &painter, const SweepPlotScale &scale) const;
    void paintFigures(QPainter &painter, const SweepPlotScale &scale) const;
    void paintKnee(QPainter &painter, const SweepPlotScale &scale) const;
    void paintLegend(QPainter &painter, const SweepPlotScale &scale) const;
    void paintSymbol(QPainter &painter, SweepPlotScale::Mark mark, const QRectF &box) const;

    QVector<int> m_counts;
    SweepResult m_result;
    int m_active = 0;
};

} // namespace Fetchpool::Gui
