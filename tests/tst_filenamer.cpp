#include "filenamer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using Fetchpool::FileHandle;
using Fetchpool::FileNamer;

class tst_FileNamer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void longNamesKeepTheirExtension();
    void chooseName_data();
    void chooseName();
    void reserveNumbersCollisions();
    void reserveSkipsExistingFiles();
    void commitNeverOverwrites();
    void releaseFreesTheName();
    void nameStartingWithColonStaysInTheFolder();
    void sameNameFromManyThreads();
    void symlinkIsNeverFollowed();
    void unwritableFolderIsReported();
};

void tst_FileNamer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "photo.jpg" << "photo.jpg";
    QTest::newRow("parent escape") << "../../x" << "x";
    QTest::newRow("absolute") << "/etc/passwd" << "passwd";
    QTest::newRow("backslashes") << "..\\..\\windows\\system.ini" << "system.ini";
    QTest::newRow("dotdot") << ".." << "download";
    QTest::newRow("dot") << "." << "download";
    QTest::newRow("only dots") << "....." << "download";
    QTest::newRow("hidden") << ".hidden" << "hidden";
    QTest::newRow("bashrc path") << "../.bashrc" << "bashrc";
    QTest::newRow("trailing slash") << "dir/" << "dir";
    QTest::newRow("control chars") << QStringLiteral("a\x01" "b\nc\td.txt") << "a_b_c_d.txt";
    QTest::newRow("nul") << QString::fromUtf16(u"evil\u0000.exe.txt", 13) << "evil_.exe.txt";
    QTest::newRow("delete char") << QStringLiteral("a\x7f" "b") << "a_b";
    QTest::newRow("bidi override") << QString::fromUtf16(u"invoice\u202Etxt.exe") << "invoicetxt.exe";
    QTest::newRow("trailing dots and spaces") << "name.txt. . " << "name.txt";
    QTest::newRow("leading spaces") << "   spaced.txt" << "spaced.txt";
    QTest::newRow("empty") << "" << "download";
    QTest::newRow("unicode kept") << "résumé 日本.pdf" << "résumé 日本.pdf";
    QTest::newRow("emoji kept") << QString::fromUtf16(u"cat 🐱.png") << QString::fromUtf16(u"cat 🐱.png");
    QTest::newRow("tag characters dropped") << QString::fromUtf16(u"a󠁁b.txt") << "ab.txt";
    QTest::newRow("colon first") << ":notes.txt" << ":notes.txt";
}

void tst_FileNamer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FileNamer::sanitize(input), expected);
}

void tst_FileNamer::longNamesKeepTheirExtension()
{
    const QString ascii = FileNamer::sanitize(QString(300, QLatin1Char('a')) + QStringLiteral(".jpeg"));
    QVERIFY(ascii.toUtf8().size() <= FileNamer::MaxNameBytes);
    QVERIFY(ascii.endsWith(QStringLiteral(".jpeg")));
    QVERIFY(ascii.startsWith(QStringLiteral("aaaa")));

    // Multi-byte characters are never cut in half.
    const QString wide = FileNamer::sanitize(QString(300, QChar(0x65e5)) + QStringLiteral(".tar.gz"));
    QVERIFY(wide.toUtf8().size() <= FileNamer::MaxNameBytes);
    QVERIFY(wide.endsWith(QStringLiteral(".tar.gz")));
    QCOMPARE(QString::fromUtf8(wide.toUtf8()), wide);

    QString emoji;
    for (int i = 0; i < 150; ++i)
        emoji += QString::fromUtf16(u"\U0001F600");
    const QString cut = FileNamer::sanitize(emoji);
    QVERIFY(cut.toUtf8().size() <= FileNamer::MaxNameBytes);
    QVERIFY(!cut.isEmpty());
    QCOMPARE(cut.size() % 2, 0); // whole surrogate pairs only
    QVERIFY(!cut.back().isHighSurrogate());
}

void tst_FileNamer::chooseName_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QString>("expected");

    const QUrl photo(QStringLiteral("http://example.test/img/photo.jpg?w=3"));
    QTest::newRow("url segment") << photo << QByteArray() << "image/jpeg" << "photo.jpg";
    QTest::newRow("percent decoded") << QUrl(QStringLiteral("http://h.test/a/my%20file%C3%A9.txt"))
                                     << QByteArray() << "" << "my fileé.txt";
    QTest::newRow("encoded slash") << QUrl(QStringLiteral("http://h.test/a/..%2F..%2Fx.sh"))
                                   << QByteArray() << "" << "x.sh";
    QTest::newRow("disposition wins") << photo << QByteArray("attachment; filename=\"real.png\"")
                                      << "image/png" << "real.png";
    QTest::newRow("hostile disposition") << photo << QByteArray("attachment; filename=\"/etc/shadow\"")
                                         << "" << "shadow";
    QTest::newRow("dots disposition falls back") << photo << QByteArray("attachment; filename=\"..\"")
                                                 << "" << "photo.jpg";
    QTest::newRow("no path, mime") << QUrl(QStringLiteral("https://example.test/")) << QByteArray()
                                   << "image/png" << "example.test.png";
    QTest::newRow("no path, no mime") << QUrl(QStringLiteral("https://example.test")) << QByteArray()
                                      << "application/octet-stream" << "example.test";
    QTest::newRow("no extension gets one") << QUrl(QStringLiteral("http://h.test/image?id=3")) << QByteArray()
                                           << "image/png; charset=binary" << "image.png";
    QTest::newRow("extension kept") << QUrl(QStringLiteral("http://h.test/data.bin")) << QByteArray()
                                    << "text/html" << "data.bin";
}

void tst_FileNamer::chooseName()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, disposition);
    QFETCH(QString, mime);
    QFETCH(QString, expected);
    QCOMPARE(FileNamer::chooseName(url, disposition, mime), expected);
}

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void tst_FileNamer::reserveNumbersCollisions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileNamer namer(dir.path());
    QVector<FileNamer::Reservation> held;
    for (int i = 0; i < 3; ++i) {
        FileHandle part;
        QString error;
        const auto reservation = namer.reserve(QStringLiteral("archive.tar.gz"), &part, &error);
        QVERIFY2(reservation, qPrintable(error));
        QVERIFY(part.isOpen());
        held << *reservation;
    }
    QCOMPARE(QFileInfo(held[0].finalPath).fileName(), QStringLiteral("archive.tar.gz"));
    QCOMPARE(QFileInfo(held[1].finalPath).fileName(), QStringLiteral("archive (1).tar.gz"));
    QCOMPARE(QFileInfo(held[2].finalPath).fileName(), QStringLiteral("archive (2).tar.gz"));
    QCOMPARE(held[2].partPath, held[2].finalPath + QStringLiteral(".part"));
    QCOMPARE(entries(dir.path()).size(), 3); // the three part files
}

void tst_FileNamer::reserveSkipsExistingFiles()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "old"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a (1).txt.part")), "someone's partial"));
    FileNamer namer(dir.path());
    FileHandle part;
    const auto reservation = namer.reserve(QStringLiteral("a.txt"), &part, nullptr);
    QVERIFY(reservation);
    QCOMPARE(QFileInfo(reservation->finalPath).fileName(), QStringLiteral("a (2).txt"));
}

void tst_FileNamer::commitNeverOverwrites()
{
    QTemporaryDir dir;
    FileNamer namer(dir.path());
    FileHandle part;
    const auto reservation = namer.reserve(QStringLiteral("race.bin"), &part, nullptr);
    QVERIFY(reservation);
    part.write("new body");
    part.close();
    // Another program creates the final name while the download runs.
    QVERIFY(writeFile(reservation->finalPath, "theirs"));

    QString error;
    const auto finalPath = namer.commit(*reservation, &error);
    QVERIFY2(finalPath, qPrintable(error));
    QCOMPARE(QFileInfo(*finalPath).fileName(), QStringLiteral("race (1).bin"));
    QFile theirs(reservation->finalPath);
    QVERIFY(theirs.open(QIODevice::ReadOnly));
    QCOMPARE(theirs.readAll(), QByteArray("theirs"));
    QFile ours(*finalPath);
    QVERIFY(ours.open(QIODevice::ReadOnly));
    QCOMPARE(ours.readAll(), QByteArray("new body"));
    QVERIFY(!QFileInfo::exists(reservation->partPath));
}

void tst_FileNamer::releaseFreesTheName()
{
    QTemporaryDir dir;
    FileNamer namer(dir.path());
    FileHandle part;
    const auto first = namer.reserve(QStringLiteral("x.bin"), &part, nullptr);
    QVERIFY(first);
    part.close();
    namer.release(*first, true);
    QCOMPARE(entries(dir.path()), QStringList());
    const auto again = namer.reserve(QStringLiteral("x.bin"), &part, nullptr);
    QVERIFY(again);
    QCOMPARE(again->finalPath, first->finalPath);
}

void tst_FileNamer::nameStartingWithColonStaysInTheFolder()
{
    // ":x" is a Qt resource path to QDir::filePath(); it must be a plain file here.
    QTemporaryDir dir;
    FileNamer namer(dir.path());
    FileHandle part;
    const auto reservation = namer.reserve(QStringLiteral(":notes.txt"), &part, nullptr);
    QVERIFY(reservation);
    QCOMPARE(reservation->finalPath, QDir(dir.path()).canonicalPath() + QStringLiteral("/:notes.txt"));
    part.write("x");
    part.close();
    const auto finalPath = namer.commit(*reservation, nullptr);
    QVERIFY(finalPath);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral(":notes.txt")});
}

void tst_FileNamer::sameNameFromManyThreads()
{
    QTemporaryDir dir;
    FileNamer namer(dir.path());
    QVector<int> indexes(100);
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(16);
    const QStringList finals = QtConcurrent::blockingMapped<QStringList>(&pool, indexes, [&namer](int i) {
        FileHandle part;
        const auto reservation = namer.reserve(QStringLiteral("same.jpg"), &part, nullptr);
        if (!reservation)
            return QString();
        part.write(QByteArray::number(i));
        part.close();
        return namer.commit(*reservation, nullptr).value_or(QString());
    });
    const QSet<QString> unique(finals.cbegin(), finals.cend());
    QCOMPARE(unique.size(), 100);
    QVERIFY(!unique.contains(QString()));
    const QStringList onDisk = entries(dir.path());
    QCOMPARE(onDisk.size(), 100);
    QVERIFY(onDisk.contains(QStringLiteral("same.jpg")));
    QVERIFY(onDisk.contains(QStringLiteral("same (99).jpg")));
    for (const QString &name : onDisk)
        QVERIFY2(!name.endsWith(QStringLiteral(".part")), qPrintable(name));
}

void tst_FileNamer::symlinkIsNeverFollowed()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("victim.txt"));
    QVERIFY(writeFile(target, "untouched"));
    // Both the final name and the part name point outside the folder.
    QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("trap.txt"))));
    QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("trap (1).txt.part"))));
    FileNamer namer(dir.path());
    FileHandle part;
    const auto reservation = namer.reserve(QStringLiteral("trap.txt"), &part, nullptr);
    QVERIFY(reservation);
    QCOMPARE(QFileInfo(reservation->finalPath).fileName(), QStringLiteral("trap (2).txt"));
    part.write("downloaded");
    part.close();
    QVERIFY(namer.commit(*reservation, nullptr));
    QFile victim(target);
    QVERIFY(victim.open(QIODevice::ReadOnly));
    QCOMPARE(victim.readAll(), QByteArray("untouched"));
}

void tst_FileNamer::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(dir.filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("running with permissions that ignore a read-only folder (root)");
    }
    FileNamer namer(dir.path());
    FileHandle part;
    QString error;
    QVERIFY(!namer.reserve(QStringLiteral("x.bin"), &part, &error));
    QVERIFY2(error.contains(QStringLiteral("x.bin.part")) && error.contains(QStringLiteral("ermission")),
             qPrintable(error));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(tst_FileNamer)
#include "tst_filenamer.moc"
