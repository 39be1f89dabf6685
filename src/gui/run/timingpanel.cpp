#include "run/timingpanel.h"

#include "run/comparisontext.h"

#include "list/sizetext.h"
#include "run/runprogressbar.h"
#include "run/wraplayout.h"
#include "runcomparison.h"
#include "units.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
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

// A block's own layout: the panel's margins and the layout's gaps are around it already.
template<typename Layout>
Layout *blockLayout(QWidget *block)
{
    auto *layout = new Layout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

TimingPanel::TimingPanel(QWidget *parent)
    : QFrame(parent)
    , m_layout(new WrapLayout(this))
    , m_elapsed(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_bytes(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_engineFigures(wrappingLabel(QStringLiteral("engineFigures"), this))
    , m_overall(new RunProgressBar(this))
    , m_sequentialTime(new QLabel(this))
    , m_sequentialBar(makeBar(this, QStringLiteral("sequentialBar")))
    , m_parallelCaption(new QLabel(tr("Parallel"), this))
    , m_parallelTime(new QLabel(this))
    , m_parallelBar(makeBar(this, QStringLiteral("parallelBar")))
    , m_summary(wrappingLabel(QStringLiteral("comparisonSummary"), this))
    , m_basis(wrappingLabel(QStringLiteral("comparisonBasis"), this))
    , m_partialRun(wrappingLabel(QStringLiteral("partialRun"), this))
{
    setObjectName(QStringLiteral("timingPanel"));
    setFrameShape(QFrame::StyledPanel);
    // Preferred, not Maximum: on narrow rows the panel is as tall as its
    // wrapped rows need (height for width), which is more than its hint.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    m_layout->addWidget(elapsedBlock(), 0);
    m_layout->addWidget(runBlock(), 3);
    m_layout->addWidget(comparisonBlock(), 4);

    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TimingPanel::tick);

    showElapsed(0);
    showCounts(RunProgress{}, 0);
    showComparison(RunComparison{});
}

QWidget *TimingPanel::elapsedBlock()
{
    auto *block = new QWidget(this);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_elapsed->setFont(big);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("88 min 88 s")));
    m_elapsed->setToolTip(tr("Wall time of the current or last run, as measured by the engine"));

    auto *layout = blockLayout<QVBoxLayout>(block);
    layout->addWidget(caption(tr("Elapsed"), block));
    layout->addWidget(m_elapsed);
    layout->addStretch();
    return block;
}

QWidget *TimingPanel::runBlock()
{
    auto *block = new QWidget(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_bytes->setObjectName(QStringLiteral("bytes"));
    m_inFlight->setObjectName(QStringLiteral("inFlight"));
    m_inFlight->setToolTip(tr("Requests open right now, next to the number of workers: "
                              "a cap anywhere on the way shows up here"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));

    auto *layout = blockLayout<QVBoxLayout>(block);
    layout->addWidget(caption(tr("This run"), block));
    layout->addWidget(m_counts);
    layout->addWidget(m_overall);
    // One under the other: side by side, a narrow block ran the rate and
    // "In flight" together. The comparison beside it is as tall anyway.
    layout->addWidget(m_bytes);
    layout->addWidget(m_inFlight);
    m_engineFigures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_engineFigures->setToolTip(tr("What each aria2 daemon downloaded in this run, over the run's wall time"));
    m_engineFigures->hide();
    layout->addWidget(m_engineFigures);
    layout->addStretch();
    return block;
}

QWidget *TimingPanel::comparisonBlock()
{
    auto *block = new QWidget(this);
    m_sequentialTime->setObjectName(QStringLiteral("sequentialTime"));
    m_parallelTime->setObjectName(QStringLiteral("parallelTime"));
    for (QLabel *time : {m_sequentialTime, m_parallelTime}) {
        time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        time->setMinimumWidth(time->fontMetrics().horizontalAdvance(QStringLiteral("88 min 88 s")));
    }
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_partialRun->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = blockLayout<QGridLayout>(block);
    layout->addWidget(caption(tr("Sequential vs Parallel, this list"), block), 0, 0, 1, 3);
    layout->addWidget(new QLabel(tr("Sequential"), block), 1, 0);
    layout->addWidget(m_sequentialBar, 1, 1);
    layout->addWidget(m_sequentialTime, 1, 2);
    layout->addWidget(m_parallelCaption, 2, 0);
    layout->addWidget(m_parallelBar, 2, 1);
    layout->addWidget(m_parallelTime, 2, 2);
    layout->addWidget(m_summary, 3, 0, 1, 3);
    layout->addWidget(m_basis, 4, 0, 1, 3);
    layout->addWidget(m_partialRun, 5, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(6, 1);
    return block;
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

void TimingPanel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A line between two blocks of one row; a wrapped block needs none.
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    for (const QLine &line : m_layout->separatorLines())
        painter.drawLine(line);
}

int TimingPanel::rowCount() const
{
    return m_layout->rowCount();
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
    m_overall->setRun(run);
    if (run.total == 0) {
        m_counts->setText(tr("No run yet"));
        m_bytes->setText(QString());
        m_inFlight->setText(QString());
        return;
    }
    // Done, failed and cancelled are in the bar below.
    if (m_mixed)
        m_counts->setText(tr("On this computer and aria2 daemons, lanes: %1").arg(run.workers));
    else if (m_remote)
        m_counts->setText(tr("On aria2 daemons, download slots: %1").arg(run.workers));
    else
        m_counts->setText(run.workers <= 1 ? tr("%n item(s), Sequential", nullptr, run.total)
                                           : tr("%n item(s), Parallel ×%1", nullptr, run.total).arg(run.workers));
    const double rate = elapsedUs > 0 ? double(run.bytes) * 1e6 / double(elapsedUs) : 0.0;
    m_bytes->setText(tr("%1 at %2").arg(SizeText::size(run.bytes), SizeText::rate(rate)));
    m_inFlight->setText(m_mixed    ? tr("In flight %1, lanes: %2").arg(run.inFlight).arg(run.workers)
                        : m_remote ? tr("In flight %1, download slots: %2").arg(run.inFlight).arg(run.workers)
                                 : tr("In flight %1 of %n worker(s)", nullptr, run.workers).arg(run.inFlight));
}

void TimingPanel::showComparison(const RunComparison &comparison)
{
    const auto sequentialUs = comparison.shownUs(false);
    const auto parallelUs = comparison.shownUs(true);
    const qint64 longest = std::max(sequentialUs.value_or(0), parallelUs.value_or(0));
    auto show = [longest](const std::optional<qint64> &us, const std::optional<RunRecord> &run, QProgressBar *bar,
                          QLabel *time) {
        bar->setValue(us && longest > 0 ? int(std::max<qint64>(1, *us * 1000 / longest)) : 0);
        time->setText(us ? formatDuration(*us) : tr("not run"));
        // The run as a whole, when the figure shown is for the common items only.
        time->setToolTip(run ? tr("The whole run took %1; %2 of %n item(s) done.", nullptr, run->total())
                                       .arg(formatDuration(run->wallUs()))
                                       .arg(run->count(RunRecord::Outcome::Fetched)
                                            + run->count(RunRecord::Outcome::Continued))
                             : QString());
    };
    show(sequentialUs, comparison.sequential(), m_sequentialBar, m_sequentialTime);
    show(parallelUs, comparison.parallel(), m_parallelBar, m_parallelTime);
    const auto &parallel = comparison.parallel();
    m_parallelCaption->setText(parallel ? tr("Parallel ×%1").arg(parallel->workers()) : tr("Parallel"));

    // With nothing recorded, the summary line says what to do; otherwise the
    // line under it says what was compared, or why nothing was.
    const bool nothingRun = comparison.missing() == RunComparison::Missing::BothRuns;
    m_summary->setText(nothingRun ? ComparisonText::basis(comparison) : comparison.summary());
    m_basis->setText(nothingRun ? QString() : ComparisonText::basis(comparison));
    m_basis->setVisible(!nothingRun);
    m_partialRun->setText(ComparisonText::partialRunNote(comparison));
    m_partialRun->setVisible(!m_partialRun->text().isEmpty());
}

QString TimingPanel::elapsedText() const
{
    return m_elapsed->text();
}

QString TimingPanel::comparisonText() const
{
    return m_summary->text();
}

QString TimingPanel::comparisonBasisText() const
{
    return m_basis->text();
}

QString TimingPanel::partialRunText() const
{
    return m_partialRun->text();
}

QString TimingPanel::inFlightText() const
{
    return m_inFlight->text();
}

void TimingPanel::showEngineFigures(const QStringList &lines)
{
    m_engineFigures->setText(lines.join(QLatin1Char('\n')));
    m_engineFigures->setVisible(!lines.isEmpty());
}

QString TimingPanel::engineFiguresText() const
{
    return m_engineFigures->text();
}

void TimingPanel::setMixed(bool mixed)
{
    if (mixed == m_mixed)
        return;
    m_mixed = mixed;
    showCounts(m_last, m_last.elapsedUs);
}

void TimingPanel::setRemote(bool remote)
{
    if (remote == m_remote)
        return;
    m_remote = remote;
    showCounts(m_last, m_last.elapsedUs);
}

} // namespace Fetchpool::Gui
