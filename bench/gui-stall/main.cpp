// fetchpool-gui-stall: opens the real Fetchpool window (offscreen unless a
// platform is given), pastes 100,000 URLs, then downloads 10,000 small files
// from the in-process test server with 64 workers, and reports the longest
// stall of the UI event loop during each. Target: at most 50 ms.
#include "stallmeter.h"

#include "app/apptranslations.h"
#include "app/mainwindow.h"
#include "testserver.h"
#include "app/threadheaps.h"
#include "urllistparser.h"
#include "units.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Fetchpool;
using namespace Fetchpool::Gui;

namespace {

constexpr int PasteCount = 100'000;
constexpr int RunCount = 10'000;
constexpr int RunWorkers = 64;
constexpr double TargetStallMs = 50.0;

// CPU time the calling thread has used: what the UI thread itself spends on
// the run, independent of how busy the rest of the machine is.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop, as the application's exec() would, until `done`
// holds. Sleeps between events (the meter's timer wakes it every 5 ms): a
// loop that polled instead would compete with the workers for the CPU.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    giveThreadsTheirOwnHeaps(); // as the fetchpool program does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touches the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("FetchpoolBench"));
    QCoreApplication::setApplicationName(QStringLiteral("gui-stall"));
    AppTranslations::install(QLocale()); // as the fetchpool program does

    Test::TestServer server(2);
    if (!server.start()) {
        print(QStringLiteral("cannot start the test server"));
        return 2;
    }
    QTemporaryDir destination;
    MainWindow window;
    window.resize(1280, 800);
    window.setDestination(destination.path());
    window.show();
    StallMeter meter;

    // 1. Paste 100,000 URLs: from the Paste action to the rows in the list.
    QStringList lines;
    lines.reserve(PasteCount);
    for (int i = 0; i < PasteCount; ++i)
        lines << QStringLiteral("https://downloads.example.org/batch/%1/item-%2.bin").arg(i % 97).arg(i);
    const QString pasteText = lines.join(QLatin1Char('\n'));
    lines.clear();
    // The parser alone, for reference: the paste runs it on a worker thread.
    QElapsedTimer parseClock;
    parseClock.start();
    const int parsedCount = int(UrlListParser().parseText(pasteText).urls.size());
    const qint64 parseMs = parseClock.elapsed();
    QGuiApplication::clipboard()->setText(pasteText);
    QCoreApplication::processEvents();

    bool pasted = false;
    QObject::connect(&window.intake(), &UrlIntake::finished, &window, [&pasted] { pasted = true; });
    QElapsedTimer pasteClock;
    meter.start();
    pasteClock.start();
    window.findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
    if (!waitUntil([&] { return pasted; }, 60'000)) {
        print(QStringLiteral("paste did not finish"));
        return 2;
    }
    const qint64 pasteMs = pasteClock.elapsed();
    QCoreApplication::processEvents(); // the repaint of the filled list
    meter.stop();
    const int pastedRows = window.model().rowCount();
    print(QStringLiteral("longest stalls: %1").arg(meter.worstGaps(3).join(QStringLiteral(", "))));
    print(QStringLiteral("paste: %1 URLs listed in %2 ms (longest UI stall %3 ms; parsing alone %4 ms for %5 URLs)")
                  .arg(pastedRows).arg(pasteMs).arg(meter.longestGapMs(), 0, 'f', 1).arg(parseMs).arg(parsedCount));

    // 1b. Sort the 100,000 rows by name, as a click on the header does.
    auto *view = window.findChild<QTableView *>(QStringLiteral("listView"));
    meter.start();
    QElapsedTimer sortClock;
    sortClock.start();
    view->sortByColumn(DownloadModel::NameColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    const qint64 sortMs = sortClock.elapsed();
    meter.stop();
    print(QStringLiteral("sort: %1 rows by name in %2 ms (longest UI stall %3 ms)")
                  .arg(pastedRows).arg(sortMs).arg(meter.longestGapMs(), 0, 'f', 1));
    view->sortByColumn(-1, Qt::AscendingOrder); // back to the list's own order
    window.model().clear();

    // 2. 10,000 rows, 64 workers, 4 KiB each with 20 ms latency.
    QVector<QUrl> urls;
    urls.reserve(RunCount);
    for (int i = 0; i < RunCount; ++i)
        urls << server.url(QStringLiteral("/files/s%1.bin?size=4096&latency=20").arg(i));
    window.model().addUrls(urls);
    window.setParallel(true);
    window.setParallelWorkers(RunWorkers);
    QCoreApplication::processEvents();

    int batches = 0;
    QObject::connect(&window.runs().engine(), &DownloadEngine::progressed, &window,
                     [&batches](const RunProgress &, const QVector<ItemProgress> &) { ++batches; });
    bool finished = false;
    RunProgress finalRun;
    qint64 wallUs = 0;
    QObject::connect(&window.runs(), &RunController::runFinished, &window,
                     [&](const RunProgress &run, qint64 us) {
                         finished = true;
                         finalRun = run;
                         wallUs = us;
                     });
    meter.start();
    const double cpuAtStart = threadCpuMs();
    QElapsedTimer startClock;
    startClock.start();
    if (!window.startRun()) {
        print(QStringLiteral("the run did not start"));
        return 2;
    }
    const qint64 startUs = startClock.nsecsElapsed() / 1000;
    if (!waitUntil([&] { return finished; }, 600'000)) {
        print(QStringLiteral("the run did not finish"));
        return 2;
    }
    meter.stop();
    const double uiCpuMs = threadCpuMs() - cpuAtStart;

    print(QStringLiteral("run: %1 of %2 done, %3 failed, %4 workers, wall %5, %6 progress batches, "
                         "Start handled in %7 ms")
                  .arg(finalRun.done).arg(finalRun.total).arg(finalRun.failed).arg(finalRun.workers)
                  .arg(formatDuration(wallUs)).arg(batches).arg(double(startUs) / 1000.0, 0, 'f', 1));
    print(QStringLiteral("ui stall during the run: longest %1 ms, p99 %2 ms, median %3 ms over %4 ticks of %5 ms")
                  .arg(meter.longestGapMs(), 0, 'f', 1)
                  .arg(meter.percentileGapMs(0.99), 0, 'f', 1)
                  .arg(meter.percentileGapMs(0.5), 0, 'f', 1)
                  .arg(meter.ticks())
                  .arg(StallMeter::IntervalMs));
    print(QStringLiteral("longest stalls: %1").arg(meter.worstGaps(5).join(QStringLiteral(", "))));
    print(QStringLiteral("ui thread cpu during the run: %1 ms in %2 s (%3 %)")
                  .arg(uiCpuMs, 0, 'f', 0)
                  .arg(double(wallUs) / 1e6, 0, 'f', 1)
                  .arg(uiCpuMs / (double(wallUs) / 1e3) * 100.0, 0, 'f', 1));
    const bool withinTarget = meter.longestGapMs() <= TargetStallMs && pasteMs < 1000;
    print(withinTarget ? QStringLiteral("within target (stall <= 50 ms, paste < 1 s)")
                       : QStringLiteral("OVER TARGET (stall <= 50 ms, paste < 1 s)"));
    return withinTarget ? 0 : 1;
}
