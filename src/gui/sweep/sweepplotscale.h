#pragma once

#include "sweepreport.h"

#include <QColor>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPointF>
#include <QRect>
#include <QString>
#include <QVector>

namespace Fetchpool::Gui {

// The sweep plot for one widget size: the legend's rows, the plotting area,
// the axes' scales and every mark with what its tooltip says. Painting and
// tooltips both work from it, so whatever is drawn is also explained.
class SweepPlotScale final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::SweepPlot)

public:
    enum class Mark : quint8 {
        Wall,       // a step's wall time (blue point)
        SpeedUp,    // a complete step's speed-up (orange point)
        Ideal,      // n workers n times as fast (dashed, legend only)
        Knee,       // the point of diminishing returns (green)
        Incomplete, // a step in which not every URL was fetched (red ring)
        TimedOut,   // a step cut off at its time limit (red cross)
        Active,     // the step being measured (shaded band)
    };

    struct Placed
    {
        Mark mark = Mark::Wall;
        QPointF centre;
        double radius = 0;
        QString toolTip;
    };

    struct LegendEntry
    {
        Mark mark = Mark::Wall;
        QString label;
        QRectF symbol; // where its symbol goes
        QRectF text;
    };

    SweepPlotScale(const QSize &size, const QFontMetrics &metrics, const QVector<int> &counts,
                   const SweepResult &result, int activeWorkers);

    static QColor colour(Mark mark);

    // False when there is nothing to plot or no room for it.
    bool isUsable() const { return m_usable; }
    QRect area() const { return m_area; }
    double x(int workers) const;
    double yForWall(qint64 us) const;
    double yForSpeedUp(double factor) const;
    double wallTop() const { return m_wallTop; }     // seconds at the top of the left axis
    double speedTop() const { return m_speedTop; }   // speed-up at the top of the right axis
    // The worker count where more workers stop paying off, once the sweep is over; 0 otherwise.
    int knee() const { return m_knee; }

    const QVector<Placed> &marks() const { return m_marks; }
    const QVector<LegendEntry> &legend() const { return m_legend; }
    // The tooltip of the mark at `point` (the nearest one within reach), or empty.
    QString toolTipAt(const QPointF &point) const;

private:
    void layOutLegend(const QSize &size, const QFontMetrics &metrics);
    void placeMarks();
    QString describe(const SweepStep &step) const;

    const QVector<int> m_counts;
    const SweepResult m_result;
    const int m_active;
    bool m_usable = false;
    QRect m_area;
    double m_minLog = 0;
    double m_maxLog = 1;
    double m_wallTop = 1;
    double m_speedTop = 1;
    int m_knee = 0;
    QVector<Placed> m_marks;
    QVector<LegendEntry> m_legend;
};

} // namespace Fetchpool::Gui
