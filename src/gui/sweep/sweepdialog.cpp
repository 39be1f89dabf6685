#include "sweep/sweepdialog.h"

#include "sweep/sweepplot.h"
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
    layout->addLayout(settings);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
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
    m_status->setText(tr("Step %1 of %2: %n worker(s) · %3 of %4 fetched · %5", nullptr, run.workers)
                              .arg(index + 1)
                              .arg(m_sweep.stepCount())
                              .arg(run.finished())
                              .arg(run.total)
                              .arg(formatDuration(run.elapsedUs)));
}

void SweepDialog::onStepFinished(int index, const SweepStep &)
{
    m_progress->setValue(int(1000.0 * (index + 1) / std::max(1, m_sweep.stepCount())));
    m_plot->setResult(m_sweep.result());
}

void SweepDialog::onFinished(const SweepResult &result)
{
    setMeasuring(false);
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
    m_recommended = result.recommendedWorkers();
    const SweepStep *base = result.baseline();
    const auto chosen = std::find_if(result.steps.cbegin(), result.steps.cend(),
                                     [this](const SweepStep &step) { return step.workers == m_recommended; });
    if (m_recommended <= 0 || !base || chosen == result.steps.cend()) {
        m_verdict->setText(result.steps.isEmpty() ? QString()
                                                  : tr("No worker count fetched every URL, so there is no "
                                                       "recommendation: see the failures in a normal run."));
        m_useWorkers->setVisible(false);
        return;
    }
    const int gainPercent = int(SweepResult::DiminishingGain * 100);
    const double factor = result.speedUp(*chosen).value_or(1.0);
    QString text;
    if (m_recommended == base->workers) {
        text = tr("<b>More workers do not help this list.</b> No larger count was %1 % faster or more; "
                  "the server or the connection is the limit.")
                       .arg(gainPercent);
    } else if (chosen + 1 == result.steps.cend()) {
        text = tr("<b>Recommended: %1 workers</b>, %2× as fast as %n worker(s). The curve is still rising at %1: "
                  "larger counts may be faster yet.", nullptr, base->workers)
                       .arg(m_recommended)
                       .arg(factor, 0, 'f', 1);
    } else {
        text = tr("<b>Recommended: %1 workers</b>, %2× as fast as %n worker(s). Beyond %1, more workers gain "
                  "less than %3 %: they add threads, connections and server load for little time.",
                  nullptr, base->workers)
                       .arg(m_recommended)
                       .arg(factor, 0, 'f', 1)
                       .arg(gainPercent);
    }
    m_verdict->setText(text);
    m_useWorkers->setText(tr("Use %n Worker(s)", nullptr, m_recommended));
    m_useWorkers->setVisible(true);
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
