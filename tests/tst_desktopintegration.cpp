// The window follows a run where the desktop shows it: the overall progress
// in the title (and so the taskbar) while it runs, the plain title after; a
// notification when a batch ends while the window is in the background, and
// none while the user is looking at it; the tray's tooltip and menu (Pause
// All and Resume being the window's Stop and Start). Runs against the
// in-process server.
#include "desktop/runnotifier.h"
#include "desktop/runtooltip.h"
#include "desktop/taskbarprogress.h"
#include "desktop/trayicon.h"
#include "enginetest.h"
#include "guitestwindow.h"
#include "list/sizetext.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void titleShowsTheProgressWhileRunning();
    void finishedBatchInTheBackgroundIsAnnounced();
    void finishedBatchInFrontIsNotAnnounced();
    void summaryNamesTheFailures();
    void trayToolTipFollowsTheRun();
    void trayToolTipNamesTheFailures();
    void trayToolTipFormat();
    void trayPauseAllAndResumeAreStopAndStart();
    void trayIconIsInTheSystemTray();

private:
    TrayIcon *tray() const { return m_window->findChild<TrayIcon *>(); }

    // Lists `count` slow files (one `status=404` among them when asked),
    // starts in Parallel with 2 workers and waits for the end.
    [[nodiscard]] bool runBatch(int count, bool withFailure = false);

    TestServer m_server{4};
    TestWindow m_window;
};

void tst_DesktopIntegration::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_DesktopIntegration::init()
{
    QVERIFY(m_window.open());
    m_window->setWindowTitle(QStringLiteral("Fetchpool"));
}

void tst_DesktopIntegration::cleanup()
{
    m_window.close();
}

bool tst_DesktopIntegration::runBatch(int count, bool withFailure)
{
    QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("desk"), count, QStringLiteral("size=2000&latency=60"));
    if (withFailure)
        urls << m_server.url(QStringLiteral("/files/missing.bin?status=404"));
    if (m_window->model().addUrls(urls) != urls.size())
        return false;
    m_window->setParallel(true);
    m_window->setParallelWorkers(2);
    return m_window.runToEnd();
}

void tst_DesktopIntegration::titleShowsTheProgressWhileRunning()
{
    QStringList titles;
    connect(m_window.get(), &QWidget::windowTitleChanged, this,
            [&titles](const QString &title) { titles << title; });
    QVERIFY(runBatch(12));

    static const QRegularExpression withPercent(QStringLiteral("^(\\d+)% — Fetchpool$"));
    QVERIFY2(titles.size() >= 3, qPrintable(titles.join(QLatin1String(" | "))));
    QCOMPARE(titles.first(), TaskbarProgress::titleWithProgress(0, QStringLiteral("Fetchpool")));
    int last = -1;
    for (int i = 0; i + 1 < titles.size(); ++i) {
        const auto match = withPercent.match(titles[i]);
        QVERIFY2(match.hasMatch(), qPrintable(titles[i]));
        const int percent = match.captured(1).toInt();
        QVERIFY2(percent > last && percent <= 100, qPrintable(titles.join(QLatin1String(" | "))));
        last = percent;
    }
    QVERIFY2(last > 0, qPrintable(titles.join(QLatin1String(" | ")))); // it moved during the run
    QCOMPARE(titles.last(), QStringLiteral("Fetchpool"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Fetchpool"));
}

void tst_DesktopIntegration::finishedBatchInTheBackgroundIsAnnounced()
{
    auto *notifier = m_window->findChild<RunNotifier *>();
    QVERIFY(notifier);
    QSignalSpy notified(notifier, &RunNotifier::notified);
    // The user went to another window.
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    QTRY_VERIFY(!m_window->isActiveWindow());
    QVERIFY(runBatch(4, true));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Downloads finished with failures"));
    const QString message = notified.first().at(1).toString();
    QVERIFY2(message.startsWith(QLatin1String("4 of 5 done in ")) && message.endsWith(QLatin1String(", 1 failed")),
             qPrintable(message));
}

void tst_DesktopIntegration::finishedBatchInFrontIsNotAnnounced()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        QSKIP("This platform does not activate windows");
    auto *notifier = m_window->findChild<RunNotifier *>();
    QVERIFY(notifier);
    QSignalSpy notified(notifier, &RunNotifier::notified);
    QVERIFY(runBatch(3));
    QVERIFY(m_window->isActiveWindow());
    QCOMPARE(notified.size(), 0);
}

void tst_DesktopIntegration::summaryNamesTheFailures()
{
    RunProgress run;
    run.total = 10;
    run.done = 7;
    run.failed = 2;
    run.cancelled = 1;
    QCOMPARE(RunNotifier::summary(run, 1'500'000), QStringLiteral("7 of 10 done in 1.50 s, 2 failed, 1 cancelled"));
    run.total = 1;
    run.done = 1;
    run.failed = run.cancelled = 0;
    QCOMPARE(RunNotifier::summary(run, 850'000), QStringLiteral("1 of 1 done in 850 ms"));
}

// The tooltip counts the run as it goes, with the speed of the last second
// (files that stall after 16 KiB: the speed is there, and drops), and the
// run's counts once it ends; never more than one change a second.
void tst_DesktopIntegration::trayToolTipFollowsTheRun()
{
    TrayIcon *icon = tray();
    QVERIFY(icon);
    QCOMPARE(icon->toolTip(), QStringLiteral("Fetchpool"));
    QStringList texts;
    QVector<qint64> changedAtMs;
    QElapsedTimer clock;
    clock.start();
    connect(icon, &TrayIcon::toolTipChanged, this, [&](const QString &text) {
        texts << text;
        changedAtMs << clock.elapsed();
    });
    const QVector<QUrl> urls =
            fileUrls(m_server, QStringLiteral("tip"), 4, QStringLiteral("size=200000&stall=3500"));
    QCOMPARE(m_window->model().addUrls(urls), 4);
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QVERIFY(m_window.runToEnd());
    QTRY_COMPARE_WITH_TIMEOUT(icon->toolTip(), QStringLiteral("Fetchpool — 4 of 4 done"), 5'000);

    const QString joined = texts.join(QLatin1String(" | "));
    QCOMPARE(texts.first(), QStringLiteral("Fetchpool — 0 of 4 done"));
    // In between, the counts and the speed of the last second. The files
    // stall for 3.5 s after their first 16 KiB: the ticks at 2 s and 3 s
    // see no bytes.
    static const QRegularExpression during(QStringLiteral("^Fetchpool — [0-4] of 4 done · .+/s$"));
    for (int i = 1; i + 1 < texts.size(); ++i)
        QVERIFY2(during.match(texts[i]).hasMatch(), qPrintable(joined));
    QVERIFY2(texts.contains(QStringLiteral("Fetchpool — 0 of 4 done · ") + SizeText::rate(0)), qPrintable(joined));
    for (int i = 1; i < changedAtMs.size(); ++i)
        QVERIFY2(changedAtMs[i] - changedAtMs[i - 1] >= RunToolTip::MinIntervalMs - 10, qPrintable(joined));
}

void tst_DesktopIntegration::trayToolTipNamesTheFailures()
{
    QVERIFY(runBatch(4, true));
    QTRY_COMPARE_WITH_TIMEOUT(tray()->toolTip(), QStringLiteral("Fetchpool — 4 of 5 done · 1 failed"), 5'000);
}

void tst_DesktopIntegration::trayToolTipFormat()
{
    RunProgress run;
    run.total = 60;
    run.done = 41;
    run.failed = 2;
    const double rate = 13.7 * 1024 * 1024;
    QCOMPARE(RunToolTip::format(run, rate), QStringLiteral("Fetchpool — 41 of 60 done · 2 failed · ") + SizeText::rate(rate));
    run.failed = 0;
    run.cancelled = 19;
    QCOMPARE(RunToolTip::format(run, std::nullopt), QStringLiteral("Fetchpool — 41 of 60 done · 19 cancelled"));
    run = {};
    run.total = 1;
    QCOMPARE(RunToolTip::format(run, 0.0), QStringLiteral("Fetchpool — 0 of 1 done · ") + SizeText::rate(0));
}

// The tray's entries are the window's commands: enabled exactly when those
// are, and triggering them is pressing Stop and Start. After Pause All the
// second entry reads Resume and continues the kept parts (Range requests).
void tst_DesktopIntegration::trayPauseAllAndResumeAreStopAndStart()
{
    TrayIcon *icon = tray();
    QVERIFY(icon);
    QAction *start = m_window.action("actionStart");
    QAction *stop = m_window.action("actionStop");
    QCOMPARE(icon->menu()->actions().count(icon->pauseAllAction()), 1);
    QCOMPARE(icon->menu()->actions().count(icon->resumeAction()), 1);
    QCOMPARE(icon->menu()->actions().count(icon->quitAction()), 1);
    QCOMPARE(icon->menu()->actions().count(icon->showAction()), 1);
    const auto inStep = [&] {
        return icon->pauseAllAction()->isEnabled() == stop->isEnabled()
                && icon->resumeAction()->isEnabled() == start->isEnabled();
    };
    // Nothing to do yet.
    QVERIFY(!icon->pauseAllAction()->isEnabled());
    QVERIFY(!icon->resumeAction()->isEnabled());

    const qint64 size = 200'000;
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("pause"), 3,
                                       QStringLiteral("size=%1&etag=1&stall=3000").arg(size)));
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QVERIFY(inStep());
    QVERIFY(icon->resumeAction()->isEnabled());
    QCOMPARE(icon->resumeAction()->text(), start->text()); // a fresh list: plain Start

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    icon->resumeAction()->trigger();
    QVERIFY(m_window->runs().isRunning());
    QVERIFY(inStep());
    QVERIFY(icon->pauseAllAction()->isEnabled());
    QVERIFY(!icon->resumeAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(partsWithBytes(m_window.destination()) == 3, 10'000);

    icon->pauseAllAction()->trigger();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 3);
    QVERIFY(inStep());
    QVERIFY(!icon->pauseAllAction()->isEnabled());
    QVERIFY(icon->resumeAction()->isEnabled());
    QCOMPARE(icon->resumeAction()->text(), QStringLiteral("&Resume"));

    m_server.resetStats();
    finished.clear();
    icon->resumeAction()->trigger();
    QVERIFY(m_window->runs().isRunning());
    QVERIFY(inStep());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 3);
    for (int i = 0; i < 3; ++i) {
        const QStringList ranges = m_server.requestHeaders(QStringLiteral("/files/pause-%1.bin").arg(i), "Range");
        QCOMPARE(ranges.size(), 1);
        QVERIFY2(ranges.first().startsWith(QLatin1String("bytes=")) && ranges.first() != QLatin1String("bytes=0-"),
                 qPrintable(ranges.first()));
    }
    QVERIFY(inStep());
    QCOMPARE(icon->resumeAction()->text(), start->text()); // nothing stopped any more
}

void tst_DesktopIntegration::trayIconIsInTheSystemTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("No system tray on this platform (offscreen): the icon is only made where a tray can show it.");
    QVERIFY(tray()->isShown());
}

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
