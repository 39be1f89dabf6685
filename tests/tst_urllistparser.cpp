#include "checksumfile.h"
#include "downloadtypes.h"
#include "listexport.h"
#include "pagelinks.h"
#include "urlglob.h"
#include "urllistparser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Fetchpool::UrlList;
using Fetchpool::UrlListParser;
using Fetchpool::Checksum;
using Fetchpool::ChecksumFile;
using Fetchpool::DownloadJob;
using Fetchpool::ListItemOptions;
using Fetchpool::GlobOptions;
using Fetchpool::UrlGlob;

class tst_UrlListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aria2Options();
    void aria2MirrorsAndComments();
    void aria2RejectsUnsafeOptions();
    void aria2SumsFileBesideListAppliesByName();
    void acceptUrl_data();
    void acceptUrl();
    void plainText();
    void rejectsCarryLineAndReason();
    void crlfAndBom();
    void linesLongerThanTheReadBuffer();
    void html();
    void htmlBaseAndGivenBase();
    void htmlTagsAcrossChunks();
    void internetShortcut();
    void desktopLink();
    void detectFormat_data();
    void detectFormat();
    void parseFileErrorsNameThePath();
    void millionLinesStream();
    void bareWebAddressesAreCounted();
    void overlongUrlsAreRejectedInEveryFormat_data();
    void overlongUrlsAreRejectedInEveryFormat();
    void fiveMegabyteLineIsRejected();
    void globExpands_data();
    void globExpands();
    void globErrorsNameTheColumn_data();
    void globErrorsNameTheColumn();
    void globCountIsArithmetic();
    void globNames();
    void patternsInLists();
    void patternAboveTheLimitIsNotExpanded();
    void patternNamesInLists();
    void globOffTakesBracketsLiterally();
    void pageLinks_data();
    void pageLinks();
    void pageLinkTextsAndWidths();
    void pageLinkKinds_data();
    void pageLinkKinds();
};

void tst_UrlListParser::acceptUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedUrl"); // empty: rejected
    QTest::addColumn<QString>("reason");

    QTest::newRow("http") << "http://example.test/a.jpg" << "http://example.test/a.jpg" << "";
    QTest::newRow("https port") << "https://example.test:8443/x?y=1" << "https://example.test:8443/x?y=1" << "";
    QTest::newRow("upper scheme") << "HTTP://Example.test/A" << "http://example.test/A" << "";
    QTest::newRow("no path") << "http://example.test" << "http://example.test/" << "";
    QTest::newRow("fragment dropped") << "http://example.test/a#top" << "http://example.test/a" << "";
    QTest::newRow("ipv6") << "http://[::1]:8080/f" << "http://[::1]:8080/f" << "";
    QTest::newRow("space encoded") << "http://example.test/a b.jpg" << "http://example.test/a%20b.jpg" << "";
    QTest::newRow("ftp") << "ftp://example.test/a" << "" << "unsupported scheme 'ftp'";
    QTest::newRow("file") << "file:///etc/passwd" << "" << "unsupported scheme 'file'";
    QTest::newRow("javascript") << "javascript:alert(1)" << "" << "unsupported scheme 'javascript'";
    QTest::newRow("no scheme") << "example.test/a.jpg" << "" << "not an absolute URL";
    QTest::newRow("bare www") << "www.example.test/a.jpg" << "https://www.example.test/a.jpg" << "";
    QTest::newRow("bare www2 port") << "WWW2.example.test:8080/x?y=1" << "https://www2.example.test:8080/x?y=1" << "";
    QTest::newRow("bare www no path") << "www.example.test" << "" << "not an absolute URL";
    QTest::newRow("bare www no dot") << "www/a.jpg" << "" << "not an absolute URL";
    QTest::newRow("too long") << QStringLiteral("http://example.test/") + QString(8200, QLatin1Char('a')) << ""
                              << "longer than 8192 characters (8220)";
    QTest::newRow("longest") << QStringLiteral("http://example.test/") + QString(8192 - 20, QLatin1Char('a'))
                             << QStringLiteral("http://example.test/") + QString(8192 - 20, QLatin1Char('a')) << "";
    QTest::newRow("missing host") << "http:///a.jpg" << "" << "missing host";
    QTest::newRow("malformed host") << "http://exa mple.test/" << "" << "malformed URL";
    QTest::newRow("bad port") << "http://example.test:99999/" << "" << "malformed URL";
}

void tst_UrlListParser::acceptUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, reason);
    QString why;
    const auto url = UrlListParser::acceptUrl(text, &why);
    if (expectedUrl.isEmpty()) {
        QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
        QVERIFY2(why.contains(reason), qPrintable(why));
    } else {
        QVERIFY2(url, qPrintable(why));
        QCOMPARE(url->toString(QUrl::FullyEncoded), expectedUrl);
    }
}

void tst_UrlListParser::plainText()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "# my images\n"
            "\n"
            "   http://a.test/1.jpg   \n"
            "http://a.test/2.jpg\n"
            "\t# indented comment\n"
            "http://a.test/1.jpg\n"
            "https://b.test/3.png\n"
            "http://a.test/2.jpg#frag\n"));
    QCOMPARE(list.urls, (QVector<QUrl>{QUrl(QStringLiteral("http://a.test/1.jpg")),
                                       QUrl(QStringLiteral("http://a.test/2.jpg")),
                                       QUrl(QStringLiteral("https://b.test/3.png"))}));
    QCOMPARE(list.duplicates, 2);
    QVERIFY(list.rejects.isEmpty());
}

void tst_UrlListParser::rejectsCarryLineAndReason()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "http://ok.test/1\n"
            "ftp://files.test/x.iso\n"
            "\n"
            "not a url\n"
            "http:///nohost\n"
            "http://ok.test/2\n"));
    QCOMPARE(list.urls.size(), 2);
    QCOMPARE(list.rejects.size(), 3);
    QCOMPARE(list.rejects[0].line, 2);
    QCOMPARE(list.rejects[0].text, QStringLiteral("ftp://files.test/x.iso"));
    QCOMPARE(list.rejects[0].reason, QStringLiteral("unsupported scheme 'ftp'"));
    QCOMPARE(list.rejects[1].line, 4);
    QVERIFY(list.rejects[1].reason.contains(QStringLiteral("not an absolute URL")));
    QCOMPARE(list.rejects[2].line, 5);
    QCOMPARE(list.rejects[2].reason, QStringLiteral("missing host"));
}

void tst_UrlListParser::crlfAndBom()
{
    QByteArray bytes("\xef\xbb\xbfhttp://a.test/1\r\nhttp://a.test/2\r\n\r\nbad\r\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const UrlList list = UrlListParser().parse(buffer);
    QCOMPARE(list.urls.size(), 2);
    QCOMPARE(list.urls[0], QUrl(QStringLiteral("http://a.test/1")));
    QCOMPARE(list.rejects.size(), 1);
    QCOMPARE(list.rejects[0].line, 4);
}

// Lines are read into a buffer that starts at 4 KiB and grows: a URL longer
// than that (and within the 8 KiB a URL may have), around a short one,
// arrives whole and with its line number.
void tst_UrlListParser::linesLongerThanTheReadBuffer()
{
    const QString longQuery = QString(8'000, QLatin1Char('q'));
    QByteArray bytes = "http://a.test/short.png\n";
    bytes += "http://a.test/long.png?" + longQuery.toLatin1() + '\n';
    bytes += "not a url\n";
    bytes += "http://a.test/last.png"; // no final newline
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const UrlList list = UrlListParser().parse(buffer, UrlListParser::Format::PlainText);
    QCOMPARE(list.urls.size(), 3);
    QCOMPARE(list.urls.at(1).query(), longQuery);
    QCOMPARE(list.urls.at(2), QUrl(QStringLiteral("http://a.test/last.png")));
    QCOMPARE(list.rejects.size(), 1);
    QCOMPARE(list.rejects.first().line, 3);
}

void tst_UrlListParser::html()
{
    const UrlList list = UrlListParser(QUrl(QStringLiteral("http://site.test/gallery/index.html")))
                                 .parseText(QStringLiteral(
                                         "<!DOCTYPE html>\n<html><head>\n"
                                         "<link rel=\"stylesheet\" href=\"/style.css\">\n"
                                         "<script>var s = '<a href=\"http://no.test/script\">';</script>\n"
                                         "</head><body>\n"
                                         "<!-- <a href=\"http://no.test/comment\"> -->\n"
                                         "<a href='photos/1.jpg'>one</a> <A HREF=http://cdn.test/2.jpg>two</A>\n"
                                         "<img\n  src=\"../thumbs/3.png\" alt=\"x > y\">\n"
                                         "<picture><source srcset=\"big.webp 2x, small.webp 1x\"></picture>\n"
                                         "<a href=\"#top\">top</a> <a href=\"mailto:me@site.test\">mail</a>\n"
                                         "<a href=\"download?id=1&amp;format=png\">q</a>\n"
                                         "<a href=\"photos/1.jpg\">again</a>\n"
                                         "</body></html>\n"));
    const QStringList urls = [&] {
        QStringList out;
        for (const QUrl &url : list.urls)
            out << url.toString();
        return out;
    }();
    QCOMPARE(urls, (QStringList{
                     QStringLiteral("http://site.test/style.css"),
                     QStringLiteral("http://site.test/gallery/photos/1.jpg"),
                     QStringLiteral("http://cdn.test/2.jpg"),
                     QStringLiteral("http://site.test/thumbs/3.png"),
                     QStringLiteral("http://site.test/gallery/big.webp"),
                     QStringLiteral("http://site.test/gallery/small.webp"),
                     QStringLiteral("http://site.test/gallery/download?id=1&format=png"),
             }));
    QCOMPARE(list.duplicates, 1);
    QCOMPARE(list.rejects.size(), 1);
    QCOMPARE(list.rejects[0].reason, QStringLiteral("unsupported scheme 'mailto'"));
    QCOMPARE(list.rejects[0].line, 11);
}

void tst_UrlListParser::htmlBaseAndGivenBase()
{
    const QString page = QStringLiteral("<html><head><base href=\"http://base.test/files/\"></head>"
                                        "<body><img src=\"a.png\"></body></html>");
    QCOMPARE(UrlListParser().parseText(page).urls,
             QVector<QUrl>{QUrl(QStringLiteral("http://base.test/files/a.png"))});
    QCOMPARE(UrlListParser(QUrl(QStringLiteral("http://given.test/x/"))).parseText(page).urls,
             QVector<QUrl>{QUrl(QStringLiteral("http://base.test/files/a.png"))});

    // No base at all: relative links cannot be resolved, and that is said.
    const UrlList orphan = UrlListParser().parseText(QStringLiteral("<html><img src=\"a.png\"></html>"));
    QVERIFY(orphan.urls.isEmpty());
    QCOMPARE(orphan.rejects.size(), 1);
    QCOMPARE(orphan.rejects[0].text, QStringLiteral("a.png"));
}

void tst_UrlListParser::htmlTagsAcrossChunks()
{
    // Far more than one read chunk, with tags straddling every boundary.
    QString page = QStringLiteral("<html><body>\n");
    for (int i = 0; i < 5000; ++i)
        page += QStringLiteral("<p>filler text %1</p><a class=\"x\" href=\"http://h.test/f%1.bin\">f</a>\n").arg(i);
    page += QStringLiteral("</body></html>\n");
    QByteArray bytes = page.toUtf8();
    QVERIFY(bytes.size() > 4 * 64 * 1024);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const UrlList list = UrlListParser().parse(buffer, UrlListParser::Format::Html);
    QCOMPARE(list.urls.size(), 5000);
    QCOMPARE(list.urls.last(), QUrl(QStringLiteral("http://h.test/f4999.bin")));
    QVERIFY(list.rejects.isEmpty());
}

void tst_UrlListParser::internetShortcut()
{
    const UrlList list = UrlListParser().parseText(
            QStringLiteral("[InternetShortcut]\r\nURL=https://example.test/file.zip\r\nIconIndex=0\r\n"));
    QCOMPARE(list.urls, QVector<QUrl>{QUrl(QStringLiteral("https://example.test/file.zip"))});

    const UrlList empty = UrlListParser().parseText(QStringLiteral("[InternetShortcut]\nIconIndex=0\n"),
                                                    UrlListParser::Format::InternetShortcut);
    QVERIFY(empty.urls.isEmpty());
    QCOMPARE(empty.rejects.size(), 1);
    QVERIFY(empty.rejects[0].reason.contains(QStringLiteral("no URL=")));
}

void tst_UrlListParser::desktopLink()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "[Desktop Entry]\nVersion=1.0\nType=Link\nName=Manual\nURL[$e]=https://example.test/manual.pdf\n"
            "[Desktop Action Other]\nURL=https://no.test/\n"));
    QCOMPARE(list.urls, QVector<QUrl>{QUrl(QStringLiteral("https://example.test/manual.pdf"))});
}

void tst_UrlListParser::detectFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<UrlListParser::Format>("format");
    using F = UrlListParser::Format;
    QTest::newRow("txt") << QByteArray("http://a.test/\n") << "list.txt" << F::PlainText;
    QTest::newRow("html suffix") << QByteArray("whatever") << "page.HTM" << F::Html;
    QTest::newRow("html content") << QByteArray("  <!doctype html><html>") << "" << F::Html;
    QTest::newRow("fragment content") << QByteArray("<p>see <a href=x>") << "" << F::Html;
    QTest::newRow("url suffix") << QByteArray() << "Link.url" << F::InternetShortcut;
    QTest::newRow("url content") << QByteArray("[InternetShortcut]\nURL=x") << "" << F::InternetShortcut;
    QTest::newRow("desktop suffix") << QByteArray() << "x.desktop" << F::DesktopLink;
    QTest::newRow("desktop content") << QByteArray("\xef\xbb\xbf[Desktop Entry]\n") << "" << F::DesktopLink;
}

void tst_UrlListParser::detectFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(UrlListParser::Format, format);
    QCOMPARE(UrlListParser::detectFormat(head, fileName), format);
}

void tst_UrlListParser::parseFileErrorsNameThePath()
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nope.txt"));
    QVERIFY(!UrlListParser().parseFile(missing, &error));
    QCOMPARE(error, QStringLiteral("file not found: %1").arg(QDir::toNativeSeparators(missing)));
    QVERIFY(!UrlListParser().parseFile(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));

    const QString list = dir.filePath(QStringLiteral("page.html"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<a href=\"http://h.test/a\">a</a>");
    file.close();
    const auto parsed = UrlListParser().parseFile(list, &error);
    QVERIFY(parsed);
    QCOMPARE(parsed->urls, QVector<QUrl>{QUrl(QStringLiteral("http://h.test/a"))});
}

void tst_UrlListParser::millionLinesStream()
{
    // A million lines read from a file: the result holds the URLs, nothing more.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 1'000'000; ++i) {
            block += "http://h.test/f" + QByteArray::number(i) + ".bin\n";
            if (block.size() > (1 << 20)) {
                file.write(block);
                block.clear();
            }
        }
        file.write(block);
    }
    QString error;
    const auto list = UrlListParser().parseFile(path, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->urls.size(), 1'000'000);
    QCOMPARE(list->urls.last(), QUrl(QStringLiteral("http://h.test/f999999.bin")));
    QVERIFY(list->rejects.isEmpty());
}

void tst_UrlListParser::aria2Options()
{
    const QString sha = QString(64, QLatin1Char('e'));
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "http://a.test/1.jpg\n"
            "  out=first.jpg\n"
            "  dir=cats/2024\n"
            "\tchecksum=sha-256=%1\n"
            "  referer=http://a.test/gallery\n"
            "  header=X-Token: abc\n"
            "  user-agent=Viewer/1.0\n"
            "  max-connection-per-server=4\n"
            "http://a.test/2.jpg\n").arg(sha));
    QCOMPARE(list.urls.size(), 2);
    QVERIFY(list.rejects.isEmpty());
    const ListItemOptions options = list.itemOptions.value(QUrl(QStringLiteral("http://a.test/1.jpg")));
    QCOMPARE(options.outName, QStringLiteral("first.jpg"));
    QCOMPARE(options.subdir, QStringLiteral("cats/2024"));
    QCOMPARE(options.checksum, (Checksum{Checksum::Algorithm::Sha256, sha.toLatin1()}));
    QCOMPARE(options.referer, QStringLiteral("http://a.test/gallery"));
    QCOMPARE(options.extraHeaders, (QList<QByteArray>{"X-Token: abc", "User-Agent: Viewer/1.0"}));
    QVERIFY(!list.itemOptions.contains(QUrl(QStringLiteral("http://a.test/2.jpg"))));
    QCOMPARE(list.notes.size(), 1); // the unknown option, with its line (dir= is followed)
    QCOMPARE(list.notes.at(0).line, 8);

    DownloadJob job{0, list.urls.first()};
    options.applyTo(job);
    QCOMPARE(job.outName, QStringLiteral("first.jpg"));
    QCOMPARE(job.subdir, QStringLiteral("cats/2024"));
    QCOMPARE(job.checksum, options.checksum);
    QVERIFY(job.headers);
    QCOMPARE(job.headers->referer, options.referer);
    QCOMPARE(job.headers->headers, (QVector<QByteArray>{"X-Token: abc", "User-Agent: Viewer/1.0"}));
}

void tst_UrlListParser::aria2MirrorsAndComments()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "http://a.test/1.jpg\thttp://mirror.test/1.jpg\tftp://old.test/1.jpg\n"
            "# a comment between the URI and its options\n"
            "  out=one.jpg\n"
            "\n"
            "   http://a.test/3.jpg\n"));
    QCOMPARE(list.urls, (QVector<QUrl>{QUrl(QStringLiteral("http://a.test/1.jpg")),
                                       QUrl(QStringLiteral("http://a.test/3.jpg"))}));
    const ListItemOptions options = list.itemOptions.value(list.urls.first());
    QCOMPARE(options.mirrors, QVector<QUrl>{QUrl(QStringLiteral("http://mirror.test/1.jpg"))});
    QCOMPARE(options.outName, QStringLiteral("one.jpg"));
    QCOMPARE(list.notes.size(), 1); // the ftp mirror
    QCOMPARE(list.notes.first().line, 1);
    QVERIFY(list.rejects.isEmpty()); // an indented URL is still a URL
    DownloadJob job{0, list.urls.first()};
    options.applyTo(job); // the engine tries them (tst_mirrors)
    QCOMPARE(job.mirrors, options.mirrors);
}

void tst_UrlListParser::aria2RejectsUnsafeOptions()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "http://a.test/1.jpg\n"
            "  dir=../x\n"
            "  dir=/etc\n"
            "  out=../../escape.jpg\n"
            "  out=.hidden\n"
            "  checksum=sha-256=1234\n"
            "  header=no colon\n"));
    QCOMPARE(list.urls.size(), 1);
    QCOMPARE(list.rejects.size(), 6);
    QCOMPARE(list.rejects.first().line, 2);
    QCOMPARE(list.rejects.first().text, QStringLiteral("dir=../x"));
    QCOMPARE(list.rejects.last().line, 7);
    QVERIFY(!list.itemOptions.contains(list.urls.first())); // nothing unsafe was kept

    // The options of a rejected URI line: noted as its, not rejected as URLs.
    const UrlList underReject = UrlListParser().parseText(QStringLiteral("ftp://a.test/1.jpg\n"
                                                                         "  out=one.jpg\n"
                                                                         "  checksum=md5=0\n"
                                                                         "http://a.test/2.jpg\n"
                                                                         "  out=two.jpg\n"));
    QCOMPARE(underReject.rejects.size(), 1);
    QCOMPARE(underReject.rejects.first().line, 1);
    QCOMPARE(underReject.notes.size(), 2);
    QCOMPARE(underReject.notes.at(1).line, 3);
    QCOMPARE(underReject.notes.at(1).reason, QStringLiteral("an option of line 1, which was rejected"));
    QCOMPARE(underReject.itemOptions.value(QUrl(QStringLiteral("http://a.test/2.jpg"))).outName, QStringLiteral("two.jpg"));
}

void tst_UrlListParser::aria2SumsFileBesideListAppliesByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sha = QString(64, QLatin1Char('1'));
    const QString named = QString(64, QLatin1Char('2'));
    QFile sums(dir.filePath(QStringLiteral("SHA256SUMS")));
    QVERIFY(sums.open(QIODevice::WriteOnly));
    sums.write((sha + QStringLiteral("  a.jpg\n") + named + QStringLiteral(" *renamed.jpg\n")).toLatin1());
    sums.close();
    QFile list(dir.filePath(QStringLiteral("list.aria2")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("http://h.test/x/a.jpg\nhttp://h.test/b.jpg\n  out=renamed.jpg\nhttp://h.test/c.jpg\n");
    list.close();
    QCOMPARE(ChecksumFile::findBeside(list.fileName()), QStringList{sums.fileName()});

    const auto parsed = UrlListParser().parseFile(list.fileName(), nullptr);
    QVERIFY(parsed);
    QVector<DownloadJob> jobs = DownloadJob::fromUrls(parsed->urls);
    for (DownloadJob &job : jobs)
        parsed->itemOptions.value(job.url).applyTo(job);
    const auto digests = ChecksumFile::readAll(ChecksumFile::findBeside(list.fileName()), nullptr);
    QCOMPARE(ChecksumFile::applyTo(jobs, digests), 2);
    QCOMPARE(jobs[0].checksum.hex, sha.toLatin1());
    QCOMPARE(jobs[1].checksum.hex, named.toLatin1()); // by its out= name
    QVERIFY(!jobs[2].checksum.isValid());
}

void tst_UrlListParser::bareWebAddressesAreCounted()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral(
            "www.a.test/1.jpg\n"
            "http://b.test/2.jpg\n"
            "www.c.test/3.jpg\n"
            "example.test/4.jpg\n"));
    QCOMPARE(list.urls, (QVector<QUrl>{QUrl(QStringLiteral("https://www.a.test/1.jpg")),
                                       QUrl(QStringLiteral("http://b.test/2.jpg")),
                                       QUrl(QStringLiteral("https://www.c.test/3.jpg"))}));
    QCOMPARE(list.schemeAdded, 2);
    QCOMPARE(list.rejects.size(), 1); // a host without www. could as well be a folder
    QCOMPARE(list.rejects.first().line, 4);
}

void tst_UrlListParser::overlongUrlsAreRejectedInEveryFormat_data()
{
    const QString longUrl = QStringLiteral("http://h.test/") + QString(9000, QLatin1Char('x'));
    QTest::addColumn<QString>("text");
    QTest::addColumn<UrlListParser::Format>("format");
    QTest::addColumn<int>("line");
    QTest::newRow("plain") << QStringLiteral("http://h.test/ok\n%1\n").arg(longUrl) << UrlListParser::Format::PlainText << 2;
    QTest::newRow("aria2 with mirror") << QStringLiteral("http://h.test/ok\n\n%1\thttp://m.test/a\n").arg(longUrl)
                                       << UrlListParser::Format::PlainText << 3;
    QTest::newRow("html") << QStringLiteral("<html><body>\n<a href=\"http://h.test/ok\">a</a>\n<img src=\"%1\">\n</body></html>").arg(longUrl)
                          << UrlListParser::Format::Html << 3;
    QTest::newRow("url") << QStringLiteral("[InternetShortcut]\nURL=%1\n").arg(longUrl) << UrlListParser::Format::InternetShortcut << 2;
    QTest::newRow("desktop") << QStringLiteral("[Desktop Entry]\nType=Link\nURL=%1\n").arg(longUrl)
                             << UrlListParser::Format::DesktopLink << 3;
}

void tst_UrlListParser::overlongUrlsAreRejectedInEveryFormat()
{
    QFETCH(QString, text);
    QFETCH(UrlListParser::Format, format);
    QFETCH(int, line);
    const UrlList list = UrlListParser(QUrl(QStringLiteral("http://h.test/page"))).parseText(text, format);
    QCOMPARE(list.rejects.size(), 1);
    QCOMPARE(list.rejects.first().line, line);
    QVERIFY2(list.rejects.first().reason.startsWith(QLatin1String("longer than 8192 characters")),
             qPrintable(list.rejects.first().reason));
    QVERIFY(list.rejects.first().text.size() <= 200); // the report shows its start only
    for (const QUrl &url : list.urls)
        QVERIFY(url.toString().size() < 100);
}

void tst_UrlListParser::fiveMegabyteLineIsRejected()
{
    // Rejected by its length before QUrl parses it (which took seconds).
    QByteArray text = "http://h.test/a.jpg\nhttp://h.test/" + QByteArray(5 * 1024 * 1024, 'q') + "\nhttp://h.test/b.jpg\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const UrlList list = UrlListParser().parse(buffer, UrlListParser::Format::PlainText);
    QCOMPARE(list.urls.size(), 2);
    QCOMPARE(list.rejects.size(), 1);
    QCOMPARE(list.rejects.first().line, 2);
    QString reason;
    QVERIFY(!UrlListParser::acceptUrl(QString::fromLatin1(text.mid(20, 5 * 1024 * 1024)), &reason));
    QVERIFY2(reason.contains(QString::number(5 * 1024 * 1024)), qPrintable(reason));
}

void tst_UrlListParser::globExpands_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("urls");

    const QString h = QStringLiteral("http://h.test/");
    QTest::newRow("numbers") << h + "[1-3].jpg" << QStringList{h + "1.jpg", h + "2.jpg", h + "3.jpg"};
    QTest::newRow("padding kept") << h + "img[08-11].jpg"
                                  << QStringList{h + "img08.jpg", h + "img09.jpg", h + "img10.jpg", h + "img11.jpg"};
    QTest::newRow("padding wider than the end") << h + "[009-10]" << QStringList{h + "009", h + "010"};
    QTest::newRow("letters") << h + "[a-c]" << QStringList{h + "a", h + "b", h + "c"};
    QTest::newRow("capitals with a step") << h + "[A-E:2]" << QStringList{h + "A", h + "C", h + "E"};
    QTest::newRow("step") << h + "[0-100:25]"
                          << QStringList{h + "0", h + "25", h + "50", h + "75", h + "100"};
    QTest::newRow("step past the end") << h + "[1-6:4]" << QStringList{h + "1", h + "5"};
    QTest::newRow("set") << h + "logo.{jpg,png}" << QStringList{h + "logo.jpg", h + "logo.png"};
    QTest::newRow("empty member") << h + "a{,_large}.jpg" << QStringList{h + "a.jpg", h + "a_large.jpg"};
    QTest::newRow("the last varies fastest")
            << h + "{a,b}/[1-2]" << QStringList{h + "a/1", h + "a/2", h + "b/1", h + "b/2"};
    QTest::newRow("in the host") << "http://img[1-2].h.test/x"
                                 << QStringList{"http://img1.h.test/x", "http://img2.h.test/x"};
    QTest::newRow("escaped") << h + "\\[1\\]\\{a\\,b\\}" << QStringList{h + "[1]{a,b}"};
    QTest::newRow("escaped comma in a set") << h + "{a\\,b,c}" << QStringList{h + "a,b", h + "c"};
    QTest::newRow("ipv6 host") << "http://[::1]:8080/[1-2].jpg"
                               << QStringList{"http://[::1]:8080/1.jpg", "http://[::1]:8080/2.jpg"};
    QTest::newRow("ipv6 host with a login") << "http://u@[fe80::1%25eth0]/a"
                                            << QStringList{"http://u@[fe80::1%25eth0]/a"};
    QTest::newRow("one value") << h + "[5-5]" << QStringList{h + "5"};
    QTest::newRow("no pattern") << h + "plain" << QStringList{h + "plain"};
}

void tst_UrlListParser::globExpands()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, urls);
    UrlGlob::Error error;
    const auto glob = UrlGlob::parse(pattern, &error);
    QVERIFY2(glob, qPrintable(error.reason));
    QCOMPARE(glob->count(), qint64(urls.size()));
    QStringList expanded;
    for (qint64 i = 0; i < glob->count(); ++i)
        expanded << glob->url(i);
    QCOMPARE(expanded, urls);
}

void tst_UrlListParser::globErrorsNameTheColumn_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    // Columns count from 1 in the text given: "http://h.test/" is 14 characters.
    QTest::newRow("counts down") << "http://h.test/[9-1]" << 15 << "counts down";
    QTest::newRow("mixed kinds") << "http://h.test/[a-9]" << 15 << "mixes kinds";
    QTest::newRow("mixed case") << "http://h.test/[a-Z]" << 15 << "mixes kinds";
    QTest::newRow("empty range") << "http://h.test/a[]" << 16 << "an empty range";
    QTest::newRow("no range") << "http://h.test/[12]" << 15 << "is no range";
    QTest::newRow("step 0") << "http://h.test/[1-5:0]" << 15 << "a step of 0";
    QTest::newRow("huge number") << "http://h.test/[1-1234567890123456]" << 15 << "more than 15 digits";
    QTest::newRow("empty set") << "http://h.test/{}" << 15 << "an empty set";
    QTest::newRow("never closed") << "http://h.test/a[1-3.jpg" << 16 << "never closed";
    QTest::newRow("set never closed") << "http://h.test/{a,b" << 15 << "never closed";
    QTest::newRow("stray close") << "http://h.test/a]" << 16 << "closes no pattern";
    QTest::newRow("stray brace") << "http://h.test/}" << 15 << "closes no pattern";
    QTest::newRow("nested") << "http://h.test/{a,[1-2]}" << 18 << "a pattern inside another";
    QTest::newRow("too many") << QStringLiteral("http://h.test/") + QStringLiteral("{a,b}").repeated(101) << 515
                              << "more than 100 patterns";
}

void tst_UrlListParser::globErrorsNameTheColumn()
{
    QFETCH(QString, pattern);
    QFETCH(int, column);
    QFETCH(QString, reason);
    UrlGlob::Error error;
    QVERIFY(!UrlGlob::parse(pattern, &error));
    QCOMPARE(error.column, column);
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
}

void tst_UrlListParser::globCountIsArithmetic()
{
    // A hundred trillion URLs: counted and indexed without being listed.
    UrlGlob::Error error;
    const auto huge = UrlGlob::parse(QStringLiteral("http://h.test/[1-10000000][00000001-10000000]"), &error);
    QVERIFY(huge);
    QCOMPARE(huge->count(), qint64(10'000'000) * 10'000'000);
    QCOMPARE(huge->url(huge->count() - 1), QStringLiteral("http://h.test/1000000010000000"));
    QCOMPARE(huge->url(10'000'000), QStringLiteral("http://h.test/200000001"));
    // Beyond anything fetchable, the count stops at the ceiling.
    const auto beyond = UrlGlob::parse(QStringLiteral("http://h.test/[1-999999999999999][1-999999999999999]"), &error);
    QVERIFY(beyond);
    QCOMPARE(beyond->count(), UrlGlob::CountCeiling);
}

void tst_UrlListParser::globNames()
{
    UrlGlob::Error error;
    const auto glob = UrlGlob::parse(QStringLiteral("http://h.test/{cats,dogs}/img[001-003].jpg"), &error);
    QVERIFY(glob);
    QCOMPARE(glob->name(QStringLiteral("#1_#2.jpg"), 4), QStringLiteral("dogs_002.jpg"));
    QCOMPARE(glob->name(QStringLiteral("photo_#2#1"), 0), QStringLiteral("photo_001cats"));
    QCOMPARE(glob->name(QStringLiteral("a#b_#2"), 2), QStringLiteral("a#b_003")); // '#' without a number stays
    QString reason;
    QVERIFY(glob->acceptsNamePattern(QStringLiteral("#2.jpg"), &reason));
    QVERIFY(!glob->acceptsNamePattern(QStringLiteral("#3.jpg"), &reason));
    QVERIFY2(reason.contains(QStringLiteral("#1 to #2")), qPrintable(reason));
    QVERIFY(!glob->acceptsNamePattern(QStringLiteral("same.jpg"), &reason));
    QVERIFY2(reason.contains(QStringLiteral("the same for every URL")), qPrintable(reason));
}

void tst_UrlListParser::patternsInLists()
{
    const UrlList list = UrlListParser().parseText(QStringLiteral("http://h.test/a.jpg\n"
                                                                  "http://h.test/img[01-10].jpg\n"
                                                                  "http://h.test/img[09-11].jpg\n"
                                                                  "http://h.test/bad[3-1]\n"
                                                                  "ftp://h.test/[1-3]\n"));
    QCOMPARE(list.urls.size(), 1 + 10 + 1);
    QCOMPARE(list.urls.at(1), QUrl(QStringLiteral("http://h.test/img01.jpg")));
    QCOMPARE(list.urls.last(), QUrl(QStringLiteral("http://h.test/img11.jpg")));
    QCOMPARE(list.duplicates, 2); // img09 and img10 again
    QCOMPARE(list.patterns.size(), 2);
    const Fetchpool::UrlPattern &first = list.patterns.first();
    QCOMPARE(first.line, 2);
    QCOMPARE(first.count, 10);
    QVERIFY(first.expanded);
    QCOMPARE(first.first, QStringList({"http://h.test/img01.jpg", "http://h.test/img02.jpg", "http://h.test/img03.jpg"}));
    QCOMPARE(first.last, QStringList({"http://h.test/img08.jpg", "http://h.test/img09.jpg", "http://h.test/img10.jpg"}));
    QCOMPARE(list.patterns.last().last, QStringList()); // three URLs: all in `first`
    QCOMPARE(list.rejects.size(), 2);
    QCOMPARE(list.rejects.at(0).line, 4);
    QVERIFY2(list.rejects.at(0).reason.startsWith(QStringLiteral("malformed URL pattern at column 18: '[3-1]' counts down")),
             qPrintable(list.rejects.at(0).reason));
    QCOMPARE(list.rejects.at(1).line, 5);
    QVERIFY2(list.rejects.at(1).reason.contains(QStringLiteral("unsupported scheme 'ftp'")),
             qPrintable(list.rejects.at(1).reason));
    QCOMPARE(list.malformedPatterns, 1);
    // An HTML page's links are links, never patterns.
    const UrlList page = UrlListParser().parseText(QStringLiteral("<html><a href=\"http://h.test/p[1-3].jpg\">x</a></html>"));
    QCOMPARE(page.urls.size(), 1);
    QVERIFY(page.patterns.isEmpty());
}

void tst_UrlListParser::patternAboveTheLimitIsNotExpanded()
{
    GlobOptions glob;
    glob.maxExpand = 99;
    const QString text = QStringLiteral("http://h.test/[1-99]\nhttp://h.test/x[1-100]\n");
    const UrlList list = UrlListParser({}, glob).parseText(text);
    QCOMPARE(list.urls.size(), 99);
    QCOMPARE(list.patterns.size(), 2);
    QVERIFY(list.patterns.at(0).expanded);
    QVERIFY(!list.patterns.at(1).expanded);
    QCOMPARE(list.patterns.at(1).count, 100);
    QCOMPARE(list.patterns.at(1).last.last(), QStringLiteral("http://h.test/x100"));
    QCOMPARE(list.rejects.size(), 1);
    QCOMPARE(list.rejects.first().line, 2);
    QVERIFY2(list.rejects.first().reason.contains(QStringLiteral("100 URLs, more than the 99")),
             qPrintable(list.rejects.first().reason));
    glob.maxExpand = 100;
    QCOMPARE(UrlListParser({}, glob).parseText(text).urls.size(), 199);
}

void tst_UrlListParser::patternNamesInLists()
{
    GlobOptions glob;
    glob.namePattern = QStringLiteral("photo_#1.jpg");
    const UrlList list = UrlListParser({}, glob).parseText(QStringLiteral("http://h.test/img[1-3]?size=9\n"
                                                                          "  out=mine.jpg\n"
                                                                          "http://h.test/plain.jpg\n"
                                                                          "http://h.test/{a,b/c}.jpg\n"));
    QCOMPARE(list.urls.size(), 3 + 1 + 1); // b/c would be no plain file name
    // The list's own out= wins over the name pattern; a plain URL keeps its name.
    QCOMPARE(list.itemOptions.value(QUrl(QStringLiteral("http://h.test/img1?size=9"))).outName, QStringLiteral("mine.jpg"));
    QVERIFY(!list.itemOptions.contains(QUrl(QStringLiteral("http://h.test/plain.jpg"))));
    QCOMPARE(list.itemOptions.value(QUrl(QStringLiteral("http://h.test/a.jpg"))).outName, QStringLiteral("photo_a.jpg"));
    QCOMPARE(list.rejects.size(), 1);
    QVERIFY2(list.rejects.first().reason.contains(QStringLiteral("'photo_b/c.jpg'")), qPrintable(list.rejects.first().reason));

    const UrlList named = UrlListParser({}, glob).parseText(QStringLiteral("http://h.test/img[1-3]\n"));
    QCOMPARE(named.itemOptions.value(QUrl(QStringLiteral("http://h.test/img3"))).outName, QStringLiteral("photo_3.jpg"));
    glob.namePattern = QStringLiteral("photo_#2.jpg");
    const UrlList wrong = UrlListParser({}, glob).parseText(QStringLiteral("http://h.test/img[1-3]\n"));
    QVERIFY(wrong.urls.isEmpty());
    QVERIFY2(wrong.rejects.first().reason.contains(QStringLiteral("only #1")), qPrintable(wrong.rejects.first().reason));
}

void tst_UrlListParser::globOffTakesBracketsLiterally()
{
    GlobOptions glob;
    glob.enabled = false;
    const UrlList list = UrlListParser({}, glob).parseText(QStringLiteral("http://h.test/p?a[]=1&b={x}\n"));
    QCOMPARE(list.urls.size(), 1);
    QCOMPARE(list.urls.first().query(QUrl::FullyDecoded), QStringLiteral("a[]=1&b={x}"));
    QVERIFY(list.rejects.isEmpty());
    QVERIFY(list.patterns.isEmpty());
    // Exported (ListExport), it reads back with patterns on as the same address.
    Fetchpool::ExportEntry entry;
    entry.url = list.urls.first();
    const QString written = QString::fromUtf8(Fetchpool::ListExport::write({entry}, Fetchpool::ListExport::Format::Plain));
    const UrlList reread = UrlListParser().parseText(written);
    QVERIFY2(reread.rejects.isEmpty(), qPrintable(written));
    QCOMPARE(reread.urls.size(), 1);
    QCOMPARE(reread.urls.first().query(QUrl::FullyDecoded), QStringLiteral("a[]=1&b={x}"));
}

namespace {

// "I http://…" per link: I image, M media, L page, O other file.
QStringList describe(const QVector<Fetchpool::PageLink> &links)
{
    QStringList out;
    for (const auto &link : links) {
        const char kind = link.kind == Fetchpool::PageLinkKind::Image   ? 'I'
                : link.kind == Fetchpool::PageLinkKind::Media         ? 'M'
                : link.kind == Fetchpool::PageLinkKind::Link          ? 'L'
                                                                      : 'O';
        out << QString(QLatin1Char(kind)) + QLatin1Char(' ') + link.url.toString();
    }
    return out;
}

} // namespace

void tst_UrlListParser::pageLinks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("expected");
    const QString page = QStringLiteral("https://site.test/gallery/index.html");

    QTest::newRow("relative to the page") << QStringLiteral("<img src=\"a.png\"><img src=\"../b.jpg\"><a href=\"/c.zip\">c</a>")
                                          << page
                                          << QStringList{QStringLiteral("I https://site.test/gallery/a.png"),
                                                         QStringLiteral("I https://site.test/b.jpg"),
                                                         QStringLiteral("O https://site.test/c.zip")};
    QTest::newRow("base href") << QStringLiteral("<head><base href=\"https://cdn.test/p/\"></head><img src=\"a.png\"><a href=\"x.html\">x</a>")
                               << page
                               << QStringList{QStringLiteral("I https://cdn.test/p/a.png"),
                                              QStringLiteral("L https://cdn.test/p/x.html")};
    QTest::newRow("relative base href") << QStringLiteral("<base href=\"../media/\"><img src=\"a.png\">") << page
                                        << QStringList{QStringLiteral("I https://site.test/media/a.png")};
    QTest::newRow("srcset, largest by width")
            << QStringLiteral("<img src=\"s.jpg\" srcset=\"s.jpg 320w, l.jpg 1280w, m.jpg 640w\">") << page
            << QStringList{QStringLiteral("I https://site.test/gallery/l.jpg")};
    QTest::newRow("srcset, largest by density")
            << QStringLiteral("<img src=\"a.png\" srcset=\"a.png, a3.png 3x, a2.png 2x\">") << page
            << QStringList{QStringLiteral("I https://site.test/gallery/a3.png")};
    QTest::newRow("picture source and fallback")
            << QStringLiteral("<picture><source srcset=\"p1.webp 1x, p2.webp 2x\"><img src=\"p.jpg\"></picture>") << page
            << QStringList{QStringLiteral("I https://site.test/gallery/p2.webp"),
                           QStringLiteral("I https://site.test/gallery/p.jpg")};
    QTest::newRow("links typed by extension")
            << QStringLiteral("<a href=\"a.JPEG\">1</a><a href=\"b.avif?x=1\">2</a><a href=\"c.svg\">3</a>"
                              "<a href=\"d.tif\">4</a><a href=\"e.bmp\">5</a><a href=\"f.webp\">6</a><a href=\"g.gif\">7</a>"
                              "<a href=\"v.mp4\">8</a><a href=\"next/\">9</a><a href=\"r.pdf\">10</a>")
            << page
            << QStringList{QStringLiteral("I https://site.test/gallery/a.JPEG"), QStringLiteral("I https://site.test/gallery/b.avif?x=1"),
                           QStringLiteral("I https://site.test/gallery/c.svg"), QStringLiteral("I https://site.test/gallery/d.tif"),
                           QStringLiteral("I https://site.test/gallery/e.bmp"), QStringLiteral("I https://site.test/gallery/f.webp"),
                           QStringLiteral("I https://site.test/gallery/g.gif"), QStringLiteral("M https://site.test/gallery/v.mp4"),
                           QStringLiteral("L https://site.test/gallery/next/"), QStringLiteral("O https://site.test/gallery/r.pdf")};
    QTest::newRow("video, audio and their sources")
            << QStringLiteral("<video src=\"v.webm\" poster=\"poster.jpg\"><source src=\"v.mp4\"></video>"
                              "<audio><source src=\"/song\"></audio>")
            << page
            << QStringList{QStringLiteral("M https://site.test/gallery/v.webm"), QStringLiteral("I https://site.test/gallery/poster.jpg"),
                           QStringLiteral("M https://site.test/gallery/v.mp4"), QStringLiteral("M https://site.test/song")};
    QTest::newRow("og:image and twitter:image")
            << QStringLiteral("<meta property=\"og:image\" content=\"/og.jpg\"><meta name=\"twitter:image\" content=\"https://x.test/t\">"
                              "<meta name=\"description\" content=\"/not-a-link.jpg\">")
            << page
            << QStringList{QStringLiteral("I https://site.test/og.jpg"), QStringLiteral("I https://x.test/t")};
    QTest::newRow("CSS url() in style attributes")
            << QStringLiteral("<div style=\"background: url('bg.png') no-repeat\"></div>"
                              "<span style='background-image:url(\"/t.webp\"), url(plain)'></span>")
            << page
            << QStringList{QStringLiteral("I https://site.test/gallery/bg.png"), QStringLiteral("I https://site.test/t.webp"),
                           QStringLiteral("I https://site.test/gallery/plain")};
    QTest::newRow("duplicates once, in page order")
            << QStringLiteral("<img src=\"a.png\"><a href=\"b.jpg\">b</a><a href=\"a.png\">a</a><img src=\"b.jpg\"><img src=\"a.png#x\">")
            << page
            << QStringList{QStringLiteral("I https://site.test/gallery/a.png"), QStringLiteral("I https://site.test/gallery/b.jpg")};
    QTest::newRow("only http(s), no jumps, no comments or scripts")
            << QStringLiteral("<a href=\"#top\">t</a><a href=\"mailto:a@b.test\">m</a><img src=\"ftp://h.test/x.png\">"
                              "<img src=\"data:image/png;base64,AAAA\"><!-- <img src=\"c.png\"> -->"
                              "<script>document.write('<img src=\"s.png\">')</script><img src=\"ok.png\">")
            << page << QStringList{QStringLiteral("I https://site.test/gallery/ok.png")};
    QTest::newRow("the page after a redirect is the base")
            << QStringLiteral("<img src=\"here.png\">") << QStringLiteral("https://other.test/deep/moved.html")
            << QStringList{QStringLiteral("I https://other.test/deep/here.png")};
}

void tst_UrlListParser::pageLinks()
{
    QFETCH(QString, html);
    QFETCH(QString, page);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(Fetchpool::PageLinks::extract(html.toUtf8(), QUrl(page))), expected);
}

void tst_UrlListParser::pageLinkTextsAndWidths()
{
    const auto links = Fetchpool::PageLinks::extract(
            QByteArrayLiteral("<img src=\"a.jpg\" srcset=\"a.jpg 300w, b.jpg 900w\" alt=\"Sunset &amp; sea\">"
                              "<a href=\"c.png\"><b>Big</b>\n  photo</a>"
                              "<a href=\"d.png\" title=\"Titled\">text</a>"
                              "<img src=\"e.png\"><a href=\"e.png\">Named later</a>"),
            QUrl(QStringLiteral("https://site.test/")));
    QCOMPARE(links.size(), 4);
    QCOMPARE(links[0].text, QStringLiteral("Sunset & sea"));
    QCOMPARE(links[0].width, 900);
    QCOMPARE(links[1].text, QStringLiteral("Big photo"));
    QCOMPARE(links[1].width, 0);
    QCOMPARE(links[2].text, QStringLiteral("Titled"));
    QCOMPARE(links[3].url, QUrl(QStringLiteral("https://site.test/e.png")));
    QCOMPARE(links[3].text, QStringLiteral("Named later"));
}

void tst_UrlListParser::pageLinkKinds_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("kind");
    using Kind = Fetchpool::PageLinkKind;
    QTest::newRow("jpg") << QStringLiteral("https://h.test/a/B.JPG?x=1") << QStringLiteral("jpg") << int(Kind::Image);
    QTest::newRow("no extension") << QStringLiteral("https://h.test/a/b") << QString() << int(Kind::Link);
    QTest::newRow("dot in a folder") << QStringLiteral("https://h.test/v1.2/b") << QString() << int(Kind::Link);
    QTest::newRow("php") << QStringLiteral("https://h.test/x.php?img=a.png") << QStringLiteral("php") << int(Kind::Link);
    QTest::newRow("mp3") << QStringLiteral("https://h.test/s.mp3") << QStringLiteral("mp3") << int(Kind::Media);
    QTest::newRow("zip") << QStringLiteral("https://h.test/s.zip") << QStringLiteral("zip") << int(Kind::Other);
}

void tst_UrlListParser::pageLinkKinds()
{
    QFETCH(QString, url);
    QFETCH(QString, extension);
    QFETCH(int, kind);
    QCOMPARE(Fetchpool::PageLinks::extension(QUrl(url)), extension);
    QCOMPARE(int(Fetchpool::PageLinks::kindOfUrl(QUrl(url))), kind);
}

QTEST_GUILESS_MAIN(tst_UrlListParser)
#include "tst_urllistparser.moc"
