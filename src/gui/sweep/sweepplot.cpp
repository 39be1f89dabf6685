#include "sweep/sweepplot.h"

#include "units.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Fetchpool::Gui {

namespace {

using Mark = SweepPlotScale::Mark;

QString secondsLabel(double seconds)
{
    if (seconds == 0)
        return QStringLiteral("0");
    return seconds < 1 ? QStringLiteral("%1 ms").arg(qRound(seconds * 1000))
                       : QStringLiteral("%1 s").arg(seconds, 0, 'g', 3);
}

void drawCross(QPainter &painter, const QPointF &centre, double half)
{
    painter.drawLine(centre + QPointF(-half, -half), centre + QPointF(half, half));
    painter.drawLine(centre + QPointF(-half, half), centre + QPointF(half, -half));
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

SweepPlotScale SweepPlot::scale() const
{
    return SweepPlotScale(size(), fontMetrics(), m_counts, m_result, m_active);
}

QSize SweepPlot::sizeHint() const
{
    return {640, 340};
}

QSize SweepPlot::minimumSizeHint() const
{
    return {360, 220};
}

bool SweepPlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = scale().toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void SweepPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const SweepPlotScale plot = scale();
    if (!plot.isUsable()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Choose the largest worker count and press Measure."));
        return;
    }
    paintAxes(painter, plot);
    paintCurves(painter, plot);
    paintFigures(painter, plot);
    paintKnee(painter, plot);
    paintLegend(painter, plot);
}

void SweepPlot::paintAxes(QPainter &painter, const SweepPlotScale &plot) const
{
    const QRect area = plot.area();
    const int line = fontMetrics().height();
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    painter.setPen(QPen(grid, 1));
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - i * area.height() / 4.0;
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    for (int workers : m_counts)
        painter.drawLine(QPointF(plot.x(workers), area.top()), QPointF(plot.x(workers), area.bottom()));

    // The step being measured.
    if (m_active > 0) {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(40);
        painter.fillRect(QRectF(plot.x(m_active) - 14, area.top(), 28, area.height()), band);
    }

    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - i * area.height() / 4.0;
        painter.setPen(SweepPlotScale::colour(Mark::Wall));
        painter.drawText(QRectF(0, y - line / 2.0, area.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                         secondsLabel(plot.wallTop() * i / 4.0));
        painter.setPen(SweepPlotScale::colour(Mark::SpeedUp));
        painter.drawText(QRectF(area.right() + 6, y - line / 2.0, width() - area.right() - 6, line),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1×").arg(plot.speedTop() * i / 4.0, 0, 'g', 3));
    }
    painter.setPen(palette().color(QPalette::Text));
    for (int workers : m_counts) {
        painter.drawText(QRectF(plot.x(workers) - 30, area.bottom() + 3, 60, line), Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(workers));
    }
    painter.drawText(QRectF(area.left(), area.bottom() + line + 3, area.width(), line), Qt::AlignHCenter,
                     tr("workers (doubling)"));
}

void SweepPlot::paintCurves(QPainter &painter, const SweepPlotScale &plot) const
{
    // The ideal: n workers n times as fast as the baseline.
    if (const SweepStep *base = m_result.baseline()) {
        painter.setPen(QPen(SweepPlotScale::colour(Mark::Ideal), 1, Qt::DashLine));
        QPainterPath path;
        bool first = true;
        for (int workers : m_counts) {
            if (workers < base->workers)
                continue;
            const double factor = std::min(double(workers) / base->workers, plot.speedTop());
            const QPointF point(plot.x(workers), plot.yForSpeedUp(factor));
            first ? path.moveTo(point) : path.lineTo(point);
            first = false;
        }
        painter.drawPath(path);
    }

    // The measured curves, through the marks SweepPlotScale placed.
    for (const Mark series : {Mark::Wall, Mark::SpeedUp}) {
        QVector<QPointF> points;
        for (const SweepPlotScale::Placed &placed : plot.marks()) {
            if (placed.mark == series)
                points << placed.centre;
        }
        const QColor colour = SweepPlotScale::colour(series);
        painter.setPen(QPen(colour, 2));
        painter.setBrush(Qt::NoBrush);
        if (points.size() > 1)
            painter.drawPolyline(points.constData(), int(points.size()));
        painter.setBrush(colour);
        for (const QPointF &point : std::as_const(points))
            painter.drawEllipse(point, 3.5, 3.5);
    }

    // Steps that do not count: ringed when URLs failed, crossed when cut off.
    painter.setBrush(Qt::NoBrush);
    for (const SweepPlotScale::Placed &placed : plot.marks()) {
        if (placed.mark != Mark::Incomplete && placed.mark != Mark::TimedOut)
            continue;
        painter.setPen(QPen(SweepPlotScale::colour(placed.mark), 2));
        if (placed.mark == Mark::Incomplete)
            painter.drawEllipse(placed.centre, placed.radius, placed.radius);
        else
            drawCross(painter, placed.centre, placed.radius);
    }
}

// The figures themselves, small, beside their points: wall time below the
// blue point, speed-up above the orange one.
void SweepPlot::paintFigures(QPainter &painter, const SweepPlotScale &plot) const
{
    const QRect area = plot.area();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics smallMetrics(small);
    const SweepStep *base = m_result.baseline();
    for (const SweepStep &step : m_result.steps) {
        const double x = plot.x(step.workers);
        const QString wall = formatDuration(step.wallUs);
        const double wallWidth = smallMetrics.horizontalAdvance(wall) + 4;
        const double wallX = std::clamp(x + 6, double(area.left()), double(area.right()) - wallWidth);
        painter.setPen(SweepPlotScale::colour(Mark::Wall));
        painter.drawText(QRectF(wallX, plot.yForWall(step.wallUs) + 2, wallWidth, smallMetrics.height()), Qt::AlignLeft,
                         wall);
        if (const auto factor = m_result.speedUp(step); factor && base && step.workers != base->workers) {
            const QString speed = QStringLiteral("%1×").arg(*factor, 0, 'f', 1);
            const double speedWidth = smallMetrics.horizontalAdvance(speed) + 4;
            const double speedX = std::clamp(x - speedWidth - 6, double(area.left()), double(area.right()) - speedWidth);
            painter.setPen(SweepPlotScale::colour(Mark::SpeedUp));
            painter.drawText(QRectF(speedX, plot.yForSpeedUp(*factor) - smallMetrics.height() - 2, speedWidth,
                                    smallMetrics.height()),
                             Qt::AlignRight, speed);
        }
    }
    painter.setFont(font());
}

// The point of diminishing returns: a dashed line, its ring and its label.
void SweepPlot::paintKnee(QPainter &painter, const SweepPlotScale &plot) const
{
    const int knee = plot.knee();
    if (knee <= 0)
        return;
    const QRect area = plot.area();
    const QColor colour = SweepPlotScale::colour(Mark::Knee);
    const double x = plot.x(knee);
    painter.setPen(QPen(colour, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    painter.setBrush(Qt::NoBrush);
    for (const SweepPlotScale::Placed &placed : plot.marks()) {
        if (placed.mark == Mark::Knee) {
            painter.setPen(QPen(colour, 2.5));
            painter.drawEllipse(placed.centre, placed.radius, placed.radius);
        }
    }
    QString label;
    switch (m_result.standing()) {
    case SweepResult::Standing::StillRising: // the curve has not flattened yet
        label = tr("best: %1, still rising").arg(knee);
        break;
    case SweepResult::Standing::LargerNotCounted:
        label = tr("best that counts: %1").arg(knee);
        break;
    default:
        label = tr("diminishing returns: %1").arg(knee);
        break;
    }
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int labelWidth = metrics.horizontalAdvance(label) + 8;
    const double labelX = std::clamp(x - labelWidth / 2.0, double(area.left()),
                                     std::max(double(area.left()), double(area.right() - labelWidth)));
    painter.setPen(colour);
    painter.drawText(QRectF(labelX, area.top() - line - 2, labelWidth, line), Qt::AlignCenter, label);
}

void SweepPlot::paintLegend(QPainter &painter, const SweepPlotScale &plot) const
{
    for (const SweepPlotScale::LegendEntry &entry : plot.legend()) {
        paintSymbol(painter, entry.mark, entry.symbol);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(entry.text, Qt::AlignVCenter, entry.label);
    }
}

void SweepPlot::paintSymbol(QPainter &painter, Mark mark, const QRectF &box) const
{
    const QPointF centre = box.center();
    const QColor colour = SweepPlotScale::colour(mark);
    painter.setBrush(Qt::NoBrush);
    switch (mark) {
    case Mark::Wall:
    case Mark::SpeedUp:
        painter.setPen(QPen(colour, 2));
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()));
        painter.setBrush(colour);
        painter.drawEllipse(centre, 3.5, 3.5);
        break;
    case Mark::Ideal:
        painter.setPen(QPen(colour, 2, Qt::DashLine));
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()));
        break;
    case Mark::Knee:
        painter.setPen(QPen(colour, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(centre.x(), box.top()), QPointF(centre.x(), box.bottom()));
        painter.setPen(QPen(colour, 2));
        painter.drawEllipse(centre, 5, 5);
        break;
    case Mark::Incomplete:
        painter.setPen(QPen(colour, 2));
        painter.drawEllipse(centre, 5, 5);
        break;
    case Mark::TimedOut:
        painter.setPen(QPen(colour, 2));
        drawCross(painter, centre, 5);
        break;
    case Mark::Active: {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(40);
        painter.fillRect(box.adjusted(4, 0, -4, 0), band);
        break;
    }
    }
}

} // namespace Fetchpool::Gui
