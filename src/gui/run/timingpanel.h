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

class RunProgressBar;
class WrapLayout;

// The run's figures under the list: live elapsed time, the run's items in a
// bar of done, failed and cancelled, bytes, the aggregate rate, how many
// transfers are really in flight next to the worker count, and the
// Sequential / Parallel comparison for the list with what it was compared
// on. Its three blocks sit side by side and wrap onto rows of their own in a
// narrow window.
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
    // Per aria2 daemon, a line of its files and throughput (or why it was
    // left out or went away), under the run's figures; empty hides it.
    void showEngineFigures(const QStringList &lines);
    // The run went to aria2 daemons: its lanes are their download slots.
    void setRemote(bool remote);
    // The run is shared by this computer and the daemons: its lanes are both.
    void setMixed(bool mixed);
    QString engineFiguresText() const;

    QString elapsedText() const;
    QString comparisonText() const;
    // What the comparison was made on, or why there is none.
    QString comparisonBasisText() const;
    // The last run when it took only some rows of the list; empty otherwise.
    QString partialRunText() const;
    QString inFlightText() const;
    RunProgressBar *overallProgress() const { return m_overall; }
    // How many rows the blocks take at the panel's width.
    int rowCount() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void tick();
    void showCounts(const RunProgress &run, qint64 elapsedUs);
    void showElapsed(qint64 us);
    QWidget *elapsedBlock();
    QWidget *runBlock();
    QWidget *comparisonBlock();
    static QLabel *caption(const QString &text, QWidget *parent);

    QElapsedTimer m_clock;
    QTimer m_ticker;
    RunProgress m_last;
    bool m_remote = false;
    bool m_mixed = false;

    WrapLayout *m_layout;
    QLabel *m_elapsed;
    QLabel *m_counts;
    QLabel *m_bytes;
    QLabel *m_inFlight;
    QLabel *m_engineFigures;
    RunProgressBar *m_overall;

    QLabel *m_sequentialTime;
    QProgressBar *m_sequentialBar;
    QLabel *m_parallelCaption;
    QLabel *m_parallelTime;
    QProgressBar *m_parallelBar;
    QLabel *m_summary;
    QLabel *m_basis;
    QLabel *m_partialRun;
};

} // namespace Fetchpool::Gui
