#pragma once

#include "downloadtypes.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace Fetchpool {
class RunComparison;
}

namespace Fetchpool::Gui {

// The run's figures under the list: live elapsed time, counts, bytes, the
// aggregate rate, how many transfers are really in flight next to the worker
// count, and the Sequential / Parallel comparison for the list.
class TimingPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit TimingPanel(QWidget *parent = nullptr);

    void runStarted(int total, int workers);
    void updateProgress(const RunProgress &run);
    // The final figures; the elapsed time becomes the engine's measured wall time.
    void runFinished(const RunProgress &run, qint64 wallUs);
    void showComparison(const RunComparison &comparison);

    QString elapsedText() const;
    QString comparisonText() const;
    QString inFlightText() const;

private:
    void tick();
    void showCounts(const RunProgress &run, qint64 elapsedUs);
    void showElapsed(qint64 us);
    static QLabel *caption(const QString &text, QWidget *parent);

    QElapsedTimer m_clock;
    QTimer m_ticker;
    RunProgress m_last;

    QLabel *m_elapsed;
    QLabel *m_counts;
    QLabel *m_bytes;
    QLabel *m_inFlight;
    QProgressBar *m_overall;

    QLabel *m_sequentialTime;
    QProgressBar *m_sequentialBar;
    QLabel *m_parallelCaption;
    QLabel *m_parallelTime;
    QProgressBar *m_parallelBar;
    QLabel *m_summary;
};

} // namespace Fetchpool::Gui
