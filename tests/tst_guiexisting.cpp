// The existing-file policy in the window: Run → When a File Exists as a
// remembered choice, and Start on a finished list asking what to do with
// its files instead of saving second copies without a word.
#include "app/guisettings.h"
#include "guitestwindow.h"
#include "list/downloadmodel.h"
#include "run/existingfilesmenu.h"
#include "run/timingpanel.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_GuiExisting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuChoiceIsRememberedAndApplied();
    void startOnAFinishedListAsks();
    void questionDefaultsToTheMenuChoice();

private:
    QStringList statuses() const;
    QStringList filesInDestination() const;
    // The open "Run the List Again" question; null when none shows.
    QMessageBox *runAgainQuestion() const;
    // Presses `button` of the open question and waits for the run it starts to end.
    bool answerAndRun(const char *button);

    TestServer m_server{4};
    TestWindow m_window;
};

void tst_GuiExisting::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiExisting::init()
{
    QVERIFY(m_window.open());
    m_server.resetStats();
}

void tst_GuiExisting::cleanup()
{
    m_window.close();
}

QStringList tst_GuiExisting::statuses() const
{
    QStringList texts;
    const DownloadModel &model = m_window->model();
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, DownloadModel::StatusColumn).data().toString();
    return texts;
}

QStringList tst_GuiExisting::filesInDestination() const
{
    return QDir(m_window.destination()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QMessageBox *tst_GuiExisting::runAgainQuestion() const
{
    for (auto *question : m_window->findChildren<QMessageBox *>(QStringLiteral("runAgainQuestion"))) {
        if (question->isVisible())
            return question;
    }
    return nullptr;
}

bool tst_GuiExisting::answerAndRun(const char *button)
{
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    if (!m_window.answerRunAgain(button))
        return false;
    return m_window->runs().isRunning() && finished.wait(30'000);
}

void tst_GuiExisting::menuChoiceIsRememberedAndApplied()
{
    auto *menu = m_window->menuBar()->findChild<ExistingFilesMenu *>(QStringLiteral("menuExistingFiles"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("When a File &Exists"));
    QAction *rename = m_window.action("actionExistingRename");
    QAction *skip = m_window.action("actionExistingSkip");
    QAction *update = m_window.action("actionExistingUpdate");
    QVERIFY(menu->actions().contains(rename) && menu->actions().contains(skip) && menu->actions().contains(update));
    QVERIFY(rename->isChecked() && !skip->isChecked() && !update->isChecked()); // today's behaviour by default

    skip->trigger();
    QVERIFY(skip->isChecked() && !rename->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("run/existingFiles")).toString(), QStringLiteral("skip"));
    QCOMPARE(GuiSettings().existingFiles(), ExistingFiles::Skip);
    ExistingFilesMenu another; // as the next window builds it
    QCOMPARE(another.policy(), ExistingFiles::Skip);

    // Queued rows whose names are taken in the folder: the choice applies, no question.
    const QVector<QUrl> urls = fileUrls(m_server, QStringLiteral("taken"), 3, QStringLiteral("size=1000"));
    for (int i = 0; i < urls.size(); ++i) {
        QFile file(QDir(m_window.destination()).filePath(QStringLiteral("taken-%1.bin").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
    }
    m_window->model().addUrls(urls);
    QVERIFY(m_window.runToEnd());
    QVERIFY(!runAgainQuestion());
    QCOMPARE(statuses(), QStringList(3, QStringLiteral("Skipped: file exists")));
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(filesInDestination().size(), 3);
    for (const DownloadItem &item : m_window->model().items())
        QCOMPARE(item.result.existing, ExistingOutcome::Skipped);
}

void tst_GuiExisting::startOnAFinishedListAsks()
{
    m_window->setParallel(true);
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("again"), 4, QStringLiteral("size=3000&etag=1")));
    QVERIFY(m_window.runToEnd()); // the first run: no files yet, no question
    QCOMPARE(filesInDestination().size(), 4);
    const QStringList firstFiles = filesInDestination();

    // Cancel: nothing runs, nothing is written.
    m_window.action("actionStart")->trigger();
    QMessageBox *question = runAgainQuestion();
    QVERIFY(question);
    // "4 files" once the English plural of this new text is in the translations.
    QVERIFY2(question->text().contains(QStringLiteral("the 4 file")), qPrintable(question->text()));
    QVERIFY(question->findChild<QAbstractButton *>(QStringLiteral("skipExisting")));
    QVERIFY(question->findChild<QAbstractButton *>(QStringLiteral("updateIfNewer")));
    QVERIFY(question->findChild<QAbstractButton *>(QStringLiteral("downloadAgain")));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(!m_window->runs().isRunning());
    QTRY_VERIFY(!runAgainQuestion());
    QCOMPARE(filesInDestination(), firstFiles);

    // Skip Existing: no request, the rows say so.
    m_server.resetStats();
    m_window.action("actionStart")->trigger();
    QVERIFY(answerAndRun("skipExisting"));
    QCOMPARE(statuses(), QStringList(4, QStringLiteral("Skipped: file exists")));
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(filesInDestination(), firstFiles);
    // Nothing was timed: the comparison says why instead of comparing.
    QVERIFY2(m_window->timingPanel()->partialRunText().startsWith(QStringLiteral("Last run left 4 existing file")),
             qPrintable(m_window->timingPanel()->partialRunText()));

    // Update if Newer: one conditional request each, answered 304.
    m_window.action("actionStart")->trigger();
    QVERIFY(answerAndRun("updateIfNewer"));
    QCOMPARE(statuses(), QStringList(4, QStringLiteral("Unchanged")));
    QCOMPARE(m_server.requestCount(), 4);
    const QStringList conditions = m_server.requestHeaders(QStringLiteral("/files/again-0.bin"), "if-none-match");
    QCOMPARE(conditions.size(), 1);
    QVERIFY2(conditions.first().startsWith(QLatin1String("\"fp-")), qPrintable(conditions.first()));
    QCOMPARE(filesInDestination(), firstFiles);
    // The menu's default was not changed by the answer: it was for that run.
    QCOMPARE(GuiSettings().existingFiles(), ExistingFiles::Rename);

    // Download Again: new copies beside the old ones, as before there was a question.
    m_window.action("actionStart")->trigger();
    QVERIFY(answerAndRun("downloadAgain"));
    QCOMPARE(statuses(), QStringList(4, QStringLiteral("Done")));
    QCOMPARE(filesInDestination().size(), 8);
    QVERIFY(filesInDestination().contains(QStringLiteral("again-0 (1).bin")));
}

void tst_GuiExisting::questionDefaultsToTheMenuChoice()
{
    m_window.action("actionExistingUpdate")->trigger();
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("default"), 2, QStringLiteral("size=100")));
    QVERIFY(m_window.runToEnd());
    m_window.action("actionStart")->trigger();
    QMessageBox *question = runAgainQuestion();
    QVERIFY(question);
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("updateIfNewer"));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(!m_window->runs().isRunning());

    // A list with a row still queued is no finished list: Start asks nothing.
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("more"), 1, QStringLiteral("size=100")));
    m_window.action("actionStart")->trigger();
    QVERIFY(!runAgainQuestion());
    QVERIFY(m_window->runs().isRunning());
    QCOMPARE(m_window->runs().engine().progress().total, 1);
}

QTEST_MAIN(tst_GuiExisting)
#include "tst_guiexisting.moc"
