#include "run/timingpanel.h"

#include "list/sizetext.h"
#include "runcomparison.h"
#include "units.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Fetchpool::Gui {

namespace {

constexpr int TickMs = 100; // a live clock at 10 Hz reads smoothly

QProgressBar *makeBar(QWidget *parent, const QString &name)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setTextVisible(false);
    bar->setRange(0, 1000);
    bar->setValue(0);
    bar->setMaximumHeight(parent->fontMetrics().height() * 3 / 4);
    return bar;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

TimingPanel::TimingPanel(QWidget *parent)
    : QFrame(parent)
    , m_elapsed(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_bytes(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_overall(new QProgressBar(this))
    , m_sequentialTime(new QLabel(this))
    , m_sequentialBar(makeBar(this, QStringLiteral("sequentialBar")))
    , m_parallelCaption(new QLabel(tr("Parallel"), this))
    , m_parallelTime(new QLabel(this))
    , m_parallelBar(makeBar(this, QStringLiteral("parallelBar")))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("timingPanel"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_elapsed->setFont(big);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("88 min 88 s")));
    m_elapsed->setToolTip(tr("Wall time of the current or last run, as measured by the engine"));

    m_counts->setObjectName(QStringLiteral("counts"));
    m_bytes->setObjectName(QStringLiteral("bytes"));
    m_inFlight->setObjectName(QStringLiteral("inFlight"));
    m_inFlight->setToolTip(tr("Requests open right now, next to the number of workers: "
                              "a cap anywhere on the way shows up here"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    m_overall->setFormat(tr("%p %"));

    m_sequentialTime->setObjectName(QStringLiteral("sequentialTime"));
    m_parallelTime->setObjectName(QStringLiteral("parallelTime"));
    for (QLabel *time : {m_sequentialTime, m_parallelTime}) {
        time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        time->setMinimumWidth(time->fontMetrics().horizontalAdvance(QStringLiteral("88 min 88 s")));
    }
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *elapsedBox = new QVBoxLayout;
    elapsedBox->addWidget(caption(tr("Elapsed"), this));
    elapsedBox->addWidget(m_elapsed);
    elapsedBox->addStretch();

    auto *runBox = new QVBoxLayout;
    runBox->addWidget(caption(tr("This run"), this));
    runBox->addWidget(m_counts);
    runBox->addWidget(m_overall);
    auto *rateLine = new QHBoxLayout;
    rateLine->addWidget(m_bytes);
    rateLine->addStretch();
    rateLine->addWidget(m_inFlight);
    runBox->addLayout(rateLine);

    auto *comparisonBox = new QGridLayout;
    comparisonBox->addWidget(caption(tr("Sequential vs Parallel, this list"), this), 0, 0, 1, 3);
    comparisonBox->addWidget(new QLabel(tr("Sequential"), this), 1, 0);
    comparisonBox->addWidget(m_sequentialBar, 1, 1);
    comparisonBox->addWidget(m_sequentialTime, 1, 2);
    comparisonBox->addWidget(m_parallelCaption, 2, 0);
    comparisonBox->addWidget(m_parallelBar, 2, 1);
    comparisonBox->addWidget(m_parallelTime, 2, 2);
    comparisonBox->addWidget(m_summary, 3, 0, 1, 3);
    comparisonBox->setColumnStretch(1, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(elapsedBox);
    layout->addWidget(separator(this));
    layout->addLayout(runBox, 3);
    layout->addWidget(separator(this));
    layout->addLayout(comparisonBox, 4);

    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TimingPanel::tick);

    showElapsed(0);
    showCounts(RunProgress{}, 0);
    showComparison(RunComparison{});
}

QLabel *TimingPanel::caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void TimingPanel::runStarted(int total, int workers)
{
    m_last = RunProgress{};
    m_last.total = total;
    m_last.workers = workers;
    m_clock.start();
    m_ticker.start();
    showElapsed(0);
    showCounts(m_last, 0);
}

void TimingPanel::updateProgress(const RunProgress &run)
{
    m_last = run;
    showCounts(run, run.elapsedUs);
}

void TimingPanel::runFinished(const RunProgress &run, qint64 wallUs)
{
    m_ticker.stop();
    m_last = run;
    m_last.inFlight = 0;
    showElapsed(wallUs);
    showCounts(m_last, wallUs);
}

void TimingPanel::tick()
{
    showElapsed(m_clock.nsecsElapsed() / 1000);
}

void TimingPanel::showElapsed(qint64 us)
{
    m_elapsed->setText(formatDuration(us));
}

void TimingPanel::showCounts(const RunProgress &run, qint64 elapsedUs)
{
    if (run.total == 0) {
        m_counts->setText(tr("No run yet"));
        m_bytes->setText(QString());
        m_inFlight->setText(QString());
        m_overall->setRange(0, 1);
        m_overall->setValue(0);
        return;
    }
    QString counts = tr("%1 of %2 done").arg(run.done).arg(run.total);
    if (run.failed > 0)
        counts += tr(" · %n failed", nullptr, run.failed);
    if (run.cancelled > 0)
        counts += tr(" · %n cancelled", nullptr, run.cancelled);
    m_counts->setText(counts);
    m_overall->setRange(0, run.total);
    m_overall->setValue(run.finished());

    const double rate = elapsedUs > 0 ? double(run.bytes) * 1e6 / double(elapsedUs) : 0.0;
    m_bytes->setText(tr("%1 at %2").arg(SizeText::size(run.bytes), SizeText::rate(rate)));
    m_inFlight->setText(tr("In flight %1 of %n worker(s)", nullptr, run.workers).arg(run.inFlight));
}

void TimingPanel::showComparison(const RunComparison &comparison)
{
    const auto sequential = comparison.sequential();
    const auto parallel = comparison.parallel();
    const qint64 longest = qMax(sequential ? sequential->wallUs : 0, parallel ? parallel->wallUs : 0);
    auto show = [longest](const std::optional<RunComparison::Entry> &entry, QProgressBar *bar, QLabel *time) {
        bar->setValue(entry && longest > 0 ? int(qMax<qint64>(1, entry->wallUs * 1000 / longest)) : 0);
        time->setText(entry ? formatDuration(entry->wallUs) : tr("not run"));
    };
    show(sequential, m_sequentialBar, m_sequentialTime);
    show(parallel, m_parallelBar, m_parallelTime);
    m_parallelCaption->setText(parallel ? tr("Parallel ×%1").arg(parallel->workers) : tr("Parallel"));
    m_summary->setText(sequential || parallel
                               ? comparison.summary()
                               : tr("Run the list in Sequential and in Parallel to compare"));
}

QString TimingPanel::elapsedText() const
{
    return m_elapsed->text();
}

QString TimingPanel::comparisonText() const
{
    return m_summary->text();
}

QString TimingPanel::inFlightText() const
{
    return m_inFlight->text();
}

} // namespace Fetchpool::Gui
