// Why an item failed and what its attempts were, in the window: the status
// column that keeps a failure's reason readable, the live retry on the row,
// and the item details pane under the list (View → Item Details) against
// real runs on the loopback test server.
#include "guitestwindow.h"
#include "list/downloadmodel.h"
#include "list/itemdetailspane.h"
#include "list/statusdelegate.h"
#include "testserver.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

// The cells of the table a label shows, row by row, as a user reads them.
QList<QStringList> tableRows(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::NextBlock); // into the table, which starts the document
    QList<QStringList> rows;
    const QTextTable *table = cursor.currentTable();
    if (!table)
        return rows;
    for (int row = 0; row < table->rows(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QTextCursor selection = cell.firstCursorPosition();
            selection.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cells << selection.selectedText();
        }
        rows << cells;
    }
    return rows;
}

} // namespace

class tst_ItemDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void paneShowsWhereTheItemWentAndEveryAttempt();
    void retryShowsLiveOnTheRowAndInThePane();
    void failureReasonIsCutAtTheEndOnly();
    void paneToggleHasAShortcutAndIsRemembered();

private:
    QTableView *listView() const { return m_window->findChild<QTableView *>(QStringLiteral("listView")); }
    ItemDetailsPane *pane() const { return m_window->findChild<ItemDetailsPane *>(); }
    QLabel *paneLabel(const char *name) const { return pane()->findChild<QLabel *>(QString::fromLatin1(name)); }
    // Clicks the list's row `row`, as a user picks an item.
    void clickRow(int row);

    TestServer m_server{2};
    TestWindow m_window;
};

void tst_ItemDetails::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_ItemDetails::init()
{
    m_server.resetStats();
    QVERIFY(m_window.open(QSize(1440, 900)));
}

void tst_ItemDetails::cleanup()
{
    m_window.close();
}

void tst_ItemDetails::clickRow(int row)
{
    QTableView *view = listView();
    const QRect cell = view->visualRect(view->model()->index(row, DownloadModel::NameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

// A redirect to a file whose first answer is 503: the pane names the URL,
// where it led, the file with links to it and its folder, and both attempts
// with their statuses, updated as the run goes on under the selection.
void tst_ItemDetails::paneShowsWhereTheItemWentAndEveryAttempt()
{
    const QUrl target = m_server.url(QStringLiteral("/files/target.bin?size=300&fail=1&failstatus=503"));
    QUrl redirect = m_server.url(QStringLiteral("/redirect"));
    redirect.setQuery(QStringLiteral("to=") + QString::fromLatin1(QUrl::toPercentEncoding(target.toString())));
    const QUrl plain = m_server.url(QStringLiteral("/files/plain.bin?size=10"));
    m_window->model().addUrls({redirect, plain});

    QVERIFY(!pane()->isVisibleTo(m_window.get())); // closed on a first start: the list keeps its rows
    m_window.action("actionItemDetails")->trigger();
    QVERIFY(pane()->isVisibleTo(m_window.get()));
    QVERIFY2(paneLabel("detailsHeading")->text().contains(QStringLiteral("Select an item")),
             qPrintable(paneLabel("detailsHeading")->text()));
    clickRow(0);
    QVERIFY(pane()->isShowingItem());
    QCOMPARE(paneLabel("detailsUrl")->text(), redirect.toDisplayString());
    QVERIFY(!paneLabel("detailsFinalUrl")->isVisibleTo(pane())); // not fetched yet
    QVERIFY(m_window.runToEnd());

    const QString heading = paneLabel("detailsHeading")->text();
    QVERIFY2(heading.contains(QStringLiteral("target.bin")) && heading.contains(QStringLiteral("Done after 2 attempts")),
             qPrintable(heading));
    QLabel *finalUrl = paneLabel("detailsFinalUrl");
    QVERIFY(finalUrl->isVisibleTo(pane()));
    QCOMPARE(finalUrl->text(), target.toDisplayString());

    const QString path = QDir(m_window.destination()).filePath(QStringLiteral("target.bin"));
    const QString file = paneLabel("detailsFile")->text();
    QVERIFY2(file.contains(QDir::toNativeSeparators(path)), qPrintable(file));
    QVERIFY2(file.contains(QStringLiteral("href=\"%1\"").arg(QUrl::fromLocalFile(path).toString())), qPrintable(file));
    QVERIFY2(file.contains(QStringLiteral("href=\"%1\"").arg(QUrl::fromLocalFile(m_window.destination()).toString())),
             qPrintable(file));
    QVERIFY(paneLabel("detailsFile")->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
    QVERIFY(paneLabel("detailsUrl")->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    // A header, then each attempt: number, start, duration, status, result.
    const QList<QStringList> attempts = tableRows(paneLabel("detailsAttempts"));
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0), (QStringList{"Attempt", "Started", "Took", "HTTP", "Result"}));
    QCOMPARE(attempts.at(1).at(0), QStringLiteral("1"));
    QCOMPARE(attempts.at(1).at(3), QStringLiteral("503"));
    QVERIFY2(attempts.at(1).at(4).startsWith(QStringLiteral("HTTP 503")), qPrintable(attempts.at(1).at(4)));
    QCOMPARE(attempts.at(2).at(0), QStringLiteral("2"));
    QCOMPARE(attempts.at(2).at(3), QStringLiteral("200"));
    QCOMPARE(attempts.at(2).at(4), QStringLiteral("Succeeded"));
    QVERIFY2(!paneLabel("detailsTimes")->text().isEmpty() && !paneLabel("detailsResponse")->text().isEmpty(),
             qPrintable(paneLabel("detailsTimes")->text()));

    // The pane follows the selection.
    clickRow(1);
    QVERIFY2(paneLabel("detailsHeading")->text().startsWith(QStringLiteral("plain.bin — Done")),
             qPrintable(paneLabel("detailsHeading")->text()));
    QVERIFY(!paneLabel("detailsFinalUrl")->isVisibleTo(pane()));
    QCOMPARE(tableRows(paneLabel("detailsAttempts")).size(), 2);
}

// "Connecting…" for two minutes hid four attempts: the row and the pane say
// that the item waits, how long, for which attempt, and why.
void tst_ItemDetails::retryShowsLiveOnTheRowAndInThePane()
{
    // Retry-After: 2 makes the wait long enough to count down.
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/busy.bin?size=50&fail=1&failstatus=503&retryafter=2"))});
    m_window.action("actionItemDetails")->trigger();
    clickRow(0);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();

    const QModelIndex status = m_window->model().index(0, DownloadModel::StatusColumn);
    const QString waiting = QStringLiteral("Retrying in 2 s (attempt 2 of 4): HTTP 503");
    QTRY_VERIFY_WITH_TIMEOUT(status.data().toString().startsWith(waiting), 10'000);
    QVERIFY2(paneLabel("detailsHeading")->text().contains(waiting), qPrintable(paneLabel("detailsHeading")->text()));
    const QList<QStringList> attempts = tableRows(paneLabel("detailsAttempts"));
    QCOMPARE(attempts.size(), 3); // the header, the attempt that failed, the one waited for
    QCOMPARE(attempts.at(1).at(3), QStringLiteral("503"));
    QCOMPARE(attempts.at(2).at(0), QStringLiteral("2"));
    QVERIFY2(attempts.at(2).at(4).startsWith(QStringLiteral("Begins in")), qPrintable(attempts.at(2).at(4)));
    QTRY_VERIFY_WITH_TIMEOUT(status.data().toString().startsWith(QStringLiteral("Retrying in 1 s (attempt 2 of 4)")), 3'000);
    QTRY_VERIFY_WITH_TIMEOUT(paneLabel("detailsHeading")->text().contains(QStringLiteral("Retrying in 1 s")), 1'000);

    QVERIFY(finished.wait(10'000));
    QCOMPARE(status.data().toString(), QStringLiteral("Done after 2 attempts"));
    QCOMPARE(tableRows(paneLabel("detailsAttempts")).size(), 3);
}

// The list elides URLs in the middle; the status must keep its word and the
// start of the reason, cutting only the end.
void tst_ItemDetails::failureReasonIsCutAtTheEndOnly()
{
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/secret.bin?status=403"))});
    QVERIFY(m_window.runToEnd());

    QTableView *view = listView();
    auto *delegate = qobject_cast<StatusDelegate *>(view->itemDelegateForColumn(DownloadModel::StatusColumn));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.textElideMode = view->textElideMode();
    QCOMPARE(option.textElideMode, Qt::ElideMiddle); // what the list does for its other columns
    delegate->initStyleOption(&option, view->model()->index(0, DownloadModel::StatusColumn));
    QCOMPARE(option.textElideMode, Qt::ElideRight);
    QVERIFY2(option.text.startsWith(QStringLiteral("Failed: HTTP 403 Forbidden")), qPrintable(option.text));

    const QString start = QStringLiteral("Failed: HTTP 403");
    const int narrow = option.fontMetrics.horizontalAdvance(start + QStringLiteral(" Forb…"));
    const QString shown = option.fontMetrics.elidedText(option.text, option.textElideMode, narrow);
    QVERIFY2(shown.startsWith(start), qPrintable(shown));
    // The column has room for a reason by default.
    QVERIFY(view->columnWidth(DownloadModel::StatusColumn)
            >= option.fontMetrics.horizontalAdvance(QStringLiteral("Failed: HTTP 503 Service Unavailable")));
}

void tst_ItemDetails::paneToggleHasAShortcutAndIsRemembered()
{
    QAction *toggle = m_window.action("actionItemDetails");
    QVERIFY(!toggle->isChecked()); // a first start leaves the rows to the list
    QVERIFY(!pane()->isVisibleTo(m_window.get()));
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuView"))->actions().contains(toggle));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    QVERIFY(toggle->isChecked());
    QVERIFY(pane()->isVisibleTo(m_window.get()));

    // The next window opens with it, until it is closed again.
    m_window->close();
    {
        MainWindow again;
        QVERIFY(again.findChild<ItemDetailsPane *>()->isVisibleTo(&again));
        QAction *againToggle = again.findChild<QAction *>(QStringLiteral("actionItemDetails"));
        QVERIFY(againToggle->isChecked());
        againToggle->trigger();
        QVERIFY(!again.findChild<ItemDetailsPane *>()->isVisibleTo(&again));
    }
    MainWindow third;
    QVERIFY(!third.findChild<ItemDetailsPane *>()->isVisibleTo(&third));
}

QTEST_MAIN(tst_ItemDetails)
#include "tst_itemdetails.moc"
