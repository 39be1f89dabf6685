// The Sequential / Parallel comparison on hand-made runs: whole runs compare
// their wall times; runs with failures, cancellations or resumed items
// compare the items both fetched whole (the sum of their durations one
// worker at a time, the time any of them was in flight in parallel) and say
// on how many; a partial run is noted without replacing anything; and when
// nothing can be compared the reason is given.
#include "run/comparisontext.h"
#include "runcomparison.h"

#include <QTest>

using namespace Fetchpool;
using Fetchpool::Gui::ComparisonText;

namespace {

const QByteArray List = "list-a";

ItemResult item(const char *name, ItemState state, qint64 startMs, qint64 endMs)
{
    ItemResult result;
    result.url = QUrl(QStringLiteral("http://127.0.0.1/files/%1").arg(QLatin1String(name)));
    result.state = state;
    result.startUs = startMs * 1000;
    result.endUs = endMs * 1000;
    return result;
}

RunRecord run(int workers, qint64 wallMs, const QVector<ItemResult> &items)
{
    RunRecord record(workers);
    record.add(items);
    record.setWallUs(wallMs * 1000);
    return record;
}

} // namespace

class tst_RunComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeRunsCompareTheirWallTimes();
    void failuresLeaveTheCommonItems();
    void coveredTimeCountsOverlapsOnce();
    void cancelledAndResumedItemsAreNamed();
    void nothingInCommonSaysWhy();
    void aMissingModeIsNamed();
    void partialRunIsNotedAndReplacesNothing();
    void anotherListStartsOver();
};

void tst_RunComparison::wholeRunsCompareTheirWallTimes()
{
    RunComparison comparison;
    comparison.record(List, run(1, 900, {item("a", ItemState::Done, 0, 300), item("b", ItemState::Done, 300, 600),
                                         item("c", ItemState::Done, 600, 890)}));
    comparison.record(List, run(4, 300, {item("a", ItemState::Done, 0, 290), item("b", ItemState::Done, 0, 280),
                                         item("c", ItemState::Done, 1, 270)}));
    const auto &figures = comparison.figures();
    QVERIFY(figures);
    QVERIFY(figures->isWholeList());
    QCOMPARE(figures->compared, 3);
    // Nothing left out: the runs' own wall times, not their items' spans.
    QCOMPARE(figures->sequentialUs, 900'000);
    QCOMPARE(figures->parallelUs, 300'000);
    QCOMPARE(comparison.speedUp().value(), 3.0);
    QCOMPARE(comparison.summary(), QStringLiteral("Sequential 900 ms · Parallel ×4 300 ms · 3.0× faster"));
    QVERIFY2(ComparisonText::basis(comparison).startsWith(QStringLiteral("Compared on all 3 item")), qPrintable(ComparisonText::basis(comparison)));
    QCOMPARE(comparison.missing(), RunComparison::Missing::Nothing);
}

void tst_RunComparison::failuresLeaveTheCommonItems()
{
    RunComparison comparison;
    // c failed one at a time after a long wait; d failed in parallel.
    comparison.record(List, run(1, 1500, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Done, 100, 300),
                                          item("c", ItemState::Failed, 300, 1300),
                                          item("d", ItemState::Done, 1300, 1400)}));
    comparison.record(List, run(8, 1000, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Done, 0, 200),
                                          item("c", ItemState::Done, 0, 50), item("d", ItemState::Failed, 0, 1000)}));
    const auto &figures = comparison.figures();
    QVERIFY(figures);
    QVERIFY(!figures->isWholeList());
    QCOMPARE(figures->items, 4);
    QCOMPARE(figures->compared, 2);
    QCOMPARE(figures->failed, 2);
    QCOMPARE(figures->cancelled, 0);
    QCOMPARE(figures->continued, 0);
    // a and b: 100 + 200 ms one after the other; in parallel both were done
    // after 200 ms, whatever d kept a worker busy with until 1 s.
    QCOMPARE(figures->sequentialUs, 300'000);
    QCOMPARE(figures->parallelUs, 200'000);
    QCOMPARE(comparison.speedUp().value(), 1.5);
    QCOMPARE(comparison.summary(), QStringLiteral("Sequential 300 ms · Parallel ×8 200 ms · 1.5× faster"));
    const QString basis = ComparisonText::basis(comparison);
    QVERIFY2(basis.startsWith(QStringLiteral("Compared on 2 of 4 item")), qPrintable(basis));
    QVERIFY2(basis.endsWith(QStringLiteral("; 2 failed.")), qPrintable(basis));
    // The whole runs' own figures stay available.
    QCOMPARE(comparison.sequential()->wallUs(), 1'500'000);
    QCOMPARE(comparison.parallel()->count(RunRecord::Outcome::Failed), 1);
}

void tst_RunComparison::coveredTimeCountsOverlapsOnce()
{
    using Span = RunRecord::Span;
    QCOMPARE(coveredUs({}), 0);
    QCOMPARE(coveredUs({Span{0, 100}}), 100);
    // Overlapping, nested, touching and apart, in any order.
    QCOMPARE(coveredUs({Span{300, 400}, Span{0, 100}, Span{50, 150}, Span{60, 70}, Span{150, 160}}), 260);
    // An item that never started has no span to count.
    QCOMPARE(coveredUs({Span{-1, -1}, Span{10, 20}}), 10);
}

void tst_RunComparison::cancelledAndResumedItemsAreNamed()
{
    ItemResult resumed = item("c", ItemState::Done, 200, 250);
    resumed.resumedFrom = 4096; // only the rest came in this run: its time measures less than the item
    RunComparison comparison;
    comparison.record(List, run(1, 400, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Cancelled, 100, 200),
                                         resumed}));
    comparison.record(List, run(2, 200, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Done, 0, 120),
                                         item("c", ItemState::Done, 0, 190)}));
    const auto &figures = comparison.figures();
    QVERIFY(figures);
    QCOMPARE(figures->compared, 1);
    QCOMPARE(figures->cancelled, 1);
    QCOMPARE(figures->continued, 1);
    QCOMPARE(figures->sequentialUs, 100'000);
    QCOMPARE(figures->parallelUs, 100'000);
    const QString basis = ComparisonText::basis(comparison);
    QVERIFY2(basis.contains(QStringLiteral("; 1 cancelled, 1 resumed from a kept part.")), qPrintable(basis));
}

void tst_RunComparison::nothingInCommonSaysWhy()
{
    RunComparison comparison;
    comparison.record(List, run(1, 500, {item("a", ItemState::Failed, 0, 200), item("b", ItemState::Done, 200, 500)}));
    comparison.record(List, run(4, 300, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Failed, 0, 300)}));
    QVERIFY(!comparison.figures());
    QVERIFY(!comparison.speedUp());
    QCOMPARE(comparison.missing(), RunComparison::Missing::CommonItems);
    QCOMPARE(ComparisonText::basis(comparison), QStringLiteral("Not compared: no item succeeded in both runs."));
    // Each run's own wall time, and no factor between them.
    QCOMPARE(comparison.summary(), QStringLiteral("Sequential 500 ms · Parallel ×4 300 ms"));
}

void tst_RunComparison::aMissingModeIsNamed()
{
    RunComparison comparison;
    QCOMPARE(comparison.missing(), RunComparison::Missing::BothRuns);
    QCOMPARE(ComparisonText::basis(comparison), QStringLiteral("Run the list in Sequential and in Parallel to compare."));
    QCOMPARE(comparison.summary(), QString());

    comparison.record(List, run(16, 300, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Failed, 0, 300)}));
    QCOMPARE(comparison.missing(), RunComparison::Missing::SequentialRun);
    QCOMPARE(ComparisonText::basis(comparison), QStringLiteral("Run the list in Sequential too to compare."));
    // A run with a failure is recorded all the same.
    QCOMPARE(comparison.summary(), QStringLiteral("Parallel ×16 300 ms"));

    RunComparison sequentialOnly;
    sequentialOnly.record(List, run(1, 700, {item("a", ItemState::Done, 0, 700)}));
    QCOMPARE(sequentialOnly.missing(), RunComparison::Missing::ParallelRun);
    QCOMPARE(ComparisonText::basis(sequentialOnly), QStringLiteral("Run the list in Parallel too to compare."));
}

void tst_RunComparison::partialRunIsNotedAndReplacesNothing()
{
    RunComparison comparison;
    comparison.record(List, run(1, 200, {item("a", ItemState::Done, 0, 100), item("b", ItemState::Done, 100, 200)}));
    comparison.record(List, run(32, 100, {item("a", ItemState::Done, 0, 90), item("b", ItemState::Done, 0, 95)}));
    const QString summary = comparison.summary();
    QCOMPARE(ComparisonText::partialRunNote(comparison), QString());

    // Three rows resumed with 32 workers: noted, and the whole-list Parallel run stays.
    comparison.notePartialRun(3, 294, 32);
    QCOMPARE(comparison.summary(), summary);
    QCOMPARE(comparison.parallel()->wallUs(), 100'000);
    QCOMPARE(comparison.lastPartialRun()->items, 3);
    QCOMPARE(comparison.lastPartialRun()->listSize, 294);
    const QString note = ComparisonText::partialRunNote(comparison);
    QVERIFY2(note.startsWith(QStringLiteral("Last run was partial (3 of 294 item")), qPrintable(note));
    QVERIFY2(note.endsWith(QStringLiteral("): not compared.")), qPrintable(note));

    // The next run of the whole list is the last run again.
    comparison.record(List, run(8, 150, {item("a", ItemState::Done, 0, 140), item("b", ItemState::Done, 0, 145)}));
    QCOMPARE(ComparisonText::partialRunNote(comparison), QString());
    QCOMPARE(comparison.parallel()->workers(), 8);
}

void tst_RunComparison::anotherListStartsOver()
{
    RunComparison comparison;
    comparison.record(List, run(1, 200, {item("a", ItemState::Done, 0, 200)}));
    comparison.record("list-b", run(4, 100, {item("z", ItemState::Done, 0, 100)}));
    QCOMPARE(comparison.listFingerprint(), QByteArray("list-b"));
    QVERIFY(!comparison.sequential());
    QVERIFY(comparison.parallel());
    QCOMPARE(comparison.missing(), RunComparison::Missing::SequentialRun);
}

QTEST_GUILESS_MAIN(tst_RunComparison)
#include "tst_runcomparison.moc"
