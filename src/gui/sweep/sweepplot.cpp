#include "sweep/sweepplot.h"

#include "units.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Fetchpool::Gui {

namespace {

const QColor WallColor(0x1c, 0x71, 0xd8);    // blue
const QColor SpeedUpColor(0xe6, 0x61, 0x00); // orange
const QColor KneeColor(0x26, 0xa2, 0x69);    // green

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

QString secondsLabel(double seconds)
{
    if (seconds == 0)
        return QStringLiteral("0");
    return seconds < 1 ? QStringLiteral("%1 ms").arg(qRound(seconds * 1000))
                       : QStringLiteral("%1 s").arg(seconds, 0, 'g', 3);
}

} // namespace

SweepPlot::SweepPlot(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Wall time and speed-up against the number of workers"));
}

void SweepPlot::setPlannedCounts(const QVector<int> &counts)
{
    m_counts = counts;
    std::sort(m_counts.begin(), m_counts.end());
    update();
}

void SweepPlot::setResult(const SweepResult &result)
{
    m_result = result;
    update();
}

void SweepPlot::setActiveCount(int workers)
{
    m_active = workers;
    update();
}

QSize SweepPlot::sizeHint() const
{
    return {640, 340};
}

QSize SweepPlot::minimumSizeHint() const
{
    return {360, 220};
}

void SweepPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);

    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const QRect area = rect().adjusted(metrics.horizontalAdvance(QStringLiteral("000 ms")) + 14, line * 2 + 6,
                                       -(metrics.horizontalAdvance(QStringLiteral("00×")) + 14), -(line * 2 + 8));
    if (m_counts.isEmpty() || area.width() < 40 || area.height() < 40) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose the largest worker count and press Measure."));
        return;
    }

    // x: log2 of the worker count, so 1, 2, 4 … 64 are evenly spaced.
    const double minLog = std::log2(double(m_counts.first()));
    const double maxLog = std::max(std::log2(double(m_counts.last())), minLog + 1);
    auto xFor = [&](int workers) {
        return area.left() + (std::log2(double(workers)) - minLog) / (maxLog - minLog) * area.width();
    };

    qint64 maxWallUs = 0;
    double maxSpeedUp = 1;
    for (const SweepStep &step : m_result.steps) {
        maxWallUs = std::max(maxWallUs, step.wallUs);
        if (const auto factor = m_result.speedUp(step))
            maxSpeedUp = std::max(maxSpeedUp, *factor);
    }
    const double wallTop = niceCeiling(double(maxWallUs) / 1e6 * 1.05);
    const double speedTop = niceCeiling(maxSpeedUp * 1.1);
    auto yForWall = [&](qint64 us) { return area.bottom() - double(us) / 1e6 / wallTop * area.height(); };
    auto yForSpeedUp = [&](double factor) { return area.bottom() - factor / speedTop * area.height(); };

    // Grid and axes.
    painter.setPen(QPen(grid, 1));
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - i * area.height() / 4.0;
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    for (int workers : std::as_const(m_counts))
        painter.drawLine(QPointF(xFor(workers), area.top()), QPointF(xFor(workers), area.bottom()));

    // The step being measured.
    if (m_active > 0) {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(40);
        const double x = xFor(m_active);
        painter.fillRect(QRectF(x - 14, area.top(), 28, area.height()), band);
    }

    painter.setPen(text);
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - i * area.height() / 4.0;
        painter.setPen(WallColor);
        painter.drawText(QRectF(0, y - line / 2.0, area.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                         secondsLabel(wallTop * i / 4.0));
        painter.setPen(SpeedUpColor);
        painter.drawText(QRectF(area.right() + 6, y - line / 2.0, width() - area.right() - 6, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1×").arg(speedTop * i / 4.0, 0, 'g', 3));
    }
    painter.setPen(text);
    for (int workers : std::as_const(m_counts)) {
        painter.drawText(QRectF(xFor(workers) - 30, area.bottom() + 3, 60, line), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(workers));
    }
    painter.drawText(QRectF(area.left(), area.bottom() + line + 3, area.width(), line), Qt::AlignHCenter,
                     tr("workers (doubling)"));

    // The ideal: n workers n times as fast as the baseline.
    if (const SweepStep *base = m_result.baseline()) {
        QPen ideal(SpeedUpColor, 1, Qt::DashLine);
        painter.setPen(ideal);
        QPainterPath path;
        bool first = true;
        for (int workers : std::as_const(m_counts)) {
            if (workers < base->workers)
                continue;
            const double factor = std::min(double(workers) / base->workers, speedTop);
            const QPointF point(xFor(workers), yForSpeedUp(factor));
            first ? path.moveTo(point) : path.lineTo(point);
            first = false;
        }
        painter.drawPath(path);
    }

    // The measured curves.
    auto drawSeries = [&](const QColor &color, auto yOf, auto valueOf) {
        QPainterPath path;
        bool first = true;
        QVector<QPointF> points;
        for (const SweepStep &step : m_result.steps) {
            const auto value = valueOf(step);
            if (!value)
                continue;
            const QPointF point(xFor(step.workers), yOf(*value));
            first ? path.moveTo(point) : path.lineTo(point);
            first = false;
            points << point;
        }
        painter.setPen(QPen(color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(color);
        for (const QPointF &point : std::as_const(points))
            painter.drawEllipse(point, 3.5, 3.5);
    };
    drawSeries(WallColor, yForWall, [](const SweepStep &step) { return std::optional<qint64>(step.wallUs); });
    drawSeries(SpeedUpColor, yForSpeedUp, [this](const SweepStep &step) { return m_result.speedUp(step); });

    // The figures themselves, small, beside their points: wall time below
    // the blue point, speed-up above the orange one.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics smallMetrics(small);
    for (const SweepStep &step : m_result.steps) {
        const double x = xFor(step.workers);
        const QString wall = formatDuration(step.wallUs);
        const double wallWidth = smallMetrics.horizontalAdvance(wall) + 4;
        const double wallX = std::clamp(x + 6, double(area.left()), double(area.right()) - wallWidth);
        painter.setPen(WallColor);
        painter.drawText(QRectF(wallX, yForWall(step.wallUs) + 2, wallWidth, smallMetrics.height()),
                         Qt::AlignLeft, wall);
        if (const auto factor = m_result.speedUp(step); factor && step.workers != m_result.baseline()->workers) {
            const QString speed = QStringLiteral("%1×").arg(*factor, 0, 'f', 1);
            const double speedWidth = smallMetrics.horizontalAdvance(speed) + 4;
            const double speedX = std::clamp(x - speedWidth - 6, double(area.left()), double(area.right()) - speedWidth);
            painter.setPen(SpeedUpColor);
            painter.drawText(QRectF(speedX, yForSpeedUp(*factor) - smallMetrics.height() - 2, speedWidth,
                                    smallMetrics.height()),
                             Qt::AlignRight, speed);
        }
    }
    painter.setFont(font());

    // Steps with failures: their wall time measured something else.
    painter.setBrush(Qt::NoBrush);
    for (const SweepStep &step : m_result.steps) {
        if (!step.isComplete()) {
            painter.setPen(QPen(QColor(0xc0, 0x1c, 0x28), 2));
            painter.drawEllipse(QPointF(xFor(step.workers), yForWall(step.wallUs)), 7, 7);
        }
    }

    // The point of diminishing returns.
    const bool sweepOver = !m_result.steps.isEmpty() && m_active == 0;
    if (const int knee = m_result.diminishingReturnsWorkers(); knee > 0 && sweepOver) {
        const auto step = std::find_if(m_result.steps.cbegin(), m_result.steps.cend(),
                                       [knee](const SweepStep &s) { return s.workers == knee; });
        const double x = xFor(knee);
        painter.setPen(QPen(KneeColor, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        if (step != m_result.steps.cend()) {
            if (const auto factor = m_result.speedUp(*step)) {
                painter.setPen(QPen(KneeColor, 2.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(QPointF(x, yForSpeedUp(*factor)), 8, 8);
            }
        }
        painter.setPen(KneeColor);
        // At the largest count measured the curve has not flattened yet.
        const bool stillRising = step != m_result.steps.cend() && step + 1 == m_result.steps.cend()
                && m_result.baseline() && knee != m_result.baseline()->workers;
        const QString label = stillRising ? tr("best: %1, still rising").arg(knee)
                                          : tr("diminishing returns: %1").arg(knee);
        const int labelWidth = metrics.horizontalAdvance(label) + 8;
        const double labelX = std::clamp(x - labelWidth / 2.0, double(area.left()),
                                         std::max(double(area.left()), double(area.right() - labelWidth)));
        painter.drawText(QRectF(labelX, area.top() - line - 2, labelWidth, line), Qt::AlignCenter, label);
    }

    // Legend.
    const QString wallLegend = tr("wall time");
    const QString speedLegend = tr("speed-up");
    const QString idealLegend = tr("ideal");
    double x = area.left();
    const double y = 4 + line / 2.0;
    auto legend = [&](const QColor &color, Qt::PenStyle style, const QString &label) {
        painter.setPen(QPen(color, 2, style));
        painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
        painter.setPen(text);
        painter.drawText(QRectF(x + 22, 4, metrics.horizontalAdvance(label) + 4, line), Qt::AlignVCenter, label);
        x += 22 + metrics.horizontalAdvance(label) + 18;
    };
    legend(WallColor, Qt::SolidLine, wallLegend);
    legend(SpeedUpColor, Qt::SolidLine, speedLegend);
    legend(SpeedUpColor, Qt::DashLine, idealLegend);
}

} // namespace Fetchpool::Gui
