// The run report in its three formats: the per-item timing breakdown, CSV
// quoting, the Markdown summary, and credentials that never reach a report;
// and one item's result as JSON and back.
#include "csvreport.h"
#include "jsonreport.h"
#include "markdownreport.h"
#include "reportwriter.h"
#include "runreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Fetchpool;

namespace {

ItemResult doneItem()
{
    ItemResult item;
    item.id = 0;
    item.url = QUrl(QStringLiteral("https://alice:s3cr3t-pw@example.org/photos/a.jpg"));
    item.state = ItemState::Done;
    item.filePath = QStringLiteral("/tmp/out/a.jpg");
    item.mimeType = QStringLiteral("image/jpeg");
    item.detectedMimeType = QStringLiteral("text/html");
    item.contentMismatch = QStringLiteral("HTML page saved as .jpg");
    item.bytes = 50'000;
    item.totalBytes = 50'000;
    item.httpStatus = 200;
    item.attempts = 2;
    item.worker = 3;
    item.startUs = 1'000;
    item.firstByteUs = 101'000;
    item.endUs = 601'000;
    return item;
}

ItemResult failedItem()
{
    ItemResult item;
    item.id = 1;
    item.url = QUrl(QStringLiteral("http://bob:hunter22@example.org/b.bin"));
    item.state = ItemState::Failed;
    item.error.kind = ErrorKind::Http;
    item.error.httpStatus = 503;
    item.error.message = QStringLiteral("HTTP 503 Service Unavailable, \"busy\" from http://bob:hunter22@example.org/b.bin");
    item.httpStatus = 503;
    item.attempts = 4;
    for (int i = 0; i < item.attempts; ++i) {
        AttemptRecord attempt;
        attempt.startUs = i * 5'000;
        attempt.firstByteUs = attempt.startUs + 4'000;
        attempt.endUs = attempt.startUs + 4'500;
        attempt.httpStatus = 503;
        attempt.error = item.error;
        item.attemptHistory << attempt;
    }
    item.worker = 0;
    item.startUs = 0;
    item.firstByteUs = 20'000;
    item.endUs = 20'000;
    return item;
}

// An item that ended in `state` because of `error`, not redirected.
ItemResult endedItem(quint64 id, const char *url, ItemState state, FetchError error)
{
    ItemResult item;
    item.id = id;
    item.url = item.finalUrl = QUrl(QString::fromLatin1(url));
    item.state = state;
    item.error = std::move(error);
    return item;
}

RunReport sampleReport()
{
    RunReport report;
    report.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    report.workers = 16;
    report.maxPerHost = 4;
    report.wallUs = 2'500'000;
    report.totals.total = 2;
    report.totals.done = 1;
    report.totals.failed = 1;
    report.totals.bytes = 50'000;
    report.items = {doneItem(), failedItem()};
    return report;
}

void verifyNoCredentials(const QByteArray &text)
{
    for (const char *secret : {"s3cr3t-pw", "hunter22", "alice", "bob:", "bob@"})
        QVERIFY2(!text.contains(secret), secret);
}

// A minimal RFC 4180 reader: enough to check what toCsv() writes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_RunReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timingBreakdown();
    void jsonHasTimingAndNoCredentials();
    void csvHasOneQuotedRowPerItem();
    void markdownSummarizesWithoutTheItemTable();
    void writesTheFormatAsked();
    void formatFromFileName_data();
    void formatFromFileName();
    void itemResultJsonRoundTrip_data();
    void itemResultJsonRoundTrip();
};

void tst_RunReport::timingBreakdown()
{
    const ItemTiming timing = ItemTiming::of(doneItem());
    QCOMPARE(timing.queuedUs, 1'000);
    QCOMPARE(timing.firstByteUs, 100'000);
    QCOMPARE(timing.bodyUs, 500'000);
    QCOMPARE(timing.bytesPerSecond, 100'000.0);

    ItemResult neverStarted;
    const ItemTiming none = ItemTiming::of(neverStarted);
    QCOMPARE(none.queuedUs, -1);
    QCOMPARE(none.firstByteUs, -1);
    QCOMPARE(none.bodyUs, -1);
    QCOMPARE(none.bytesPerSecond, 0.0);
}

void tst_RunReport::jsonHasTimingAndNoCredentials()
{
    const RunReport report = sampleReport();
    const QByteArray bytes = ReportWriter::serialize(report, ReportFormat::Json);
    verifyNoCredentials(bytes);
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json.value(QStringLiteral("workers")).toInt(), 16);
    QCOMPARE(json.value(QStringLiteral("maxPerHost")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("qtVersion")).toString(), QString::fromLatin1(qVersion()));
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject done = items.at(0).toObject();
    QCOMPARE(done.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.org/photos/a.jpg"));
    QCOMPARE(done.value(QStringLiteral("queuedUs")).toInteger(), 1'000);
    QCOMPARE(done.value(QStringLiteral("timeToFirstByteUs")).toInteger(), 100'000);
    QCOMPARE(done.value(QStringLiteral("bodyUs")).toInteger(), 500'000);
    QCOMPARE(done.value(QStringLiteral("bodyBytesPerSecond")).toDouble(), 100'000.0);
    QCOMPARE(done.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(done.value(QStringLiteral("contentMismatch")).toString(), QStringLiteral("HTML page saved as .jpg"));
    QCOMPARE(done.value(QStringLiteral("detectedMimeType")).toString(), QStringLiteral("text/html"));
    const QString message = items.at(1).toObject().value(QStringLiteral("error")).toObject()
                                    .value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("HTTP 503")) && message.contains(QStringLiteral("example.org/b.bin")),
             qPrintable(message));
    // Every attempt, its reason without the credentials too.
    const QJsonArray attempts = items.at(1).toObject().value(QStringLiteral("attemptHistory")).toArray();
    QCOMPARE(attempts.size(), 4);
    for (const QJsonValue &attempt : attempts) {
        QCOMPARE(attempt.toObject().value(QStringLiteral("httpStatus")).toInt(), 503);
        const QString reason = attempt.toObject().value(QStringLiteral("error")).toObject()
                                       .value(QStringLiteral("message")).toString();
        QVERIFY2(reason.startsWith(QStringLiteral("HTTP 503")) && reason.contains(QStringLiteral("example.org/b.bin")),
                 qPrintable(reason));
    }
}

void tst_RunReport::csvHasOneQuotedRowPerItem()
{
    const QByteArray bytes = CsvReport::serialize(sampleReport());
    verifyNoCredentials(bytes);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    QCOMPARE(header, CsvReport::header());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    auto field = [&](int row, const char *name) { return rows.at(row).at(header.indexOf(QLatin1String(name))); };
    QCOMPARE(field(1, "url"), QStringLiteral("https://example.org/photos/a.jpg"));
    QCOMPARE(field(1, "state"), QStringLiteral("done"));
    QCOMPARE(field(1, "queuedUs"), QStringLiteral("1000"));
    QCOMPARE(field(1, "timeToFirstByteUs"), QStringLiteral("100000"));
    QCOMPARE(field(1, "bodyUs"), QStringLiteral("500000"));
    QCOMPARE(field(1, "bodyBytesPerSecond"), QStringLiteral("100000"));
    QCOMPARE(field(1, "attempts"), QStringLiteral("2"));
    QCOMPARE(field(1, "worker"), QStringLiteral("3"));
    QCOMPARE(field(1, "contentMismatch"), QStringLiteral("HTML page saved as .jpg"));
    // The error has a comma and quotes: it survives the round trip whole.
    QCOMPARE(field(2, "error"),
             QStringLiteral("HTTP 503 Service Unavailable, \"busy\" from http://example.org/b.bin"));
    QCOMPARE(field(2, "httpStatus"), QStringLiteral("503"));
}

void tst_RunReport::markdownSummarizesWithoutTheItemTable()
{
    const QString md = MarkdownReport::text(sampleReport());
    verifyNoCredentials(md.toUtf8());
    QVERIFY(md.startsWith(QStringLiteral("# ")));
    QVERIFY2(md.contains(QStringLiteral("| Workers | 16 |")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("| Per-host cap | 4 |")));
    QVERIFY(md.contains(QStringLiteral("| Qt | %1 |").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(md.contains(QStringLiteral("%1 CPUs").arg(QThread::idealThreadCount())));
    QVERIFY(md.contains(QSysInfo::kernelType()));
    QVERIFY(md.contains(QStringLiteral("| Wall time | 2.50 s |")));
    QVERIFY(md.contains(QStringLiteral("2 total · 1 done · 1 failed · 0 cancelled")));
    QVERIFY(md.contains(QStringLiteral("| Time to first byte | 100 ms |")));
    // Failures are listed with their reason; done items are not listed at all.
    QVERIFY(md.contains(QStringLiteral("`http://example.org/b.bin`: HTTP 503")));
    QVERIFY(!md.contains(QStringLiteral("photos/a.jpg")));
}

void tst_RunReport::writesTheFormatAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RunReport report = sampleReport();
    for (const auto format : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Markdown}) {
        const QString path = dir.filePath(QStringLiteral("report-%1").arg(int(format)));
        QString error;
        QVERIFY2(ReportWriter::write(report, path, format, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ReportWriter::serialize(report, format));
    }
    QString error;
    QVERIFY(!ReportWriter::write(report, QStringLiteral("/nonexistent/folder/r.csv"), ReportFormat::Csv, &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/folder/r.csv")), qPrintable(error));
}

void tst_RunReport::formatFromFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << "/tmp/r.csv" << int(ReportFormat::Csv);
    QTest::newRow("CSV") << "/tmp/R.CSV" << int(ReportFormat::Csv);
    QTest::newRow("md") << "/tmp/r.md" << int(ReportFormat::Markdown);
    QTest::newRow("markdown") << "/tmp/r.markdown" << int(ReportFormat::Markdown);
    QTest::newRow("json") << "/tmp/r.json" << int(ReportFormat::Json);
    QTest::newRow("none") << "/tmp/report" << int(ReportFormat::Json);
}

void tst_RunReport::formatFromFileName()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(ReportWriter::formatForPath(path)), format);
}

// What toJson() writes, fromJson() reads back: every field, the error's kind
// and the timings included (the window's saved list relies on it).
void tst_RunReport::itemResultJsonRoundTrip_data()
{
    QTest::addColumn<ItemResult>("result");

    ItemResult done = doneItem();
    done.url = QUrl(QStringLiteral("http://example.org/photos/a.jpg"));
    done.finalUrl = QUrl(QStringLiteral("https://cdn.example.org/a.jpg")); // redirected
    done.protocol = QStringLiteral("HTTP/2");
    done.resumedFrom = 10'000;
    QTest::newRow("done, redirected, resumed") << done;

    ItemResult failed = failedItem();
    failed.url = failed.finalUrl = QUrl(QStringLiteral("http://example.org/b.bin"));
    failed.error.message = QStringLiteral("HTTP 503 Service Unavailable from http://example.org/b.bin");
    failed.protocol = QStringLiteral("HTTP/1.1");
    QTest::newRow("failed with a status") << failed;

    ItemResult refused = endedItem(7, "http://127.0.0.1:9/c.bin", ItemState::Failed,
                                   FetchError::make(ErrorKind::Network, QStringLiteral("Connection refused (127.0.0.1:9)")));
    refused.error.network = NetworkError::ConnectionRefused;
    refused.attempts = 4;
    refused.worker = 1;
    refused.startUs = 30;
    refused.endUs = 2'000'030;
    for (int i = 0; i < refused.attempts; ++i) {
        AttemptRecord attempt; // no response: no first byte, no status
        attempt.startUs = 40 + i * 500'000;
        attempt.endUs = attempt.startUs + 300;
        attempt.error = refused.error;
        refused.attemptHistory << attempt;
    }
    QTest::newRow("network error, no response") << refused;

    ItemResult stopped = doneItem(); // stopped halfway, its part kept for the next run
    stopped.url = stopped.finalUrl = QUrl(QStringLiteral("https://example.org/big.iso"));
    stopped.state = ItemState::Cancelled;
    stopped.error = FetchError::make(ErrorKind::Cancelled, QStringLiteral("stopped after 25000 of 50000 bytes"));
    stopped.filePath = QStringLiteral("/tmp/out/big.iso.part");
    stopped.bytes = 25'000;
    stopped.detectedMimeType.clear();
    stopped.contentMismatch.clear();
    QTest::newRow("stopped, part kept") << stopped;

    const ItemResult neverStarted = endedItem(9, "https://example.org/later.bin", ItemState::Cancelled,
                                              FetchError::make(ErrorKind::Cancelled, QStringLiteral("cancelled")));
    QTest::newRow("cancelled while queued") << neverStarted;
}

void tst_RunReport::itemResultJsonRoundTrip()
{
    QFETCH(ItemResult, result);
    const QJsonObject json = result.toJson();
    const ItemResult back = ItemResult::fromJson(json);
    QCOMPARE(back.toJson(), json);

    QCOMPARE(back.id, result.id);
    QCOMPARE(back.url, result.url);
    QCOMPARE(back.finalUrl, result.finalUrl);
    QCOMPARE(back.state, result.state);
    QCOMPARE(back.error.kind, result.error.kind);
    QCOMPARE(back.error.message, result.error.message);
    QCOMPARE(back.error.httpStatus, result.error.httpStatus);
    QCOMPARE(back.error.network, result.error.network);
    QCOMPARE(back.filePath, result.filePath);
    QCOMPARE(back.mimeType, result.mimeType);
    QCOMPARE(back.detectedMimeType, result.detectedMimeType);
    QCOMPARE(back.contentMismatch, result.contentMismatch);
    QCOMPARE(back.resumedFrom, result.resumedFrom);
    QCOMPARE(back.bytes, result.bytes);
    QCOMPARE(back.totalBytes, result.totalBytes);
    QCOMPARE(back.httpStatus, result.httpStatus);
    QCOMPARE(back.protocol, result.protocol);
    QCOMPARE(back.attempts, result.attempts);
    QCOMPARE(back.worker, result.worker);
    QCOMPARE(back.startUs, result.startUs);
    QCOMPARE(back.firstByteUs, result.firstByteUs);
    QCOMPARE(back.endUs, result.endUs);
    QCOMPARE(back.attemptHistory.size(), result.attemptHistory.size());
    for (qsizetype i = 0; i < result.attemptHistory.size(); ++i) {
        const AttemptRecord &was = result.attemptHistory.at(i);
        const AttemptRecord &is = back.attemptHistory.at(i);
        QCOMPARE(is.startUs, was.startUs);
        QCOMPARE(is.firstByteUs, was.firstByteUs);
        QCOMPARE(is.endUs, was.endUs);
        QCOMPARE(is.httpStatus, was.httpStatus);
        QCOMPARE(is.error.kind, was.error.kind);
        QCOMPARE(is.error.message, was.error.message);
        QCOMPARE(is.error.httpStatus, was.error.httpStatus);
        QCOMPARE(is.error.network, was.error.network);
    }
}

QTEST_GUILESS_MAIN(tst_RunReport)
#include "tst_runreport.moc"
