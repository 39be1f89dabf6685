// Segmented downloads against the test server: a large file fetched in
// ranges by several workers of one pool, the fallbacks to one connection (a
// validator that changes, a range answered with 200), a dropped segment,
// and continuing only the missing ranges after Stop and after kill -9.
// Every case ends with a byte-identical file; the test server's `rate=`
// keeps the transfers long enough for the segments to overlap.
#include "clirun.h"
#include "downloadengine.h"
#include "enginetest.h"
#include "resumerecord.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr qint64 FileSize = 2 * 1024 * 1024;
constexpr qint64 MinSplit = 256 * 1024;
constexpr int Workers = 4;

struct Interval
{
    qint64 first = -1;
    qint64 last = -1; // inclusive; -1 for "to the end"
};

// "bytes=a-b" or "bytes=a-"; none for an empty header.
std::optional<Interval> parseRange(const QString &header)
{
    if (!header.startsWith(QLatin1String("bytes=")))
        return std::nullopt;
    const QStringList parts = header.mid(6).split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    return Interval{parts[0].toLongLong(), parts[1].isEmpty() ? -1 : parts[1].toLongLong()};
}

bool insideAny(qint64 byte, const QVector<ResumeRecord::Span> &spans)
{
    return std::any_of(spans.cbegin(), spans.cend(),
                       [byte](const ResumeRecord::Span &span) { return byte >= span.begin && byte < span.end; });
}

qint64 spanBytes(const QVector<ResumeRecord::Span> &spans)
{
    qint64 bytes = 0;
    for (const ResumeRecord::Span &span : spans)
        bytes += span.end - span.begin;
    return bytes;
}

} // namespace

class tst_Segments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void largeFileIsFetchedInOverlappingSegments();
    void smallFileIsNotSplit();
    void changedValidatorRestartsFromZero();
    void rangeAnsweredWithWholeFileFallsBack();
    void droppedSegmentIsRetriedAlone();
    void stopThenNextRunFetchesOnlyMissingRanges();
    void killedCliResumesOnlyMissingRanges();
    void cliRejectsBadSplitOptions();

private:
    EngineOptions options() const
    {
        EngineOptions options = engineOptions(m_dir->path(), Workers);
        options.minSplitSize = MinSplit;
        return options;
    }
    QUrl fileUrl(const QString &name, const QString &query) const
    {
        return m_server.url(QStringLiteral("/files/seg/%1?size=%2&%3").arg(name).arg(FileSize).arg(query));
    }
    static QByteArray bodyOf(const QString &name, quint32 seedOffset = 0)
    {
        return TestServer::body(FileSize, TestServer::seedForPath(QStringLiteral("/files/seg/") + name) + seedOffset);
    }
    QStringList rangesOf(const QString &name) const
    {
        return m_server.requestHeaders(QStringLiteral("/files/seg/") + name, "Range");
    }
    ItemResult runOne(const QUrl &url, const EngineOptions &options);

    TestServer m_server{8};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Segments::initTestCase()
{
    QVERIFY(m_server.start());
    QTemporaryDir probe;
    QFile file(probe.filePath(QStringLiteral("probe")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!ResumeRecord{QUrl(QStringLiteral("http://127.0.0.1/")), "v", 1}.writeTo(file.handle()))
        QSKIP("the temporary folder refuses user extended attributes");
}

void tst_Segments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.resetStats();
}

ItemResult tst_Segments::runOne(const QUrl &url, const EngineOptions &options)
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    if (!engine.start(jobsFor({url}), options, &error)) {
        qWarning() << error;
        return {};
    }
    if (!recorder.wait(60'000))
        return {};
    return recorder.byId.value(0);
}

void tst_Segments::largeFileIsFetchedInOverlappingSegments()
{
    const QString name = QStringLiteral("big.bin");
    const ItemResult result = runOne(fileUrl(name, QStringLiteral("etag=1&rate=1048576")), options());
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(contentsOf(result.filePath), bodyOf(name));
    QCOMPARE(filesIn(m_dir->path()), QStringList{name});

    // The item's own request asked for the whole file; the helpers' for
    // ranges inside it, while it was still under way.
    const QStringList ranges = rangesOf(name);
    QCOMPARE(ranges.first(), QString());
    QCOMPARE(ranges.count(QString()), 1);
    QVERIFY2(ranges.size() >= 3, qPrintable(ranges.join(u',')));
    for (const QString &header : ranges.mid(1)) {
        const auto range = parseRange(header);
        QVERIFY2(range && range->first > 0 && range->last < FileSize && range->last >= range->first,
                 qPrintable(header));
    }
    QVERIFY(m_server.peakConcurrentRequests() >= 2);
    const QStringList ifRange = m_server.requestHeaders(QStringLiteral("/files/seg/") + name, "If-Range");
    QVERIFY(ifRange.first().isEmpty());
    for (const QString &validator : ifRange.mid(1))
        QVERIFY2(validator.startsWith(u'"'), qPrintable(validator));

    // The segments tile the file, and more than one worker fetched them.
    QVector<SegmentRecord> segments = result.segments;
    QVERIFY2(segments.size() >= 3, qPrintable(QString::number(segments.size())));
    std::sort(segments.begin(), segments.end(), [](const auto &a, const auto &b) { return a.offset < b.offset; });
    qint64 at = 0;
    QSet<int> workers;
    for (const SegmentRecord &segment : std::as_const(segments)) {
        QCOMPARE(segment.offset, at);
        QCOMPARE(segment.received, segment.length);
        QVERIFY(segment.startUs >= 0 && segment.endUs >= segment.startUs);
        at += segment.length;
        workers.insert(segment.worker);
    }
    QCOMPARE(at, FileSize);
    QVERIFY(workers.size() >= 2);
    QVERIFY(workers.contains(result.worker));

    // The JSON report keeps them.
    QCOMPARE(ItemResult::fromJson(result.toJson()).segments, result.segments);
}

void tst_Segments::smallFileIsNotSplit()
{
    EngineOptions options = this->options();
    options.minSplitSize = FileSize + 1;
    const QString name = QStringLiteral("small.bin");
    const ItemResult result = runOne(fileUrl(name, QStringLiteral("etag=1&rate=4194304")), options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(contentsOf(result.filePath), bodyOf(name));
    QCOMPARE(rangesOf(name), QStringList{QString()});
    QVERIFY(result.segments.isEmpty());
}

void tst_Segments::changedValidatorRestartsFromZero()
{
    // The helpers' requests (the 2nd on) meet a new version of the file:
    // their If-Match fails, and the download starts again on one connection.
    const QString name = QStringLiteral("changing.bin");
    const ItemResult result = runOne(fileUrl(name, QStringLiteral("etag=1&changeafter=1&rate=1048576")), options());
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(contentsOf(result.filePath), bodyOf(name, 1));
    QCOMPARE(filesIn(m_dir->path()), QStringList{name});
    const QStringList ranges = rangesOf(name);
    // The first request, and the one that started again; a helper's request
    // cut short by the fallback may reach the server's log after it.
    QCOMPARE(ranges.count(QString()), 2);
    QVERIFY(result.segments.isEmpty());
}

void tst_Segments::rangeAnsweredWithWholeFileFallsBack()
{
    const QString name = QStringLiteral("liar.bin");
    const ItemResult result = runOne(fileUrl(name, QStringLiteral("etag=1&ignorerange=1&rate=1048576")), options());
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(contentsOf(result.filePath), bodyOf(name));
    QCOMPARE(filesIn(m_dir->path()), QStringList{name});
    const QStringList ranges = rangesOf(name);
    QCOMPARE(ranges.count(QString()), 2);
    QVERIFY2(ranges.size() >= 3, qPrintable(ranges.join(u','))); // at least one range was asked for
}

void tst_Segments::droppedSegmentIsRetriedAlone()
{
    // The first helper's request (the 2nd to the path) breaks half-way.
    EngineOptions options = this->options();
    options.retries = 2;
    const QString name = QStringLiteral("dropped.bin");
    const ItemResult result = runOne(fileUrl(name, QStringLiteral("etag=1&dropat=2&rate=1048576")), options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(contentsOf(result.filePath), bodyOf(name));
    QCOMPARE(result.attempts, 1); // the item itself never started over
    const QStringList ranges = rangesOf(name);
    QCOMPARE(ranges.count(QString()), 1);
    const auto dropped = parseRange(ranges.at(1));
    QVERIFY(dropped);
    // A later request continues inside the dropped range, past its start.
    const bool continued = std::any_of(ranges.cbegin() + 2, ranges.cend(), [&](const QString &header) {
        const auto range = parseRange(header);
        return range && range->first > dropped->first && range->first <= dropped->last;
    });
    QVERIFY2(continued, qPrintable(ranges.join(u',')));
}

void tst_Segments::stopThenNextRunFetchesOnlyMissingRanges()
{
    const QString name = QStringLiteral("stopped.bin");
    const QUrl url = fileUrl(name, QStringLiteral("etag=1&rate=262144"));
    {
        DownloadEngine engine;
        RunRecorder recorder(engine);
        ItemProgress latest;
        connect(&engine, &DownloadEngine::progressed, &engine,
                [&](const RunProgress &, const QVector<ItemProgress> &items) {
                    if (!items.isEmpty())
                        latest = items.last();
                });
        QVERIFY(engine.start(jobsFor({url}), options()));
        // Stopped while several segments are under way.
        QTRY_VERIFY_WITH_TIMEOUT(latest.segments.size() >= 3 && latest.received >= MinSplit, 20'000);
        QVERIFY(latest.received < FileSize);
        engine.cancel();
        QVERIFY(recorder.wait(20'000));
        QCOMPARE(recorder.byId.value(0).state, ItemState::Cancelled);
    }
    const QString partPath = m_dir->filePath(name + QStringLiteral(".part"));
    QCOMPARE(filesIn(m_dir->path()), QStringList{name + QStringLiteral(".part")});
    const auto record = ResumeRecord::readFrom(partPath);
    QVERIFY(record && record->segmented);
    QCOMPARE(record->total, FileSize);
    const qint64 kept = spanBytes(record->done);
    QVERIFY2(kept >= MinSplit && kept < FileSize, qPrintable(QString::number(kept)));

    m_server.resetStats();
    const ItemResult result = runOne(url, options());
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(contentsOf(result.filePath), bodyOf(name));
    QCOMPARE(filesIn(m_dir->path()), QStringList{name});
    QCOMPARE(result.resumedFrom, kept);
    // Every request of the second run asked for bytes that were missing.
    const QStringList ranges = rangesOf(name);
    QVERIFY(!ranges.isEmpty());
    for (const QString &header : ranges) {
        const auto range = parseRange(header);
        QVERIFY2(range, qPrintable(header)); // never the whole file again
        QVERIFY2(!insideAny(range->first, record->done), qPrintable(header));
    }
}

void tst_Segments::killedCliResumesOnlyMissingRanges()
{
    const QString name = QStringLiteral("killed.bin");
    const QUrl url = fileUrl(name, QStringLiteral("etag=1&rate=262144"));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const QStringList arguments{QStringLiteral("-j"), QString::number(Workers), QStringLiteral("--min-split-size"),
                                QStringLiteral("256K"), QStringLiteral("--retries"), QStringLiteral("0"),
                                QStringLiteral("-d"), out, url.toString()};
    const QString partPath = QDir(out).filePath(name + QStringLiteral(".part"));

    QProcess first;
    first.start(QStringLiteral(FETCHPOOL_CLI_PATH), arguments);
    QVERIFY(first.waitForStarted());
    // Killed once the record lists bytes of more than one segment.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto record = ResumeRecord::readFrom(partPath);
                return record && record->segmented && record->done.size() >= 2 && spanBytes(record->done) >= MinSplit;
            }(),
            30'000);
    first.kill(); // SIGKILL: no chance to clean up
    QVERIFY(first.waitForFinished(10'000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const auto record = ResumeRecord::readFrom(partPath);
    QVERIFY(record);
    QVERIFY(spanBytes(record->done) < FileSize);

    m_server.resetStats();
    QProcess second;
    second.start(QStringLiteral(FETCHPOOL_CLI_PATH), arguments);
    QVERIFY(second.waitForFinished(60'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    QCOMPARE(contentsOf(QDir(out).filePath(name)), bodyOf(name));
    QCOMPARE(filesIn(out), QStringList{name});
    const QStringList ranges = rangesOf(name);
    QVERIFY(!ranges.isEmpty());
    for (const QString &header : ranges) {
        const auto range = parseRange(header);
        QVERIFY2(range, qPrintable(header));
        QVERIFY2(!insideAny(range->first, record->done), qPrintable(header));
    }
}

void tst_Segments::cliRejectsBadSplitOptions()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--min-split-size"), QStringLiteral("12X")},
                                         QStringList{QStringLiteral("--min-split-size"), QStringLiteral("0")},
                                         QStringList{QStringLiteral("--split"), QStringLiteral("-1")}}) {
        const CliOutcome cli =
                runCli(arguments + QStringList{QStringLiteral("-d"), m_dir->path(), QStringLiteral("http://127.0.0.1:1/x")});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(arguments.first().mid(2)), qPrintable(arguments.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(tst_Segments)
#include "tst_segments.moc"
