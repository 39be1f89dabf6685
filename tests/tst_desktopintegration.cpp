// The window follows a run where the desktop shows it: the overall progress
// in the title (and so the taskbar) while it runs, the plain title after; a
// notification when a batch ends while the window is in the background, and
// none while the user is looking at it. Runs against the in-process server.
#include "desktop/runnotifier.h"
#include "desktop/taskbarprogress.h"
#include "guitestwindow.h"
#include "serverfiles.h"
#include "testserver.h"

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

private:
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

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
