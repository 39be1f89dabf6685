#pragma once

#include "sweepreport.h"

#include <QWidget>

namespace Fetchpool::Gui {

// The sweep's curve: wall time (left axis) and speed-up (right axis) against
// the worker count on a log2 axis, with the ideal speed-up as a dashed guide,
// the point of diminishing returns marked, and the step being measured
// shaded. Painted with QPainter; the numbers come from SweepResult.
class SweepPlot final : public QWidget
{
    Q_OBJECT

public:
    explicit SweepPlot(QWidget *parent = nullptr);

    // The counts the sweep will measure: the x axis is laid out for them up front.
    void setPlannedCounts(const QVector<int> &counts);
    void setResult(const SweepResult &result);
    void setActiveCount(int workers); // 0: none

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<int> m_counts;
    SweepResult m_result;
    int m_active = 0;
};

} // namespace Fetchpool::Gui
