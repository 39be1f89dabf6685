#include "sweep/sweepdialog.h"

#include "sweep/sweepplot.h"
#include "sweep/sweepverdict.h"
#include "units.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Fetchpool::Gui {

namespace {

// Large enough to be representative, small enough to measure in a minute
// or two at one worker on a slow server.
constexpr int DefaultSample = 200;
constexpr int DefaultMaxWorkers = 64;
// A step waiting this long on one URL says which.
constexpr qint64 WaitNoticeUs = 1'000'000;

} // namespace

SweepDialog::SweepDialog(const QVector<QUrl> &urls, QWidget *parent)
    : QDialog(parent)
    , m_urls(urls)
{
    setWindowTitle(tr("Measure Worker Counts"));
    setObjectName(QStringLiteral("sweepDialog"));

    auto *intro = new QLabel(tr("Fetches the list with 1, 2, 4 … workers, one run after the other, into a scratch "
                                "folder that is removed afterwards, and shows how many workers this list is worth."),
                             this);
    intro->setWordWrap(true);

    m_sample = new QSpinBox(this);
    m_sample->setObjectName(QStringLiteral("sampleSize"));
    m_sample->setRange(1, std::max(1, int(urls.size())));
    m_sample->setSuffix(tr(" of %n URL(s)", nullptr, int(urls.size())));
    m_sample->setToolTip(tr("Measure a random sample of this many URLs; all of them takes longest but is most faithful"));
    m_sample->setValue(std::min(int(urls.size()), DefaultSample));

    m_maxWorkers = new QComboBox(this);
    m_maxWorkers->setObjectName(QStringLiteral("maxWorkers"));
    for (int workers = 2; workers <= EngineOptions::MaxWorkers; workers *= 2)
        m_maxWorkers->addItem(QString::number(workers), workers);
    m_maxWorkers->setCurrentIndex(m_maxWorkers->findData(DefaultMaxWorkers));
    connect(m_maxWorkers, &QComboBox::currentIndexChanged, this, [this] {
        if (!isMeasuring())
            m_plot->setPlannedCounts(plannedCounts());
    });

    m_measure = new QPushButton(tr("&Measure"), this);
    m_measure->setObjectName(QStringLiteral("measureButton"));
    m_measure->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel Measuring"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    connect(m_measure, &QPushButton::clicked, this, &SweepDialog::measure);
    connect(m_cancel, &QPushButton::clicked, this, &SweepDialog::cancelMeasuring);

    auto *settings = new QHBoxLayout;
    auto *sampleLabel = new QLabel(tr("&Sample:"), this);
    sampleLabel->setBuddy(m_sample);
    auto *maxLabel = new QLabel(tr("&Up to:"), this);
    maxLabel->setBuddy(m_maxWorkers);
    settings->addWidget(sampleLabel);
    settings->addWidget(m_sample);
    settings->addSpacing(12);
    settings->addWidget(maxLabel);
    settings->addWidget(m_maxWorkers);
    settings->addWidget(new QLabel(tr("workers"), this));
    settings->addStretch(1);
    settings->addWidget(m_measure);
    settings->addWidget(m_cancel);

    m_plot = new SweepPlot(this);
    m_plot->setObjectName(QStringLiteral("sweepPlot"));
    m_plot->setPlannedCounts(plannedCounts());

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Ready to measure."), this);
    m_status->setObjectName(QStringLiteral("sweepStatus"));
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("sweepWaiting"));
    // Elided to the dialog's width: a long URL must not widen the dialog.
    m_waiting->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_waiting->setMinimumHeight(fontMetrics().height());
    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("sweepSkipped"));
    m_skipped->setWordWrap(true);
    m_skipped->setVisible(false);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("sweepVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMinimumHeight(fontMetrics().height() * 3);

    m_useWorkers = new QPushButton(this);
    m_useWorkers->setObjectName(QStringLiteral("useWorkersButton"));
    m_useWorkers->setVisible(false);
    connect(m_useWorkers, &QPushButton::clicked, this, [this] {
        if (m_recommended > 0)
            Q_EMIT workersChosen(m_recommended);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &SweepDialog::reject);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_useWorkers, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_skipped);
    layout->addLayout(settings);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_waiting);
    layout->addLayout(verdictRow);
    layout->addWidget(buttons);

    connect(&m_sweep, &WorkerSweep::stepStarted, this, &SweepDialog::onStepStarted);
    connect(&m_sweep, &WorkerSweep::progressed, this, &SweepDialog::onProgressed);
    connect(&m_sweep, &WorkerSweep::stepFinished, this, &SweepDialog::onStepFinished);
    connect(&m_sweep, &WorkerSweep::finished, this, &SweepDialog::onFinished);

    m_measure->setEnabled(!urls.isEmpty());
    resize(760, 560);
}

SweepDialog::~SweepDialog() = default;

void SweepDialog::setBusyCheck(std::function<QString()> busyReason)
{
    m_busyReason = std::move(busyReason);
}

void SweepDialog::setSampleSize(int urls)
{
    m_sample->setValue(urls <= 0 ? m_sample->maximum() : urls);
}

void SweepDialog::setSkippedFailures(int urls)
{
    if (urls > 0 && m_urls.isEmpty())
        m_skipped->setText(tr("Every URL in the list failed there, so there is nothing to measure: retry them first."));
    else if (urls > 0)
        m_skipped->setText(tr("%n URL(s) that failed in the list are left out: at every step they would only wait "
                              "for their timeouts.", nullptr, urls));
    m_skipped->setVisible(urls > 0);
}

void SweepDialog::setMaxWorkers(int workers)
{
    const int index = m_maxWorkers->findData(workers);
    if (index >= 0)
        m_maxWorkers->setCurrentIndex(index);
}

QVector<int> SweepDialog::plannedCounts() const
{
    return doublingWorkerCounts(m_maxWorkers->currentData().toInt());
}

void SweepDialog::measure()
{
    if (isMeasuring())
        return;
    if (m_busyReason) {
        if (const QString reason = m_busyReason(); !reason.isEmpty()) {
            m_status->setText(reason);
            return;
        }
    }
    SweepOptions options;
    options.workerCounts = plannedCounts();
    m_connection.applyTo(options.engine);
    options.engine.backgroundWorkers = true; // the window comes first, as in its own runs
    options.sampleSize = m_sample->value() < m_urls.size() ? m_sample->value() : 0;
    options.sampleSeed = QRandomGenerator::global()->generate();
    QString error;
    if (!m_sweep.start(m_urls, options, &error)) {
        m_status->setText(tr("Cannot measure: %1").arg(error));
        return;
    }
    m_recommended = 0;
    m_useWorkers->setVisible(false);
    m_verdict->clear();
    m_plot->setPlannedCounts(options.workerCounts);
    m_plot->setResult(m_sweep.result());
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    setMeasuring(true);
}

void SweepDialog::cancelMeasuring()
{
    if (!isMeasuring())
        return;
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    m_sweep.cancel();
}

void SweepDialog::reject()
{
    // The scratch folder goes before the dialog does.
    if (isMeasuring()) {
        m_closeWhenDone = true;
        cancelMeasuring();
        return;
    }
    QDialog::reject();
}

void SweepDialog::onStepStarted(int index, int workers)
{
    m_plot->setActiveCount(workers);
    m_status->setText(tr("Step %1 of %2: %n worker(s)…", nullptr, workers).arg(index + 1).arg(m_sweep.stepCount()));
}

void SweepDialog::onProgressed(int index, const RunProgress &run)
{
    const double within = run.total > 0 ? double(run.finished()) / run.total : 0.0;
    m_progress->setValue(int(1000.0 * (index + within) / std::max(1, m_sweep.stepCount())));
    const qint64 limitUs = m_sweep.stepTimeoutUs();
    const QString text = limitUs > 0
            ? tr("Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5 of at most %6", nullptr, run.workers)
                      .arg(index + 1)
                      .arg(m_sweep.stepCount())
                      .arg(run.finished())
                      .arg(run.total)
                      .arg(formatDuration(run.elapsedUs), formatDuration(limitUs))
            : tr("Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5", nullptr, run.workers)
                      .arg(index + 1)
                      .arg(m_sweep.stepCount())
                      .arg(run.finished())
                      .arg(run.total)
                      .arg(formatDuration(run.elapsedUs));
    m_status->setText(text);
    showWaiting();
}

// The URL the step has waited on longest, once that is long enough to matter.
void SweepDialog::showWaiting()
{
    const auto wait = m_sweep.longestWait();
    if (!wait || wait->waitedUs < WaitNoticeUs) {
        m_waiting->clear();
        m_waiting->setToolTip(QString());
        return;
    }
    const QString url = wait->url.toDisplayString(QUrl::RemoveUserInfo);
    const QString waited = formatDuration(wait->waitedUs);
    const QFontMetrics metrics = m_waiting->fontMetrics();
    const int room = m_waiting->width() - metrics.horizontalAdvance(tr("Waiting on %1 for %2").arg(QString(), waited));
    m_waiting->setText(tr("Waiting on %1 for %2").arg(metrics.elidedText(url, Qt::ElideMiddle, std::max(room, 80)), waited));
    m_waiting->setToolTip(url);
}

void SweepDialog::onStepFinished(int index, const SweepStep &)
{
    m_progress->setValue(int(1000.0 * (index + 1) / std::max(1, m_sweep.stepCount())));
    m_plot->setResult(m_sweep.result());
}

void SweepDialog::onFinished(const SweepResult &result)
{
    setMeasuring(false);
    m_waiting->clear();
    m_waiting->setToolTip(QString());
    m_plot->setActiveCount(0);
    m_plot->setResult(result);
    if (!result.error.isEmpty())
        m_status->setText(tr("Measuring stopped: %1").arg(result.error));
    else if (result.cancelled)
        m_status->setText(tr("Cancelled; the scratch files are removed."));
    else
        m_status->setText(tr("Measured %n URL(s) at %1 worker counts; the scratch files are removed.", nullptr,
                             result.urlCount)
                                  .arg(result.steps.size()));
    if (!result.cancelled)
        m_progress->setValue(m_progress->maximum());
    showRecommendation(result);
    if (m_closeWhenDone)
        QDialog::reject();
}

void SweepDialog::showRecommendation(const SweepResult &result)
{
    const SweepVerdict verdict(result);
    m_recommended = verdict.workers();
    m_verdict->setText(verdict.text());
    m_useWorkers->setVisible(m_recommended > 0);
    if (m_recommended > 0)
        m_useWorkers->setText(tr("Use %n Worker(s)", nullptr, m_recommended));
}

void SweepDialog::setMeasuring(bool measuring)
{
    m_measure->setEnabled(!measuring && !m_urls.isEmpty());
    m_cancel->setEnabled(measuring);
    m_sample->setEnabled(!measuring);
    m_maxWorkers->setEnabled(!measuring);
    m_close->setText(measuring ? tr("Cancel && Close") : tr("Close"));
    Q_EMIT measuringChanged(measuring);
}

} // namespace Fetchpool::Gui
