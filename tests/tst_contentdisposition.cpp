#include "contentdisposition.h"

#include <QTest>

using Fetchpool::filenameFromContentDisposition;

class tst_ContentDisposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
};

void tst_ContentDisposition::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected"); // null: no file name

    QTest::newRow("token") << QByteArray("attachment; filename=report.pdf") << QStringLiteral("report.pdf");
    QTest::newRow("quoted") << QByteArray("attachment; filename=\"my report.pdf\"") << QStringLiteral("my report.pdf");
    QTest::newRow("escaped quote") << QByteArray(R"(attachment; filename="a \"b\" c.txt")")
                                   << QStringLiteral("a \"b\" c.txt");
    QTest::newRow("semicolon in quotes") << QByteArray("attachment; filename=\"a;b.txt\"; size=3")
                                         << QStringLiteral("a;b.txt");
    QTest::newRow("ext wins after") << QByteArray("attachment; filename=\"fallback.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")
                                    << QStringLiteral("résumé.pdf");
    QTest::newRow("ext wins before") << QByteArray("attachment; filename*=UTF-8''%E2%82%AC%20rates.txt; filename=\"EURO rates.txt\"")
                                     << QStringLiteral("€ rates.txt");
    QTest::newRow("ext latin1") << QByteArray("attachment; filename*=iso-8859-1'en'%A3%20rates.txt")
                                << QStringLiteral("£ rates.txt");
    QTest::newRow("ext bad charset falls back") << QByteArray("attachment; filename*=koi8-r''x.txt; filename=plain.txt")
                                                << QStringLiteral("plain.txt");
    QTest::newRow("ext invalid utf8 falls back") << QByteArray("attachment; filename*=UTF-8''%FF%FE.txt; filename=ok.txt")
                                                 << QStringLiteral("ok.txt");
    QTest::newRow("case insensitive") << QByteArray("ATTACHMENT; FileName=\"Up.TXT\"") << QStringLiteral("Up.TXT");
    QTest::newRow("inline") << QByteArray("inline; filename=\"photo.jpg\"") << QStringLiteral("photo.jpg");
    QTest::newRow("spaces around") << QByteArray("attachment ;  filename = \"spaced.bin\" ") << QStringLiteral("spaced.bin");
    QTest::newRow("raw utf8 in plain") << QByteArray("attachment; filename=\"na\xc3\xafve.txt\"") << QStringLiteral("naïve.txt");
    QTest::newRow("latin1 in plain") << QByteArray("attachment; filename=\"caf\xe9.txt\"") << QStringLiteral("café.txt");
    QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"open.txt") << QStringLiteral("open.txt");
    QTest::newRow("hostile path kept raw") << QByteArray("attachment; filename=\"../../etc/passwd\"")
                                           << QStringLiteral("../../etc/passwd");
    QTest::newRow("no filename") << QByteArray("attachment") << QString();
    QTest::newRow("empty filename") << QByteArray("attachment; filename=\"\"") << QString();
    QTest::newRow("empty header") << QByteArray() << QString();
    QTest::newRow("other params only") << QByteArray("attachment; name=\"field\"") << QString();
    QTest::newRow("param without value") << QByteArray("attachment; filename; filename=late.txt")
                                         << QStringLiteral("late.txt");
}

void tst_ContentDisposition::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    const auto name = filenameFromContentDisposition(header);
    if (expected.isNull()) {
        QVERIFY2(!name, qPrintable(name.value_or(QString())));
    } else {
        QVERIFY(name);
        QCOMPARE(*name, expected);
    }
}

QTEST_GUILESS_MAIN(tst_ContentDisposition)
#include "tst_contentdisposition.moc"
