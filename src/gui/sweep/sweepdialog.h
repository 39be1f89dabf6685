#pragma once

#include "app/guisettings.h"
#include "workersweep.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Fetchpool::Gui {

class SweepPlot;

// Run → Measure…: fetches the list (or a random sample of it) with 1, 2, 4 …
// up to a chosen number of workers into a scratch folder that is removed
// afterwards, plots wall time and speed-up, marks where more workers stop
// paying off, and offers that count for the list's own runs. URLs that
// failed in the list are left out; while a step runs, the URL it has waited
// on longest is named; a cancelled sweep recommends from the steps it
// completed.
class SweepDialog final : public QDialog
{
    Q_OBJECT

public:
    SweepDialog(const QVector<QUrl> &urls, QWidget *parent = nullptr);
    ~SweepDialog() override;

    // Asked before measuring: a reason why the list cannot be measured now
    // (a run is going), or an empty string.
    void setBusyCheck(std::function<QString()> busyReason);

    // The window's timeout, retries, cap per host and extra CA, as its runs use them.
    void setConnection(const ConnectionSettings &connection) { m_connection = connection; }
    void setSampleSize(int urls); // 0 or the list's size: the whole list
    void setMaxWorkers(int workers);
    // How many of the list's URLs were left out because they failed in the list.
    void setSkippedFailures(int urls);
    bool isMeasuring() const { return m_sweep.isRunning(); }
    const SweepResult &result() const { return m_sweep.result(); }
    const WorkerSweep &sweep() const { return m_sweep; }

public Q_SLOTS:
    void measure();
    void cancelMeasuring();
    // While measuring: cancels, and closes once the scratch folder is gone.
    void reject() override;

Q_SIGNALS:
    void measuringChanged(bool measuring);
    // "Use N workers" was pressed.
    void workersChosen(int workers);

private:
    void onStepStarted(int index, int workers);
    void onProgressed(int index, const RunProgress &run);
    void onStepFinished(int index, const SweepStep &step);
    void onFinished(const SweepResult &result);
    void showRecommendation(const SweepResult &result);
    void showWaiting();
    void setMeasuring(bool measuring);
    QVector<int> plannedCounts() const;

    const QVector<QUrl> m_urls;
    ConnectionSettings m_connection;
    WorkerSweep m_sweep;
    std::function<QString()> m_busyReason;
    bool m_closeWhenDone = false;
    int m_recommended = 0;

    SweepPlot *m_plot = nullptr;
    QSpinBox *m_sample = nullptr;
    QComboBox *m_maxWorkers = nullptr;
    QPushButton *m_measure = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_useWorkers = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace Fetchpool::Gui
