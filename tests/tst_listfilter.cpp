// The quick filter above the list and Follow Active. The proxy on its own
// (groups of states as rows change state, text in the name or URL, never a
// password), under QAbstractItemModelTester; then in the window against the
// test server: the counts follow a run, Active shows the rows under way,
// commands act on the rows shown, the empty list says it is filtered, and
// Follow Active keeps the first active row in sight until the user scrolls.
#include "app/guisettings.h"
#include "guitestwindow.h"
#include "list/downloadsortproxy.h"
#include "list/followactive.h"
#include "list/listfilterbar.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

ItemProgress progress(quint64 id, ItemState state)
{
    ItemProgress update;
    update.id = id;
    update.state = state;
    update.received = state == ItemState::Receiving ? 10 : 0;
    update.total = 100;
    update.worker = 0;
    update.startUs = 0;
    return update;
}

ItemResult ended(const DownloadItem &item, ItemState state)
{
    ItemResult result = item.result;
    result.state = state;
    result.worker = 0;
    result.startUs = 0;
    result.endUs = 1000;
    return result;
}

// The model's rows the proxy shows, as their URLs' file names, in the proxy's order.
QStringList shownNames(const DownloadSortProxy &proxy, const DownloadModel &model)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << model.item(proxy.mapToSource(proxy.index(row, 0)).row()).result.url.fileName();
    return names;
}

} // namespace

class tst_ListFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void groupsFollowStateChanges();
    void textMatchesNameOrUrlInAnyCase();
    void filterKeepsTheSortOrder();

    void countsFollowARunAndActiveShowsTheRowsUnderWay();
    void commandsActOnTheRowsShown();
    void emptyListSaysItIsFiltered();
    void textFieldFiltersAfterAPauseAndEscapeClears();
    void followActiveKeepsTheFirstActiveRowInSight();
    void listStaysPutWithoutFollowActive();
    void scrollingByHandStopsFollowing();

private:
    // A run over `fast` quick files, then `slow` ones that stall for a
    // minute after their first 16 KiB: in a window of 900×600 the slow ones
    // are well below the fold. Returns once every slow row is receiving.
    bool startRunWithActiveRowsBelowTheFold(int fast, int slow);
    void stopRun();
    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("listView")); }
    ListFilterBar *filterBar() const { return m_window->findChild<ListFilterBar *>(); }
    DownloadSortProxy *proxy() const { return qobject_cast<DownloadSortProxy *>(list()->model()); }

    TestServer m_server{4};
    TestWindow m_window;
};

void tst_ListFilter::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_ListFilter::cleanup()
{
    if (m_window.get() && m_window->runs().isRunning())
        stopRun();
    m_window.close();
}

void tst_ListFilter::groupsFollowStateChanges()
{
    DownloadModel model;
    DownloadSortProxy proxy;
    proxy.setSourceModel(&model);
    checkModel(&model);
    checkModel(&proxy);
    QVector<QUrl> urls;
    for (const char *name : {"a", "b", "c", "d", "e"})
        urls << QUrl(QStringLiteral("https://example.org/%1.bin").arg(QLatin1String(name)));
    model.addUrls(urls);
    auto id = [&model](int row) { return model.item(row).result.id; };

    proxy.setRowGroup(RowGroup::Active);
    QCOMPARE(proxy.rowCount(), 0);
    model.applyProgress({progress(id(0), ItemState::Connecting), progress(id(2), ItemState::Receiving)}, 0);
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("a.bin"), QStringLiteral("c.bin")}));
    model.applyProgress({progress(id(1), ItemState::Receiving), progress(id(0), ItemState::Receiving)}, 10);
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("a.bin"), QStringLiteral("b.bin"),
                                                    QStringLiteral("c.bin")}));
    // Rows leave the group as they end: done, failed, cancelled.
    model.applyResults({ended(model.item(0), ItemState::Done), ended(model.item(1), ItemState::Failed),
                        ended(model.item(2), ItemState::Cancelled)});
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setRowGroup(RowGroup::Done);
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("a.bin")}));
    // Failed takes the cancelled rows too: what Retry Failed takes.
    proxy.setRowGroup(RowGroup::Failed);
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("b.bin"), QStringLiteral("c.bin")}));
    model.requeue({id(1)});
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("c.bin")}));
    proxy.setRowGroup(RowGroup::All);
    QCOMPARE(proxy.rowCount(), 5);
}

void tst_ListFilter::textMatchesNameOrUrlInAnyCase()
{
    DownloadModel model;
    DownloadSortProxy proxy;
    proxy.setSourceModel(&model);
    checkModel(&proxy);
    model.addUrls({QUrl(QStringLiteral("https://example.org/photos/Holiday-1.JPG")),
                   QUrl(QStringLiteral("https://example.org/docs/report.pdf")),
                   QUrl(QStringLiteral("https://mirror.example.net/pub/holiday-2.jpg")),
                   QUrl(QStringLiteral("https://alice:s3cret@files.example.com/private.zip"))});

    proxy.setTextFilter(QStringLiteral("HOLIDAY"));
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("Holiday-1.JPG"), QStringLiteral("holiday-2.jpg")}));
    proxy.setTextFilter(QStringLiteral("  mirror.example  ")); // the host, with stray spaces
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("holiday-2.jpg")}));
    proxy.setTextFilter(QStringLiteral("/docs/"));
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("report.pdf")}));
    // The list never shows a password, and it cannot be found either.
    proxy.setTextFilter(QStringLiteral("s3cret"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTextFilter(QStringLiteral("alice"));
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("private.zip")}));

    // Text and group together.
    proxy.setTextFilter(QStringLiteral("holiday"));
    proxy.setRowGroup(RowGroup::Done);
    QCOMPARE(proxy.rowCount(), 0);
    model.applyResults({ended(model.item(2), ItemState::Done)});
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("holiday-2.jpg")}));
    proxy.setTextFilter(QString());
    proxy.setRowGroup(RowGroup::All);
    QCOMPARE(proxy.rowCount(), 4);
}

void tst_ListFilter::filterKeepsTheSortOrder()
{
    DownloadModel model;
    DownloadSortProxy proxy;
    proxy.setSourceModel(&model);
    checkModel(&proxy);
    model.addUrls({QUrl(QStringLiteral("https://example.org/c-keep.bin")), QUrl(QStringLiteral("https://example.org/a-drop.bin")),
                   QUrl(QStringLiteral("https://example.org/b-keep.bin")), QUrl(QStringLiteral("https://example.org/a-keep.bin"))});
    proxy.sort(DownloadModel::NameColumn, Qt::AscendingOrder);
    proxy.setTextFilter(QStringLiteral("keep"));
    QCOMPARE(shownNames(proxy, model), QStringList({QStringLiteral("a-keep.bin"), QStringLiteral("b-keep.bin"),
                                                    QStringLiteral("c-keep.bin")}));
    model.addUrls({QUrl(QStringLiteral("https://example.org/0-keep.bin"))});
    QCOMPARE(shownNames(proxy, model).first(), QStringLiteral("0-keep.bin"));
}

void tst_ListFilter::countsFollowARunAndActiveShowsTheRowsUnderWay()
{
    QVERIFY(m_window.open());
    DownloadModel &model = m_window->model();
    model.addUrls(fileUrls(m_server, QStringLiteral("fine"), 4, QStringLiteral("size=2048")));
    model.addUrls(fileUrls(m_server, QStringLiteral("gone"), 2, QStringLiteral("status=404")));
    model.addUrls(fileUrls(m_server, QStringLiteral("stuck"), 2, QStringLiteral("size=100000&stall=60000")));
    ListFilterBar *bar = filterBar();
    QTRY_COMPARE(bar->groupButton(RowGroup::All)->text(), QStringLiteral("&All (8)"));
    QCOMPARE(bar->groupButton(RowGroup::Active)->text(), QStringLiteral("A&ctive (0)"));

    m_window->setParallel(true);
    m_window->setParallelWorkers(8);
    m_window.action("actionStart")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(bar->groupButton(RowGroup::Done)->text(), QStringLiteral("&Done (4)"), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->groupButton(RowGroup::Active)->text(), QStringLiteral("A&ctive (2)"), 10'000);
    QCOMPARE(bar->groupButton(RowGroup::Failed)->text(), QStringLiteral("Fai&led (2)"));

    QTest::mouseClick(bar->groupButton(RowGroup::Active), Qt::LeftButton);
    QCOMPARE(proxy()->rowGroup(), RowGroup::Active);
    QCOMPARE(shownNames(*proxy(), model), QStringList({QStringLiteral("stuck-0.bin"), QStringLiteral("stuck-1.bin")}));

    // Stopped, the two leave Active for Failed (cancelled), as it happens.
    stopRun();
    QCOMPARE(proxy()->rowCount(), 0);
    QTRY_COMPARE(bar->groupButton(RowGroup::Failed)->text(), QStringLiteral("Fai&led (4)"));
    QTest::mouseClick(bar->groupButton(RowGroup::Failed), Qt::LeftButton);
    QCOMPARE(proxy()->rowCount(), 4);
}

void tst_ListFilter::commandsActOnTheRowsShown()
{
    QVERIFY(m_window.open());
    DownloadModel &model = m_window->model();
    model.addUrls(fileUrls(m_server, QStringLiteral("kept"), 3, QStringLiteral("size=512")));
    model.addUrls(fileUrls(m_server, QStringLiteral("broken"), 2, QStringLiteral("status=500&latency=10")));
    QVERIFY(m_window.runToEnd());
    QCOMPARE(model.countInState({ItemState::Failed}), 2);

    QTest::mouseClick(filterBar()->groupButton(RowGroup::Failed), Qt::LeftButton);
    m_window.action("actionSelectAll")->trigger();
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 2);
    m_window.action("actionRemove")->trigger();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.countInState({ItemState::Done}), 3);
}

void tst_ListFilter::emptyListSaysItIsFiltered()
{
    QVERIFY(m_window.open());
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("emptyListHint"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("No downloads yet")));

    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("some"), 2, QStringLiteral("size=1")));
    QVERIFY(!hint->isVisible());
    QTest::mouseClick(filterBar()->groupButton(RowGroup::Failed), Qt::LeftButton);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("match the filter")), qPrintable(hint->text()));
    QTest::mouseClick(filterBar()->groupButton(RowGroup::All), Qt::LeftButton);
    QVERIFY(!hint->isVisible());
}

void tst_ListFilter::textFieldFiltersAfterAPauseAndEscapeClears()
{
    QVERIFY(m_window.open());
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("alpha"), 3, QStringLiteral("size=1")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("beta"), 2, QStringLiteral("size=1")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QLineEdit *field = filterBar()->textField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("BETA"));
    QTRY_COMPARE(proxy()->rowCount(), 2);
    QTest::keyClick(field, Qt::Key_Escape); // clears the text, at once
    QCOMPARE(field->text(), QString());
    QCOMPARE(proxy()->rowCount(), 5);
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape); // an empty field hands over to the list
    QVERIFY(list()->hasFocus());
}

bool tst_ListFilter::startRunWithActiveRowsBelowTheFold(int fast, int slow)
{
    if (!m_window.open(QSize(900, 600)))
        return false;
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("quick"), fast, QStringLiteral("size=256")));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("held"), slow, QStringLiteral("size=100000&stall=60000")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(slow);
    m_window.action("actionStart")->trigger();
    return QTest::qWaitFor([this, fast, slow] {
        return m_window->model().countInState({ItemState::Done}) == fast
                && m_window->model().countInState({ItemState::Receiving}) == slow;
    }, 20'000);
}

void tst_ListFilter::stopRun()
{
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStop")->trigger();
    QVERIFY(finished.wait(10'000));
}

void tst_ListFilter::followActiveKeepsTheFirstActiveRowInSight()
{
    QVERIFY(startRunWithActiveRowsBelowTheFold(60, 3));
    QAction *follow = m_window.action("actionFollowActive");
    QVERIFY(!follow->isChecked()); // off until asked for
    follow->trigger();
    QVERIFY(QSettings().value(QStringLiteral("view/followActive")).toBool());

    QTableView *view = list();
    const QModelIndex firstActive = view->model()->index(60, DownloadModel::NameColumn);
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(firstActive)));
    // The other active rows below it are in sight too.
    QVERIFY(view->viewport()->rect().contains(view->visualRect(view->model()->index(62, 0))));

    // Remembered for the next window.
    stopRun();
    MainWindow next;
    QVERIFY(next.findChild<QAction *>(QStringLiteral("actionFollowActive"))->isChecked());
}

void tst_ListFilter::listStaysPutWithoutFollowActive()
{
    // What Follow Active is for: without it the active rows stay out of sight.
    QVERIFY(startRunWithActiveRowsBelowTheFold(60, 3));
    QTableView *view = list();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY(!view->viewport()->rect().intersects(view->visualRect(view->model()->index(60, 0))));
}

void tst_ListFilter::scrollingByHandStopsFollowing()
{
    QVERIFY(startRunWithActiveRowsBelowTheFold(60, 3));
    QAction *follow = m_window.action("actionFollowActive");
    follow->trigger();
    QTableView *view = list();
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);

    const QPoint at = view->viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(!follow->isChecked());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Follow Active")));
    // Turned off by the wheel, not by the user's choice: it is still on next time.
    QVERIFY(QSettings().value(QStringLiteral("view/followActive")).toBool());
}

QTEST_MAIN(tst_ListFilter)
#include "tst_listfilter.moc"
