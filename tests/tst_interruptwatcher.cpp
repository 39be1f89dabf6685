// SIGINT and SIGTERM as a Qt signal on the main thread, for both programs:
// the first arrives as interrupted(), a second one gets the default action
// (the process ends at once), and a watcher that goes restores the defaults.
#include "interruptwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using Fetchpool::InterruptWatcher;

namespace {

bool hasDefaultAction(int signalNumber)
{
    struct sigaction current = {};
    sigaction(signalNumber, nullptr, &current);
    return current.sa_handler == SIG_DFL;
}

} // namespace

class tst_InterruptWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalArrivesOnTheEventLoop_data();
    void signalArrivesOnTheEventLoop();
    void goingRestoresTheDefaults();
};

void tst_InterruptWatcher::signalArrivesOnTheEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("other");
    QTest::newRow("SIGINT") << int(SIGINT) << int(SIGTERM);
    QTest::newRow("SIGTERM") << int(SIGTERM) << int(SIGINT);
}

void tst_InterruptWatcher::signalArrivesOnTheEventLoop()
{
    QFETCH(int, signalNumber);
    QFETCH(int, other);
    InterruptWatcher watcher;
    QVERIFY(watcher.isWatching());
    QVERIFY(!hasDefaultAction(signalNumber));
    QVERIFY(!hasDefaultAction(other));
    QSignalSpy interrupted(&watcher, &InterruptWatcher::interrupted);

    QCOMPARE(::raise(signalNumber), 0); // this process is still here: the handler took it
    QVERIFY(interrupted.wait(5'000));
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.first().at(0).toInt(), signalNumber);
    // The next one of the same kind ends the process at once; the other kind
    // is still a clean quit.
    QVERIFY(hasDefaultAction(signalNumber));
    QVERIFY(!hasDefaultAction(other));
}

void tst_InterruptWatcher::goingRestoresTheDefaults()
{
    {
        InterruptWatcher watcher;
        QVERIFY(!hasDefaultAction(SIGINT));
        QVERIFY(!hasDefaultAction(SIGTERM));
    }
    QVERIFY(hasDefaultAction(SIGINT));
    QVERIFY(hasDefaultAction(SIGTERM));
    // And a new one can be made: one per process, not one per run of the program.
    InterruptWatcher again;
    QVERIFY(again.isWatching());
}

QTEST_GUILESS_MAIN(tst_InterruptWatcher)
#include "tst_interruptwatcher.moc"
