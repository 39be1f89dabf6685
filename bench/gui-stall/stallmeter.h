#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QStringList>
#include <QVector>

// Measures how long the UI thread's event loop goes without running a 5 ms
// timer: every gap between consecutive ticks beyond the interval is time the
// window could not react to the user.
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 5;

    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();

    double longestGapMs() const;
    double percentileGapMs(double fraction) const;
    int ticks() const { return int(m_gapsNs.size()); }
    // The longest gaps as "gap ms at offset ms", longest first: where to look.
    QStringList worstGaps(int count) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    QVector<qint64> m_gapsNs;
    QVector<qint64> m_endsNs; // when each gap ended, since start()
};
