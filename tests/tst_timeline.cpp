// The run timeline: its model built from real runs against the in-process test
// server (lanes, bars, times, outcomes), the Sequential / Parallel comparison
// of one list, painting 10,000 bars, hover, click-to-select and export.
#include "downloadengine.h"
#include "enginetest.h"
#include "guitestwindow.h"
#include "runrecorder.h"
#include "runshape.h"
#include "serverfiles.h"
#include "testserver.h"
#include "run/runcontroller.h"
#include "timeline/runtimeline.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelinerecorder.h"
#include "timeline/timelineview.h"
#include "units.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

// Draws nothing and counts the rectangles it is asked to fill: how many bars
// a paint visits, which no machine's speed changes.
class CountingPaintEngine final : public QPaintEngine
{
public:
    CountingPaintEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return QPaintEngine::User; }

    void drawRects(const QRect *, int count) override { filledRects += count; }
    void drawRects(const QRectF *, int count) override { filledRects += count; }
    void drawLines(const QLine *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawEllipse(const QRect &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawPoints(const QPoint *, int) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTextItem(const QPointF &, const QTextItem &) override {}

    int filledRects = 0;
};

class CountingPaintDevice final : public QPaintDevice
{
public:
    explicit CountingPaintDevice(const QSize &size) : m_size(size) {}

    QPaintEngine *paintEngine() const override { return &m_engine; }
    int filledRects() const { return m_engine.filledRects; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        constexpr int Dpi = 96;
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / (10 * Dpi);
        case PdmHeightMM:
            return m_size.height() * 254 / (10 * Dpi);
        case PdmNumColors:
            return 0;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return Dpi;
        default:
            return QPaintDevice::metric(metric); // the device pixel ratio: 1
        }
    }

private:
    QSize m_size;
    mutable CountingPaintEngine m_engine;
};

// Shows `panel` at `size` and waits until it is on screen.
bool showPanel(TimelinePanel &panel, QSize size)
{
    panel.resize(size);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

} // namespace

class tst_Timeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parallelRunHasOneLanePerWorker();
    void sequentialRunIsOneLaneEndToEnd();
    void outcomesKeepTheirColours();
    void liveRunGrowsWhileItRuns();
    void comparisonKeepsBothModesOfOneList();
    void paintsTenThousandBarsOnTheirLanes();
    void viewExplainsAndReportsTheBarUnderTheMouse();
    void chartToolsWaitForTheFirstRun();
    void exportsPngAndSvg();
    void clickingABarSelectsItsRowInTheList();
    void zoomKeepsTheTimeUnderTheMouse();
    void zoomButtonsFollowThePlayheadOrTheMiddle();
    void newRunFitsUntilTheUserZooms();
    void manyLanesStayReadableAndScroll();
    void partialRunKeepsTheFullRunsPicture();
    void newRunStaysInViewUntilTheUserScrolls();
    void segmentsDrawOnTheLanesOfTheirWorkers();

private:
    QVector<DownloadJob> jobs(const QString &prefix, int count, const QString &query, quint64 firstId = 1) const
    {
        return jobsFor(fileUrls(m_server, prefix, count, query), firstId);
    }
    // Runs `jobs` on `workers` and returns the timeline and every result;
    // null when the run did not start or end.
    std::shared_ptr<const RunTimeline> run(DownloadEngine &engine, TimelineRecorder &recorder,
                                           const QVector<DownloadJob> &jobs, int workers,
                                           QVector<ItemResult> *results = nullptr, qint64 *wallUs = nullptr);
    static void verifyInvariants(const RunTimeline &timeline, qint64 wallUs);
    static RunTimeline syntheticRun(int items, int lanes, qint64 itemUs);

    TestServer m_server{4};
    QTemporaryDir m_folder;
};

void tst_Timeline::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
    QVERIFY(m_folder.isValid());
}

std::shared_ptr<const RunTimeline> tst_Timeline::run(DownloadEngine &engine, TimelineRecorder &recorder,
                                                     const QVector<DownloadJob> &jobs, int workers,
                                                     QVector<ItemResult> *results, qint64 *wallUs)
{
    QSignalSpy finished(&engine, &DownloadEngine::runFinished);
    QSignalSpy items(&engine, &DownloadEngine::itemsFinished);
    EngineOptions options = engineOptions(m_folder.path(), workers);
    options.retries = 1; // a first attempt that fails shows as a retried bar
    // What RunController does in the window: the engine identifies the list.
    options.fingerprintList = true;
    const QMetaObject::Connection identified =
            QObject::connect(&engine, &DownloadEngine::listIdentified, &recorder, &TimelineRecorder::setListFingerprint);
    const auto forgetRecorder = qScopeGuard([identified] { QObject::disconnect(identified); });
    QString error;
    if (!engine.start(jobs, options, &error)) {
        qWarning("the run did not start: %s", qPrintable(error));
        return nullptr;
    }
    if (!finished.wait(60'000)) {
        qWarning("the run did not end in time");
        return nullptr;
    }
    if (results) {
        for (const QList<QVariant> &batch : std::as_const(items))
            *results += batch.at(0).value<QVector<ItemResult>>();
    }
    if (wallUs)
        *wallUs = finished.first().at(1).toLongLong();
    return recorder.current();
}

void tst_Timeline::verifyInvariants(const RunTimeline &timeline, qint64 wallUs)
{
    QVERIFY(timeline.isFinished());
    QCOMPARE(timeline.nowUs(), wallUs);
    const auto items = std::count_if(timeline.bars().cbegin(), timeline.bars().cend(),
                                     [](const TimelineBar &bar) { return !bar.isSegment(); });
    QCOMPARE(int(items), timeline.itemCount());
    std::set<quint64> ids;
    int onLanes = 0;
    for (int lane = 0; lane < timeline.laneCount(); ++lane) {
        // A lane may be empty: a worker that starts after the others took
        // every item has nothing to draw.
        const QVector<int> &bars = timeline.lane(lane);
        for (int position = 0; position < bars.size(); ++position) {
            const TimelineBar &bar = timeline.bars().at(bars.at(position));
            QCOMPARE(bar.lane, lane);
            if (bar.isSegment()) {
                QVERIFY(timeline.barForId(bar.id));
                QVERIFY(timeline.barForId(bar.id)->lane != lane);
            } else {
                QVERIFY(ids.insert(bar.id).second);
                ++onLanes;
            }
            QVERIFY2(bar.startUs >= 0 && bar.endUs >= bar.startUs && bar.endUs <= wallUs,
                     qPrintable(QStringLiteral("bar %1: %2..%3 outside 0..%4")
                                        .arg(bar.id).arg(bar.startUs).arg(bar.endUs).arg(wallUs)));
            if (bar.firstByteUs >= 0)
                QVERIFY(bar.firstByteUs >= bar.startUs && bar.firstByteUs <= bar.endUs);
            if (bar.outcome == BarOutcome::Done || bar.outcome == BarOutcome::Retried)
                QVERIFY2(bar.firstByteUs >= 0, qPrintable(QString::number(bar.id)));
            if (position > 0) {
                const TimelineBar &previous = timeline.bars().at(bars.at(position - 1));
                QVERIFY2(previous.endUs <= bar.startUs,
                         qPrintable(QStringLiteral("lane %1: bar %2 ends at %3, after bar %4 starts at %5")
                                            .arg(lane).arg(previous.id).arg(previous.endUs).arg(bar.id).arg(bar.startUs)));
            }
        }
    }
    QCOMPARE(onLanes, timeline.itemCount());
}

void tst_Timeline::parallelRunHasOneLanePerWorker()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    QVector<ItemResult> results;
    qint64 wallUs = 0;
    const auto timeline = run(engine, recorder, jobs(QStringLiteral("lanes"), 24, QStringLiteral("size=4096&latency=60")),
                              4, &results, &wallUs);
    QVERIFY(timeline);
    QCOMPARE(timeline->workers(), 4);
    QVERIFY(!timeline->isSequential());
    QCOMPARE(results.size(), 24);

    std::set<int> workersUsed;
    for (const ItemResult &result : std::as_const(results)) {
        workersUsed.insert(result.worker);
        const TimelineBar *bar = timeline->barForId(result.id);
        QVERIFY(bar);
        QCOMPARE(bar->lane, result.worker);
        QCOMPARE(bar->startUs, result.startUs);
        QCOMPARE(bar->endUs, result.endUs);
        QCOMPARE(bar->firstByteUs, result.firstByteUs);
        QCOMPARE(bar->bytes, 4096);
        QCOMPARE(bar->outcome, BarOutcome::Done);
        QCOMPARE(bar->url, result.url);
        // 60 ms of server latency sit between the start and the first byte.
        QVERIFY2(bar->firstByteUs - bar->startUs >= 50'000, qPrintable(QString::number(bar->firstByteUs - bar->startUs)));
    }
    QCOMPARE(timeline->laneCount(), int(workersUsed.size()));
    QCOMPARE(timeline->laneCount(), 4);
    verifyInvariants(*timeline, wallUs);
}

void tst_Timeline::sequentialRunIsOneLaneEndToEnd()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    qint64 wallUs = 0;
    const auto timeline = run(engine, recorder, jobs(QStringLiteral("one"), 8, QStringLiteral("size=1024&latency=30")),
                              1, nullptr, &wallUs);
    QVERIFY(timeline);
    QVERIFY(timeline->isSequential());
    QCOMPARE(timeline->laneCount(), 1);
    QCOMPARE(timeline->lane(0).size(), 8);
    verifyInvariants(*timeline, wallUs);
    // One worker: the items follow each other in list order.
    for (int position = 0; position < 8; ++position)
        QCOMPARE(timeline->bars().at(timeline->lane(0).at(position)).id, quint64(position + 1));
}

void tst_Timeline::outcomesKeepTheirColours()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    QVector<DownloadJob> list = jobs(QStringLiteral("fine"), 3, QStringLiteral("size=512"));
    list.push_back({100, m_server.url(QStringLiteral("/files/missing.bin?status=404"))});
    list.push_back({101, m_server.url(QStringLiteral("/files/flaky.bin?size=700&fail=1"))});
    qint64 wallUs = 0;
    const auto timeline = run(engine, recorder, list, 4, nullptr, &wallUs);
    QVERIFY(timeline);
    verifyInvariants(*timeline, wallUs);

    const TimelineBar *missing = timeline->barForId(100);
    QVERIFY(missing);
    QCOMPARE(missing->outcome, BarOutcome::Failed);
    QVERIFY2(missing->error.contains(QStringLiteral("404")), qPrintable(missing->error));
    const TimelineBar *flaky = timeline->barForId(101);
    QVERIFY(flaky);
    QCOMPARE(flaky->outcome, BarOutcome::Retried);
    QCOMPARE(flaky->attempts, 2);
    QCOMPARE(flaky->bytes, 700);
    QCOMPARE(timeline->barForId(1)->outcome, BarOutcome::Done);
    QCOMPARE(timeline->totals().failed, 1);
    QVERIFY(recorder.caption(*timeline).contains(QStringLiteral("1 failed")));

    // Every outcome has a colour of its own, and waiting is a paler shade of it.
    const QVector<BarOutcome> outcomes{BarOutcome::Running, BarOutcome::Done, BarOutcome::Retried,
                                       BarOutcome::Failed, BarOutcome::Cancelled};
    QSet<QRgb> colours;
    for (BarOutcome outcome : outcomes) {
        colours.insert(TimelinePainter::colorFor(outcome).rgb());
        QVERIFY(TimelinePainter::waitingColorFor(outcome, Qt::white).lightness()
                > TimelinePainter::colorFor(outcome).lightness());
    }
    QCOMPARE(colours.size(), outcomes.size());

    // Painted: the failed bar is red where it is drawn.
    TimelineView view;
    view.resize(900, 300);
    view.setGroups(recorder.groups());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect failedRect = view.barRect(0, 100);
    QVERIFY(!failedRect.isEmpty());
    const QImage shot = view.viewport()->grab().toImage();
    const QColor base = view.viewport()->palette().color(QPalette::Base);
    const QSet<QRgb> failedColours{TimelinePainter::colorFor(BarOutcome::Failed).rgb(),
                                   TimelinePainter::waitingColorFor(BarOutcome::Failed, base).rgb()};
    int failedPixels = 0;
    for (int x = failedRect.left(); x <= failedRect.right(); ++x)
        failedPixels += failedColours.contains(shot.pixel(x, failedRect.center().y())) ? 1 : 0;
    QVERIFY2(failedPixels >= qMax(1, failedRect.width() / 2),
             qPrintable(QStringLiteral("%1 of %2 pixels").arg(failedPixels).arg(failedRect.width())));
}

void tst_Timeline::liveRunGrowsWhileItRuns()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    QSignalSpy finished(&engine, &DownloadEngine::runFinished);
    QVERIFY(engine.start(jobs(QStringLiteral("live"), 4, QStringLiteral("size=256&latency=400")),
                         engineOptions(m_folder.path(), 2)));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.current() && recorder.current()->bars().size() == 2, 10'000);
    const auto live = recorder.current();
    QVERIFY(!live->isFinished());
    for (const TimelineBar &bar : live->bars()) {
        QVERIFY(!bar.isFinished());
        QCOMPARE(bar.outcome, BarOutcome::Running);
    }
    const qint64 before = live->nowUs();
    QTRY_VERIFY_WITH_TIMEOUT(live->nowUs() > before + 100'000, 10'000);
    QVERIFY(recorder.caption(*live).contains(QStringLiteral("running")));
    QVERIFY(finished.wait(20'000));
    QVERIFY(live->isFinished());
    QCOMPARE(live->bars().size(), 4);
}

void tst_Timeline::comparisonKeepsBothModesOfOneList()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    QSignalSpy groupsChanged(&recorder, &TimelineRecorder::groupsChanged);
    const QVector<DownloadJob> list = jobs(QStringLiteral("cmp"), 24, QStringLiteral("size=2048&latency=50"));

    qint64 sequentialUs = 0;
    const auto sequential = run(engine, recorder, list, 1, nullptr, &sequentialUs);
    QVERIFY(sequential);
    QTRY_VERIFY(recorder.comparison().sequential() == sequential);
    qint64 parallelUs = 0;
    const auto parallel = run(engine, recorder, list, 8, nullptr, &parallelUs);
    QVERIFY(parallel);
    QTRY_VERIFY(recorder.comparison().parallel() == parallel);
    QCOMPARE(recorder.comparison().sequential(), sequential);
    // The two modes differ in shape, whatever their wall times on this
    // machine: one bar at a time, and more than half of eight lanes busy at
    // once (each file waits 50 ms at the server).
    QCOMPARE(mostAtOnce(sequential->bars()), 1);
    const int atOnce = mostAtOnce(parallel->bars());
    QVERIFY2(atOnce > 4 && atOnce <= 8, qPrintable(QString::number(atOnce)));

    // Sequential above Parallel, each captioned with its mode, workers and wall time.
    const QVector<TimelineGroup> groups = recorder.groups();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).run, sequential);
    QCOMPARE(groups.at(1).run, parallel);
    QVERIFY2(groups.at(0).caption.startsWith(QStringLiteral("Sequential · 1 worker · ")), qPrintable(groups.at(0).caption));
    QVERIFY2(groups.at(1).caption.startsWith(QStringLiteral("Parallel · 8 workers · ")), qPrintable(groups.at(1).caption));
    QVERIFY(groups.at(1).caption.endsWith(formatDuration(parallelUs)));

    // On one time scale: each run's last bar ends where its time says on
    // that scale, and the longer run fills the width, whichever it was.
    TimelineView view;
    view.resize(1000, 400);
    view.setGroups(groups);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto lastToEnd = [](const RunTimeline &run) {
        return *std::max_element(run.bars().cbegin(), run.bars().cend(),
                                 [](const TimelineBar &a, const TimelineBar &b) { return a.endUs < b.endUs; });
    };
    const TimelineBar lastSequential = lastToEnd(*sequential);
    const TimelineBar lastParallel = lastToEnd(*parallel);
    const QRect sequentialRect = view.barRect(0, lastSequential.id);
    const QRect parallelRect = view.barRect(1, lastParallel.id);
    const double left = TimelinePainter::gutterWidth(view.font());
    const double pxPerUs = view.pixelsPerSecond() / 1e6;
    QVERIFY2(qAbs(sequentialRect.right() - (left + double(lastSequential.endUs) * pxPerUs)) <= 1.5,
             qPrintable(QString::number(sequentialRect.right())));
    QVERIFY2(qAbs(parallelRect.right() - (left + double(lastParallel.endUs) * pxPerUs)) <= 1.5,
             qPrintable(QString::number(parallelRect.right())));
    const QRect longer = lastSequential.endUs >= lastParallel.endUs ? sequentialRect : parallelRect;
    QVERIFY(longer.right() > view.viewport()->width() * 3 / 4);
    QVERIFY(parallelRect.top() > sequentialRect.bottom());

    // The same list again in Parallel replaces only the parallel run.
    const auto again = run(engine, recorder, list, 4);
    QVERIFY(again);
    QTRY_VERIFY(recorder.comparison().parallel() == again);
    QCOMPARE(recorder.comparison().sequential(), sequential);

    // Another list drops both.
    const auto other = run(engine, recorder, jobs(QStringLiteral("other"), 3, QStringLiteral("size=64"), 500), 2);
    QVERIFY(other);
    QTRY_VERIFY(recorder.comparison().parallel() == other);
    QVERIFY(!recorder.comparison().sequential());
    QCOMPARE(recorder.groups().size(), 1);
    QVERIFY(groupsChanged.count() >= 8);
}

RunTimeline tst_Timeline::syntheticRun(int items, int lanes, qint64 itemUs)
{
    // Each lane takes its items back to back: item i on lane i % lanes.
    RunTimeline timeline(items, lanes);
    QVector<ItemResult> results;
    results.reserve(items);
    for (int i = 0; i < items; ++i) {
        ItemResult result;
        result.id = quint64(i + 1);
        result.url = QUrl(QStringLiteral("http://127.0.0.1/synthetic/%1.bin").arg(i));
        result.state = ItemState::Done;
        result.attempts = 1;
        result.bytes = 1000;
        result.worker = i % lanes;
        result.startUs = qint64(i / lanes) * itemUs;
        result.firstByteUs = result.startUs + itemUs / 2;
        result.endUs = result.startUs + itemUs;
        results.push_back(result);
    }
    timeline.applyResults(results);
    RunProgress totals;
    totals.total = totals.done = items;
    timeline.finish(totals, qint64((items + lanes - 1) / lanes) * itemUs);
    return timeline;
}

void tst_Timeline::paintsTenThousandBarsOnTheirLanes()
{
    const auto timeline = std::make_shared<RunTimeline>(syntheticRun(10'000, 256, 10'000));
    QCOMPARE(timeline->laneCount(), 256);
    QCOMPARE(timeline->bars().size(), 10'000);
    // The binary search finds exactly the bars of a window.
    const auto [first, last] = timeline->barsBetween(3, 25'000, 45'000);
    QCOMPARE(first, 2);
    QCOMPARE(last, 5);

    const QVector<TimelineGroup> groups{{timeline, QStringLiteral("Parallel · 256 workers")}};
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    const QFont font;
    const TimelinePainter painter(groups, palette, font);
    TimelinePainter::Frame frame;
    frame.rect = QRect(0, 0, 1200, 600);
    frame.gutter = TimelinePainter::gutterWidth(font);
    frame.axisHeight = TimelinePainter::axisHeight(font);
    frame.layout = TimelineLayout(groups, TimelinePainter::captionHeight(font),
                                  TimelineLayout::fittingLaneHeight(600 - frame.axisHeight, groups,
                                                                    TimelinePainter::captionHeight(font),
                                                                    TimelinePainter::minLaneHeight(font)));
    // 256 lanes keep a readable height, one line of text each, and scroll.
    QCOMPARE(frame.layout.laneHeight(), TimelinePainter::minLaneHeight(font));
    QVERIFY(frame.layout.height() > 600 - frame.axisHeight);
    // A single Sequential lane above them keeps a readable height.
    const auto sequential = std::make_shared<RunTimeline>(syntheticRun(100, 1, 10'000));
    const TimelineLayout both({{sequential, QString()}, groups.first()}, TimelinePainter::captionHeight(font), 3);
    QCOMPARE(both.laneHeight(0), TimelineLayout::MaxLaneHeight);
    QCOMPARE(both.laneHeight(1), 3);
    QCOMPARE(both.rowAt(both.laneTop(1, 200) + 1).lane, 200);
    QCOMPARE(both.rowAt(both.laneTop(1, 200) + 1).group, 1);
    frame.pxPerUs = double(1200 - frame.gutter) / double(timeline->nowUs());
    // Lanes of 2 pixels put all 256 lanes, and so all 10,000 bars, into one frame.
    frame.layout = TimelineLayout(groups, TimelinePainter::captionHeight(font), 2);

    // Only the bars inside the painted time window are visited: zoomed in on
    // the last 100 of the run's 400 ms, under half as many rectangles are
    // filled as for the whole run. Visiting every bar of a lane would fill
    // each bar past the window too, about as many as for the whole run.
    auto filledRects = [&painter](const TimelinePainter::Frame &paintedFrame) {
        CountingPaintDevice device(paintedFrame.rect.size());
        QPainter counting(&device);
        painter.paint(counting, paintedFrame);
        counting.end();
        return device.filledRects();
    };
    TimelinePainter::Frame zoomed = frame;
    zoomed.pxPerUs = 0.01;
    zoomed.originUs = 300'000;
    const int whole = filledRects(frame);
    const int windowed = filledRects(zoomed);
    QVERIFY2(whole >= 10'000 && windowed * 2 < whole, qPrintable(QStringLiteral("%1 of %2").arg(windowed).arg(whole)));

    QImage image(frame.rect.size(), QImage::Format_RGB32);
    {
        QPainter imagePainter(&image);
        painter.paint(imagePainter, frame);
    }

    // Lane 0's first bar: waiting (pale) in its first half, receiving (solid) in its second.
    const int laneTop = frame.axisHeight + frame.layout.laneTop(0, 0);
    const int x0 = frame.gutter;
    const int barWidth = int(10'000 * frame.pxPerUs);
    QVERIFY(barWidth >= 20);
    QCOMPARE(QColor(image.pixel(x0 + barWidth * 3 / 4, laneTop + 1)), TimelinePainter::colorFor(BarOutcome::Done));
    QCOMPARE(QColor(image.pixel(x0 + barWidth / 4, laneTop + 1)),
             TimelinePainter::waitingColorFor(BarOutcome::Done, Qt::white));

    // Zoomed far in, a narrow window still finds and paints its bars.
    frame.pxPerUs = 0.01;
    frame.originUs = 300'000;
    {
        QPainter imagePainter(&image);
        painter.paint(imagePainter, frame);
    }
    QCOMPARE(QColor(image.pixel(frame.gutter + 75, laneTop + 1)), TimelinePainter::colorFor(BarOutcome::Done));
}

void tst_Timeline::viewExplainsAndReportsTheBarUnderTheMouse()
{
    const auto timeline = std::make_shared<RunTimeline>(syntheticRun(10'000, 256, 10'000));
    TimelineView view;
    view.resize(1000, 500);
    view.setGroups({{timeline, QStringLiteral("Parallel · 256 workers")}});
    view.setItemNamer([](quint64 id) { return QStringLiteral("item-%1.bin").arg(id); });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isFitToWidth());
    QVERIFY(view.verticalScrollBar()->maximum() > 0); // 256 lanes do not fit in 500 pixels

    // Zoom in: the time axis gets a scroll bar; Fit brings the whole run back.
    const double fit = view.pixelsPerSecond();
    view.zoomIn();
    view.zoomIn();
    QVERIFY(!view.isFitToWidth());
    QVERIFY(view.pixelsPerSecond() > fit * 2);
    QVERIFY(view.horizontalScrollBar()->maximum() > 0);
    QWheelEvent zoomOut(QPointF(300, 100), view.viewport()->mapToGlobal(QPointF(300, 100)), {}, QPoint(0, -120),
                        Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &zoomOut);
    QVERIFY(view.pixelsPerSecond() < fit * 2.25 * 0.99);
    view.fitToWidth();
    QCOMPARE(view.pixelsPerSecond(), fit);

    // Item 1 runs on lane 0 from 0 to 10 ms, first byte at 5 ms.
    const QRect bar = view.barRect(0, 1);
    QVERIFY(!bar.isEmpty());
    QCOMPARE(view.itemAt(bar.center()), quint64(1));
    const QString tip = view.toolTipAt(bar.center());
    QVERIFY2(tip.contains(QStringLiteral("item-1.bin")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("5 ms")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("http://127.0.0.1/synthetic/0.bin")), qPrintable(tip));
    QVERIFY(view.toolTipAt(QPoint(2, 2)).isEmpty());

    QSignalSpy clicked(&view, &TimelineView::itemClicked);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, bar.center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toULongLong(), quint64(1));
}

void tst_Timeline::chartToolsWaitForTheFirstRun()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    TimelinePanel panel(&recorder);
    const QStringList tools{QStringLiteral("timelineZoomOut"), QStringLiteral("timelineZoomIn"),
                            QStringLiteral("timelineFit"), QStringLiteral("timelineExport")};
    for (const QString &name : tools) {
        auto *tool = panel.findChild<QToolButton *>(name);
        QVERIFY2(tool, qPrintable(name));
        QVERIFY2(!tool->isEnabled(), qPrintable(name + QStringLiteral(" is enabled without a run")));
    }
    QVERIFY(run(engine, recorder, jobs(QStringLiteral("first"), 2, QStringLiteral("size=100")), 1));
    for (const QString &name : tools)
        QTRY_VERIFY2(panel.findChild<QToolButton *>(name)->isEnabled(), qPrintable(name));
}

void tst_Timeline::exportsPngAndSvg()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    QVERIFY(run(engine, recorder, jobs(QStringLiteral("exp"), 6, QStringLiteral("size=100&latency=20")), 1));
    QVERIFY(run(engine, recorder, jobs(QStringLiteral("exp"), 6, QStringLiteral("size=100&latency=20")), 3));
    QTRY_VERIFY(recorder.comparison().sequential() && recorder.comparison().parallel());

    TimelinePanel panel(&recorder);
    QVERIFY(showPanel(panel, {900, 300}));
    QCOMPARE(panel.view()->groups().size(), 2);

    QTemporaryDir out;
    QString error;
    const QString png = out.filePath(QStringLiteral("timeline.png"));
    QVERIFY2(panel.exportTo(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
    QCOMPARE(image.size(), panel.exportSize(image.width()));
    // Somewhere on the chart the done colour is drawn.
    bool sawDone = false;
    const QRgb done = TimelinePainter::colorFor(BarOutcome::Done).rgb();
    for (int y = 0; y < image.height() && !sawDone; ++y) {
        for (int x = 0; x < image.width() && !sawDone; ++x)
            sawDone = image.pixel(x, y) == done;
    }
    QVERIFY(sawDone);

    const QString svg = out.filePath(QStringLiteral("timeline.svg"));
    QVERIFY2(panel.exportTo(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Sequential"));
    QVERIFY(text.contains(TimelinePainter::colorFor(BarOutcome::Done).name().toLatin1()));

    QVERIFY(!panel.exportTo(out.filePath(QStringLiteral("missing/dir/t.png")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
}

void tst_Timeline::clickingABarSelectsItsRowInTheList()
{
    TestWindow window;
    QVERIFY(window.open(QSize(1100, 800)));
    window->model().addUrls(fileUrls(m_server, QStringLiteral("click"), 12, QStringLiteral("size=300&latency=30")));
    window->setParallel(true);
    window->setParallelWorkers(3);
    QVERIFY(window.runToEnd());

    // Closed on a first start: View → Timeline opens it.
    TimelineView *view = window->timelinePanel()->view();
    QVERIFY(!view->isVisible());
    window.action("actionTimeline")->trigger();
    QVERIFY(view->isVisible());
    QTRY_COMPARE(view->groups().size(), 1);
    const quint64 id = window->model().item(7).result.id;
    const QRect bar = view->barRect(0, id);
    QVERIFY(!bar.isEmpty());
    QCOMPARE(view->itemAt(bar.center()), id);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, bar.center());

    auto *list = window->findChild<QTableView *>(QStringLiteral("listView"));
    QVERIFY(list->isVisible());
    const QModelIndexList selected = list->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(DownloadModel::IdRole).toULongLong(), id);
    // The tooltip names the row as the list does.
    QVERIFY(view->toolTipAt(bar.center()).contains(window->model().item(7).displayName()));
}

namespace {

// Whether the time under viewport x stayed where it was, to within a pixel.
bool sameTimeAt(const TimelineView &view, int x, double beforeUs)
{
    const double pixelUs = 1e6 / view.pixelsPerSecond();
    return qAbs(view.timeAt(x) - beforeUs) <= pixelUs;
}

QString timesAt(const TimelineView &view, int x, double beforeUs)
{
    return QStringLiteral("%1 µs at x=%2, was %3").arg(view.timeAt(x)).arg(x).arg(beforeUs);
}

} // namespace

void tst_Timeline::zoomKeepsTheTimeUnderTheMouse()
{
    const auto timeline = std::make_shared<RunTimeline>(syntheticRun(400, 8, 10'000));
    TimelineView view;
    view.resize(1000, 400);
    view.setGroups({{timeline, QStringLiteral("Parallel · 8 workers")}});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double fit = view.pixelsPerSecond();

    // Ctrl+wheel zooms around the mouse, wherever it is on the axis.
    for (const int x : {700, 300, 900}) {
        const double before = view.timeAt(x);
        QWheelEvent zoomIn(QPointF(x, 100), view.viewport()->mapToGlobal(QPointF(x, 100)), {}, QPoint(0, 120),
                           Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &zoomIn);
        QVERIFY2(sameTimeAt(view, x, before), qPrintable(timesAt(view, x, before)));
    }
    QVERIFY(view.pixelsPerSecond() > fit * 3);

    // The zoom keys and zoomIn() too, while the mouse is over the chart.
    QTest::mouseMove(view.viewport(), QPoint(250, 120));
    double before = view.timeAt(250);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY2(sameTimeAt(view, 250, before), qPrintable(timesAt(view, 250, before)));
    const double zoomed = view.pixelsPerSecond();
    QTest::keySequence(&view, QKeySequence::ZoomOut);
    QVERIFY(view.pixelsPerSecond() < zoomed);
    QVERIFY2(sameTimeAt(view, 250, before), qPrintable(timesAt(view, 250, before)));
    // Off the chart, the keys zoom around the middle of a finished run.
    QTest::mouseMove(view.viewport(), QPoint(2, 120)); // over the lane labels
    const int gutter = TimelinePainter::gutterWidth(view.font());
    const int middle = gutter + (view.viewport()->width() - gutter) / 2;
    before = view.timeAt(middle);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY2(sameTimeAt(view, middle, before), qPrintable(timesAt(view, middle, before)));
}

void tst_Timeline::zoomButtonsFollowThePlayheadOrTheMiddle()
{
    const auto finished = std::make_shared<RunTimeline>(syntheticRun(400, 8, 10'000));
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    TimelinePanel panel(&recorder);
    QVERIFY(showPanel(panel, {1000, 400}));
    TimelineView *view = panel.view();
    view->setGroups({{finished, QStringLiteral("Parallel · 8 workers")}});
    auto *zoomIn = panel.findChild<QToolButton *>(QStringLiteral("timelineZoomIn"));
    QVERIFY(zoomIn);
    zoomIn->setEnabled(true);

    // The mouse is on the button, not the chart: a finished run zooms around the middle.
    const int gutter = TimelinePainter::gutterWidth(view->font());
    const int middle = gutter + (view->viewport()->width() - gutter) / 2;
    double before = view->timeAt(middle);
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QVERIFY(!view->isFitToWidth());
    QVERIFY2(sameTimeAt(*view, middle, before), qPrintable(timesAt(*view, middle, before)));

    // A live run zooms around its playhead, the "now" line of the run in progress.
    auto live = std::make_shared<RunTimeline>(40, 4);
    QVector<ItemProgress> running;
    for (int i = 0; i < 4; ++i) {
        ItemProgress item;
        item.id = quint64(i + 1);
        item.state = ItemState::Receiving;
        item.worker = i;
        item.startUs = 1000 * i;
        item.firstByteUs = 1000 * i + 500;
        running.push_back(item);
    }
    live->applyProgress(running, 100'000);
    view->setGroups({{finished, QStringLiteral("Sequential")}, {live, QStringLiteral("Parallel · running")}});
    QVERIFY(view->isFitToWidth()); // a new run
    const int playhead = gutter + int(std::lround(100'000 * view->pixelsPerSecond() / 1e6));
    QVERIFY(playhead < middle - 50);
    before = view->timeAt(playhead);
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QVERIFY2(sameTimeAt(*view, playhead, before), qPrintable(timesAt(*view, playhead, before)));
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QVERIFY2(sameTimeAt(*view, playhead, before), qPrintable(timesAt(*view, playhead, before)));
}

void tst_Timeline::newRunFitsUntilTheUserZooms()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    TimelinePanel panel(&recorder);
    QVERIFY(showPanel(panel, {1000, 400}));
    TimelineView *view = panel.view();
    const QVector<DownloadJob> list = jobs(QStringLiteral("fit"), 8, QStringLiteral("size=512&latency=40"));
    QVERIFY(run(engine, recorder, list, 2));
    QVERIFY(view->isFitToWidth());
    view->zoomIn();
    view->zoomIn();
    view->zoomIn();
    QVERIFY(!view->isFitToWidth());

    // The next run of the same mode takes the old one's place: the axis fits
    // it while it runs and when it ends, zoomed in before or not.
    QSignalSpy started(&recorder, &TimelineRecorder::groupsChanged);
    const auto next = run(engine, recorder, list, 2);
    QVERIFY(next);
    QVERIFY(started.count() >= 1);
    QTRY_VERIFY(view->groups().size() == 1 && view->groups().first().run == next);
    view->refresh();
    QTRY_VERIFY(view->isFitToWidth());
    const int gutter = TimelinePainter::gutterWidth(view->font());
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    QVERIFY2(view->timeAt(gutter) <= 0.0, qPrintable(QString::number(view->timeAt(gutter))));
    QTRY_VERIFY2(view->timeAt(view->viewport()->width() - 1) >= double(next->nowUs()),
                 qPrintable(QStringLiteral("%1 of %2").arg(view->timeAt(view->viewport()->width() - 1)).arg(next->nowUs())));

    // Once the user zooms, the same runs drawn again keep the zoom.
    view->zoomIn();
    const double zoomed = view->pixelsPerSecond();
    view->setGroups(recorder.groups());
    QCOMPARE(view->pixelsPerSecond(), zoomed);
    QVERIFY(!view->isFitToWidth());
}

void tst_Timeline::newRunStaysInViewUntilTheUserScrolls()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    TimelinePanel panel(&recorder);
    QVERIFY(showPanel(panel, {900, 400}));
    TimelineView *view = panel.view();
    const auto full = std::make_shared<RunTimeline>(syntheticRun(400, 32, 10'000));
    const auto retry = std::make_shared<RunTimeline>(syntheticRun(1, 1, 10'000));
    view->setGroups({{full, QStringLiteral("Parallel · 32 workers")}});
    view->setGroups({{full, QStringLiteral("Parallel · 32 workers")}, {retry, QStringLiteral("Partial run")}});
    const quint64 retried = retry->bars().first().id;
    const auto inView = [&] { return view->viewport()->rect().contains(view->barRect(1, retried)); };
    QVERIFY(inView());

    // The window's layout shrinks the chart (a bar shown below it, a docked
    // panel growing): the new run's lane stays in view.
    panel.resize(900, 260);
    QTRY_VERIFY2(inView(), qPrintable(QStringLiteral("bar at y=%1 of %2")
                                              .arg(view->barRect(1, retried).top())
                                              .arg(view->viewport()->height())));

    // Once the user scrolls, the view stays where they put it.
    view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    const int shrunk = view->viewport()->height();
    panel.resize(900, 240);
    QTRY_VERIFY(view->viewport()->height() < shrunk);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
}

void tst_Timeline::manyLanesStayReadableAndScroll()
{
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    const auto timeline = run(engine, recorder, jobs(QStringLiteral("wide"), 64, QStringLiteral("size=256&latency=30")), 32);
    QVERIFY(timeline);
    QCOMPARE(timeline->laneCount(), 32);

    TimelinePanel panel(&recorder);
    QVERIFY(showPanel(panel, {900, 300}));
    TimelineView *view = panel.view();
    QTRY_COMPARE(view->groups().size(), 1);
    const QFontMetrics metrics(view->font());
    // One line of text per lane, at least; the lanes scroll instead of squeezing.
    QVERIFY2(view->layout().laneHeight(0) >= metrics.height(),
             qPrintable(QStringLiteral("%1 < %2").arg(view->layout().laneHeight(0)).arg(metrics.height())));
    QVERIFY(view->verticalScrollBar()->isVisible());
    QVERIFY(view->verticalScrollBar()->maximum() > 0);

    // Every lane carries its own label, inside its own band: scrolled into
    // view, the gutter beside each lane has text that touches neither
    // neighbour.
    const int gutter = TimelinePainter::gutterWidth(view->font());
    const int axis = TimelinePainter::axisHeight(view->font());
    const int laneHeight = view->layout().laneHeight(0);
    const QColor window = view->palette().color(QPalette::Window);
    for (int lane = 0; lane < timeline->laneCount(); ++lane) {
        view->verticalScrollBar()->setValue(view->layout().laneTop(0, lane) - view->layout().captionHeight());
        const int top = axis + view->layout().laneTop(0, lane) - view->verticalScrollBar()->value();
        QVERIFY(top >= axis && top + laneHeight <= view->viewport()->height());
        const QImage shot = view->viewport()->grab().toImage();
        int firstInk = -1;
        int lastInk = -1;
        for (int y = top - 1; y <= qMin(top + laneHeight, shot.height() - 1); ++y) {
            for (int x = 0; x < gutter - 2; ++x) {
                if (qAbs(qGray(shot.pixel(x, y)) - qGray(window.rgb())) > 60) {
                    if (firstInk < 0)
                        firstInk = y;
                    lastInk = y;
                }
            }
        }
        QVERIFY2(firstInk >= 0, qPrintable(QStringLiteral("lane %1 has no label").arg(lane + 1)));
        QVERIFY2(firstInk > top && lastInk < top + laneHeight - 1,
                 qPrintable(QStringLiteral("lane %1: text on rows %2..%3 of %4..%5")
                                    .arg(lane + 1).arg(firstInk).arg(lastInk).arg(top).arg(top + laneHeight - 1)));
    }
}

void tst_Timeline::partialRunKeepsTheFullRunsPicture()
{
    TestWindow window;
    QVERIFY(window.open(QSize(1100, 800)));
    // One item fails the first time (404, not retried within the run).
    QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("partial"), 39, QStringLiteral("size=300&latency=20"));
    urls.push_back(m_server.url(QStringLiteral("/files/partial-flaky.bin?size=300&fail=1&failstatus=404")));
    window->model().addUrls(urls);
    window->setParallel(true);
    window->setParallelWorkers(32);
    QVERIFY(window.runToEnd());
    TimelineView *view = window->timelinePanel()->view();
    QTRY_COMPARE(view->groups().size(), 1);
    const auto full = view->groups().first().run;
    QCOMPARE(full->itemCount(), 40);
    QVERIFY(!full->isPartial());
    QCOMPARE(view->verticalScrollBar()->value(), 0);

    // Retrying the failed one is a run of 1 of the list's 40: drawn below
    // the complete run, which stays, and scrolled into view below its 32 lanes.
    QSignalSpy finished(&window->runs(), &RunController::runFinished);
    window.action("actionRetryFailed")->trigger();
    QTRY_COMPARE(view->groups().size(), 2); // while it runs, too
    QVERIFY(finished.wait(30'000));
    QTRY_VERIFY(view->groups().size() == 2 && view->groups().at(1).run->isFinished());
    QCOMPARE(view->groups().at(0).run, full);
    const TimelineGroup partial = view->groups().at(1);
    QCOMPARE(partial.run->itemCount(), 1);
    QCOMPARE(partial.run->listedItems(), 40);
    QVERIFY(partial.run->isPartial());
    QVERIFY2(partial.caption.startsWith(QStringLiteral("Partial run: 1 of 40 item")), qPrintable(partial.caption));
    const quint64 retried = window->model().item(39).result.id;
    QVERIFY(!view->barRect(1, retried).isEmpty());
    // Scrolled once the view has laid the new lanes out: on a loaded
    // machine that comes a few events after the run's end.
    QTRY_VERIFY2(view->viewport()->rect().contains(view->barRect(1, retried)),
                 qPrintable(QStringLiteral("bar at y=%1 of %2")
                                    .arg(view->barRect(1, retried).top())
                                    .arg(view->viewport()->height())));

    // The next complete run of the list takes the Parallel place and ends the partial one's.
    QVERIFY(window.runToEnd());
    QTRY_COMPARE(view->groups().size(), 1);
    QVERIFY(view->groups().first().run != full);
    QVERIFY(!view->groups().first().run->isPartial());
}

void tst_Timeline::segmentsDrawOnTheLanesOfTheirWorkers()
{
    // One 2 MiB file at 1 MiB/s per connection, split from 256 KiB on: the
    // item's worker and the idle ones fetch it in overlapping segments.
    DownloadEngine engine;
    TimelineRecorder recorder(&engine);
    RunRecorder results(engine);
    EngineOptions options = engineOptions(m_folder.path(), 4);
    options.minSplitSize = 256 * 1024;
    const QUrl url = m_server.url(QStringLiteral("/files/timeline/split.bin?size=2097152&etag=1&rate=1048576"));
    QVERIFY(engine.start(jobsFor({url}, 7), options));

    // While it runs, the helpers' segments are already on their lanes.
    QTRY_VERIFY_WITH_TIMEOUT(recorder.current() && !recorder.current()->segmentsOf(7).isEmpty(), 20'000);
    QVERIFY(!recorder.current()->isFinished());
    QVERIFY(results.wait(60'000));

    const auto timeline = recorder.current();
    const ItemResult result = results.byId.value(7);
    QCOMPARE(result.state, ItemState::Done);
    verifyInvariants(*timeline, timeline->nowUs());
    const TimelineBar *item = timeline->barForId(7);
    QVERIFY(item);
    QVERIFY(!item->isSegment());
    QCOMPARE(item->lane, result.worker);
    QCOMPARE(item->segments, int(result.segments.size()));

    // Every segment a worker other than the item's own fetched is one bar on
    // that worker's lane, with the times and bytes the engine reported.
    QVector<SegmentRecord> helped;
    std::copy_if(result.segments.cbegin(), result.segments.cend(), std::back_inserter(helped),
                 [&result](const SegmentRecord &segment) { return segment.worker != result.worker; });
    QVERIFY2(!helped.isEmpty(), "no other worker fetched a segment");
    const QVector<const TimelineBar *> bars = timeline->segmentsOf(7);
    QCOMPARE(bars.size(), helped.size());
    std::set<int> lanes{item->lane};
    for (const SegmentRecord &segment : std::as_const(helped)) {
        const auto bar = std::find_if(bars.cbegin(), bars.cend(), [&segment](const TimelineBar *bar) {
            return bar->lane == segment.worker && bar->startUs == segment.startUs;
        });
        QVERIFY2(bar != bars.cend(), qPrintable(QStringLiteral("worker %1 at %2").arg(segment.worker).arg(segment.startUs)));
        QCOMPARE((*bar)->id, quint64(7));
        QVERIFY((*bar)->isSegment());
        QCOMPARE((*bar)->endUs, segment.endUs);
        QCOMPARE((*bar)->segmentOffset, segment.offset);
        QCOMPARE((*bar)->segmentLength, segment.length);
        QCOMPARE((*bar)->bytes, segment.length);
        QCOMPARE((*bar)->outcome, BarOutcome::Done);
        QCOMPARE((*bar)->url, url);
        // It overlaps the item's own bar in time: the file came in pieces at once.
        QVERIFY((*bar)->startUs < item->endUs && (*bar)->endUs > item->startUs);
        lanes.insert((*bar)->lane);
    }
    QCOMPARE(timeline->laneCount(), int(lanes.size()));
    QVERIFY(timeline->laneCount() >= 2); // one file, more than one lane

    // The view names the file on each segment, and its tooltip says which bytes.
    TimelineView view;
    view.resize(900, 300);
    view.setItemNamer([](quint64 id) { return QStringLiteral("named-%1.bin").arg(id); });
    view.setGroups(recorder.groups());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const TimelineBar &segment = *bars.first();
    const QRect rect = view.barRect(0, segment);
    QVERIFY(!rect.isEmpty());
    QCOMPARE(view.itemAt(rect.center()), quint64(7));
    const QString tip = view.toolTipAt(rect.center());
    QVERIFY2(tip.contains(QStringLiteral("Segment of named-7.bin")), qPrintable(tip));
    QVERIFY2(tip.contains(QString::number(segment.lane + 1)), qPrintable(tip));
    const QString itemTip = view.toolTipAt(view.barRect(0, 7).center());
    QVERIFY2(itemTip.contains(QStringLiteral("%1 segments").arg(item->segments)), qPrintable(itemTip));
    // Painted with the outline that sets a segment apart from an item.
    const QImage shot = view.viewport()->grab().toImage();
    const QRgb outline = TimelinePainter::segmentOutlineFor(BarOutcome::Done).rgb();
    int outlinePixels = 0; // along the bar's top edge, a row or two below the lane's
    for (int y = rect.top(); y <= rect.top() + 3; ++y) {
        int row = 0;
        for (int x = rect.left(); x <= rect.right(); ++x)
            row += shot.pixel(x, y) == outline ? 1 : 0;
        outlinePixels = qMax(outlinePixels, row);
    }
    QVERIFY2(outlinePixels >= rect.width() / 2,
             qPrintable(QStringLiteral("%1 of %2 pixels").arg(outlinePixels).arg(rect.width())));
}

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
