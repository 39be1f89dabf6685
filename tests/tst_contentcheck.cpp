// The content check: saved bytes against the file name and the server's
// Content-Type, on its own and through real downloads.
#include "contentcheck.h"
#include "downloadengine.h"
#include "testserver.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using Fetchpool::Test::TestServer;

namespace {

QByteArray png()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray HtmlPage = "<!DOCTYPE html>\n<html><head><title>Not Found</title></head><body>gone</body></html>\n";

} // namespace

class tst_ContentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void downloadsAreChecked_data();
    void downloadsAreChecked();
};

void tst_ContentCheck::verdicts_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("mismatchMentions"); // empty: no mismatch

    QTest::newRow("png as .png") << png() << "a.png" << "image/png" << "image/png" << "";
    QTest::newRow("html as .jpg") << HtmlPage << "photo.jpg" << "image/jpeg" << "text/html" << ".jpg";
    QTest::newRow("html as .jpg, server honest") << HtmlPage << "photo.jpg" << "text/html" << "text/html" << ".jpg";
    QTest::newRow("png as .jpg") << png() << "b.jpg" << "" << "image/png" << "image/jpeg";
    QTest::newRow("png, server says jpeg") << png() << "c" << "image/jpeg" << "image/png" << "server said image/jpeg";
    QTest::newRow("png, no name, octet-stream") << png() << "d" << "application/octet-stream" << "image/png" << "";
    QTest::newRow("jpg alias") << png() << "e.png" << "image/x-png" << "image/png" << "";
    QTest::newRow("text as .csv") << QByteArray("a,b\n1,2\n") << "t.csv" << "text/csv" << "text/plain" << "";
    QTest::newRow("html as .php") << HtmlPage << "index.php" << "text/html" << "text/html" << "";
    QTest::newRow("random bytes as .jpg") << QByteArray("\x01\x02\x03\xfe\xff\x00\x10", 7) << "r.jpg"
                                          << "image/jpeg" << "application/octet-stream" << "";
    QTest::newRow("plain text as .png") << QByteArray("404 page not found\n") << "p.png" << "image/png"
                                        << "text/plain" << ".png";
    QTest::newRow("empty file") << QByteArray() << "z.jpg" << "image/jpeg" << "" << "";
    // Two-part extensions are claims of their own.
    QTest::newRow("png as .tar.gz") << png() << "a.tar.gz" << "" << "image/png" << "application/x-compressed-tar";
    QTest::newRow("gzip as .tar.gz") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) << "b.tar.gz"
                                     << "application/gzip" << "application/gzip" << "";
    // Name and server both claim nothing: not sniffed, never flagged.
    QTest::newRow("html as .bin, octet-stream") << HtmlPage << "page.bin" << "application/octet-stream" << "" << "";
    QTest::newRow("html as .bin, no type") << HtmlPage << "page.bin" << "" << "" << "";
    // Either claim is enough to look.
    QTest::newRow("png as .bin, server says png") << png() << "x.bin" << "image/png" << "image/png" << "";
    QTest::newRow("html as .bin, server says png") << HtmlPage << "y.bin" << "image/png" << "text/html"
                                                  << "server said image/png";
}

void tst_ContentCheck::verdicts()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(QString, declared);
    QFETCH(QString, detected);
    QFETCH(QString, mismatchMentions);

    const ContentCheck::Verdict verdict = ContentCheck::check(head, fileName, declared);
    QCOMPARE(verdict.detectedMimeType, detected);
    if (mismatchMentions.isEmpty())
        QVERIFY2(verdict.mismatch.isEmpty(), qPrintable(verdict.mismatch));
    else
        QVERIFY2(verdict.mismatch.contains(mismatchMentions), qPrintable(verdict.mismatch));
}

void tst_ContentCheck::downloadsAreChecked_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("png") << "/image/shot.png?w=32&h=32" << "image/png" << false;
    QTest::newRow("jpeg") << "/image/shot.jpg?w=32&h=32" << "image/jpeg" << false;
    // An HTML page answered with 200 where a picture was expected.
    QTest::newRow("html as jpg") << "/files/photo.jpg?status=200" << "text/html" << true;
    // Served as application/octet-stream: nothing claims a type, so no sniffing.
    QTest::newRow("binary as bin") << "/files/data.bin?size=3000" << "" << false;
    // The server's claim alone makes it look (random bytes tell nothing, so no flag).
    QTest::newRow("bin, server says png") << "/files/shot.bin?size=3000&type=image/png" << "application/octet-stream" << false;
}

void tst_ContentCheck::downloadsAreChecked()
{
    QFETCH(QString, path);
    QFETCH(QString, detected);
    QFETCH(bool, flagged);

    TestServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    DownloadEngine engine;
    QVector<ItemResult> results;
    connect(&engine, &DownloadEngine::itemsFinished, &engine,
            [&](const QVector<ItemResult> &batch) { results += batch; });
    QSignalSpy finished(&engine, &DownloadEngine::runFinished);
    EngineOptions options;
    options.destination = dir.path();
    options.workers = 2;
    QVERIFY(engine.start({{1, server.url(path)}}, options));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(results.size(), 1);
    const ItemResult &result = results.first();
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.detectedMimeType, detected);
    QCOMPARE(!result.contentMismatch.isEmpty(), flagged);
    QCOMPARE(result.toJson().contains(QStringLiteral("contentMismatch")), flagged);
}

QTEST_GUILESS_MAIN(tst_ContentCheck)
#include "tst_contentcheck.moc"
