// Runs from the window against the in-process test server: the Sequential /
// Parallel toggle and the worker count reach the engine, a full run turns
// every row done and fills the comparison, Stop cancels, a stalled transfer
// shows no speed, failures can be retried, and a bad destination is reported
// before anything starts.
#include "app/apptranslations.h"
#include "app/autostart.h"
#include "app/preferencesdialog.h"
#include "enginetest.h"
#include "guitestwindow.h"
#include "httptestproxy.h"
#include "list/sizetext.h"
#include "run/runprogressbar.h"
#include "run/timingpanel.h"
#include "run/wraplayout.h"
#include "runcomparison.h"
#include "runshape.h"
#include "serverfiles.h"
#include "testserver.h"
#include "units.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScopeGuard>
#include <QPushButton>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

// What the engine reported for each row, in list order.
QVector<ItemResult> resultsOf(const DownloadModel &model)
{
    QVector<ItemResult> results;
    results.reserve(model.rowCount());
    for (const DownloadItem &item : model.items())
        results << item.result;
    return results;
}

// "Last run was partial (3 of 294 items): not compared." The English plural
// of a new string ("item(s)") comes with the next update of the translations.
bool isPartialRunNote(const QString &text, int items, int listSize)
{
    return text.startsWith(QStringLiteral("Last run was partial (%1 of %2 item").arg(items).arg(listSize))
            && text.endsWith(QStringLiteral("): not compared."));
}

// The Done items' times in the run, for the comparison's figures.
QVector<RunRecord::Span> doneSpans(const QVector<ItemResult> &results)
{
    QVector<RunRecord::Span> spans;
    for (const ItemResult &item : results) {
        if (item.state == ItemState::Done)
            spans.push_back({item.startUs, item.endUs});
    }
    return spans;
}

// The colour of `image` at `point` is `expected`, give or take the style's shading.
bool looksLike(const QImage &image, QPoint point, const QColor &expected)
{
    const QColor seen = image.pixelColor(point);
    return std::abs(seen.red() - expected.red()) < 40 && std::abs(seen.green() - expected.green()) < 40
            && std::abs(seen.blue() - expected.blue()) < 40;
}

} // namespace

class tst_GuiRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sequentialRunsOnOneWorker();
    void parallelUsesTheWorkerCount();
    void fullRunsFillTheComparison();
    void runsWithFailuresCompareTheCommonItems();
    void nothingInCommonSaysWhy();
    void overallBarCountsEachOutcome();
    void panelReflowsWithoutCuttingItsTexts_data();
    void panelReflowsWithoutCuttingItsTexts();
    void stopCancelsPromptly();
    void stalledTransferShowsNoSpeed();
    void startAfterStopResumesKeptParts();
    void removingAStoppedItemDeletesItsPart();
    void failuresShowTheirReasonAndCanBeRetried();
    void missingDestinationIsReportedBeforeStarting();
    void actionsFollowTheRunState();
    void removingRunningItemsCancelsThem();
    void demoBatchUsesAScratchFolder();
    void autostartRunsEachModeInTurn();
    void preferencesApplyToTheNextRun();
    void preferencesShareTheToolbarsSettings();
    void requestPreferencesReachTheServer();
    void splitPreferencesApplyToTheNextRun();
    void retryOfFinishedItemsAsksAndReplacesTheirFiles();
    void stoppedReplacementKeepsTheEarlierFile();

private:
    // Selects the rows of `ids` in the list, as the user would before an item action.
    void selectIds(const QVector<quint64> &ids);
    // The Retry question, once it shows; null when none came.
    QMessageBox *replaceQuestion();
    // Opens Edit → Preferences…; null when it did not open.
    PreferencesDialog *openPreferences();

    TestServer m_server{4};
    TestWindow m_window;
};

void tst_GuiRun::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
    QVERIFY(m_server.startTls());
}

void tst_GuiRun::init()
{
    QVERIFY(m_window.open());
}

void tst_GuiRun::cleanup()
{
    m_window.close();
}

void tst_GuiRun::selectIds(const QVector<quint64> &ids)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    view->selectionModel()->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (ids.contains(index.data(DownloadModel::IdRole).toULongLong()))
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QMessageBox *tst_GuiRun::replaceQuestion()
{
    QMessageBox *question = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        question = m_window->findChild<QMessageBox *>(QStringLiteral("replaceQuestion"));
        return question && question->isVisible();
    });
    return shown ? question : nullptr;
}

PreferencesDialog *tst_GuiRun::openPreferences()
{
    m_window.action("actionPreferences")->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void tst_GuiRun::sequentialRunsOnOneWorker()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("seq"), 6, QStringLiteral("size=2048&latency=20")));
    m_window->setParallelWorkers(12);
    m_window->setParallel(false);
    QVERIFY(!m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"))->isEnabled());
    QCOMPARE(m_window->workerCount(), 1);

    QSignalSpy started(&m_window->runs().engine(), &TransferEngine::runStarted);
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).toInt(), 1);
    QCOMPARE(end.at(0).value<RunProgress>().workers, 1);
    for (const ItemResult &item : resultsOf(m_window->model())) {
        QCOMPARE(item.state, ItemState::Done);
        QCOMPARE(item.worker, 0);
    }
    QCOMPARE(mostAtOnce(resultsOf(m_window->model())), 1); // one after the other
}

void tst_GuiRun::parallelUsesTheWorkerCount()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("par"), 24, QStringLiteral("size=4096&latency=150")));
    m_window->setParallel(true);
    auto *spin = m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"));
    QVERIFY(spin->isEnabled());
    spin->setValue(8);
    QCOMPARE(m_window->workerCount(), 8);

    m_server.resetStats();
    QSignalSpy started(&m_window->runs().engine(), &TransferEngine::runStarted);
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end));
    QCOMPARE(started.first().at(1).toInt(), 8);
    QCOMPARE(end.at(0).value<RunProgress>().workers, 8);
    QCOMPARE(end.at(0).value<RunProgress>().done, 24);

    std::set<int> workers;
    for (const ItemResult &item : resultsOf(m_window->model()))
        workers.insert(item.worker);
    QCOMPARE(int(workers.size()), 8);
    QCOMPARE(*workers.rbegin(), 7);
    // Each file waits 150 ms at the server: eight workers have more than half
    // of them under way together (two would be the global pool's threads),
    // on the run's clock and at the server alike, and never more than eight.
    const int atOnce = mostAtOnce(resultsOf(m_window->model()));
    QVERIFY2(atOnce > 4 && atOnce <= 8, qPrintable(QString::number(atOnce)));
    const int peak = m_server.peakConcurrentRequests();
    QVERIFY2(peak > 4 && peak <= 8, qPrintable(QString::number(peak)));
    QCOMPARE(QSettings().value(QStringLiteral("run/workers")).toInt(), 8);
}

void tst_GuiRun::fullRunsFillTheComparison()
{
    const QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("cmp"), 16, QStringLiteral("size=8192&latency=60"));
    m_window->model().addUrls(urls);
    TimingPanel *panel = m_window->timingPanel();
    QVERIFY(panel->comparisonText().startsWith(QStringLiteral("Run the list")));

    m_window->setParallel(false);
    QList<QVariant> sequential;
    QVERIFY(m_window.runToEnd(&sequential));
    const qint64 sequentialUs = sequential.at(1).toLongLong();
    QCOMPARE(panel->elapsedText(), formatDuration(sequentialUs));
    QVERIFY2(panel->comparisonText().startsWith(QStringLiteral("Sequential ")), qPrintable(panel->comparisonText()));
    for (const ItemResult &item : resultsOf(m_window->model())) {
        QCOMPARE(item.state, ItemState::Done);
        QVERIFY2(QFileInfo::exists(item.filePath), qPrintable(item.filePath));
        QCOMPARE(QFileInfo(item.filePath).size(), 8192);
        QCOMPARE(QFileInfo(item.filePath).absolutePath(), QFileInfo(m_window.destination()).canonicalFilePath());
    }
    QCOMPARE(mostAtOnce(resultsOf(m_window->model())), 1);

    // Start again on a finished list runs the same list, now in parallel.
    m_window->setParallel(true);
    m_window->setParallelWorkers(8);
    QList<QVariant> parallel;
    QVERIFY(m_window.runToEnd(&parallel));
    const qint64 parallelUs = parallel.at(1).toLongLong();
    QCOMPARE(parallel.at(0).value<RunProgress>().done, 16);
    for (const ItemResult &item : resultsOf(m_window->model()))
        QCOMPARE(item.state, ItemState::Done);
    // 60 ms at the server per file: more than half the eight workers had one under way together.
    const int atOnce = mostAtOnce(resultsOf(m_window->model()));
    QVERIFY2(atOnce > 4 && atOnce <= 8, qPrintable(QString::number(atOnce)));

    const QString summary = panel->comparisonText();
    QVERIFY2(summary.contains(QStringLiteral("Sequential ") + formatDuration(sequentialUs)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Parallel ×8 ") + formatDuration(parallelUs)), qPrintable(summary));
    QVERIFY2(summary.endsWith(QStringLiteral("faster")), qPrintable(summary));
    // The figure compares these two runs' own wall times; which one was
    // faster on this machine is for bench/ to say.
    QCOMPARE(m_window->runs().comparison().speedUp().value(), double(sequentialUs) / double(parallelUs));
    // Both runs saved every file: 16 from each, none left as .part.
    QCOMPARE(QDir(m_window.destination()).entryList(QDir::Files).size(), 32);

    QVERIFY2(panel->comparisonBasisText().startsWith(QStringLiteral("Compared on all 16 item")),
             qPrintable(panel->comparisonBasisText()));
    QCOMPARE(panel->partialRunText(), QString());

    // Two rows added: Start runs those two only. A run over part of the list
    // is labelled so and leaves the comparison of the whole list as it was.
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("other"), 2, QStringLiteral("size=16")));
    QList<QVariant> partial;
    QVERIFY(m_window.runToEnd(&partial));
    QCOMPARE(partial.at(0).value<RunProgress>().total, 2);
    QCOMPARE(panel->comparisonText(), summary);
    QVERIFY2(isPartialRunNote(panel->partialRunText(), 2, 18), qPrintable(panel->partialRunText()));

    // The whole list again is another list (18 URLs, not 16): the comparison
    // starts over instead of mixing figures.
    QVERIFY(m_window.runToEnd());
    QVERIFY2(!panel->comparisonText().contains(QStringLiteral("Sequential")), qPrintable(panel->comparisonText()));
    QCOMPARE(panel->comparisonBasisText(), QStringLiteral("Run the list in Sequential too to compare."));
    QCOMPARE(panel->partialRunText(), QString());
}

// Neither run fetches every item: they are compared on the ten both fetched,
// Sequential by the sum of those items' durations, Parallel by the time any
// of them was in flight. Retry Failed afterwards is a run over four rows: it
// is labelled partial and leaves the comparison alone.
void tst_GuiRun::runsWithFailuresCompareTheCommonItems()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("common"), 10, QStringLiteral("size=4096&latency=40")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("dead"), 4, QStringLiteral("status=404")));
    TimingPanel *panel = m_window->timingPanel();

    m_window->setParallel(false);
    QVERIFY(m_window.runToEnd());
    const QVector<RunRecord::Span> sequentialSpans = doneSpans(resultsOf(m_window->model()));
    QCOMPARE(sequentialSpans.size(), 10);
    qint64 sequentialUs = 0;
    for (const RunRecord::Span &span : sequentialSpans)
        sequentialUs += span.endUs - span.startUs;
    QVERIFY2(panel->comparisonText().startsWith(QStringLiteral("Sequential ")), qPrintable(panel->comparisonText()));
    QCOMPARE(panel->comparisonBasisText(), QStringLiteral("Run the list in Parallel too to compare."));
    QCOMPARE(panel->overallProgress()->text(), QStringLiteral("10 done · 4 failed"));

    m_window->setParallel(true);
    m_window->setParallelWorkers(6);
    QVERIFY(m_window.runToEnd());
    const QVector<ItemResult> parallel = resultsOf(m_window->model());
    QVERIFY(mostAtOnce(parallel) > 1);
    const QVector<RunRecord::Span> parallelSpans = doneSpans(parallel);
    qint64 parallelDurations = 0;
    for (const RunRecord::Span &span : parallelSpans)
        parallelDurations += span.endUs - span.startUs;

    const auto &figures = m_window->runs().comparison().figures();
    QVERIFY(figures);
    QCOMPARE(figures->compared, 10);
    QCOMPARE(figures->items, 14);
    QCOMPARE(figures->failed, 4);
    QCOMPARE(figures->sequentialUs, sequentialUs);
    QCOMPARE(figures->parallelUs, coveredUs(parallelSpans));
    QVERIFY(figures->parallelUs < parallelDurations); // overlapping items count once
    const QString summary = panel->comparisonText();
    QVERIFY2(summary.contains(QStringLiteral("Sequential ") + formatDuration(sequentialUs)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Parallel ×6 ") + formatDuration(figures->parallelUs)), qPrintable(summary));
    QVERIFY2(summary.endsWith(QStringLiteral("faster")), qPrintable(summary));
    const QString basis = panel->comparisonBasisText();
    QVERIFY2(basis.startsWith(QStringLiteral("Compared on 10 of 14 item")) && basis.endsWith(QStringLiteral("; 4 failed.")),
             qPrintable(basis));
    QCOMPARE(panel->partialRunText(), QString());

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionRetryFailed")->trigger();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().at(0).value<RunProgress>().total, 4);
    QCOMPARE(panel->comparisonText(), summary);
    QCOMPARE(panel->comparisonBasisText(), basis);
    QVERIFY2(isPartialRunNote(panel->partialRunText(), 4, 14), qPrintable(panel->partialRunText()));
    QCOMPARE(panel->overallProgress()->text(), QStringLiteral("0 done · 4 failed"));
}

// Every item fails in both runs: both are recorded, nothing is compared, and
// the panel says why; the overall bar is all failed, not a full "100 %".
void tst_GuiRun::nothingInCommonSaysWhy()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("gone"), 5, QStringLiteral("status=404")));
    TimingPanel *panel = m_window->timingPanel();
    m_window->setParallel(false);
    QVERIFY(m_window.runToEnd());
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QVERIFY(m_window.runToEnd());

    QVERIFY(m_window->runs().comparison().sequential() && m_window->runs().comparison().parallel());
    QVERIFY(!m_window->runs().comparison().speedUp());
    QCOMPARE(panel->comparisonBasisText(), QStringLiteral("Not compared: no item succeeded in both runs."));
    QVERIFY2(!panel->comparisonText().contains(QStringLiteral("faster")), qPrintable(panel->comparisonText()));

    RunProgressBar *bar = panel->overallProgress();
    QCOMPARE(bar->text(), QStringLiteral("0 done · 5 failed"));
    QCOMPARE(bar->accessibleDescription(), bar->text());
    QVERIFY(!bar->accessibleName().isEmpty());
    const QVector<RunProgressBar::Segment> segments = bar->segments();
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.first().part, RunProgressBar::Part::Failed);
    QCOMPARE(segments.first().count, 5);
    QVERIFY(bar->colour(RunProgressBar::Part::Failed) != bar->colour(RunProgressBar::Part::Done));
    // Painted red from end to end, not in the highlight of a finished bar.
    const QImage image = bar->grab().toImage();
    for (double share : {0.1, 0.5, 0.9}) {
        const QPoint point(int(image.width() * share), 3 * image.devicePixelRatio());
        QVERIFY2(looksLike(image, point, bar->colour(RunProgressBar::Part::Failed)),
                 qPrintable(image.pixelColor(point).name()));
    }
}

// Done, failed and cancelled items each get a segment of their own colour, in
// that order, and the bar's text counts them.
void tst_GuiRun::overallBarCountsEachOutcome()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("fine"), 3, QStringLiteral("size=100")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("missing"), 2, QStringLiteral("status=404")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("slowest"), 3, QStringLiteral("size=100&latency=20000")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(8);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    RunProgressBar *bar = m_window->timingPanel()->overallProgress();
    QTRY_COMPARE_WITH_TIMEOUT(bar->text(), QStringLiteral("3 done · 2 failed · 3 left"), 10'000);
    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(10'000));

    QCOMPARE(bar->text(), QStringLiteral("3 done · 2 failed · 3 cancelled"));
    QCOMPARE(bar->accessibleDescription(), bar->text());
    const QVector<RunProgressBar::Segment> segments = bar->segments();
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments.at(0).part, RunProgressBar::Part::Done);
    QCOMPARE(segments.at(1).part, RunProgressBar::Part::Failed);
    QCOMPARE(segments.at(2).part, RunProgressBar::Part::Cancelled);
    QCOMPARE(segments.at(0).count + segments.at(1).count + segments.at(2).count, 8);
    QVERIFY(segments.at(0).colour != segments.at(1).colour);
    QVERIFY(segments.at(1).colour != segments.at(2).colour);
    QVERIFY(segments.at(0).colour != segments.at(2).colour);
    const QImage image = bar->grab().toImage();
    const int y = 3 * image.devicePixelRatio();
    // The middle of each segment: 3, 2 and 3 of 8 items.
    for (const auto &[share, colour] : {std::pair{3.0 / 16, segments.at(0).colour},
                                        std::pair{8.0 / 16, segments.at(1).colour},
                                        std::pair{13.0 / 16, segments.at(2).colour}}) {
        const QPoint point(int(image.width() * share), y);
        QVERIFY2(looksLike(image, point, colour), qPrintable(image.pixelColor(point).name() + QLatin1Char(' ') + colour.name()));
    }
}

// Where `label`'s text is drawn, in `panel`'s coordinates.
QRect textRect(const QLabel *label, const QWidget *panel)
{
    QRect rect(label->mapTo(panel, QPoint(0, 0)), label->size());
    if (label->wordWrap())
        return rect;
    const int width = label->fontMetrics().horizontalAdvance(label->text());
    if (label->alignment() & Qt::AlignRight)
        rect.setLeft(rect.right() + 1 - width);
    else
        rect.setWidth(width);
    return rect;
}

void tst_GuiRun::panelReflowsWithoutCuttingItsTexts_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English);
    QTest::newRow("German") << QLocale(QLocale::German);
}

// From a wide window down to the window's minimum width, the panel's blocks
// wrap onto rows of their own: no two texts overlap or run together on one
// line, and none is cut; in English and in German's longer words.
void tst_GuiRun::panelReflowsWithoutCuttingItsTexts()
{
    QFETCH(QLocale, locale);
    const auto english = qScopeGuard([] { AppTranslations::install(QLocale(QLocale::English)); });
    QVERIFY(AppTranslations::install(locale));
    QVERIFY(m_window.open()); // a window built in that language
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("reflow"), 6, QStringLiteral("size=30000")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("reflow-dead"), 2, QStringLiteral("status=404")));
    m_window->setParallel(false);
    QVERIFY(m_window.runToEnd());
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QVERIFY(m_window.runToEnd());
    TimingPanel *panel = m_window->timingPanel();
    QVERIFY(m_window->runs().comparison().figures());
    QCOMPARE(m_window->runs().comparison().figures()->failed, 2); // the basis line has something to say

    int previousRows = 0;
    for (const int asked : {1440, 1100, 900, 700, 560, 1}) {
        m_window->resize(asked, 600);
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString where = QStringLiteral("window %1 px wide").arg(m_window->width());
        QVERIFY2(m_window->width() >= m_window->minimumSizeHint().width() || asked != 1, qPrintable(where));
        QVERIFY2(panel->rowCount() >= previousRows, qPrintable(where)); // narrower never takes fewer rows
        previousRows = panel->rowCount();

        QVector<std::pair<QWidget *, QRect>> shown;
        QVector<std::pair<QLabel *, QRect>> texts;
        const int apart = panel->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (QWidget *child : panel->findChildren<QWidget *>()) {
            auto *label = qobject_cast<QLabel *>(child);
            const bool measured = (label && !label->text().isEmpty()) || qobject_cast<RunProgressBar *>(child)
                    || qobject_cast<QProgressBar *>(child);
            if (!measured || !child->isVisibleTo(panel))
                continue;
            const QRect rect(child->mapTo(panel, QPoint(0, 0)), child->size());
            const QString name = where + QLatin1Char(' ') + (label ? label->text() : child->objectName());
            QVERIFY2(panel->contentsRect().contains(rect), qPrintable(name));
            if (label && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(name));
            else
                QVERIFY2(child->width() >= child->minimumSizeHint().width(), qPrintable(name));
            for (const auto &[other, otherRect] : std::as_const(shown))
                QVERIFY2(!rect.intersects(otherRect), qPrintable(name + QStringLiteral(" overlaps ") + other->objectName()));
            shown.push_back({child, rect});
            if (!label)
                continue;
            // Two texts on one line: at least an em apart, or they read as one.
            const QRect text = textRect(label, panel);
            for (const auto &[other, otherText] : std::as_const(texts)) {
                if (text.bottom() < otherText.top() || otherText.bottom() < text.top())
                    continue;
                const int distance = std::max(text.left() - otherText.right(), otherText.left() - text.right());
                QVERIFY2(distance > apart, qPrintable(name + QStringLiteral(" runs into ") + other->text()));
            }
            texts.push_back({label, text});
        }
        if (asked >= 1440)
            QCOMPARE(panel->rowCount(), 1);
    }
    // The narrowest window wraps, unless the blocks still fit side by side there.
    QVERIFY2(previousRows >= 2 || panel->width() >= panel->sizeHint().width(),
             qPrintable(QStringLiteral("%1 row(s) at %2 px").arg(previousRows).arg(panel->width())));
}

void tst_GuiRun::stopCancelsPromptly()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("slow"), 20, QStringLiteral("size=65536&latency=20000")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    QVERIFY(m_window->runs().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runs().engine().progress().inFlight == 4, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->timingPanel()->inFlightText() == QStringLiteral("In flight 4 of 4 workers"), 10'000);

    // The server answers after 20 s: only Stop can end the run within the wait.
    QVERIFY(m_window.action("actionStop")->isEnabled());
    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(10'000));

    for (const ItemResult &item : resultsOf(m_window->model()))
        QVERIFY(item.state == ItemState::Cancelled || item.state == ItemState::Done);
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 20);
    QVERIFY(QDir(m_window.destination()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(m_window.action("actionRetryFailed")->isEnabled());
    QVERIFY(m_window.action("actionStart")->isEnabled());
}

// The engine names an item in its batches only when bytes arrived, yet the
// row of a transfer that stopped receiving shows a speed of 0, not its last rate.
void tst_GuiRun::stalledTransferShowsNoSpeed()
{
    // 16 KiB, then nothing for a minute.
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/stalled.bin?size=100000&stall=60000"))});
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    const QModelIndex speed = m_window->model().index(0, DownloadModel::SpeedColumn);
    QTRY_COMPARE_WITH_TIMEOUT(speed.data().toString(), SizeText::rate(0), 10'000);
    QCOMPARE(m_window->model().item(0).result.state, ItemState::Receiving);
    QCOMPARE(m_window->model().item(0).result.bytes, 16 * 1024);

    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(10'000));
}

void tst_GuiRun::startAfterStopResumesKeptParts()
{
    // With a validator (etag=1) Stop keeps each part; Start continues from it.
    const qint64 size = 200'000;
    const QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("resume"), 3, QStringLiteral("size=%1&etag=1&stall=2000").arg(size));
    m_window->model().addUrls(urls);
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    const QDir folder(m_window.destination());
    QTRY_VERIFY_WITH_TIMEOUT(partsWithBytes(folder.path()) == 3, 10'000);
    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 3);
    const QString status = m_window->model().index(0, DownloadModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QStringLiteral("kept to resume")), qPrintable(status));

    m_server.resetStats();
    finished.clear();
    QVERIFY(m_window.action("actionStart")->isEnabled());
    m_window.action("actionStart")->trigger();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 3);
    for (int i = 0; i < 3; ++i) {
        const QString path = QStringLiteral("/files/resume-%1.bin").arg(i);
        const QStringList ranges = m_server.requestHeaders(path, "Range");
        QCOMPARE(ranges.size(), 1);
        QVERIFY2(ranges.first().startsWith(QLatin1String("bytes=")) && ranges.first() != QLatin1String("bytes=0-"),
                 qPrintable(ranges.first()));
        QFile file(folder.filePath(QStringLiteral("resume-%1.bin").arg(i)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TestServer::body(size, TestServer::seedForPath(path)));
    }
    QCOMPARE(folder.entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
}

void tst_GuiRun::removingAStoppedItemDeletesItsPart()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("drop"), 1, QStringLiteral("size=200000&etag=1&stall=5000")));
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    const QString part = QDir(m_window.destination()).filePath(QStringLiteral("drop-0.bin.part"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 0, 10'000);
    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(5'000));
    QVERIFY(QFileInfo::exists(part));

    m_window->runs().remove({m_window->model().item(0).result.id});
    QCOMPARE(m_window->model().rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(part), 5'000);
}

void tst_GuiRun::failuresShowTheirReasonAndCanBeRetried()
{
    // The first request to each path answers 404 (not worth retrying within
    // the run); the next one succeeds.
    const QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("flaky"), 3, QStringLiteral("size=100&fail=1&failstatus=404"));
    m_window->model().addUrls(urls);
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("fine"), 2, QStringLiteral("size=100")));
    QVERIFY(m_window.runToEnd());

    DownloadModel &model = m_window->model();
    QCOMPARE(model.countInState({ItemState::Failed}), 3);
    QCOMPARE(model.countInState({ItemState::Done}), 2);
    const int row = model.rowOf(model.idsInState({ItemState::Failed}).first());
    const QString tip = model.index(row, DownloadModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("404")), qPrintable(tip));
    QVERIFY(m_window.action("actionRetryFailed")->isEnabled());

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionRetryFailed")->trigger();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().at(0).value<RunProgress>().total, 3); // only the failed ones ran
    QCOMPARE(model.countInState({ItemState::Done}), 5);
    QVERIFY(!m_window.action("actionRetryFailed")->isEnabled());
}

void tst_GuiRun::missingDestinationIsReportedBeforeStarting()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("nowhere"), 1, QStringLiteral("size=10")));
    const QString missing = QDir(m_window.destination()).filePath(QStringLiteral("not/there"));
    m_window->setDestination(missing);
    QVERIFY(!m_window->startRun());
    QVERIFY(!m_window->runs().isRunning());
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(missing)); // only the default Downloads folder is ever created
    QCOMPARE(m_window->model().item(0).result.state, ItemState::Queued);
}

void tst_GuiRun::actionsFollowTheRunState()
{
    QVERIFY(!m_window.action("actionStart")->isEnabled()); // nothing to run
    QVERIFY(!m_window.action("actionStop")->isEnabled());
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("state"), 4, QStringLiteral("size=10&latency=300")));
    QVERIFY(m_window.action("actionStart")->isEnabled());
    QVERIFY(!m_window.action("actionClearFinished")->isEnabled());

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    QVERIFY(!m_window.action("actionStart")->isEnabled());
    QVERIFY(m_window.action("actionStop")->isEnabled());
    QVERIFY(!m_window.action("actionSequential")->isEnabled());
    QVERIFY(!m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"))->isEnabled());
    QVERIFY(finished.wait(30'000));
    QVERIFY(m_window.action("actionStart")->isEnabled());
    QVERIFY(!m_window.action("actionStop")->isEnabled());
    QVERIFY(m_window.action("actionClearFinished")->isEnabled());

    m_window.action("actionClearFinished")->trigger();
    QCOMPARE(m_window->model().rowCount(), 0);
    QVERIFY(!m_window.action("actionStart")->isEnabled());
}

void tst_GuiRun::removingRunningItemsCancelsThem()
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("gone"), 3, QStringLiteral("size=4096&latency=20000")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("kept"), 2, QStringLiteral("size=64&latency=50")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(5);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runs().engine().progress().inFlight == 3, 10'000);

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    view->selectionModel()->clearSelection();
    for (int row = 0; row < 3; ++row)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_window.action("actionRemove")->isEnabled());
    m_window.action("actionRemove")->trigger();
    QCOMPARE(m_window->model().rowCount(), 2);

    QVERIFY(finished.wait(5'000)); // the removed transfers were cancelled, not waited for
    const RunProgress run = finished.first().at(0).value<RunProgress>();
    QCOMPARE(run.cancelled, 3);
    QCOMPARE(run.done, 2);
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 2);
    QCOMPARE(QDir(m_window.destination()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void tst_GuiRun::demoBatchUsesAScratchFolder()
{
    const QString chosen = m_window->destination();
    QSettings().setValue(QStringLiteral("run/destination"), chosen);
    m_window->loadDemo();
    QCOMPARE(m_window->model().rowCount(), 100);
    QVERIFY(m_window->destination() != chosen);
    QVERIFY(m_window->destination().startsWith(QDir::tempPath()));
    QVERIFY(QFileInfo(m_window->destination()).isDir());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Demo batch loaded")));
    QCOMPARE(m_window->model().item(0).result.url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_window->model().item(0).result.url.path().startsWith(QStringLiteral("/image/")));
    QCOMPARE(QSettings().value(QStringLiteral("run/destination")).toString(), chosen);
}

void tst_GuiRun::autostartRunsEachModeInTurn()
{
    QVERIFY(!AutoStart::parse(QStringLiteral("fast")));
    QVERIFY(!AutoStart::parse(QString()));
    const auto modes = AutoStart::parse(QStringLiteral("Sequential,parallel"));
    QVERIFY(modes);
    QCOMPARE(modes->size(), 2);

    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("auto"), 6, QStringLiteral("size=512&latency=40")));
    m_window->setParallelWorkers(6);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    (new AutoStart(m_window.get(), *modes))->begin();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30'000);
    QCOMPARE(finished.at(0).at(0).value<RunProgress>().workers, 1);
    QCOMPARE(finished.at(1).at(0).value<RunProgress>().workers, 6);
    QVERIFY(m_window->runs().comparison().speedUp().has_value());
}

// Edit → Preferences…: a CA file that cannot serve is refused with its
// reason; an accepted one is remembered and trusted by the next run, which
// fetches from the HTTPS server that failed without it.
void tst_GuiRun::preferencesApplyToTheNextRun()
{
    const QUrl secure = m_server.httpsUrl(QStringLiteral("/files/prefs-secure.bin?size=3000"));
    m_window->model().addUrls({secure});
    QVERIFY(m_window.runToEnd());
    QCOMPARE(m_window->model().item(0).result.state, ItemState::Failed);
    QVERIFY2(m_window->model().item(0).result.error.message.contains(QLatin1String("certificate")),
             qPrintable(m_window->model().item(0).result.error.message));

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *caFile = dialog->findChild<QLineEdit *>(QStringLiteral("caFile"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const QString junk = QDir(m_window.destination()).filePath(QStringLiteral("junk.pem"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate");
    }
    caFile->setText(junk);
    ok->click();
    QVERIFY(dialog->isVisible()); // refused, with the reason
    QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("holds no PEM certificate")),
             qPrintable(problem->text()));

    caFile->setText(TestServer::certificateFile());
    dialog->findChild<QSpinBox *>(QStringLiteral("retries"))->setValue(5);
    ok->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>()); // closed and deleted
    QCOMPARE(QSettings().value(QStringLiteral("connection/caCertificateFile")).toString(),
             TestServer::certificateFile());
    QCOMPARE(QSettings().value(QStringLiteral("connection/retries")).toInt(), 5);

    m_window.action("actionRetryFailed")->trigger();
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(finished.wait(30'000));
    const ItemResult &item = m_window->model().item(0).result;
    QCOMPARE(item.state, ItemState::Done);
    QFile saved(item.filePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), TestServer::body(3000, TestServer::seedForPath(QStringLiteral("/files/prefs-secure.bin"))));

    // The dialog shows what was saved, and a new window starts with it.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->connection().caCertificateFile, TestServer::certificateFile());
    QCOMPARE(dialog->connection().retries, 5);
    dialog->reject();
}

// Preferences → General and Files hold what the toolbar, the Run menu and the
// status bar also set: the dialog opens on their values, and what it sets
// shows there at once; a folder without a full path is refused on its page.
void tst_GuiRun::preferencesShareTheToolbarsSettings()
{
    m_window->setParallel(true);
    m_window->setParallelWorkers(7);
    m_window.action("actionExistingUpdate")->trigger();

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->run().workers, 7);
    QCOMPARE(dialog->run().existingFiles, ExistingFiles::Update);
    QCOMPARE(dialog->run().speedLimit, 0);
    QCOMPARE(dialog->run().destination, m_window->destination());

    auto *pages = dialog->findChild<QTabWidget *>(QStringLiteral("pages"));
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("folder"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(pages && folder && problem);
    QCOMPARE(pages->count(), 5); // General, Connection, Requests, Files, Engines
    pages->setCurrentIndex(0);
    folder->setText(QStringLiteral("relative/folder"));
    ok->click();
    QVERIFY(dialog->isVisible()); // refused, on the page that holds the folder
    QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("full path")), qPrintable(problem->text()));
    QVERIFY(pages->currentWidget()->isAncestorOf(folder));

    QTemporaryDir other;
    QVERIFY(other.isValid());
    folder->setText(other.path());
    dialog->findChild<QSpinBox *>(QStringLiteral("workers"))->setValue(5);
    auto *existing = dialog->findChild<QComboBox *>(QStringLiteral("existingFiles"));
    existing->setCurrentIndex(existing->findData(int(ExistingFiles::Skip)));
    dialog->findChild<QSpinBox *>(QStringLiteral("speedLimitKiB"))->setValue(512);
    ok->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());

    QCOMPARE(m_window->workerCount(), 5);
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"))->value(), 5);
    QVERIFY(m_window.action("actionExistingSkip")->isChecked());
    QCOMPARE(m_window->runs().rateLimit(), 512 * 1024);
    QCOMPARE(m_window->destination(), other.path());
    QCOMPARE(QSettings().value(QStringLiteral("run/destination")).toString(), other.path());
    QCOMPARE(QSettings().value(QStringLiteral("run/workers")).toInt(), 5);

    // Opened again, it shows what the rest of the window now says.
    m_window.action("actionExistingRename")->trigger();
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->run().existingFiles, ExistingFiles::Rename);
    QCOMPARE(dialog->run().speedLimit, 512 * 1024);
    QCOMPARE(dialog->run().destination, other.path());
    dialog->reject();
}

// Preferences → Requests and the Connection page's proxy: what is refused on
// its page (a header that is not "Name: value", an unreadable cookie file, a
// proxy address with a login), and what the next run sends, as the test
// server and the loopback proxy receive it.
void tst_GuiRun::requestPreferencesReachTheServer()
{
    const QUrl url = m_server.url(QStringLiteral("/files/prefs-headers.bin?size=500"));
    m_window->model().addUrls({url});
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString cookies = scratch.filePath(QStringLiteral("cookies.txt"));
    {
        QFile file(cookies);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Netscape HTTP Cookie File\n"
                   "127.0.0.1\tFALSE\t/files\tFALSE\t0\tsession\tabc123\n"
                   "127.0.0.1\tFALSE\t/elsewhere\tFALSE\t0\tother\tnot-sent\n");
    }
    HttpTestProxy proxy;
    QVERIFY(proxy.start());

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *pages = dialog->findChild<QTabWidget *>(QStringLiteral("pages"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *headers = dialog->findChild<QPlainTextEdit *>(QStringLiteral("extraHeaders"));
    auto *cookieFile = dialog->findChild<QLineEdit *>(QStringLiteral("cookieFile"));
    auto *proxyMode = dialog->findChild<QComboBox *>(QStringLiteral("proxyMode"));
    auto *proxyUrl = dialog->findChild<QLineEdit *>(QStringLiteral("proxyUrl"));
    QVERIFY(headers && cookieFile && proxyMode && proxyUrl);
    QVERIFY(!proxyUrl->isEnabled()); // the environment's proxy by default

    dialog->findChild<QLineEdit *>(QStringLiteral("userAgent"))->setText(QStringLiteral("GalleryViewer/2.0"));
    dialog->findChild<QLineEdit *>(QStringLiteral("referer"))->setText(QStringLiteral("http://127.0.0.1/gallery.html"));
    headers->setPlainText(QStringLiteral("X-Gallery: yes\nnot a header"));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("line 2")), qPrintable(problem->text()));
    QVERIFY(pages->currentWidget()->isAncestorOf(headers));

    headers->setPlainText(QStringLiteral("X-Gallery: yes"));
    cookieFile->setText(scratch.filePath(QStringLiteral("missing.txt")));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("missing.txt")), qPrintable(problem->text()));

    cookieFile->setText(cookies);
    proxyMode->setCurrentIndex(proxyMode->findData(int(ProxyMode::Manual)));
    QVERIFY(proxyUrl->isEnabled());
    proxyUrl->setText(QStringLiteral("http://me:secret@127.0.0.1:%1").arg(proxy.port()));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("login")), qPrintable(problem->text()));
    QVERIFY(pages->currentWidget()->isAncestorOf(proxyUrl));

    proxyUrl->setText(proxy.url().toString());
    ok->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    QVERIFY(!QSettings().allKeys().join(u' ').contains(QLatin1String("secret")));

    QVERIFY(m_window.runToEnd());
    QCOMPARE(m_window->model().item(0).result.state, ItemState::Done);
    const QString path = QStringLiteral("/files/prefs-headers.bin");
    QCOMPARE(m_server.requestHeaders(path, "User-Agent"), QStringList{QStringLiteral("GalleryViewer/2.0")});
    QCOMPARE(m_server.requestHeaders(path, "Referer"), QStringList{QStringLiteral("http://127.0.0.1/gallery.html")});
    QCOMPARE(m_server.requestHeaders(path, "X-Gallery"), QStringList{QStringLiteral("yes")});
    QCOMPARE(m_server.requestHeaders(path, "Cookie"), QStringList{QStringLiteral("session=abc123")});
    QCOMPARE(proxy.forwardCount(), 1); // the run went through the proxy

    // Opened again, the dialog shows what was saved.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->requests().userAgent, QStringLiteral("GalleryViewer/2.0"));
    QCOMPARE(dialog->requests().headers, QStringList{QStringLiteral("X-Gallery: yes")});
    QCOMPARE(dialog->requests().cookieFile, cookies);
    QCOMPARE(dialog->connection().proxyMode, ProxyMode::Manual);
    dialog->reject();
}

// Edit → Preferences… → Large Files: a file as large as the threshold is
// fetched in segments by the idle workers, and "1" segment never splits.
void tst_GuiRun::splitPreferencesApplyToTheNextRun()
{
    const qint64 size = 2 * 1024 * 1024;
    const QString query = QStringLiteral("size=%1&etag=1&rate=2097152").arg(size);
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/prefs-split.bin?") + query)});
    m_window->setParallel(true);
    m_window->setParallelWorkers(3);

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("minSplitMiB"))->setValue(1);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    QCOMPARE(QSettings().value(QStringLiteral("connection/minSplitMiB")).toInt(), 1);
    QVERIFY(m_window.runToEnd());
    const ItemResult split = m_window->model().item(0).result;
    QCOMPARE(split.state, ItemState::Done);
    QVERIFY2(split.segments.size() >= 2, qPrintable(QString::number(split.segments.size())));
    QFile saved(split.filePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/prefs-split.bin"))));
    QVERIFY(QFile::remove(split.filePath));

    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->connection().minSplitMiB, 1);
    dialog->findChild<QSpinBox *>(QStringLiteral("maxSplit"))->setValue(1);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/prefs-whole.bin?") + query)});
    QVERIFY(m_window.runToEnd());
    const ItemResult whole = m_window->model().item(1).result;
    QCOMPARE(whole.state, ItemState::Done);
    QVERIFY(whole.segments.isEmpty());
}

void tst_GuiRun::retryOfFinishedItemsAsksAndReplacesTheirFiles()
{
    const QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("again"), 3, QStringLiteral("size=3000"));
    m_window->model().addUrls(urls);
    m_window->setParallel(true);
    m_window->setParallelWorkers(3);
    QVERIFY(m_window.runToEnd());
    DownloadModel &model = m_window->model();
    QCOMPARE(model.countInState({ItemState::Done}), 3);
    const QStringList filesBefore = filesIn(m_window.destination());
    QCOMPARE(filesBefore.size(), 3);
    // The first file has changed on disk since (say, the server's copy was
    // broken): a retry should bring the server's bytes back under its name.
    const ItemResult first = model.item(0).result;
    {
        QFile stale(first.filePath);
        QVERIFY(stale.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stale.write("stale");
    }

    // Two finished rows: one question for both, and Cancel does nothing.
    selectIds({first.id, model.item(1).result.id});
    QVERIFY(m_window.action("actionRetryItem")->isEnabled());
    m_window.action("actionRetryItem")->trigger();
    QMessageBox *question = replaceQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("2 finished file")), qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(!m_window->runs().isRunning());
    QCOMPARE(model.countInState({ItemState::Done}), 3);
    QCOMPARE(contentsOf(first.filePath), QByteArray("stale"));

    // Replace: the file under its own name, complete, and no "(1)" beside
    // it; in its own folder, though the window now saves elsewhere.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString folder = m_window.destination();
    m_window->setDestination(elsewhere.path());
    selectIds({first.id});
    m_window.action("actionRetryItem")->trigger();
    question = replaceQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("1 finished file")), qPrintable(question->text()));
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    question->findChild<QPushButton *>(QStringLiteral("replace"))->click();
    QVERIFY(m_window->runs().isRunning());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().at(0).value<RunProgress>().total, 1);
    const ItemResult again = model.item(0).result;
    QCOMPARE(again.state, ItemState::Done);
    QCOMPARE(again.filePath, first.filePath);
    QCOMPARE(contentsOf(first.filePath), TestServer::body(3000, TestServer::seedForPath(urls.first().path())));
    QCOMPARE(filesIn(folder), filesBefore);
    QCOMPARE(filesIn(elsewhere.path()), QStringList());
}

void tst_GuiRun::stoppedReplacementKeepsTheEarlierFile()
{
    // Resumable (ETag) and slow in the middle: a plain item would keep its part on Stop.
    const QUrl url = m_server.url(QStringLiteral("/files/kept/slow.bin?size=100000&stall=800&etag=1"));
    m_window->model().addUrls({url});
    QVERIFY(m_window.runToEnd());
    DownloadModel &model = m_window->model();
    const ItemResult earlier = model.item(0).result;
    QCOMPARE(earlier.state, ItemState::Done);
    const QByteArray bytes = contentsOf(earlier.filePath);
    QCOMPARE(bytes.size(), 100000);

    selectIds({earlier.id});
    m_window.action("actionRetryItem")->trigger();
    QMessageBox *question = replaceQuestion();
    QVERIFY(question);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    question->findChild<QPushButton *>(QStringLiteral("replace"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runs().engine().progress().bytes >= 16 * 1024, 10'000);
    QVERIFY(QFileInfo::exists(earlier.filePath + QStringLiteral(".part")));
    QCOMPARE(contentsOf(earlier.filePath), bytes); // untouched while the new copy arrives
    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).value<RunProgress>().cancelled, 1);

    // The row still names its file, as Done; the file is as it was; nothing else is left.
    const ItemResult after = model.item(0).result;
    QCOMPARE(after.state, ItemState::Done);
    QCOMPARE(after.filePath, earlier.filePath);
    QCOMPARE(contentsOf(earlier.filePath), bytes);
    QCOMPARE(filesIn(m_window.destination()), QStringList({QFileInfo(earlier.filePath).fileName()}));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("not replaced")), qPrintable(status));
    // A file kept this way is not among the stopped items Start would continue.
    QVERIFY(!m_window.action("actionRetryFailed")->isEnabled());
}

QTEST_MAIN(tst_GuiRun)
#include "tst_guirun.moc"
