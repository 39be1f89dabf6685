// The window's speed limits: the status bar's button and Run → Speed Limit
// (remembered, and applied to a run in progress), and a row's own limit from
// Edit → Speed Limit for Selected (kept with the row, named in its tooltip,
// and applied to the run in progress), against the in-process test server.
#include "app/guisettings.h"
#include "app/mainwindow.h"
#include "guitestwindow.h"
#include "limit/speedlimitchoices.h"
#include "list/downloadmodel.h"
#include "run/runcontroller.h"
#include "testserver.h"

#include <QMenu>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace Fetchpool;
using namespace Fetchpool::Test;

class tst_GuiRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void globalLimitFromTheStatusBar();
    void itemLimitFromTheSelection();

private:
    QAction *choice(const char *menuName, const QString &text);

    TestServer m_server;
    TestWindow m_window;
};

void tst_GuiRateLimit::initTestCase()
{
    setUpGuiTestApplication();
    m_server.setSendBufferBytes(16 * 1024);
    QVERIFY(m_server.start());
}

void tst_GuiRateLimit::init()
{
    QVERIFY(m_window.open());
}

void tst_GuiRateLimit::cleanup()
{
    m_window.close();
}

QAction *tst_GuiRateLimit::choice(const char *menuName, const QString &text)
{
    auto *menu = m_window->findChild<QMenu *>(QString::fromLatin1(menuName));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

void tst_GuiRateLimit::globalLimitFromTheStatusBar()
{
    auto *button = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("speedLimitButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Unlimited"));
    // The keyboard's way to the same menu: Run → Speed &Limit.
    QCOMPARE(m_window->findChild<QMenu *>(QStringLiteral("menuSpeedLimit"))->title(), QStringLiteral("Speed &Limit"));
    QCOMPARE(button->menu(), m_window->findChild<QMenu *>(QStringLiteral("menuSpeedLimit")));

    // Chosen during a run: the run takes it at once, and the window remembers it.
    const qint64 size = 24 * 1024 * 1024;
    m_window->model().addUrls({m_server.url(QStringLiteral("/files/gui/limit.bin?size=%1").arg(size))});
    m_window->setParallel(true);
    QSignalSpy finished(&m_window->runs(), &Gui::RunController::runFinished);
    m_window.action("actionStart")->trigger();
    QVERIFY(m_window->runs().isRunning());
    QAction *twoMiB = choice("menuSpeedLimit", Gui::SpeedLimitChoices::rateText(2 * 1024 * 1024));
    QVERIFY(twoMiB);
    twoMiB->trigger();
    QCOMPARE(button->text(), Gui::SpeedLimitChoices::rateText(2 * 1024 * 1024));
    QVERIFY(twoMiB->isChecked());
    QCOMPARE(m_window->runs().rateLimit(), 2 * 1024 * 1024);
    QCOMPARE(Gui::GuiSettings().speedLimit(), 2 * 1024 * 1024);
    // The server feels it: 24 MiB at 2 MiB/s is twelve seconds away.
    const qint64 fromMs = m_server.clockMs() + 1500;
    QTRY_VERIFY_WITH_TIMEOUT(m_server.bytesSentBy(fromMs + 3000) >= 0, 10'000);
    const double rate = (m_server.bytesSentBy(fromMs + 3000) - m_server.bytesSentBy(fromMs)) / 3.0;
    QVERIFY2(rate < 2.5 * 1024 * 1024, qPrintable(QString::number(rate)));
    QVERIFY(finished.isEmpty());

    // Unlimited again: the run ends soon.
    QAction *unlimited = choice("menuSpeedLimit", QStringLiteral("Unlimited"));
    QVERIFY(unlimited);
    unlimited->trigger();
    QCOMPARE(button->text(), QStringLiteral("Unlimited"));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(Gui::GuiSettings().speedLimit(), 0);
}

void tst_GuiRateLimit::itemLimitFromTheSelection()
{
    Gui::DownloadModel &model = m_window->model();
    model.addUrls({m_server.url(QStringLiteral("/files/gui/a.bin?size=100")),
                   m_server.url(QStringLiteral("/files/gui/b.bin?size=100"))});
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuItemSpeedLimit"));
    QVERIFY(menu);
    QAction *itemMenu = menu->menuAction();
    QVERIFY(!itemMenu->isEnabled()); // nothing selected

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    QVERIFY(view);
    view->setFocus();
    view->selectRow(0);
    QVERIFY(itemMenu->isEnabled());
    QAction *limit = choice("menuItemSpeedLimit", Gui::SpeedLimitChoices::rateText(256 * 1024));
    QVERIFY(limit);
    limit->trigger();

    const int selectedRow = model.rowOf(model.item(0).result.id);
    QCOMPARE(model.item(selectedRow).rateLimit, 256 * 1024);
    QCOMPARE(model.item(1).rateLimit, 0);
    const QString tip = model.index(0, Gui::DownloadModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(Gui::SpeedLimitChoices::rateText(256 * 1024)), qPrintable(tip));
    QVERIFY(!model.index(1, Gui::DownloadModel::StatusColumn).data(Qt::ToolTipRole).toString()
                     .contains(Gui::SpeedLimitChoices::rateText(256 * 1024)));
    // Kept across a run (the row is requeued and run, the limit stays).
    QVERIFY(m_window.runToEnd());
    QCOMPARE(model.item(0).rateLimit, 256 * 1024);
}

QTEST_MAIN(tst_GuiRateLimit)
#include "tst_guiratelimit.moc"
