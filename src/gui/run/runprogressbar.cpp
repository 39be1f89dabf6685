#include "run/runprogressbar.h"

#include "app/colorblend.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStringList>
#include <QStyleOptionProgressBar>

#include <algorithm>

namespace Fetchpool::Gui {

namespace {

// The timeline's red for failed items, readable on light and dark bases.
const QColor FailedRed(0xd4, 0x3f, 0x3a);

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    return qGray(background.rgb()) < 150 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace

RunProgressBar::RunProgressBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Run progress"));
    describe();
}

void RunProgressBar::setRun(const RunProgress &run)
{
    if (run.total == m_run.total && run.done == m_run.done && run.failed == m_run.failed
        && run.cancelled == m_run.cancelled)
        return;
    m_run = run;
    describe();
    update();
}

QString RunProgressBar::text() const
{
    if (m_run.total == 0)
        return {};
    QStringList parts{tr("%n done", nullptr, m_run.done)};
    if (m_run.failed > 0)
        parts << tr("%n failed", nullptr, m_run.failed);
    if (m_run.cancelled > 0)
        parts << tr("%n cancelled", nullptr, m_run.cancelled);
    if (const int left = m_run.total - m_run.finished(); left > 0)
        parts << tr("%n left", nullptr, left);
    return parts.join(tr(" · "));
}

QVector<RunProgressBar::Segment> RunProgressBar::segments() const
{
    QVector<Segment> segments;
    const std::pair<Part, int> parts[] = {
        {Part::Done, m_run.done}, {Part::Failed, m_run.failed}, {Part::Cancelled, m_run.cancelled}};
    for (const auto &[part, count] : parts) {
        if (count > 0)
            segments.push_back({part, count, colour(part)});
    }
    return segments;
}

QColor RunProgressBar::colour(Part part) const
{
    switch (part) {
    case Part::Done:
        return palette().color(QPalette::Highlight);
    case Part::Failed:
        return FailedRed;
    case Part::Cancelled:
        return blend(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.45);
    }
    return {};
}

void RunProgressBar::describe()
{
    const QString counts = text();
    setAccessibleDescription(counts.isEmpty() ? tr("No run yet") : counts);
    setToolTip(counts);
}

QSize RunProgressBar::sizeHint() const
{
    QStyleOptionProgressBar option;
    option.initFrom(this);
    const int line = fontMetrics().height();
    return style()->sizeFromContents(QStyle::CT_ProgressBar, &option, QSize(line * 7, line + 6), this);
}

QSize RunProgressBar::minimumSizeHint() const
{
    return {fontMetrics().height() * 3, sizeHint().height()};
}

void RunProgressBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
    QWidget::changeEvent(event);
}

void RunProgressBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionProgressBar option;
    option.initFrom(this);
    option.minimum = 0;
    option.maximum = std::max(1, m_run.total);
    option.progress = 0;
    option.textVisible = false;
    style()->drawControl(QStyle::CE_ProgressBarGroove, &option, &painter, this);
    const QRect contents = style()->subElementRect(QStyle::SE_ProgressBarContents, &option, this);
    if (m_run.total <= 0 || contents.width() <= 0)
        return;

    // Each part's share of the bar; what is left over is still to come.
    struct Region
    {
        QRect rect;
        QColor fill;
        QColor text;
    };
    QVector<Region> regions;
    int finished = 0;
    auto xAt = [&](int count) { return contents.left() + int(qint64(contents.width()) * count / m_run.total); };
    for (const Segment &segment : segments()) {
        const int left = xAt(finished);
        finished += segment.count;
        const QColor text = segment.part == Part::Done ? palette().color(QPalette::HighlightedText)
                                                        : textOn(segment.colour);
        regions.push_back({QRect(left, contents.top(), xAt(finished) - left, contents.height()), segment.colour, text});
    }
    const int restLeft = xAt(finished);
    regions.push_back({QRect(restLeft, contents.top(), contents.right() + 1 - restLeft, contents.height()), QColor(),
                       palette().color(QPalette::Text)});

    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(contents), 2, 2);
    painter.setClipPath(rounded);
    for (const Region &region : std::as_const(regions)) {
        if (region.fill.isValid())
            painter.fillRect(region.rect, region.fill);
    }
    // The text in each region's own contrasting colour, so it reads across the boundaries.
    const QString label = fontMetrics().elidedText(text(), Qt::ElideRight, contents.width() - 4);
    for (const Region &region : std::as_const(regions)) {
        if (region.rect.width() <= 0)
            continue;
        painter.setClipRect(region.rect);
        painter.setPen(region.text);
        painter.drawText(contents, Qt::AlignCenter, label);
    }
}

} // namespace Fetchpool::Gui
