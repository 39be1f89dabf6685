// What a list says about its URLs beyond the URL, in the window: an aria2
// list's out=, checksum=, header= and referer= reach the run; sums files
// dropped with a list, dropped alone, or pasted in Add URLs give rows their
// digests; verified rows say so; links dragged from a browser or read from a
// saved page send that page as their Referer; and the saved list keeps it all
// but secrets.
#include "guitestwindow.h"
#include "list/downloadmodel.h"
#include "list/itemdetailstext.h"
#include "list/liststore.h"
#include "list/statuscell.h"
#include "run/listexporter.h"
#include "testserver.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_GuiListOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aria2ListOptionsReachTheRun();
    void sumsFileDroppedWithTheList();
    void sumsFileDroppedOnTheListAlready();
    void sumsPastedInAddUrls();
    void draggedLinksSendTheirPage();
    void savedPageSendsThePageItCameFrom();
    void refererFromPageCanBeTurnedOff();
    void savedListKeepsOptionsButNoSecrets();
    void exportedListsReadBack();

private:
    QString path(const QString &name) const { return QStringLiteral("/files/listopts/") + name; }
    QUrl url(const QString &name, int size) const
    {
        return m_server.url(path(name) + QStringLiteral("?size=%1").arg(size));
    }
    // The SHA-256 of what the test server sends for `name` of `size` bytes.
    QByteArray sha256(const QString &name, int size) const
    {
        return QCryptographicHash::hash(TestServer::body(size, TestServer::seedForPath(path(name))),
                                        QCryptographicHash::Sha256)
                .toHex();
    }
    QString writeFile(const QString &name, const QByteArray &content);
    bool dropFiles(const QStringList &paths, IntakeResult *result = nullptr);
    const DownloadItem &row(const QUrl &url) const;
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    TestServer m_server{4};
    std::unique_ptr<QTemporaryDir> m_dir;
    TestWindow m_window;
};

void tst_GuiListOptions::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiListOptions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_window.open(QSize(1100, 650)));
}

void tst_GuiListOptions::cleanup()
{
    m_window.close();
    m_dir.reset();
}

QString tst_GuiListOptions::writeFile(const QString &name, const QByteArray &content)
{
    const QString file = m_dir->filePath(name);
    QFile out(file);
    return out.open(QIODevice::WriteOnly) && out.write(content) == content.size() ? file : QString();
}

bool tst_GuiListOptions::dropFiles(const QStringList &paths, IntakeResult *result)
{
    QList<QUrl> urls;
    for (const QString &file : paths)
        urls << QUrl::fromLocalFile(file);
    QMimeData data;
    data.setUrls(urls);
    return m_window.drop(data, result);
}

const DownloadItem &tst_GuiListOptions::row(const QUrl &url) const
{
    const DownloadModel &model = m_window->model();
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.item(i).result.url == url)
            return model.item(i);
    }
    static const DownloadItem none;
    return none;
}

void tst_GuiListOptions::aria2ListOptionsReachTheRun()
{
    const QUrl named = url(QStringLiteral("a.bin"), 3000);
    const QUrl tampered = url(QStringLiteral("b.bin"), 2000);
    const QUrl plain = url(QStringLiteral("c.bin"), 1000);
    const QByteArray wrong(64, 'e');
    const QByteArray list = named.toEncoded() + "\n"
            "  out=first.bin\n"
            "  checksum=sha-256=" + sha256(QStringLiteral("a.bin"), 3000) + "\n"
            "  header=X-Gallery: yes\n"
            "  referer=http://127.0.0.1/gallery.html\n"
            + tampered.toEncoded() + "\n"
            "  checksum=sha-256=" + wrong + "\n"
            + plain.toEncoded() + "\n"
            "  max-connection-per-server=4\n";
    const QString listFile = writeFile(QStringLiteral("batch.txt"), list);
    IntakeResult result;
    QVERIFY(dropFiles({listFile}, &result));
    QCOMPARE(m_window->model().rowCount(), 3);
    QCOMPARE(result.notes.size(), 1);
    QCOMPARE(result.notes.first().reject.line, 9);
    QVERIFY2(statusMessage().contains(QLatin1String("1 option line ignored")), qPrintable(statusMessage()));
    auto *rejectsButton = m_window->findChild<QToolButton *>(QStringLiteral("rejectsButton"));
    QVERIFY(rejectsButton->isVisible());
    QCOMPARE(rejectsButton->text(), QStringLiteral("I&gnored Options…")); // nothing was rejected
    // Before the run, the row is named as the list says.
    QCOMPARE(row(named).displayName(), QStringLiteral("first.bin"));

    QVERIFY(m_window.runToEnd());
    const DownloadItem &first = row(named);
    QCOMPARE(first.result.state, ItemState::Done);
    QCOMPARE(QFileInfo(first.result.filePath).fileName(), QStringLiteral("first.bin"));
    QVERIFY(first.result.verified);
    QCOMPARE(StatusCell::text(first), QStringLiteral("Done, SHA-256 verified"));
    QCOMPARE(ItemDetailsText::checksum(first),
             QStringLiteral("SHA-256 %1 · verified").arg(QString::fromLatin1(sha256(QStringLiteral("a.bin"), 3000))));
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("a.bin")), "X-Gallery"), QStringList{QStringLiteral("yes")});
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("a.bin")), "Referer"),
             QStringList{QStringLiteral("http://127.0.0.1/gallery.html")});
    // The options are the item's own: the others sent neither.
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("c.bin")), "X-Gallery"), QStringList{QString()});
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("c.bin")), "Referer"), QStringList{QString()});

    const DownloadItem &second = row(tampered);
    QCOMPARE(second.result.state, ItemState::Failed);
    QCOMPARE(second.result.error.kind, ErrorKind::Checksum);
    QVERIFY2(second.result.error.message.contains(QString::fromLatin1(wrong))
                     && second.result.error.message.contains(QString::fromLatin1(sha256(QStringLiteral("b.bin"), 2000))),
             qPrintable(second.result.error.message));
    QVERIFY(!QFileInfo::exists(QDir(m_window.destination()).filePath(QStringLiteral("b.bin"))));
    QVERIFY2(ItemDetailsText::checksum(second).endsWith(QStringLiteral(" · the file did not match")),
             qPrintable(ItemDetailsText::checksum(second)));

    QCOMPARE(row(plain).result.state, ItemState::Done);
    QVERIFY(!row(plain).result.verified);
    QCOMPARE(StatusCell::text(row(plain)), QStringLiteral("Done"));
}

void tst_GuiListOptions::sumsFileDroppedWithTheList()
{
    const QUrl good = url(QStringLiteral("d.bin"), 4000);
    const QUrl bad = url(QStringLiteral("e.bin"), 5000);
    const QUrl unlisted = url(QStringLiteral("f.bin"), 600);
    const QString listFile = writeFile(QStringLiteral("photos.txt"),
                                       good.toEncoded() + "\n" + bad.toEncoded() + "\n" + unlisted.toEncoded() + "\n");
    const QString sums = writeFile(QStringLiteral("SHA256SUMS"),
                                   sha256(QStringLiteral("d.bin"), 4000) + "  d.bin\n"
                                           + sha256(QStringLiteral("d.bin"), 4000) + " *e.bin\n");
    QVERIFY(dropFiles({listFile, sums}));
    QCOMPARE(m_window->model().rowCount(), 3);
    QVERIFY2(statusMessage().contains(QLatin1String("Added 3 URLs"))
                     && statusMessage().contains(QLatin1String("2 with a checksum to verify")),
             qPrintable(statusMessage()));

    QVERIFY(m_window.runToEnd());
    QVERIFY(row(good).result.verified);
    QCOMPARE(row(bad).result.state, ItemState::Failed);
    QCOMPARE(row(bad).result.error.kind, ErrorKind::Checksum);
    QCOMPARE(row(unlisted).result.state, ItemState::Done);
    QVERIFY(!row(unlisted).result.verified);
}

void tst_GuiListOptions::sumsFileDroppedOnTheListAlready()
{
    const QUrl listed = url(QStringLiteral("g.bin"), 700);
    const QUrl done = url(QStringLiteral("h.bin"), 800);
    m_window->model().addUrls({done});
    QVERIFY(m_window.runToEnd());
    m_window->model().addUrls({listed});

    const QString sums = writeFile(QStringLiteral("g.sha256"),
                                   sha256(QStringLiteral("g.bin"), 700) + "  g.bin\n"
                                           + sha256(QStringLiteral("h.bin"), 800) + "  h.bin\n");
    QVERIFY(dropFiles({sums}));
    // The done row's file is as it is: only the waiting one takes its digest.
    QVERIFY2(statusMessage().contains(QLatin1String("Read 2 checksums, 1 with a checksum to verify")),
             qPrintable(statusMessage()));
    QVERIFY(row(listed).options && row(listed).options->listed.checksum.isValid());
    QVERIFY(!row(done).options);

    // Start takes the waiting row; the done one stays as it was.
    QVERIFY(m_window.runToEnd());
    QCOMPARE(row(listed).result.state, ItemState::Done);
    QVERIFY(row(listed).result.verified);
    QVERIFY(!row(done).result.verified);
}

void tst_GuiListOptions::sumsPastedInAddUrls()
{
    const QUrl image = url(QStringLiteral("photo-17.jpg"), 1500);
    m_window.action("actionAddUrls")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("AddUrlsDialog"))) && dialog->isVisible());
    auto *editor = dialog->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
    auto *found = dialog->findChild<QLabel *>(QStringLiteral("foundLabel"));
    QVERIFY(editor && found);
    editor->setPlainText(image.toString() + QStringLiteral("\n")
                         + QString::fromLatin1(sha256(QStringLiteral("photo-17.jpg"), 1500))
                         + QStringLiteral("  photo-17.jpg\n"));
    QTRY_COMPARE(found->text(), QStringLiteral("1 URL found, 1 checksum"));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("rejectsLabel"))->isVisible());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(m_window->model().rowCount(), 1);

    QVERIFY(m_window.runToEnd());
    QVERIFY(row(image).result.verified);
    QCOMPARE(StatusCell::text(row(image)), QStringLiteral("Done, SHA-256 verified"));
}

void tst_GuiListOptions::draggedLinksSendTheirPage()
{
    const QUrl image = url(QStringLiteral("dragged.jpg"), 900);
    const QString page = QStringLiteral("http://127.0.0.1/album/holiday.html");
    QMimeData data;
    data.setUrls({image});
    // Firefox on X11 names the page the drag started on in UTF-16.
    data.setData(QStringLiteral("text/x-moz-url-priv"),
                 QByteArray(reinterpret_cast<const char *>(page.utf16()), page.size() * 2));
    QVERIFY(m_window.drop(data));
    QCOMPARE(row(image).options ? row(image).options->sourcePage : QUrl(), QUrl(page));

    QVERIFY(m_window.runToEnd());
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("dragged.jpg")), "Referer"), QStringList{page});
}

void tst_GuiListOptions::savedPageSendsThePageItCameFrom()
{
    // Saved with a browser's Save Page As: its links are relative to where it was.
    const QString page = m_server.url(QStringLiteral("/files/listopts/album.html")).toString();
    const QByteArray html = "<!DOCTYPE html>\n<!-- saved from url=(0040)" + page.toUtf8()
            + " -->\n<html><body><img src=\"saved.jpg?size=1200\"></body></html>\n";
    QVERIFY(dropFiles({writeFile(QStringLiteral("album.html"), html)}));
    QCOMPARE(m_window->model().rowCount(), 1);
    const QUrl image = url(QStringLiteral("saved.jpg"), 1200);
    QCOMPARE(m_window->model().item(0).result.url, image);

    QVERIFY(m_window.runToEnd());
    QCOMPARE(row(image).result.state, ItemState::Done);
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("saved.jpg")), "Referer"), QStringList{page});
}

void tst_GuiListOptions::refererFromPageCanBeTurnedOff()
{
    m_window.action("actionPreferences")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("PreferencesDialog"))) && dialog->isVisible());
    auto *fromPage = dialog->findChild<QCheckBox *>(QStringLiteral("refererFromPage"));
    QVERIFY(fromPage);
    QVERIFY(fromPage->isChecked()); // the default
    fromPage->setChecked(false);
    dialog->findChild<QLineEdit *>(QStringLiteral("referer"))->setText(QStringLiteral("http://127.0.0.1/fixed.html"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("PreferencesDialog")));

    const QUrl image = url(QStringLiteral("unsent.jpg"), 700);
    QMimeData data;
    data.setUrls({image});
    data.setData(QStringLiteral("chromium/x-source-url"), QByteArrayLiteral("http://127.0.0.1/album/private.html"));
    QVERIFY(m_window.drop(data));
    QVERIFY(m_window.runToEnd());
    QCOMPARE(m_server.requestHeaders(path(QStringLiteral("unsent.jpg")), "Referer"),
             QStringList{QStringLiteral("http://127.0.0.1/fixed.html")});
}

void tst_GuiListOptions::savedListKeepsOptionsButNoSecrets()
{
    DownloadItem item;
    item.result.id = 1;
    item.result.url = url(QStringLiteral("kept.bin"), 100);
    ItemOptions options;
    options.listed.outName = QStringLiteral("kept-as.bin");
    options.listed.subdir = QStringLiteral("album/2024");
    options.listed.checksum = *Checksum::parse(QStringLiteral("md5=0123456789abcdef0123456789abcdef"));
    options.listed.referer = QStringLiteral("http://127.0.0.1/from.html");
    options.listed.extraHeaders = {"X-Gallery: yes", "Authorization: Bearer s3cr3t-t0ken", "Cookie: id=s3cr3t-c00kie"};
    options.listed.mirrors = {url(QStringLiteral("mirror.bin"), 100)};
    options.sourcePage = QUrl(QStringLiteral("http://127.0.0.1/page.html"));
    item.options = std::make_shared<const ItemOptions>(options);
    StoredList list;
    list.items = {item};

    const QByteArray json = ListStore::serialize(list);
    QVERIFY2(!json.contains("s3cr3t"), json.constData());
    QString error;
    const auto loaded = ListStore::deserialize(json, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->items.size(), 1);
    QVERIFY(loaded->items.first().options);
    ItemOptions expected = options;
    expected.listed.extraHeaders = {"X-Gallery: yes"};
    QVERIFY(*loaded->items.first().options == expected);

    // A hand-edited list cannot name a file or folder that a list could not.
    QByteArray edited = json;
    edited.replace("kept-as.bin", "../../escape.bin").replace("album/2024", "../outside");
    const auto reloaded = ListStore::deserialize(edited, &error);
    QVERIFY(reloaded);
    QVERIFY(reloaded->items.first().options->listed.outName.isEmpty());
    QVERIFY(reloaded->items.first().options->listed.subdir.isEmpty());
}

void tst_GuiListOptions::exportedListsReadBack()
{
    const QUrl named = url(QStringLiteral("x.bin"), 800);
    const QUrl mirror = url(QStringLiteral("x-mirror.bin"), 800);
    const QUrl missing = m_server.url(path(QStringLiteral("gone.bin")) + QStringLiteral("?status=404"));
    QUrl withLogin = url(QStringLiteral("private.bin"), 300);
    withLogin.setUserInfo(QStringLiteral("me:s3cr3t-pass"));
    const QByteArray list = named.toEncoded() + "\t" + mirror.toEncoded() + "\n"
            "  out=renamed.bin\n"
            "  checksum=sha-256=" + sha256(QStringLiteral("x.bin"), 800) + "\n"
            "  header=X-Gallery: yes\n"
            "  header=Authorization: Bearer s3cr3t-t0ken\n"
            + missing.toEncoded() + "\n" + withLogin.toEncoded() + "\n";
    QVERIFY(dropFiles({writeFile(QStringLiteral("export-me.txt"), list)}));
    QVERIFY(m_window.runToEnd());
    QCOMPARE(row(missing).result.state, ItemState::Failed);

    auto *exporter = m_window->findChild<ListExporter *>();
    QVERIFY(exporter);
    QSignalSpy reported(m_window->statusBar(), &QStatusBar::messageChanged);
    const auto exportTo = [&](const QString &name, ListExport::Format format, ListExporter::Rows rows) {
        const QString file = m_dir->filePath(name);
        reported.clear();
        if (!exporter->writeTo(file, format, rows))
            return QString();
        return QTest::qWaitFor([&] { return QFileInfo::exists(file) && !reported.isEmpty(); }) ? file : QString();
    };

    // The failed items alone, as a plain list for a later retry.
    const QString failed = exportTo(QStringLiteral("failed.txt"), ListExport::Format::Plain, ListExporter::Rows::Failed);
    QVERIFY(!failed.isEmpty());
    QFile plain(failed);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QCOMPARE(plain.readAll(), missing.toEncoded() + "\n");
    QVERIFY2(statusMessage().contains(QLatin1String("Exported 1 item to")), qPrintable(statusMessage()));

    // Everything as an aria2 list: read back, the same URLs and options, and
    // no login anywhere in the file.
    const QString aria2 = exportTo(QStringLiteral("all.aria2"), ListExport::Format::Aria2, ListExporter::Rows::All);
    QVERIFY(!aria2.isEmpty());
    QFile written(aria2);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("s3cr3t"));
    QString error;
    const auto readBack = UrlListParser().parseFile(aria2, &error);
    QVERIFY2(readBack, qPrintable(error));
    QUrl withoutLogin = withLogin;
    withoutLogin.setUserInfo({});
    QCOMPARE(readBack->urls, QVector<QUrl>({named, missing, withoutLogin}));
    const ListItemOptions options = readBack->itemOptions.value(named);
    QCOMPARE(options.outName, QStringLiteral("renamed.bin"));
    QCOMPARE(options.checksum, row(named).options->listed.checksum);
    QCOMPARE(options.extraHeaders, QList<QByteArray>{"X-Gallery: yes"});
    QCOMPARE(options.mirrors, QVector<QUrl>{mirror});

    // As a page of links: the same URLs.
    const QString html = exportTo(QStringLiteral("all.html"), ListExport::Format::Html, ListExporter::Rows::All);
    QVERIFY(!html.isEmpty());
    const auto page = UrlListParser().parseFile(html, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->urls, QVector<QUrl>({named, missing, withoutLogin}));
}

QTEST_MAIN(tst_GuiListOptions)
#include "tst_guilistoptions.moc"
