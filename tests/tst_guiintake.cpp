// Getting URLs into the window: drops (.txt, .html, .url, .desktop files and
// text/uri-list), paste (plain text and HTML), the Add URLs dialog,
// duplicates and rejected lines.
#include "guitestwindow.h"
#include "intake/addfrompagedialog.h"
#include "intake/addurlsdialog.h"
#include "intake/pagelinkmodel.h"
#include "app/requestsettings.h"
#include "run/runcontroller.h"
#include "testserver.h"
#include "intake/droptarget.h"
#include "intake/urlintake.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

// A file of a drop: its name in the suite's folder and what it holds.
struct DroppedFile
{
    QString name;
    QByteArray content;
};

} // namespace

Q_DECLARE_METATYPE(DroppedFile)

class tst_GuiIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropOfFilesAddsTheirUrls_data();
    void dropOfFilesAddsTheirUrls();
    void dropOfBrowserLinks();
    void dropHighlightsWhileDragging();
    void dragWithoutTextIsRefused();
    void duplicatesAreSkippedAndCounted();
    void bareWebAddressesAreNamedInTheSummary();
    void bigPasteKeepsOrderLinesAndRepeats();
    void pasteAddsTheUrls_data();
    void pasteAddsTheUrls();
    void pasteShortcut();
    void copyUrlPutsTheUrlsOnTheClipboard();
    void commandLineArgumentsKeepTheirOrder();
    void addDialogCountsAndRejects();
    void addDialogAddsToTheList();
    void addDialogShowsWhatAPatternStandsFor();
    void addDialogAsksBeforeAHugePattern();
    void addFromPagePicksAndAdds();
    void addFromPageSaysWhyNot();
    void addFromPageUsesTheWindowsRequestOptions();

private:
    // Writes `content` as `name` into the suite's folder; the path, or empty when it cannot.
    QString writeFile(const QString &name, const QByteArray &content);
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    TestWindow m_window;
};

void tst_GuiIntake::initTestCase()
{
    setUpGuiTestApplication();
}

void tst_GuiIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(m_window.open(QSize(1000, 600)));
}

void tst_GuiIntake::cleanup()
{
    m_window.close();
    m_dir.reset();
}

QString tst_GuiIntake::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path : QString();
}

// Files dropped on the window: each kind of list file gives its URLs, in the
// order of the files and of the lines within them, each URL once; what is not
// a URL is reported with its file and line.
void tst_GuiIntake::dropOfFilesAddsTheirUrls_data()
{
    QTest::addColumn<QVector<DroppedFile>>("files");
    QTest::addColumn<QStringList>("urls");       // the list's rows afterwards, in order
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("rejects");    // "file:line"
    QTest::addColumn<QStringList>("status");     // parts of the status bar's message

    QTest::newRow("text list with a comment, a blank and a rejected line")
            << QVector<DroppedFile>{{QStringLiteral("links.txt"),
                                     "# holiday photos\n"
                                     "https://example.org/a.jpg\n"
                                     "\n"
                                     "https://example.org/b.jpg\n"
                                     "ftp://example.org/c.jpg\n"
                                     "https://example.org/d.jpg\n"}}
            << QStringList{QStringLiteral("https://example.org/a.jpg"), QStringLiteral("https://example.org/b.jpg"),
                           QStringLiteral("https://example.org/d.jpg")}
            << 0 << QStringList{QStringLiteral("links.txt:5")}
            << QStringList{QStringLiteral("Added 3 URLs"), QStringLiteral("1 line rejected")};
    QTest::newRow("HTML page: its links and images")
            << QVector<DroppedFile>{{QStringLiteral("gallery.html"),
                                     "<!DOCTYPE html><html><head><title>Gallery</title></head><body>\n"
                                     "<a href=\"https://example.org/photos/one.png\">one</a>\n"
                                     "<img src=\"https://cdn.example.org/two.png\" alt=\"two\">\n"
                                     "<a href=\"mailto:someone@example.org\">mail</a>\n"
                                     "</body></html>\n"}}
            << QStringList{QStringLiteral("https://example.org/photos/one.png"),
                           QStringLiteral("https://cdn.example.org/two.png")}
            << 0 << QStringList{QStringLiteral("gallery.html:4")}
            << QStringList{QStringLiteral("Added 2 URLs"), QStringLiteral("1 line rejected")};
    QTest::newRow(".url, .desktop and .txt at once")
            << QVector<DroppedFile>{{QStringLiteral("release.url"),
                                     "[InternetShortcut]\r\nURL=https://example.org/release.tar.gz\r\n"},
                                    {QStringLiteral("manual.desktop"),
                                     "[Desktop Entry]\nType=Link\nName=Manual\nURL=https://example.org/manual.pdf\n"},
                                    {QStringLiteral("more.txt"), "https://example.org/extra.iso\n"}}
            << QStringList{QStringLiteral("https://example.org/release.tar.gz"),
                           QStringLiteral("https://example.org/manual.pdf"), QStringLiteral("https://example.org/extra.iso")}
            << 0 << QStringList() << QStringList{QStringLiteral("Added 3 URLs")};
    QTest::newRow("overlapping lists")
            << QVector<DroppedFile>{{QStringLiteral("monday.txt"), "https://example.org/a\nhttps://example.org/b\n"},
                                    {QStringLiteral("tuesday.txt"), "https://example.org/b\nhttps://example.org/c\n"}}
            << QStringList{QStringLiteral("https://example.org/a"), QStringLiteral("https://example.org/b"),
                           QStringLiteral("https://example.org/c")}
            << 1 << QStringList() << QStringList{QStringLiteral("Added 3 URLs")};
    QTest::newRow("a picture, not a list")
            << QVector<DroppedFile>{{QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}}
            << QStringList() << 0 << QStringList{QStringLiteral("photo.png:0")}
            << QStringList{QStringLiteral("No URLs found")};
}

void tst_GuiIntake::dropOfFilesAddsTheirUrls()
{
    QFETCH(QVector<DroppedFile>, files);
    QFETCH(QStringList, urls);
    QFETCH(int, duplicates);
    QFETCH(QStringList, rejects);
    QFETCH(QStringList, status);

    QList<QUrl> dropped;
    for (const DroppedFile &file : std::as_const(files)) {
        const QString path = writeFile(file.name, file.content);
        QVERIFY2(!path.isEmpty(), qPrintable(file.name));
        dropped << QUrl::fromLocalFile(path);
    }
    QMimeData data;
    data.setUrls(dropped);
    IntakeResult result;
    QVERIFY(m_window.drop(data, &result));

    QStringList listed;
    for (const DownloadItem &item : m_window->model().items())
        listed << item.result.url.toString();
    QCOMPARE(listed, urls);
    QCOMPARE(result.duplicates, duplicates);
    QStringList rejected;
    for (const IntakeReject &reject : std::as_const(result.rejects))
        rejected << QStringLiteral("%1:%2").arg(reject.source).arg(reject.reject.line);
    QCOMPARE(rejected, rejects);
    for (const QString &part : std::as_const(status))
        QVERIFY2(statusMessage().contains(part), qPrintable(statusMessage()));
    const QToolButton *rejectsButton = m_window->findChild<QToolButton *>(QStringLiteral("rejectsButton"));
    QCOMPARE(rejectsButton->isVisible(), !rejects.isEmpty());
    if (!rejects.isEmpty())
        QCOMPARE(rejectsButton->text(), QStringLiteral("Re&jected Lines…"));
}

void tst_GuiIntake::dropOfBrowserLinks()
{
    // A browser drags links as text/uri-list (plus text/plain).
    QMimeData data;
    data.setUrls({QUrl(QStringLiteral("https://example.org/x.zip")), QUrl(QStringLiteral("https://example.org/y.zip")),
                  QUrl(QStringLiteral("ftp://example.org/z.zip"))});
    data.setText(QStringLiteral("https://example.org/x.zip"));
    IntakeResult result;
    QVERIFY(m_window.drop(data, &result));

    QCOMPARE(m_window->model().rowCount(), 2);
    QCOMPARE(result.rejects.size(), 1);
    QVERIFY(result.rejects.first().reject.reason.contains(QStringLiteral("ftp")));
}

void tst_GuiIntake::dropHighlightsWhileDragging()
{
    auto *highlight = m_window->findChild<DropHighlight *>();
    QVERIFY(highlight);
    QVERIFY(!highlight->isVisible());

    QMimeData data;
    data.setText(QStringLiteral("https://example.org/file.bin"));
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(highlight->isVisible());
    QVERIFY(highlight->width() > 100);

    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(m_window.get(), &leave);
    QVERIFY(!highlight->isVisible());
    QCOMPARE(m_window->model().rowCount(), 0);
}

void tst_GuiIntake::dragWithoutTextIsRefused()
{
    QMimeData data;
    data.setData(QStringLiteral("image/png"), QByteArray("\x89PNG"));
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(!m_window->findChild<DropHighlight *>()->isVisible());
}

void tst_GuiIntake::duplicatesAreSkippedAndCounted()
{
    const QString first = writeFile(QStringLiteral("first.txt"),
                                    "https://example.org/1\nhttps://example.org/2\nhttps://example.org/3\n");
    const QString second = writeFile(QStringLiteral("second.txt"),
                                     "https://example.org/2\nhttps://example.org/3\nhttps://example.org/4\n"
                                     "https://example.org/4\nnot a url\n");
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QMimeData firstData;
    firstData.setUrls({QUrl::fromLocalFile(first)});
    QVERIFY(m_window.drop(firstData));
    QCOMPARE(m_window->model().rowCount(), 3);

    QMimeData secondData;
    secondData.setUrls({QUrl::fromLocalFile(second)});
    QVERIFY(m_window.drop(secondData));
    QCOMPARE(m_window->model().rowCount(), 4);
    QVERIFY2(statusMessage().startsWith(QStringLiteral("Added 1 URL, skipped 2 already in the list")),
             qPrintable(statusMessage()));
    QVERIFY2(statusMessage().contains(QStringLiteral("1 line rejected")), qPrintable(statusMessage()));
}

// www.example.org/a.jpg is taken as https://, and the status bar says so
// (the plural comes from the translation once it has the string).
void tst_GuiIntake::bareWebAddressesAreNamedInTheSummary()
{
    const QString list = writeFile(QStringLiteral("bare.txt"),
                                   "www.example.org/a.jpg\nhttps://example.org/b.jpg\nwww.example.org/c.jpg\n");
    QVERIFY(!list.isEmpty());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(list)});
    QVERIFY(m_window.drop(data));
    QCOMPARE(m_window->model().rowCount(), 3);
    QCOMPARE(m_window->model().item(0).result.url, QUrl(QStringLiteral("https://www.example.org/a.jpg")));
    QVERIFY2(statusMessage().contains(QStringLiteral("; 2 URL")) && statusMessage().contains(QStringLiteral("without a scheme were taken as https://")),
             qPrintable(statusMessage()));
}

void tst_GuiIntake::bigPasteKeepsOrderLinesAndRepeats()
{
    // Big enough to be parsed in pieces on a multi-core machine.
    constexpr int Lines = 30'000;
    QStringList lines;
    for (int i = 0; i < Lines; ++i)
        lines << QStringLiteral("https://mirror.example.org/archive/2024/volume-%1/part-%2.tar.zst").arg(i % 50).arg(i);
    lines[25'000] = QStringLiteral("gopher://example.org/old");      // rejected, late in the text
    lines[29'999] = QStringLiteral("https://mirror.example.org/archive/2024/volume-0/part-0.tar.zst"); // repeats line 1
    QVERIFY(lines.join(QLatin1Char('\n')).size() > 1024 * 1024);

    QThreadPool pool;
    UrlIntake intake(pool);
    QSignalSpy finished(&intake, &UrlIntake::finished);
    intake.takeText(lines.join(QLatin1Char('\n')), QStringLiteral("clipboard"));
    QVERIFY(finished.wait(30'000));
    const IntakeResult result = finished.first().first().value<IntakeResult>();
    QCOMPARE(result.urls.size(), Lines - 2);
    QCOMPARE(result.duplicates, 1);
    QCOMPARE(result.rejects.size(), 1);
    QCOMPARE(result.rejects.first().reject.line, 25'001);
    QCOMPARE(result.urls.first().toString(), lines.first());
    QCOMPARE(result.urls.at(24'999).toString(), lines.at(24'999));
    QCOMPARE(result.urls.at(25'000).toString(), lines.at(25'001)); // the rejected line left no gap
    QCOMPARE(result.urls.last().toString(), lines.at(29'998));
}

// Edit → Paste takes plain text line by line and HTML by its links.
void tst_GuiIntake::pasteAddsTheUrls_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("clipboard");
    QTest::addColumn<QStringList>("urls");   // the list's rows afterwards, in order
    QTest::addColumn<QString>("status");     // part of the status bar's message

    QTest::newRow("plain text")
            << QStringLiteral("text/plain")
            << QStringLiteral("https://example.org/p1.bin\n  https://example.org/p2.bin  \ngarbage line\n")
            << QStringList{QStringLiteral("https://example.org/p1.bin"), QStringLiteral("https://example.org/p2.bin")}
            << QStringLiteral("1 line rejected");
    QTest::newRow("HTML")
            << QStringLiteral("text/html")
            << QStringLiteral("<ul><li><a href=\"https://example.org/h1.png\">first</a></li>"
                              "<li><a href=\"https://example.org/h2.png\">second</a></li></ul>")
            << QStringList{QStringLiteral("https://example.org/h1.png"), QStringLiteral("https://example.org/h2.png")}
            << QStringLiteral("Added 2 URLs");
    QTest::newRow("pattern")
            << QStringLiteral("text/plain") << QStringLiteral("https://example.org/s[1-3].png\n")
            << QStringList{QStringLiteral("https://example.org/s1.png"), QStringLiteral("https://example.org/s2.png"),
                           QStringLiteral("https://example.org/s3.png")}
            << QStringLiteral("Added 3 URLs");
    // Brackets of a URL's own are a malformed pattern: the status says how to keep them.
    QTest::newRow("literal brackets")
            << QStringLiteral("text/plain") << QStringLiteral("https://example.org/q?ids[]=1\n") << QStringList{}
            << QStringLiteral("1 line rejected; for URLs with [ ] or { } of their own, untick Expand patterns in Add URLs…");
}

void tst_GuiIntake::pasteAddsTheUrls()
{
    QFETCH(QString, format);
    QFETCH(QString, clipboard);
    QFETCH(QStringList, urls);
    QFETCH(QString, status);

    auto *data = new QMimeData;
    data->setData(format, clipboard.toUtf8());
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard owns it
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    m_window.action("actionPaste")->trigger();
    QVERIFY(finished.wait(10'000));
    QStringList listed;
    for (const DownloadItem &item : m_window->model().items())
        listed << item.result.url.toString();
    QCOMPARE(listed, urls);
    QVERIFY2(statusMessage().contains(status), qPrintable(statusMessage()));
}

void tst_GuiIntake::pasteShortcut()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("https://example.org/keyboard.bin"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->findChild<QTableView *>(QStringLiteral("listView"))->setFocus();
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    QTest::keyClick(m_window->findChild<QTableView *>(QStringLiteral("listView")), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_window->model().rowCount(), 1);
}

void tst_GuiIntake::copyUrlPutsTheUrlsOnTheClipboard()
{
    m_window->model().addUrls({QUrl(QStringLiteral("https://example.org/c1")), QUrl(QStringLiteral("https://example.org/c2"))});
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    view->selectAll();
    QGuiApplication::clipboard()->clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://example.org/c1\nhttps://example.org/c2"));
}

void tst_GuiIntake::commandLineArgumentsKeepTheirOrder()
{
    const QString list = writeFile(QStringLiteral("batch.txt"), "https://example.org/2\nhttps://example.org/3\n");
    QVERIFY(!list.isEmpty());
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    m_window->addArguments({QStringLiteral("https://example.org/1"), list, QStringLiteral("example.org/4"),
                            QStringLiteral("https://example.org/5")});
    QVERIFY(finished.wait(10'000));
    const IntakeResult result = finished.first().first().value<IntakeResult>();
    DownloadModel &model = m_window->model();
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.item(row).result.url.path(), QStringLiteral("/%1").arg(row + 1));
    QCOMPARE(model.item(3).result.url.path(), QStringLiteral("/5"));
    QCOMPARE(result.rejects.size(), 1);
    QCOMPARE(result.rejects.first().source, QStringLiteral("command line"));
    QCOMPARE(result.rejects.first().reject.line, 3); // the third argument
}

void tst_GuiIntake::addDialogCountsAndRejects()
{
    QThreadPool pool;
    AddUrlsDialog dialog(pool);
    dialog.setListedCheck([](const QUrl &url) { return url.path() == QLatin1String("/listed"); });
    auto *found = dialog.findChild<QLabel *>(QStringLiteral("foundLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());

    dialog.setText(QStringLiteral("https://example.org/one\nhttps://example.org/two\nhttps://example.org/listed\n"
                                  "example.org/no-scheme\nhttps://example.org/one\n"));
    QTRY_VERIFY_WITH_TIMEOUT(found->text().startsWith(QStringLiteral("3 URLs found")), 10'000);
    QVERIFY2(found->text().contains(QStringLiteral("1 already in the list")), qPrintable(found->text()));
    QVERIFY(ok->isEnabled());
    auto *rejects = dialog.findChild<QTreeWidget *>(QStringLiteral("rejectsView"));
    QCOMPARE(rejects->topLevelItemCount(), 1);
    QCOMPARE(rejects->topLevelItem(0)->text(1), QStringLiteral("4"));

    dialog.setText(QStringLiteral("nothing to see here"));
    QTRY_VERIFY_WITH_TIMEOUT(found->text() == QStringLiteral("No URLs found"), 10'000);
    QVERIFY(!ok->isEnabled());
}

void tst_GuiIntake::addDialogAddsToTheList()
{
    m_window.action("actionAddUrls")->trigger();
    AddUrlsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddUrlsDialog *>()) != nullptr);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("editor"))
            ->setPlainText(QStringLiteral("https://example.org/d1\nhttps://example.org/d2"));
    // Right away, before the pause after typing: the final text is parsed in
    // the background, and the URLs are added once it is.
    dialog->accept();
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("foundLabel"))->text(), QStringLiteral("Reading the links…"));
    QTRY_COMPARE(m_window->model().rowCount(), 2);
    QVERIFY(statusMessage().startsWith(QStringLiteral("Added 2 URLs")));
}

void tst_GuiIntake::addDialogShowsWhatAPatternStandsFor()
{
    QThreadPool pool;
    AddUrlsDialog dialog(pool);
    auto *found = dialog.findChild<QLabel *>(QStringLiteral("foundLabel"));
    auto *patterns = dialog.findChild<QLabel *>(QStringLiteral("patternsLabel"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!patterns->isVisible());

    dialog.setText(QStringLiteral("https://example.org/gallery/img[001-045].jpg\n"));
    QTRY_COMPARE_WITH_TIMEOUT(found->text(), QStringLiteral("45 URLs found"), 10'000);
    QVERIFY(patterns->isVisible());
    QCOMPARE(patterns->text(), QStringLiteral("Line 1: 45 URLs, img001.jpg, img002.jpg, img003.jpg … "
                                              "img043.jpg, img044.jpg, img045.jpg"));
    QCOMPARE(dialog.result().urls.last(), QUrl(QStringLiteral("https://example.org/gallery/img045.jpg")));

    // Names from the pattern's value.
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("photo_#1.jpg"));
    const QUrl second(QStringLiteral("https://example.org/gallery/img002.jpg"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result().options.value(second).listed.outName, QStringLiteral("photo_002.jpg"), 10'000);

    // Off: the brackets are the URL's own.
    dialog.findChild<QCheckBox *>(QStringLiteral("expandPatterns"))->setChecked(false);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(found->text(), QStringLiteral("1 URL found"), 10'000);
    QVERIFY(!patterns->isVisible());
    QCOMPARE(dialog.result().urls.first().path(), QStringLiteral("/gallery/img[001-045].jpg"));
}

// A pattern of more URLs than one takes without asking: listed but not
// expanded, and added only after the question.
void tst_GuiIntake::addDialogAsksBeforeAHugePattern()
{
    QThreadPool pool;
    AddUrlsDialog dialog(pool);
    auto *found = dialog.findChild<QLabel *>(QStringLiteral("foundLabel"));
    QPushButton *add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.setText(QStringLiteral("https://example.org/scan/p[1-100001].png\n"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("patternsLabel"))
                                     ->text()
                                     .startsWith(QStringLiteral("Line 1: 100,001 URLs, more than 100,000")),
                             10'000);
    QCOMPARE(found->text(), QStringLiteral("No URLs found"));
    QVERIFY(add->isEnabled());

    // The question is modal: answer it from the event loop it runs.
    QString asked;
    const auto answer = [&](const QString &button) {
        QTimer::singleShot(0, &dialog, [&, button] {
            QTRY_VERIFY(dialog.findChild<QMessageBox *>() && dialog.findChild<QMessageBox *>()->isVisible());
            auto *question = dialog.findChild<QMessageBox *>();
            asked = question->text();
            const QList<QAbstractButton *> buttons = question->buttons();
            const auto named = std::find_if(buttons.cbegin(), buttons.cend(), [&](QAbstractButton *candidate) {
                return candidate->text().remove(QLatin1Char('&')) == button;
            });
            if (named != buttons.cend())
                (*named)->click();
            else
                question->reject(); // no such button: the checks below fail

        });
    };
    answer(QStringLiteral("Cancel"));
    add->click();
    QCOMPARE(asked, QStringLiteral("The pattern on line 1 stands for 100,001 URLs."));
    QVERIFY(dialog.result().urls.isEmpty());
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Rejected)); // still open

    answer(QStringLiteral("Add All"));
    add->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.QDialog::result(), int(QDialog::Accepted), 60'000);
    QCOMPARE(dialog.result().urls.size(), 100'001);
    QCOMPARE(dialog.result().urls.last(), QUrl(QStringLiteral("https://example.org/scan/p100001.png")));
}

QTEST_MAIN(tst_GuiIntake)
namespace {

// The names the picker shows, in order.
QStringList shownNames(const QTableView *view)
{
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names << view->model()->index(row, PageLinkModel::NameColumn).data().toString();
    return names;
}

QString addButtonText(const QDialog *dialog)
{
    for (auto *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().contains(QLatin1String("&dd")))
            return button->text().remove(QLatin1Char('&'));
    }
    return {};
}

} // namespace

// Edit → Add from Web Page… against the test server's gallery: the page on
// the clipboard, fetched; images only at first; filters by text, size and
// extension; select none, all, invert; Add puts exactly the ticked, shown
// rows in the list, with the page they came from.
void tst_GuiIntake::addFromPagePicksAndAdds()
{
    Fetchpool::Test::TestServer server;
    QVERIFY(server.start());
    const QUrl page = server.url(QStringLiteral("/gallery/page.html"));
    QGuiApplication::clipboard()->setText(page.toString());

    m_window.action("actionAddFromPage")->trigger();
    AddFromPageDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddFromPageDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *pageEdit = dialog->findChild<QLineEdit *>(QStringLiteral("pageEdit"));
    QCOMPARE(pageEdit->text(), page.toString());
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("links"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
    auto *imagesOnly = dialog->findChild<QCheckBox *>(QStringLiteral("imagesOnly"));
    QSignalSpy shown(dialog, &AddFromPageDialog::pageShown);
    QSignalSpy sized(dialog, &AddFromPageDialog::sizesKnown);

    pageEdit->setFocus();
    QTest::keyClick(pageEdit, Qt::Key_Return); // Fetch is the default button
    QCOMPARE(status->text(), QStringLiteral("Reading the page…"));
    QVERIFY(shown.wait(20'000));
    // "16 links and images found on …" once the English plural forms are in fetchpool_en.ts.
    QVERIFY2(status->text().startsWith(QLatin1String("16 link")), qPrintable(status->text()));
    QVERIFY2(status->text().endsWith(QLatin1String(" found on ") + page.toDisplayString()), qPrintable(status->text()));
    QVERIFY(imagesOnly->isChecked());
    QCOMPARE(view->model()->rowCount(), 12);
    QCOMPARE(addButtonText(dialog), QStringLiteral("Add 12"));
    imagesOnly->setChecked(false);
    QCOMPARE(view->model()->rowCount(), 16);
    imagesOnly->setChecked(true);

    auto *textFilter = dialog->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    textFilter->setText(QStringLiteral("SUNSET"));
    QCOMPARE(shownNames(view), QStringList{QStringLiteral("sunset-1280.jpg")});
    textFilter->setText(QStringLiteral("Big photo")); // the link's text
    QCOMPARE(shownNames(view), QStringList{QStringLiteral("big.jpg")});
    textFilter->clear();

    // Sizes and thumbnails arrive from the probe.
    QVERIFY(sized.wait(20'000));
    auto *minimumSize = dialog->findChild<QSpinBox *>(QStringLiteral("minimumSize"));
    minimumSize->setValue(100); // KiB: big.jpg, and the two whose size is unknown
    QCOMPARE(shownNames(view), (QStringList{QStringLiteral("big.jpg"), QStringLiteral("nohead.jpg"),
                                            QStringLiteral("tile.gif")}));
    QCOMPARE(view->model()->index(1, PageLinkModel::SizeColumn).data().toString(), QStringLiteral("size unknown"));
    QCOMPARE(view->model()->index(0, PageLinkModel::SizeColumn).data().toString(), QStringLiteral("293.0 KiB"));
    minimumSize->setValue(0);
    QModelIndex card;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == QLatin1String("tw-card.png"))
            card = view->model()->index(row, 0);
    }
    QVERIFY(card.isValid());
    QTRY_COMPARE(qvariant_cast<QIcon>(card.data(Qt::DecorationRole)).availableSizes().value(0).width(),
                 PageLinkModel::ThumbnailSize);

    auto *extensions = dialog->findChild<QComboBox *>(QStringLiteral("extensions"));
    QVERIFY(extensions->findText(QStringLiteral("jpg")) > 0); // the extensions found are offered
    extensions->setCurrentText(QStringLiteral("jpg"));
    const QStringList jpgs{QStringLiteral("og-cover.jpg"), QStringLiteral("sunset-1280.jpg"), QStringLiteral("big.jpg"),
                           QStringLiteral("small.JPG"), QStringLiteral("nohead.jpg"), QStringLiteral("poster.jpg")};
    QCOMPARE(shownNames(view), jpgs);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("selectNone")), Qt::LeftButton);
    QCOMPARE(addButtonText(dialog), QStringLiteral("Add 0"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("selectAll")), Qt::LeftButton);
    QCOMPARE(addButtonText(dialog), QStringLiteral("Add 6"));
    // From the keyboard: Space ticks off the current row.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Space);
    view->setCurrentIndex(view->model()->index(3, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(addButtonText(dialog), QStringLiteral("Add 4"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("invertSelection")), Qt::LeftButton);
    QCOMPARE(addButtonText(dialog), QStringLiteral("Add 2"));

    // Return fetches from the page field and adds from the list.
    auto *fetchButton = dialog->findChild<QPushButton *>(QStringLiteral("fetchButton"));
    pageEdit->setFocus();
    QTRY_VERIFY(fetchButton->isDefault());
    view->setFocus();
    QTRY_VERIFY(!fetchButton->isDefault());
    QSignalSpy finished(dialog, &QDialog::finished);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(finished.count() == 1 || finished.wait());
    QTRY_COMPARE(m_window->model().rowCount(), 2);
    QCOMPARE(m_window->model().item(0).result.url, server.url(QStringLiteral("/files/g/big.jpg?size=300000&type=image/jpeg")));
    QCOMPARE(m_window->model().item(1).result.url, server.url(QStringLiteral("/files/g/small.JPG?size=2000&type=image/jpeg")));
    for (int row = 0; row < 2; ++row) {
        QVERIFY(m_window->model().item(row).options);
        QCOMPARE(m_window->model().item(row).options->sourcePage, page);
    }
}

void tst_GuiIntake::addFromPageSaysWhyNot()
{
    Fetchpool::Test::TestServer server;
    QVERIFY(server.start());
    QThreadPool pool;
    AddFromPageDialog dialog(pool, {});
    QSignalSpy shown(&dialog, &AddFromPageDialog::pageShown);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    dialog.setPage(QStringLiteral("ftp://example.org/"), true);
    QVERIFY(status->text().startsWith(QStringLiteral("Not a web address")));
    dialog.setPage(server.url(QStringLiteral("/gallery/private.html")).toString(), true);
    QVERIFY(shown.wait(20'000));
    QVERIFY2(status->text().contains(QLatin1String("403")), qPrintable(status->text()));
    QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("links"))->model()->rowCount(), 0);
}

// The page is read with what Preferences → Requests set for the runs: the
// cookie that opens the page, and the User-Agent.
void tst_GuiIntake::addFromPageUsesTheWindowsRequestOptions()
{
    Fetchpool::Test::TestServer server;
    QVERIFY(server.start());
    RequestSettings settings;
    settings.userAgent = QStringLiteral("Fetchpool-window-test");
    settings.cookieFile = writeFile(QStringLiteral("cookies.txt"), "127.0.0.1\tFALSE\t/\tFALSE\t0\tgallery\tletmein\n");
    QString problem;
    m_window->runs().setRequests(RequestOptions::load(settings, &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QGuiApplication::clipboard()->clear();
    m_window.action("actionAddFromPage")->trigger();
    AddFromPageDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AddFromPageDialog *>()) != nullptr);
    QSignalSpy shown(dialog, &AddFromPageDialog::pageShown);
    const QUrl page = server.url(QStringLiteral("/gallery/private.html"));
    dialog->setPage(page.toString(), true);
    QVERIFY(shown.wait(20'000));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("links"));
    QCOMPARE(shownNames(view), (QStringList{QStringLiteral("private-1.png"), QStringLiteral("private-2.jpg")}));
    QCOMPARE(server.requestHeaders(QStringLiteral("/gallery/private.html"), "user-agent"), QStringList{settings.userAgent});
    dialog->reject();
}

#include "tst_guiintake.moc"
