// Pause, Resume and the queue's order from the window: the item actions on
// selected rows, the move actions and dragging rows, the run following the
// list's order, and the paused state and order surviving a save and load.
#include "guitestwindow.h"
#include "list/liststore.h"
#include "testserver.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QTableView>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_GuiQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.close(); }

    void moveActionsReorderAndTheRunFollows();
    void draggingRowsMovesThem();
    void pauseAndResumeFromTheActions();
    void pausedStateAndOrderSurviveASaveAndLoad();

private:
    QTableView *list() const { return m_window->findChild<QTableView *>(QStringLiteral("listView")); }
    void selectRow(int row) { list()->selectRow(row); }
    QStringList urlNames() const
    {
        QStringList names;
        for (const DownloadItem &item : m_window->model().items())
            names << item.result.url.fileName();
        return names;
    }

    TestServer m_server{2};
    TestWindow m_window;
};

void tst_GuiQueue::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiQueue::init()
{
    QVERIFY(m_window.open(QSize(1200, 700)));
    m_server.resetStats();
}

void tst_GuiQueue::moveActionsReorderAndTheRunFollows()
{
    QVector<QUrl> urls;
    for (const char *name : {"a", "b", "c", "d"})
        urls << m_server.url(QStringLiteral("/files/gq/%1.bin?size=100").arg(QLatin1String(name)));
    m_window->model().addUrls(urls);
    list()->setFocus();
    selectRow(2);
    QVERIFY(m_window.action("actionMoveToTop")->isEnabled());
    QTest::keyClick(list(), Qt::Key_Home, Qt::ControlModifier); // Move to Top
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("c.bin"), QStringLiteral("a.bin"), QStringLiteral("b.bin"), QStringLiteral("d.bin")}));
    QVERIFY(!m_window.action("actionMoveUp")->isEnabled()); // already first
    m_window.action("actionMoveDown")->trigger();
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("a.bin"), QStringLiteral("c.bin"), QStringLiteral("b.bin"), QStringLiteral("d.bin")}));
    QTest::keyClick(list(), Qt::Key_End, Qt::ControlModifier); // Move to Bottom
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin"), QStringLiteral("d.bin"), QStringLiteral("c.bin")}));
    QTest::keyClick(list(), Qt::Key_Up, Qt::ControlModifier); // Move Up
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin"), QStringLiteral("c.bin"), QStringLiteral("d.bin")}));
    // The selection went with the row.
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list()->selectionModel()->selectedRows().first().row(), 2);
    m_window.action("actionMoveToTop")->trigger();

    // Sorted by a column, the list is not the queue: no moves.
    list()->sortByColumn(DownloadModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(!m_window.action("actionMoveToTop")->isEnabled());
    QVERIFY(!m_window.action("actionMoveDown")->isEnabled());
    list()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QVERIFY(m_window.action("actionMoveDown")->isEnabled());

    m_window->setParallel(false);
    QVERIFY(m_window.runToEnd());
    QCOMPARE(m_server.requestPaths(), (QStringList{QStringLiteral("/files/gq/c.bin"), QStringLiteral("/files/gq/a.bin"), QStringLiteral("/files/gq/b.bin"),
                                                   QStringLiteral("/files/gq/d.bin")}));
}

void tst_GuiQueue::draggingRowsMovesThem()
{
    QVector<QUrl> urls;
    for (const char *name : {"a", "b", "c"})
        urls << m_server.url(QStringLiteral("/files/drag/%1.bin?size=10").arg(QLatin1String(name)));
    m_window->model().addUrls(urls);
    QAbstractItemModel *shown = list()->model();
    std::unique_ptr<QMimeData> dragged(shown->mimeData({shown->index(0, 0)}));
    QVERIFY(dragged->hasFormat(DownloadModel::rowIdsMimeType()));
    // Dropped below the last row, through the list's sort proxy as the view drops it.
    QVERIFY(shown->canDropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(shown->dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("b.bin"), QStringLiteral("c.bin"), QStringLiteral("a.bin")}));
    QCOMPARE(m_window->model().rowCount(), 3); // moved, never removed

    // Rows of another list are not taken.
    DownloadModel other;
    other.addUrls({m_server.url(QStringLiteral("/files/drag/x.bin"))});
    std::unique_ptr<QMimeData> foreign(other.mimeData({other.index(0, 0)}));
    QVERIFY(!m_window->model().dropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("b.bin"), QStringLiteral("c.bin"), QStringLiteral("a.bin")}));
}

void tst_GuiQueue::pauseAndResumeFromTheActions()
{
    const qint64 size = 200'000;
    const QString served = QStringLiteral("/files/gpause/p.bin");
    m_window->model().addUrls({m_server.url(served + QStringLiteral("?size=%1&etag=1&stall=2500").arg(size))});
    m_window->setParallel(false);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(m_window->startRun());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model().item(0).result.bytes >= 16 * 1024, 20'000);
    selectRow(0);
    QVERIFY(m_window.action("actionPauseItem")->isEnabled());
    QVERIFY(!m_window.action("actionResumeItem")->isEnabled());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_F6); // Pause
    QVERIFY(finished.wait(5'000));
    const ItemResult &paused = m_window->model().item(0).result;
    QCOMPARE(paused.state, ItemState::Paused);
    QVERIFY(QFile::exists(paused.filePath));
    const qint64 kept = paused.bytes;
    const QString status = m_window->model().index(0, DownloadModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QLatin1String("continues where it stopped")), qPrintable(status));
    QCOMPARE(finished.first().at(0).value<RunProgress>().failed, 0);
    // Start passes a paused row by; Resume runs it.
    QVERIFY(!m_window.action("actionStart")->isEnabled());
    QVERIFY(m_window.action("actionResumeAll")->isEnabled());
    QVERIFY(m_window.action("actionResumeItem")->isEnabled());
    m_window.action("actionResumeItem")->trigger();
    QVERIFY(m_window->runs().isRunning());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().item(0).result.state, ItemState::Done);
    QCOMPARE(m_window->model().item(0).result.resumedFrom, kept);
    QCOMPARE(m_server.requestHeaders(served, "Range"), (QStringList{QString(), QStringLiteral("bytes=%1-").arg(kept)}));
}

void tst_GuiQueue::pausedStateAndOrderSurviveASaveAndLoad()
{
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/keep/a.bin")),
                               m_server.url(QStringLiteral("/files/keep/b.bin")),
                               m_server.url(QStringLiteral("/files/keep/c.bin"))});
    selectRow(1);
    m_window.action("actionPauseItem")->trigger(); // outside a run: held back
    QCOMPARE(m_window->model().item(1).result.state, ItemState::Paused);
    QVERIFY(!m_window.action("actionPauseItem")->isEnabled());
    m_window.action("actionMoveToBottom")->trigger();
    QCOMPARE(urlNames(), (QStringList{QStringLiteral("a.bin"), QStringLiteral("c.bin"), QStringLiteral("b.bin")}));

    StoredList list{m_window.destination(), m_window->model().items()};
    // A paused row with a kept part, as a pause in a run leaves it.
    list.items[0].result.state = ItemState::Paused;
    list.items[0].result.filePath = m_window.destination() + QStringLiteral("/a.bin.part");
    list.items[0].result.bytes = 4096;
    list.items[0].result.totalBytes = 10'000;
    QString error;
    const auto restored = ListStore::deserialize(ListStore::serialize(list), &error);
    QVERIFY2(restored, qPrintable(error));
    DownloadModel model;
    model.addItems(restored->items);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.item(1).result.url.fileName(), QStringLiteral("c.bin"));
    QCOMPARE(model.item(2).result.state, ItemState::Paused);
    QCOMPARE(model.item(0).result.state, ItemState::Paused);
    QCOMPARE(model.item(0).result.filePath, list.items[0].result.filePath);
    QCOMPARE(model.item(0).result.bytes, 4096);
    QCOMPARE(model.index(0, DownloadModel::StatusColumn).data().toString(),
             QStringLiteral("Paused at 40 % — continues where it stopped"));
}

QTEST_MAIN(tst_GuiQueue)
#include "tst_guiqueue.moc"
