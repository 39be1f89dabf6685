#include "sweep/sweepplotscale.h"

#include "units.h"

#include <QLineF>
#include <QSize>

#include <algorithm>
#include <cmath>

namespace Fetchpool::Gui {

namespace {

constexpr double ReachPx = 4; // how far off a mark the pointer may be and still get its tooltip
constexpr int SymbolWidth = 18;

// A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

SweepPlotScale::SweepPlotScale(const QSize &size, const QFontMetrics &metrics, const QVector<int> &counts,
                               const SweepResult &result, int activeWorkers)
    : m_counts(counts)
    , m_result(result)
    , m_active(activeWorkers)
{
    // Marked once the sweep is over, and only where it compares counts.
    const auto standing = m_result.standing();
    const bool sweepOver = !m_result.steps.isEmpty() && m_active == 0;
    const bool compared = standing != SweepResult::Standing::None && standing != SweepResult::Standing::OnlyBaseline;
    m_knee = sweepOver && compared ? m_result.diminishingReturnsWorkers() : 0;
    layOutLegend(size, metrics);

    const int line = metrics.height();
    const int legendBottom = m_legend.isEmpty() ? 4 : int(m_legend.last().text.bottom());
    // Below the legend, a line for the diminishing-returns label; axis labels around the rest.
    m_area = QRect(QPoint(0, 0), size)
                     .adjusted(metrics.horizontalAdvance(QStringLiteral("000 ms")) + 14, legendBottom + line + 6,
                               -(metrics.horizontalAdvance(QStringLiteral("0.00×")) + 14), -(line * 2 + 8));
    m_usable = !m_counts.isEmpty() && m_area.width() >= 40 && m_area.height() >= 40;
    if (!m_usable)
        return;

    // x: log2 of the worker count, so 1, 2, 4 … 64 are evenly spaced.
    m_minLog = std::log2(double(m_counts.first()));
    m_maxLog = std::max(std::log2(double(m_counts.last())), m_minLog + 1);
    qint64 maxWallUs = 0;
    double maxSpeedUp = 1;
    for (const SweepStep &step : m_result.steps) {
        maxWallUs = std::max(maxWallUs, step.wallUs);
        if (const auto factor = m_result.speedUp(step))
            maxSpeedUp = std::max(maxSpeedUp, *factor);
    }
    m_wallTop = niceCeiling(double(maxWallUs) / 1e6 * 1.05);
    m_speedTop = niceCeiling(maxSpeedUp * 1.1);
    placeMarks();
}

QColor SweepPlotScale::colour(Mark mark)
{
    switch (mark) {
    case Mark::Wall:
        return {0x1c, 0x71, 0xd8}; // blue
    case Mark::SpeedUp:
    case Mark::Ideal:
        return {0xe6, 0x61, 0x00}; // orange
    case Mark::Knee:
        return {0x26, 0xa2, 0x69}; // green
    case Mark::Incomplete:
    case Mark::TimedOut:
        return {0xc0, 0x1c, 0x28}; // red
    case Mark::Active:
        break;
    }
    return {0x80, 0x80, 0x80}; // the plot paints the band in its palette's highlight
}

double SweepPlotScale::x(int workers) const
{
    return m_area.left() + (std::log2(double(workers)) - m_minLog) / (m_maxLog - m_minLog) * m_area.width();
}

double SweepPlotScale::yForWall(qint64 us) const
{
    return m_area.bottom() - double(us) / 1e6 / m_wallTop * m_area.height();
}

double SweepPlotScale::yForSpeedUp(double factor) const
{
    return m_area.bottom() - factor / m_speedTop * m_area.height();
}

// Every mark the plot can show gets an entry while it is on the plot; the
// entries wrap onto further rows when the plot is narrow.
void SweepPlotScale::layOutLegend(const QSize &size, const QFontMetrics &metrics)
{
    const bool incomplete = std::any_of(m_result.steps.cbegin(), m_result.steps.cend(),
                                        [](const SweepStep &step) { return !step.isComplete() && !step.timedOut; });
    QVector<std::pair<Mark, QString>> entries{{Mark::Wall, tr("wall time")},
                                              {Mark::SpeedUp, tr("speed-up")},
                                              {Mark::Ideal, tr("ideal")}};
    if (m_knee > 0) {
        const auto standing = m_result.standing();
        entries.push_back({Mark::Knee, standing == SweepResult::Standing::StillRising ? tr("best count, still rising")
                                       : standing == SweepResult::Standing::LargerNotCounted
                                               ? tr("best count that fetched every URL")
                                               : tr("diminishing returns")});
    }
    if (incomplete)
        entries.push_back({Mark::Incomplete, tr("not every URL fetched: not counted")});
    if (m_result.timedOutSteps() > 0)
        entries.push_back({Mark::TimedOut, tr("timed out: not counted")});
    if (m_active > 0)
        entries.push_back({Mark::Active, tr("being measured")});

    const int line = metrics.height();
    const double left = metrics.horizontalAdvance(QStringLiteral("000 ms")) + 14;
    double x = left;
    double y = 4;
    for (const auto &[mark, label] : std::as_const(entries)) {
        const double textWidth = metrics.horizontalAdvance(label) + 4;
        if (x > left && x + SymbolWidth + 4 + textWidth > size.width() - 8) {
            x = left;
            y += line + 2;
        }
        m_legend.push_back({mark, label, QRectF(x, y, SymbolWidth, line), QRectF(x + SymbolWidth + 4, y, textWidth, line)});
        x += SymbolWidth + 4 + textWidth + 14;
    }
}

QString SweepPlotScale::describe(const SweepStep &step) const
{
    QStringList lines{tr("%n worker(s): %1", nullptr, step.workers).arg(formatDuration(step.wallUs))};
    const SweepStep *base = m_result.baseline();
    if (const auto factor = m_result.speedUp(step); factor && base && base->workers != step.workers)
        lines << tr("%1× the speed of %n worker(s)", nullptr, base->workers).arg(*factor, 0, 'f', 1);
    if (step.timedOut)
        lines << tr("Timed out after %1: not counted").arg(formatDuration(step.timeoutUs));
    else if (!step.isComplete())
        lines << tr("%1 of %2 URLs not fetched: not counted").arg(step.total - step.done).arg(step.total);
    return lines.join(QLatin1Char('\n'));
}

void SweepPlotScale::placeMarks()
{
    // The specific marks first: where they share a point with a plain one,
    // the pointer gets the more telling tooltip.
    for (const SweepStep &step : m_result.steps) {
        const QPointF wall(x(step.workers), yForWall(step.wallUs));
        if (step.timedOut) {
            m_marks.push_back({Mark::TimedOut, wall, 7,
                               tr("This step took far longer than the ones before it and was cut off.") + QLatin1Char('\n')
                                       + describe(step)});
        } else if (!step.isComplete()) {
            m_marks.push_back({Mark::Incomplete, wall, 7,
                               tr("Not every URL was fetched at this count, so its time measures something else.")
                                       + QLatin1Char('\n') + describe(step)});
        }
    }
    if (m_knee > 0) {
        const auto step = std::find_if(m_result.steps.cbegin(), m_result.steps.cend(),
                                       [this](const SweepStep &s) { return s.workers == m_knee; });
        if (step != m_result.steps.cend()) {
            const auto factor = m_result.speedUp(*step);
            const QPointF point(x(m_knee), factor ? yForSpeedUp(*factor) : yForWall(step->wallUs));
            QString meaning;
            switch (m_result.standing()) {
            case SweepResult::Standing::StillRising:
                meaning = tr("The best count measured: the curve is still rising, larger counts may be faster yet.");
                break;
            case SweepResult::Standing::LargerNotCounted:
                meaning = tr("The best count that fetched every URL: larger counts did not, in time.");
                break;
            default:
                meaning = tr("Diminishing returns: more workers gain less than %1 % from here.")
                                  .arg(int(SweepResult::DiminishingGain * 100));
                break;
            }
            m_marks.push_back({Mark::Knee, point, 8, meaning + QLatin1Char('\n') + describe(*step)});
        }
    }
    for (const SweepStep &step : m_result.steps) {
        if (const auto factor = m_result.speedUp(step)) {
            m_marks.push_back({Mark::SpeedUp, QPointF(x(step.workers), yForSpeedUp(*factor)), 3.5,
                               tr("Speed-up") + QLatin1Char('\n') + describe(step)});
        }
        m_marks.push_back({Mark::Wall, QPointF(x(step.workers), yForWall(step.wallUs)), 3.5,
                           tr("Wall time") + QLatin1Char('\n') + describe(step)});
    }
}

QString SweepPlotScale::toolTipAt(const QPointF &point) const
{
    const Placed *nearest = nullptr;
    double nearestDistance = 0;
    for (const Placed &placed : m_marks) {
        const double distance = QLineF(point, placed.centre).length();
        if (distance <= placed.radius + ReachPx && (!nearest || distance < nearestDistance)) {
            nearest = &placed;
            nearestDistance = distance;
        }
    }
    if (nearest)
        return nearest->toolTip;
    for (const LegendEntry &entry : m_legend) {
        if (entry.symbol.united(entry.text).contains(point))
            return entry.label;
    }
    return {};
}

} // namespace Fetchpool::Gui
