#pragma once

#include "downloadtypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace Fetchpool::Gui {

class RunController;

// The tray icon's tooltip: "Fetchpool — 41 of 60 done · 2 failed · 13.7 MiB/s"
// during a run, the speed measured over the last second; the counts of the
// last run after it. The engine publishes up to 30 times a second; the text
// changes at most once a second, and a stalled run drops to 0 B/s even
// though no batch arrives.
class RunToolTip final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunToolTip)

public:
    static constexpr int MinIntervalMs = 1000;

    explicit RunToolTip(RunController &runs, QObject *parent = nullptr);

    QString text() const { return m_shown; }

    // The text for `run`; the speed only while it runs.
    static QString format(const RunProgress &run, std::optional<double> bytesPerSecond);

Q_SIGNALS:
    void changed(const QString &text);

private:
    void onRunStarted(int total);
    void onProgressed(const RunProgress &run);
    void onRunFinished(const RunProgress &run);
    void sample(); // once a second during a run
    void publish(const QString &text);
    void showPending();

    QString m_shown;
    QString m_pending;
    QTimer m_ticker; // samples the speed during a run
    QTimer m_held;   // a change waiting for its second to come
    QElapsedTimer m_sinceShown;
    QElapsedTimer m_clock;
    RunProgress m_latest;
    qint64 m_sampledBytes = 0;
    qint64 m_sampledAtMs = 0;
};

} // namespace Fetchpool::Gui
