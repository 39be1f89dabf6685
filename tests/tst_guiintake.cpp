// Getting URLs into the window: drops (.txt, .html, .url, .desktop files and
// text/uri-list), paste (plain text and HTML), the Add URLs dialog,
// duplicates and rejected lines.
#include "intake/addurlsdialog.h"
#include "intake/droptarget.h"
#include "app/mainwindow.h"
#include "app/pluraltranslator.h"
#include "intake/urlintake.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>

using namespace Fetchpool;
using namespace Fetchpool::Gui;

class tst_GuiIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropOfTextListAddsItsUrls();
    void dropOfHtmlPageAddsItsLinks();
    void dropOfSeveralLinkFilesAtOnce();
    void dropOfOverlappingFilesAddsEachUrlOnce();
    void dropOfBrowserLinks();
    void dropHighlightsWhileDragging();
    void dragWithoutTextIsRefused();
    void duplicatesAreSkippedAndCounted();
    void nonListFileIsReported();
    void bigPasteKeepsOrderLinesAndRepeats();
    void pasteOfPlainText();
    void pasteOfHtml();
    void pasteShortcut();
    void copyUrlPutsTheUrlsOnTheClipboard();
    void commandLineArgumentsKeepTheirOrder();
    void addDialogCountsAndRejects();
    void addDialogAddsToTheList();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    // Sends a drag over the window and drops it; returns the intake's result.
    IntakeResult drop(QMimeData &data);
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_GuiIntake::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FetchpoolTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guiintake"));
    PluralTranslator::install();
}

void tst_GuiIntake::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_GuiIntake::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString tst_GuiIntake::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

IntakeResult tst_GuiIntake::drop(QMimeData &data)
{
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    const QPoint where(m_window->width() / 2, m_window->height() / 2);
    QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    if (!enter.isAccepted())
        qFatal("drag refused");
    QDropEvent dropEvent(QPointF(where), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropEvent);
    if (!dropEvent.isAccepted())
        qFatal("drop refused");
    if (!finished.wait(10'000))
        qFatal("intake did not finish");
    return finished.first().first().value<IntakeResult>();
}

void tst_GuiIntake::dropOfTextListAddsItsUrls()
{
    const QString list = writeFile(QStringLiteral("links.txt"),
                                   "# holiday photos\n"
                                   "https://example.org/a.jpg\n"
                                   "\n"
                                   "https://example.org/b.jpg\n"
                                   "ftp://example.org/c.jpg\n"
                                   "https://example.org/d.jpg\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(list)});
    const IntakeResult result = drop(data);

    DownloadModel &model = m_window->model();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.item(0).url, QUrl(QStringLiteral("https://example.org/a.jpg")));
    QCOMPARE(model.item(2).url, QUrl(QStringLiteral("https://example.org/d.jpg")));
    QCOMPARE(result.rejects.size(), 1);
    QCOMPARE(result.rejects.first().source, QStringLiteral("links.txt"));
    QCOMPARE(result.rejects.first().reject.line, 5);
    QVERIFY2(statusMessage().contains(QStringLiteral("Added 3 URLs")), qPrintable(statusMessage()));
    QVERIFY2(statusMessage().contains(QStringLiteral("1 line rejected")), qPrintable(statusMessage()));
    QVERIFY(m_window->findChild<QToolButton *>(QStringLiteral("rejectsButton"))->isVisible());
}

void tst_GuiIntake::dropOfHtmlPageAddsItsLinks()
{
    const QString page = writeFile(QStringLiteral("gallery.html"),
                                   "<!DOCTYPE html><html><head><title>Gallery</title></head><body>\n"
                                   "<a href=\"https://example.org/photos/one.png\">one</a>\n"
                                   "<img src=\"https://cdn.example.org/two.png\" alt=\"two\">\n"
                                   "<a href=\"mailto:someone@example.org\">mail</a>\n"
                                   "</body></html>\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(page)});
    drop(data);

    DownloadModel &model = m_window->model();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.contains(QUrl(QStringLiteral("https://example.org/photos/one.png"))));
    QVERIFY(model.contains(QUrl(QStringLiteral("https://cdn.example.org/two.png"))));
}

void tst_GuiIntake::dropOfSeveralLinkFilesAtOnce()
{
    const QString shortcut = writeFile(QStringLiteral("release.url"),
                                       "[InternetShortcut]\r\nURL=https://example.org/release.tar.gz\r\n");
    const QString desktop = writeFile(QStringLiteral("manual.desktop"),
                                      "[Desktop Entry]\nType=Link\nName=Manual\n"
                                      "URL=https://example.org/manual.pdf\n");
    const QString text = writeFile(QStringLiteral("more.txt"), "https://example.org/extra.iso\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(shortcut), QUrl::fromLocalFile(desktop), QUrl::fromLocalFile(text)});
    const IntakeResult result = drop(data);

    QVERIFY(result.rejects.isEmpty());
    DownloadModel &model = m_window->model();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.item(0).url, QUrl(QStringLiteral("https://example.org/release.tar.gz")));
    QCOMPARE(model.item(1).url, QUrl(QStringLiteral("https://example.org/manual.pdf")));
    QCOMPARE(model.item(2).url, QUrl(QStringLiteral("https://example.org/extra.iso")));
}

void tst_GuiIntake::dropOfOverlappingFilesAddsEachUrlOnce()
{
    const QString first = writeFile(QStringLiteral("monday.txt"), "https://example.org/a\nhttps://example.org/b\n");
    const QString second = writeFile(QStringLiteral("tuesday.txt"), "https://example.org/b\nhttps://example.org/c\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    const IntakeResult result = drop(data);
    QCOMPARE(result.urls.size(), 3);
    QCOMPARE(result.duplicates, 1);
    QCOMPARE(m_window->model().rowCount(), 3);
    QCOMPARE(m_window->model().item(2).url, QUrl(QStringLiteral("https://example.org/c")));
}

void tst_GuiIntake::dropOfBrowserLinks()
{
    // A browser drags links as text/uri-list (plus text/plain).
    QMimeData data;
    data.setUrls({QUrl(QStringLiteral("https://example.org/x.zip")), QUrl(QStringLiteral("https://example.org/y.zip")),
                  QUrl(QStringLiteral("ftp://example.org/z.zip"))});
    data.setText(QStringLiteral("https://example.org/x.zip"));
    const IntakeResult result = drop(data);

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
    QMimeData firstData;
    firstData.setUrls({QUrl::fromLocalFile(first)});
    drop(firstData);
    QCOMPARE(m_window->model().rowCount(), 3);

    QMimeData secondData;
    secondData.setUrls({QUrl::fromLocalFile(second)});
    drop(secondData);
    QCOMPARE(m_window->model().rowCount(), 4);
    QVERIFY2(statusMessage().startsWith(QStringLiteral("Added 1 URL, skipped 2 already in the list")),
             qPrintable(statusMessage()));
    QVERIFY2(statusMessage().contains(QStringLiteral("1 line rejected")), qPrintable(statusMessage()));
}

void tst_GuiIntake::nonListFileIsReported()
{
    const QString binary = writeFile(QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(binary)});
    const IntakeResult result = drop(data);
    QCOMPARE(m_window->model().rowCount(), 0);
    QCOMPARE(result.rejects.size(), 1);
    QCOMPARE(result.rejects.first().source, QStringLiteral("photo.png"));
    QVERIFY(statusMessage().contains(QStringLiteral("No URLs found")));
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

void tst_GuiIntake::pasteOfPlainText()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("https://example.org/p1.bin\n"
                                                         "  https://example.org/p2.bin  \n"
                                                         "garbage line\n"));
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_window->model().rowCount(), 2);
    QVERIFY2(statusMessage().contains(QStringLiteral("1 line rejected")), qPrintable(statusMessage()));
}

void tst_GuiIntake::pasteOfHtml()
{
    auto *data = new QMimeData;
    data->setHtml(QStringLiteral("<ul><li><a href=\"https://example.org/h1.png\">first</a></li>"
                                 "<li><a href=\"https://example.org/h2.png\">second</a></li></ul>"));
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard owns it
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    m_window->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_window->model().rowCount(), 2);
    QVERIFY(m_window->model().contains(QUrl(QStringLiteral("https://example.org/h2.png"))));
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
    QSignalSpy finished(&m_window->intake(), &UrlIntake::finished);
    m_window->addArguments({QStringLiteral("https://example.org/1"), list, QStringLiteral("example.org/4"),
                            QStringLiteral("https://example.org/5")});
    QVERIFY(finished.wait(10'000));
    const IntakeResult result = finished.first().first().value<IntakeResult>();
    DownloadModel &model = m_window->model();
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.item(row).url.path(), QStringLiteral("/%1").arg(row + 1));
    QCOMPARE(model.item(3).url.path(), QStringLiteral("/5"));
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
                                  "www.example.org/no-scheme\nhttps://example.org/one\n"));
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
    m_window->findChild<QAction *>(QStringLiteral("actionAddUrls"))->trigger();
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

QTEST_MAIN(tst_GuiIntake)
#include "tst_guiintake.moc"
