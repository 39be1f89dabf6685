// The window on small screens: the timeline starts closed and comes back as
// the user left it; on a narrow list Name, Progress and Status stay in sight
// while the other columns give way and come back; the toolbar never hides a
// control behind its » overflow (Save to is not on it any more), shrinking
// to icons instead; and the minimum size is one at which all of that holds.
#include "app/toolbarfit.h"
#include "app/windowlayout.h"
#include "guitestwindow.h"
#include "list/columnpriorities.h"
#include "list/downloadcolumns.h"
#include "list/downloadlistview.h"
#include "run/destinationbutton.h"
#include "run/timingpanel.h"
#include "serverfiles.h"
#include "testserver.h"
#include "timeline/timelinedock.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QScreen>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

constexpr int KeptColumns[] = {DownloadModel::NameColumn, DownloadModel::ProgressColumn, DownloadModel::StatusColumn};

// Whether all of `column` is within the list's viewport as it is scrolled now.
bool columnInSight(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const int left = header->sectionViewportPosition(column);
    return !header->isSectionHidden(column) && left >= 0
            && left + header->sectionSize(column) <= view->viewport()->width();
}

// Whether `widget` shows all of itself inside its window.
bool wholeInWindow(QWidget *widget)
{
    const QRect inWindow(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->isVisible() && widget->window()->rect().contains(inWindow);
}

int rowsInSight(QTableView *view)
{
    return view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
}

} // namespace

class tst_GuiLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void timelineStartsClosedAndComesBackAsLeft();
    void narrowListKeepsNameProgressAndStatus_data();
    void narrowListKeepsNameProgressAndStatus();
    void columnsComeBackAndTheSavedStateIsTheUsers();
    void aColumnTheUserShowsStays();
    void noControlEndsUpInTheToolbarOverflow();
    void toolbarShowsIconsOnlyWhenNarrow();
    void firstStartFitsASmallScreen();
    void minimumSizeFitsTheControls_data();
    void minimumSizeFitsTheControls();

private:
    // A window at `size` over 60 rows, its settings as the last window left them.
    std::unique_ptr<MainWindow> reopen(const QSize &size);
    void resizeTo(const QSize &size);
    QTableView *list(QWidget *window = nullptr) const
    {
        return (window ? window : m_window.get())->findChild<QTableView *>(QStringLiteral("listView"));
    }
    QDockWidget *timeline(QWidget *window = nullptr) const
    {
        return (window ? window : m_window.get())->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    }
    QToolBar *toolBar() const { return m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar")); }

    TestServer m_server;
    TestWindow m_window;
};

void tst_GuiLayout::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiLayout::init()
{
    QVERIFY(m_window.open(QSize(1280, 720)));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("row"), 60, QStringLiteral("size=64")));
}

void tst_GuiLayout::cleanup()
{
    m_window.close();
}

std::unique_ptr<MainWindow> tst_GuiLayout::reopen(const QSize &size)
{
    auto window = std::make_unique<MainWindow>();
    checkWindowModels(*window);
    window->model().addUrls(fileUrls(m_server, QStringLiteral("row"), 60, QStringLiteral("size=64")));
    window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) ? std::move(window) : nullptr;
}

void tst_GuiLayout::resizeTo(const QSize &size)
{
    m_window->resize(size);
    // The layout settles on the posted layout requests.
    QTRY_COMPARE(m_window->size(), size.expandedTo(m_window->minimumSize()));
    QCoreApplication::sendPostedEvents();
}

void tst_GuiLayout::timelineStartsClosedAndComesBackAsLeft()
{
    // A first start: the timeline is closed and the list has the room.
    QDockWidget *dock = timeline();
    QVERIFY(!dock->isVisible());
    QVERIFY(!m_window.action("actionTimeline")->isChecked());
    QVERIFY2(rowsInSight(list()) >= 15, qPrintable(QString::number(rowsInSight(list()))));

    // Opened, it takes at most a third of the window.
    m_window.action("actionTimeline")->trigger();
    QTRY_VERIFY(dock->isVisible());
    QVERIFY2(dock->height() <= m_window->height() / 3, qPrintable(QString::number(dock->height())));
    QVERIFY(rowsInSight(list()) >= 8);

    // Its size and that it is open are remembered.
    m_window->resizeDocks({dock}, {180}, Qt::Vertical);
    QTRY_COMPARE(dock->height(), 180);
    QVERIFY(m_window->close());
    std::unique_ptr<MainWindow> next = reopen(QSize(1280, 720));
    QVERIFY(next);
    QTRY_VERIFY(timeline(next.get())->isVisible());
    QCOMPARE(timeline(next.get())->height(), 180);

    // And that it was closed.
    next->findChild<QAction *>(QStringLiteral("actionTimeline"))->trigger();
    QVERIFY(!timeline(next.get())->isVisible());
    QVERIFY(next->close());
    next = reopen(QSize(1280, 720));
    QVERIFY(!timeline(next.get())->isVisible());
}

void tst_GuiLayout::narrowListKeepsNameProgressAndStatus_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1440x900") << QSize(1440, 900);
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("900x600") << QSize(900, 600);
    QTest::newRow("861x500") << QSize(861, 500);
}

void tst_GuiLayout::narrowListKeepsNameProgressAndStatus()
{
    QFETCH(QSize, size);
    resizeTo(size);
    QTableView *view = list();
    for (const int column : KeptColumns)
        QVERIFY2(columnInSight(view, column), qPrintable(DownloadColumns::title(column)));
    // The columns shown fit: nothing to scroll sideways to.
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // 500 px high leaves the timing panel's wrapped blocks a little more of the height.
    const int rows = size.height() >= 600 ? 10 : 8;
    QVERIFY2(rowsInSight(view) >= rows, qPrintable(QString::number(rowsInSight(view))));
}

void tst_GuiLayout::columnsComeBackAndTheSavedStateIsTheUsers()
{
    QHeaderView *header = list()->horizontalHeader();
    auto *columns = m_window->findChild<ColumnPriorities *>();
    QVERIFY(columns);
    QVERIFY(!header->isSectionHidden(DownloadModel::UrlColumn));
    const int worker = header->sectionSize(DownloadModel::WorkerColumn);
    // The user hides Size; narrow, the URL and the timing columns give way.
    std::unique_ptr<QMenu> menu(m_window->findChild<DownloadListView *>()->createColumnMenu(nullptr));
    menu->actions().at(DownloadModel::SizeColumn)->trigger();
    resizeTo(QSize(861, 500));
    QVERIFY(columns->hasGivenWay(DownloadModel::UrlColumn));
    QVERIFY(columns->hasGivenWay(DownloadModel::WorkerColumn));
    QVERIFY(header->isSectionHidden(DownloadModel::UrlColumn));
    QVERIFY(!columns->hasGivenWay(DownloadModel::SizeColumn)); // hidden by the user, not for room

    // Back to wide, the columns that gave way come back, at their widths.
    resizeTo(QSize(1440, 900));
    QVERIFY(!header->isSectionHidden(DownloadModel::UrlColumn));
    QVERIFY(!header->isSectionHidden(DownloadModel::WorkerColumn));
    QVERIFY(header->isSectionHidden(DownloadModel::SizeColumn));
    QCOMPARE(header->sectionSize(DownloadModel::WorkerColumn), worker);
    for (int column = 0; column < DownloadModel::ColumnCount; ++column)
        QVERIFY(!columns->hasGivenWay(column));

    // Closed while narrow: the saved state is the user's choice.
    resizeTo(QSize(861, 500));
    QVERIFY(header->isSectionHidden(DownloadModel::UrlColumn));
    QVERIFY(m_window->close());
    std::unique_ptr<MainWindow> next = reopen(QSize(1440, 900));
    QHeaderView *nextHeader = list(next.get())->horizontalHeader();
    QVERIFY(!nextHeader->isSectionHidden(DownloadModel::UrlColumn));
    QVERIFY(!nextHeader->isSectionHidden(DownloadModel::WorkerColumn));
    QCOMPARE(nextHeader->sectionSize(DownloadModel::WorkerColumn), worker);
    QVERIFY(nextHeader->isSectionHidden(DownloadModel::SizeColumn));
}

void tst_GuiLayout::aColumnTheUserShowsStays()
{
    resizeTo(QSize(861, 500));
    QHeaderView *header = list()->horizontalHeader();
    QVERIFY(header->isSectionHidden(DownloadModel::UrlColumn));
    std::unique_ptr<QMenu> menu(m_window->findChild<DownloadListView *>()->createColumnMenu(nullptr));
    QAction *url = menu->actions().at(DownloadModel::UrlColumn);
    QVERIFY(!url->isChecked());
    url->trigger();
    QVERIFY(!header->isSectionHidden(DownloadModel::UrlColumn));
    resizeTo(QSize(880, 520));
    QVERIFY(!header->isSectionHidden(DownloadModel::UrlColumn));
    // Still the three in sight: others gave way for it.
    for (const int column : KeptColumns)
        QVERIFY2(columnInSight(list(), column), qPrintable(DownloadColumns::title(column)));
}

void tst_GuiLayout::noControlEndsUpInTheToolbarOverflow()
{
    QToolBar *bar = toolBar();
    auto *destination = m_window->findChild<DestinationButton *>();
    auto *workers = m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"));
    QVERIFY(!bar->isAncestorOf(destination));
    for (const QSize &size : {QSize(861, 500), QSize(1440, 900), QSize(700, 500), QSize(1280, 720), QSize(1, 1)}) {
        resizeTo(size);
        const QString at = QStringLiteral("at %1x%2").arg(m_window->width()).arg(m_window->height());
        QVERIFY2(wholeInWindow(destination), qPrintable(at));
        QVERIFY2(wholeInWindow(workers), qPrintable(at));
        QVERIFY2(!bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"))->isVisible(), qPrintable(at));
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator())
                QVERIFY2(bar->widgetForAction(action)->isVisible(), qPrintable(action->text() + QLatin1Char(' ') + at));
        }
    }
}

void tst_GuiLayout::toolbarShowsIconsOnlyWhenNarrow()
{
    QToolBar *bar = toolBar();
    resizeTo(QSize(1280, 720));
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    resizeTo(QSize(bar->sizeHint().width() - 40, 600));
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QVERIFY(m_window->findChild<ToolBarFit *>()->isCompact());
    // Each button still names its action.
    for (QAction *action : bar->actions()) {
        if (!action->isSeparator() && qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            QVERIFY(!bar->widgetForAction(action)->toolTip().isEmpty());
    }
    resizeTo(QSize(1280, 720));
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

void tst_GuiLayout::firstStartFitsASmallScreen()
{
    const QSize designed(1280, 720);
    // A netbook's 1024x600 under a 32-pixel panel: cut down and centred.
    const QRect netbook(0, 32, 1024, 568);
    const QRect fitted = WindowLayout::fittedGeometry(designed, netbook);
    QVERIFY(netbook.contains(fitted));
    QCOMPARE(fitted.size(), QSize(1024 - 48, 568 - 48));
    QCOMPARE(fitted.center(), netbook.center());
    // A large screen keeps the designed size.
    QCOMPARE(WindowLayout::fittedGeometry(designed, QRect(0, 0, 2560, 1440)).size(), designed);
    // Only the side that does not fit is cut: a wide, low screen.
    QCOMPARE(WindowLayout::fittedGeometry(designed, QRect(0, 0, 1920, 600)).size(), QSize(1280, 552));

    // The window itself on the first start, nothing saved.
    m_window.close();
    QSettings().clear();
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= qMax(available.width(), window.minimumWidth())
                     && window.height() <= qMax(available.height(), window.minimumHeight()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window.width()).arg(window.height())
                                .arg(available.width()).arg(available.height())));
}

void tst_GuiLayout::minimumSizeFitsTheControls_data()
{
    QTest::addColumn<bool>("timelineOpen");
    QTest::newRow("timeline closed") << false;
    QTest::newRow("timeline open") << true;
}

void tst_GuiLayout::minimumSizeFitsTheControls()
{
    QFETCH(bool, timelineOpen);
    if (timelineOpen)
        m_window.action("actionTimeline")->trigger();
    resizeTo(QSize(1, 1));
    const QSize minimum = m_window->size();
    QCOMPARE(minimum, m_window->minimumSize());
    // The timeline, when open, keeps a few lanes: it may ask for more height.
    QVERIFY2(minimum.width() < 861 && minimum.height() < (timelineOpen ? 600 : 500),
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));

    // Everything above the list in sight, the toolbar's overflow unused.
    for (const char *name : {"destinationButton", "filterAll", "filterActive", "filterFailed", "filterDone",
                             "listFilterText", "workerCount"})
        QVERIFY2(wholeInWindow(m_window->findChild<QWidget *>(QString::fromLatin1(name))), name);
    QVERIFY(!toolBar()->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"))->isVisible());
    // A few rows, with their name, progress and status.
    QTableView *view = list();
    QVERIFY2(rowsInSight(view) >= 3, qPrintable(QString::number(rowsInSight(view))));
    for (const int column : KeptColumns)
        QVERIFY2(columnInSight(view, column), qPrintable(DownloadColumns::title(column)));
    // The run's figures get the room they ask for.
    QWidget *panel = m_window->timingPanel();
    QVERIFY(panel->height() >= panel->minimumSizeHint().height());
    QVERIFY(wholeInWindow(panel));
}

QTEST_MAIN(tst_GuiLayout)
#include "tst_guilayout.moc"
