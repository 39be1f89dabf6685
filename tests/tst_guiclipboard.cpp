// Edit → Watch Clipboard for Links, with the real clipboard set from the
// test (the offscreen platform keeps one in the process): off at first,
// links collected from text, HTML and text/uri-list, each offered once, the
// bar's Add, Show… and Dismiss, Fetchpool's own copies passed over, the tray's
// count, and the setting kept for the next window.
#include "desktop/trayicon.h"
#include "guitestwindow.h"
#include "intake/addurlsdialog.h"
#include "intake/clipboardwatcher.h"
#include "intake/newlinksbar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

} // namespace

class tst_GuiClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clipboardReportsChangesAtOnce();
    void offByDefault();
    void collectsTheCopiedLinks_data();
    void collectsTheCopiedLinks();
    void oversizedTextIsNotRead();
    void sameUrlIsOfferedOnce();
    void urlInTheListIsNotOffered();
    void addAddsExactlyTheOfferedRows();
    void addSkipsWhatTheListGotMeanwhile();
    void dismissForgetsForTheSession();
    void showOpensAddUrlsWithTheLinks();
    void ownCopyUrlIsNotOffered();
    void turningOffStopsCollecting();
    void trayCountsAndSharesTheToggle();
    void barButtonsAreOnTheTabTour();
    void toggleIsRememberedByTheNextWindow();

private:
    ClipboardWatcher *watcher() const
    {
        return m_window->findChild<ClipboardWatcher *>(QStringLiteral("clipboardWatcher"));
    }
    NewLinksBar *bar() const { return m_window->findChild<NewLinksBar *>(QStringLiteral("newLinksBar")); }
    QPushButton *button(const char *name) const
    {
        return bar()->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QAction *toggle() { return m_window.action("actionWatchClipboard"); }
    void watch()
    {
        if (!toggle()->isChecked())
            toggle()->trigger();
    }
    // Puts `data` on the clipboard (which owns it) and waits until the watcher has read it.
    [[nodiscard]] bool copy(QMimeData *data);
    [[nodiscard]] bool copyText(const QString &text)
    {
        auto *data = new QMimeData;
        data->setText(text);
        return copy(data);
    }
    QList<QUrl> listed() const;

    TestWindow m_window;
};

void tst_GuiClipboard::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(QGuiApplication::clipboard());
}

void tst_GuiClipboard::init()
{
    QGuiApplication::clipboard()->clear();
    QVERIFY(m_window.open(QSize(1000, 600)));
    QVERIFY(watcher());
    QVERIFY(bar());
}

void tst_GuiClipboard::cleanup()
{
    m_window.close();
}

bool tst_GuiClipboard::copy(QMimeData *data)
{
    QGuiApplication::clipboard()->setMimeData(data);
    // The offscreen clipboard reports the change before setMimeData returns
    // (clipboardReportsChangesAtOnce), so a read it started is pending here.
    if (QTest::qWaitFor([this] { return watcher()->pending() == 0; }, 10'000))
        return true;
    qWarning("the watcher did not finish reading the clipboard");
    return false;
}

QList<QUrl> tst_GuiClipboard::listed() const
{
    QList<QUrl> urls;
    for (const DownloadItem &item : m_window->model().items())
        urls << item.result.url;
    return urls;
}

void tst_GuiClipboard::clipboardReportsChangesAtOnce()
{
    QSignalSpy changed(QGuiApplication::clipboard(), &QClipboard::dataChanged);
    QGuiApplication::clipboard()->setText(QStringLiteral("https://example.org/a.zip"));
    QCOMPARE(changed.count(), 1);
    watch();
    QSignalSpy offered(watcher(), &ClipboardWatcher::offerChanged);
    QGuiApplication::clipboard()->setText(QStringLiteral("https://example.org/b.zip"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(watcher()->pending(), 1); // read at once, parsed off the UI thread
    QVERIFY(offered.wait(10'000));
}

void tst_GuiClipboard::offByDefault()
{
    QVERIFY(toggle()->isCheckable());
    QVERIFY(!toggle()->isChecked());
    QVERIFY(!GuiSettings().watchClipboard());
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip")));
    QCOMPARE(watcher()->count(), 0);
    QVERIFY(bar()->isHidden());
    QCOMPARE(m_window->model().rowCount(), 0);
}

void tst_GuiClipboard::collectsTheCopiedLinks_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QList<QUrl>>("offered");

    QTest::newRow("one URL") << QStringLiteral("text/plain") << QByteArray("https://example.org/one.iso")
                             << QList<QUrl>{url("https://example.org/one.iso")};
    QTest::newRow("several URLs") << QStringLiteral("text/plain")
                                  << QByteArray("https://example.org/1.jpg\nhttps://example.org/2.jpg\n"
                                                "https://example.org/3.jpg\n")
                                  << QList<QUrl>{url("https://example.org/1.jpg"), url("https://example.org/2.jpg"),
                                                 url("https://example.org/3.jpg")};
    // Copied links are taken as they are: brackets make no pattern of them.
    QTest::newRow("brackets") << QStringLiteral("text/plain") << QByteArray("https://example.org/img[1-3].jpg")
                              << QList<QUrl>{QUrl(QStringLiteral("https://example.org/img[1-3].jpg"), QUrl::TolerantMode)};
    QTest::newRow("HTML with links")
            << QStringLiteral("text/html")
            << QByteArray("<p>Photos: <a href=\"https://example.org/p/1.jpg\">one</a> and "
                          "<a href=\"https://example.org/p/2.jpg\">two</a></p>")
            << QList<QUrl>{url("https://example.org/p/1.jpg"), url("https://example.org/p/2.jpg")};
    QTest::newRow("uri-list") << QStringLiteral("text/uri-list")
                              << QByteArray("https://example.org/u1.bin\r\nhttps://example.org/u2.bin\r\n")
                              << QList<QUrl>{url("https://example.org/u1.bin"), url("https://example.org/u2.bin")};
    QTest::newRow("text without URLs") << QStringLiteral("text/plain")
                                       << QByteArray("Meeting moved to Thursday.\nBring the slides.")
                                       << QList<QUrl>{};
    QTest::newRow("HTML without links") << QStringLiteral("text/html") << QByteArray("<p>Just <b>words</b></p>")
                                        << QList<QUrl>{};
    // A file manager's copy: files, not links to download, and never read.
    QTest::newRow("local files") << QStringLiteral("text/uri-list")
                                 << QByteArray("file:///etc/hostname\r\nfile:///tmp/list.txt\r\n") << QList<QUrl>{};
}

void tst_GuiClipboard::collectsTheCopiedLinks()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, content);
    QFETCH(QList<QUrl>, offered);

    watch();
    auto *data = new QMimeData;
    data->setData(format, content);
    QVERIFY(copy(data));
    QCOMPARE(watcher()->offer().urls, offered);
    QCOMPARE(bar()->isVisible(), !offered.isEmpty());
    // The count, whichever plural form the translations give it.
    if (!offered.isEmpty())
        QVERIFY2(bar()->text().startsWith(QStringLiteral("%1 new link").arg(offered.size())),
                 qPrintable(bar()->text()));
    QCOMPARE(m_window->model().rowCount(), 0); // nothing without a click
}

void tst_GuiClipboard::oversizedTextIsNotRead()
{
    watch();
    QString text = QStringLiteral("https://example.org/big.zip\n");
    text += QString(ClipboardWatcher::MaxTextChars, QLatin1Char('x'));
    QVERIFY(copyText(text));
    QCOMPARE(watcher()->count(), 0);
    QVERIFY(copyText(QStringLiteral("https://example.org/big.zip\nhttps://example.org/small.zip")));
    QCOMPARE(watcher()->count(), 2);
}

void tst_GuiClipboard::sameUrlIsOfferedOnce()
{
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip")));
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip")));
    QVERIFY(copyText(QStringLiteral("https://example.org/b.zip\nhttps://example.org/a.zip")));
    QCOMPARE(watcher()->offer().urls,
             (QVector<QUrl>{url("https://example.org/a.zip"), url("https://example.org/b.zip")}));
    QVERIFY2(bar()->text().startsWith(QStringLiteral("2 new link")), qPrintable(bar()->text()));
}

void tst_GuiClipboard::urlInTheListIsNotOffered()
{
    m_window->model().addUrls({url("https://example.org/listed.zip")});
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/listed.zip")));
    QCOMPARE(watcher()->count(), 0);
    QVERIFY(bar()->isHidden());
    QVERIFY(copyText(QStringLiteral("https://example.org/listed.zip\nhttps://example.org/new.zip")));
    QCOMPARE(watcher()->offer().urls, QVector<QUrl>{url("https://example.org/new.zip")});
}

void tst_GuiClipboard::addAddsExactlyTheOfferedRows()
{
    m_window->model().addUrls({url("https://example.org/before.zip")});
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip\nhttps://example.org/b.zip")));
    QTRY_VERIFY(bar()->isVisible());
    button("addNewLinks")->click();
    QCOMPARE(listed(), (QList<QUrl>{url("https://example.org/before.zip"), url("https://example.org/a.zip"),
                                    url("https://example.org/b.zip")}));
    QVERIFY(bar()->isHidden());
    QCOMPARE(watcher()->count(), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Added 2 URLs")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Added is offered: once removed from the list, still not again this session.
    m_window->runs().remove({m_window->model().item(1).result.id});
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip")));
    QCOMPARE(watcher()->count(), 0);
}

void tst_GuiClipboard::addSkipsWhatTheListGotMeanwhile()
{
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip\nhttps://example.org/b.zip")));
    QCOMPARE(watcher()->count(), 2);
    m_window->model().addUrls({url("https://example.org/a.zip")}); // pasted in the meantime
    button("addNewLinks")->click();
    QCOMPARE(listed(), (QList<QUrl>{url("https://example.org/a.zip"), url("https://example.org/b.zip")}));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("Added 1 URL, skipped 1 already in the list")), qPrintable(status));
}

void tst_GuiClipboard::dismissForgetsForTheSession()
{
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip\nhttps://example.org/b.zip")));
    QTRY_VERIFY(bar()->isVisible());
    button("dismissNewLinks")->click();
    QVERIFY(bar()->isHidden());
    QCOMPARE(watcher()->count(), 0);
    QCOMPARE(m_window->model().rowCount(), 0);

    QVERIFY(copyText(QStringLiteral("https://example.org/b.zip\nhttps://example.org/a.zip")));
    QCOMPARE(watcher()->count(), 0);
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip\nhttps://example.org/c.zip")));
    QCOMPARE(watcher()->offer().urls, QVector<QUrl>{url("https://example.org/c.zip")});
}

void tst_GuiClipboard::showOpensAddUrlsWithTheLinks()
{
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip\nhttps://example.org/b.zip")));
    QTRY_VERIFY(bar()->isVisible());
    button("showNewLinks")->click();
    auto *dialog = m_window->findChild<AddUrlsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>()->toPlainText(),
             QStringLiteral("https://example.org/a.zip\nhttps://example.org/b.zip"));
    QVERIFY(bar()->isHidden()); // the dialog has them now
    QCOMPARE(m_window->model().rowCount(), 0);
    dialog->accept();
    QTRY_COMPARE(m_window->model().rowCount(), 2);
}

void tst_GuiClipboard::ownCopyUrlIsNotOffered()
{
    m_window->model().addUrls({url("https://example.org/mine.zip")});
    watch();
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    list->selectRow(0);
    m_window.action("actionCopyUrl")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://example.org/mine.zip"));
    // Gone from the list before any parse could end: only the mark keeps it from being offered.
    m_window.action("actionRemove")->trigger();
    QCOMPARE(m_window->model().rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(watcher()->pending(), 0, 10'000);
    QCOMPARE(watcher()->count(), 0);

    // The same URL copied in another program is a new link.
    QVERIFY(copyText(QStringLiteral("https://example.org/mine.zip")));
    QCOMPARE(watcher()->offer().urls, QVector<QUrl>{url("https://example.org/mine.zip")});
}

void tst_GuiClipboard::turningOffStopsCollecting()
{
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip")));
    QCOMPARE(watcher()->count(), 1);
    toggle()->trigger();
    QVERIFY(!toggle()->isChecked());
    QVERIFY(copyText(QStringLiteral("https://example.org/b.zip")));
    QCOMPARE(watcher()->offer().urls, QVector<QUrl>{url("https://example.org/a.zip")}); // what it had stays
}

void tst_GuiClipboard::trayCountsAndSharesTheToggle()
{
    auto *tray = m_window->findChild<TrayIcon *>();
    QVERIFY(tray);
    QVERIFY(tray->menu()->actions().contains(toggle()));
    tray->menu()->actions().at(tray->menu()->actions().indexOf(toggle()))->trigger();
    QVERIFY(toggle()->isChecked());
    QVERIFY(watcher()->isEnabled());

    QVERIFY(!tray->addNewLinksAction()->isVisible());
    QVERIFY(!tray->toolTip().contains(QStringLiteral("new link")));
    QSignalSpy toolTips(tray, &TrayIcon::toolTipChanged);
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip\nhttps://example.org/b.zip")));
    QTRY_VERIFY2(tray->toolTip().contains(QStringLiteral("\n2 new link")), qPrintable(tray->toolTip()));
    QVERIFY(!toolTips.isEmpty());
    QVERIFY(tray->addNewLinksAction()->isVisible());
    QVERIFY2(tray->addNewLinksAction()->text().startsWith(QStringLiteral("&Add 2 New Link")),
             qPrintable(tray->addNewLinksAction()->text()));

    tray->addNewLinksAction()->trigger();
    QCOMPARE(m_window->model().rowCount(), 2);
    QVERIFY(!tray->toolTip().contains(QStringLiteral("new link")));
    QVERIFY(!tray->addNewLinksAction()->isVisible());
    QVERIFY(bar()->isHidden());
}

void tst_GuiClipboard::barButtonsAreOnTheTabTour()
{
    watch();
    QVERIFY(copyText(QStringLiteral("https://example.org/a.zip")));
    QTRY_VERIFY(bar()->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    list->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), list);

    // Backwards from the list: the bar sits right above it.
    QList<QWidget *> visited;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        visited << QApplication::focusWidget();
    }
    QCOMPARE(visited, (QList<QWidget *>{button("dismissNewLinks"), button("showNewLinks"), button("addNewLinks")}));

    // Dismiss from the keyboard: the focus goes back to the list, not nowhere.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button("dismissNewLinks"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(bar()->isHidden());
    QCOMPARE(QApplication::focusWidget(), list);
}

void tst_GuiClipboard::toggleIsRememberedByTheNextWindow()
{
    toggle()->trigger();
    QVERIFY(toggle()->isChecked());
    m_window->close();

    {
        MainWindow next;
        auto *action = next.findChild<QAction *>(QStringLiteral("actionWatchClipboard"));
        QVERIFY(action->isChecked());
        auto *nextWatcher = next.findChild<ClipboardWatcher *>(QStringLiteral("clipboardWatcher"));
        QVERIFY(nextWatcher->isEnabled());
        QSignalSpy offered(nextWatcher, &ClipboardWatcher::offerChanged);
        QGuiApplication::clipboard()->setText(QStringLiteral("https://example.org/next.zip"));
        QVERIFY(offered.wait(10'000));
        QCOMPARE(nextWatcher->offer().urls, QVector<QUrl>{url("https://example.org/next.zip")});
        action->trigger(); // off again, for the window after
    }
    MainWindow last;
    QVERIFY(!last.findChild<QAction *>(QStringLiteral("actionWatchClipboard"))->isChecked());
    QVERIFY(!last.findChild<ClipboardWatcher *>(QStringLiteral("clipboardWatcher"))->isEnabled());
}

QTEST_MAIN(tst_GuiClipboard)
#include "tst_guiclipboard.moc"
