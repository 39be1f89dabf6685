#include "desktop/runtooltip.h"

#include "list/sizetext.h"
#include "run/runcontroller.h"

#include <QStringList>

namespace Fetchpool::Gui {

RunToolTip::RunToolTip(RunController &runs, QObject *parent)
    : QObject(parent)
    , m_shown(QStringLiteral("Fetchpool"))
{
    // Precise timers: a coarse one may fire up to 5 % early, and the
    // interval is a promise.
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(MinIntervalMs);
    m_held.setTimerType(Qt::PreciseTimer);
    m_held.setSingleShot(true);
    connect(&m_ticker, &QTimer::timeout, this, &RunToolTip::sample);
    connect(&m_held, &QTimer::timeout, this, &RunToolTip::showPending);
    connect(&runs, &RunController::runStarted, this, &RunToolTip::onRunStarted);
    connect(&runs, &RunController::progressed, this, &RunToolTip::onProgressed);
    connect(&runs, &RunController::runFinished, this, &RunToolTip::onRunFinished);
    m_clock.start();
}

QString RunToolTip::format(const RunProgress &run, std::optional<double> bytesPerSecond)
{
    // Separate figures, not parts of a sentence: each translates on its own.
    QStringList figures;
    figures << tr("%1 of %n done", nullptr, run.total).arg(run.done);
    if (run.failed > 0)
        figures << tr("%n failed", nullptr, run.failed);
    if (run.cancelled > 0)
        figures << tr("%n cancelled", nullptr, run.cancelled);
    if (bytesPerSecond)
        figures << SizeText::rate(*bytesPerSecond);
    return tr("Fetchpool — %1").arg(figures.join(QStringLiteral(" · ")));
}

void RunToolTip::onRunStarted(int total)
{
    m_latest = {};
    m_latest.total = total;
    m_sampledBytes = 0;
    m_sampledAtMs = m_clock.elapsed();
    m_ticker.start();
    publish(format(m_latest, std::nullopt));
}

void RunToolTip::onProgressed(const RunProgress &run)
{
    m_latest = run; // shown on the next tick
}

void RunToolTip::onRunFinished(const RunProgress &run)
{
    m_ticker.stop();
    m_latest = run;
    publish(format(run, std::nullopt));
}

void RunToolTip::sample()
{
    const qint64 nowMs = m_clock.elapsed();
    const qint64 spanMs = nowMs - m_sampledAtMs;
    const double rate = spanMs > 0 ? double(m_latest.bytes - m_sampledBytes) * 1000.0 / double(spanMs) : 0.0;
    m_sampledBytes = m_latest.bytes;
    m_sampledAtMs = nowMs;
    publish(format(m_latest, qMax(0.0, rate)));
}

void RunToolTip::publish(const QString &text)
{
    m_pending = text;
    if (!m_held.isActive())
        showPending();
}

void RunToolTip::showPending()
{
    if (m_pending == m_shown)
        return;
    const qint64 sinceShownMs = m_sinceShown.isValid() ? m_sinceShown.elapsed() : MinIntervalMs;
    if (sinceShownMs < MinIntervalMs) {
        m_held.start(int(MinIntervalMs - sinceShownMs));
        return;
    }
    m_shown = m_pending;
    m_sinceShown.restart();
    Q_EMIT changed(m_shown);
}

} // namespace Fetchpool::Gui
