// The program around the window: what closing and quitting do during a run
// (the question, its answers, "Don't ask again" and Preferences), the About
// box, and SIGTERM to the real program, which quits as Ctrl+Q does: the run
// stopped with its parts kept, the list saved, the demo's scratch folder
// removed, exit status 0. Runs against the in-process test server.
#include "app/aboutdialog.h"
#include "app/closeguard.h"
#include "app/guisettings.h"
#include "app/preferencesdialog.h"
#include "desktop/trayicon.h"
#include "enginetest.h"
#include "guitestwindow.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_GuiApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void closingWithNothingRunningQuits();
    void closingDuringARunAsksAndCancelKeepsItGoing();
    void stopAndQuitStopsTheRunThenCloses();
    void keepDownloadingMinimizesWithoutATray();
    void keepDownloadingHidesToTheTray();
    void dontAskAgainIsRememberedAndPreferencesUndoIt();
    void quitDuringARunAsksOnce();
    void quitWithNothingRunningDoesNotAsk();
    void quittingFromTheTrayEndsTheProgram();
    void aboutNamesVersionHomepageAndLicences();
    void sigtermEndsTheDemoAndRemovesItsFolder();
    void sigtermDuringARunKeepsPartsAndSavesTheList();

private:
    // Slow files (the server answers after 20 s), started in Parallel.
    [[nodiscard]] bool startSlowRun(int count = 4);
    // The close or quit question once it is up; null when none came.
    QMessageBox *waitForQuestion();
    // An environment of the test's own for the real program: home, settings,
    // data, runtime and temporary folders under `root`, offscreen.
    static QProcessEnvironment privateEnvironment(const QString &root);

    TestServer m_server{4};
    TestWindow m_window;
};

void tst_GuiApp::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(QFile::exists(QStringLiteral(FETCHPOOL_GUI_PATH)));
    QVERIFY(m_server.start());
}

void tst_GuiApp::init()
{
    QVERIFY(m_window.open());
}

void tst_GuiApp::cleanup()
{
    m_window.close();
}

bool tst_GuiApp::startSlowRun(int count)
{
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("slow"), count, QStringLiteral("size=4096&latency=20000")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(count);
    return m_window->startRun() && m_window->runs().isRunning();
}

QMessageBox *tst_GuiApp::waitForQuestion()
{
    const auto question = [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        return box && box->objectName() == QLatin1String("closeQuestion") ? box : nullptr;
    };
    return QTest::qWaitFor([&question] { return question() != nullptr; }, 5'000) ? question() : nullptr;
}

QProcessEnvironment tst_GuiApp::privateEnvironment(const QString &root)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable :
         {"HOME", "TMPDIR", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString folder = QDir(root).filePath(QString::fromLatin1(variable));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QString::fromLatin1(variable), folder);
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return environment;
}

void tst_GuiApp::closingWithNothingRunningQuits()
{
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void tst_GuiApp::closingDuringARunAsksAndCancelKeepsItGoing()
{
    QVERIFY(startSlowRun());
    QVERIFY(!m_window->close());
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QVERIFY(question->findChild<QPushButton *>(QStringLiteral("stopButton")));
    auto *keep = question->findChild<QPushButton *>(QStringLiteral("keepButton"));
    QVERIFY(keep);
    QVERIFY(question->checkBox());
    QVERIFY(!question->checkBox()->isChecked());
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QVERIFY2(question->text().contains(QStringLiteral("minimized")), qPrintable(question->text()));

    question->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(m_window->isVisible());
    QVERIFY(!(m_window->windowState() & Qt::WindowMinimized));
    QVERIFY(m_window->runs().isRunning());
    QCOMPARE(m_window->runs().engine().progress().cancelled, 0);
    QCOMPARE(GuiSettings().closing().whenClosed, CloseWhileRunning::Ask); // nothing remembered

    m_window->runs().stop();
    QTRY_VERIFY(!m_window->runs().isRunning());
}

void tst_GuiApp::stopAndQuitStopsTheRunThenCloses()
{
    QVERIFY(startSlowRun());
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(!m_window->close());
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
    QVERIFY(finished.wait(5'000));
    // The window closes once the run has ended, with the items as Stop leaves them.
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 4);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void tst_GuiApp::keepDownloadingMinimizesWithoutATray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("This platform has a system tray: Keep Downloading hides to it instead (looked at under Xvfb).");
    QVERIFY(startSlowRun());
    QVERIFY(!m_window->close());
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("keepButton"))->click();
    QTRY_VERIFY(m_window->windowState() & Qt::WindowMinimized);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->runs().isRunning());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Downloading goes on with the window minimized."));
    m_window->runs().stop();
    QTRY_VERIFY(!m_window->runs().isRunning());
}

// Needs a system tray: run the suite under Xvfb with a tray host (trayer) and
// QT_QPA_PLATFORM=xcb to see it.
void tst_GuiApp::keepDownloadingHidesToTheTray()
{
    auto *tray = m_window->findChild<TrayIcon *>();
    QVERIFY(tray);
    if (!tray->isShown())
        QSKIP("No system tray on this platform: Keep Downloading minimizes instead (tested above).");
    QSignalSpy messages(tray, &TrayIcon::messageShown);
    QVERIFY(startSlowRun());
    QVERIFY(!m_window->close());
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("tray")), qPrintable(question->text()));
    question->findChild<QPushButton *>(QStringLiteral("keepButton"))->click();
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(m_window->runs().isRunning());
    if (QSystemTrayIcon::supportsMessages()) {
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().at(0).toString(), QStringLiteral("Fetchpool keeps downloading"));
    }
    // The tray's Show brings it back; the run went on meanwhile.
    tray->showAction()->trigger();
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->runs().isRunning());
    m_window->runs().stop();
    QTRY_VERIFY(!m_window->runs().isRunning());
}

void tst_GuiApp::dontAskAgainIsRememberedAndPreferencesUndoIt()
{
    QVERIFY(startSlowRun());
    QVERIFY(!m_window->close());
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    question->checkBox()->setChecked(true);
    question->button(QMessageBox::Cancel)->click(); // Cancel remembers nothing
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(GuiSettings().closing().whenClosed, CloseWhileRunning::Ask);

    QVERIFY(!m_window->close());
    question = waitForQuestion();
    QVERIFY(question);
    QVERIFY(!question->checkBox()->isChecked());
    question->checkBox()->setChecked(true);
    question->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(GuiSettings().closing().whenClosed, CloseWhileRunning::StopDownloads);

    // A new window: closing during a run stops and closes without a question.
    m_window.close();
    QVERIFY(m_window.open());
    GuiSettings settings;
    ClosingSettings closing;
    closing.whenClosed = CloseWhileRunning::StopDownloads;
    settings.setClosing(closing); // open() cleared the settings
    QVERIFY(startSlowRun());
    QVERIFY(!m_window->close());
    QCOMPARE(m_window->findChild<CloseGuard *>()->question(), nullptr);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 4);

    // Preferences show the remembered answer and take it back.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window.action("actionPreferences")->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    auto *whenClosed = dialog->findChild<QComboBox *>(QStringLiteral("whenClosed"));
    QVERIFY(whenClosed);
    QCOMPARE(CloseWhileRunning(whenClosed->currentData().toInt()), CloseWhileRunning::StopDownloads);
    whenClosed->setCurrentIndex(whenClosed->findData(int(CloseWhileRunning::Ask)));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(GuiSettings().closing().whenClosed, CloseWhileRunning::Ask);
    m_window->model().clear();
    QVERIFY(startSlowRun());
    QVERIFY(!m_window->close());
    question = waitForQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    m_window->runs().stop();
    QTRY_VERIFY(!m_window->runs().isRunning());
}

// Quit from the tray's menu (the window's Quit): one question, and Stop and
// Quit closes; no second question from the close that follows.
void tst_GuiApp::quitDuringARunAsksOnce()
{
    QVERIFY(startSlowRun());
    auto *tray = m_window->findChild<TrayIcon *>();
    QVERIFY(tray);
    tray->quitAction()->trigger();
    QMessageBox *question = waitForQuestion();
    QVERIFY(question);
    QCOMPARE(question->findChild<QPushButton *>(QStringLiteral("keepButton")), nullptr); // quitting is quitting
    question->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->runs().isRunning());

    m_window.action("actionQuit")->trigger();
    question = waitForQuestion();
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_window->runs().isRunning());
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 4);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void tst_GuiApp::quitWithNothingRunningDoesNotAsk()
{
    m_window.action("actionQuit")->trigger();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->findChild<CloseGuard *>()->question(), nullptr);
}

// Hidden in the tray, the window's close is no "last window closed" for Qt:
// the program ends on closedForGood.
void tst_GuiApp::quittingFromTheTrayEndsTheProgram()
{
    QVERIFY(startSlowRun());
    m_window->hide(); // where Keep Downloading puts it with a tray
    QSignalSpy closed(m_window.get(), &MainWindow::closedForGood);
    m_window->quitWithoutAsking();
    QVERIFY(closed.wait(5'000));
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_window->runs().isRunning());
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 4);
}

// Help → About: the version, the homepage (the one the AppStream metainfo
// names), Qt's and libcurl's versions, and the credits with their licences.
void tst_GuiApp::aboutNamesVersionHomepageAndLicences()
{
    QFile metainfo(QStringLiteral(FETCHPOOL_METAINFO));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    static const QRegularExpression homepageTag(QStringLiteral("<url type=\"homepage\">([^<]+)</url>"));
    const auto tag = homepageTag.match(QString::fromUtf8(metainfo.readAll()));
    QVERIFY(tag.hasMatch());
    QCOMPARE(AboutDialog::homepage(), tag.captured(1));

    m_window.action("actionAbout")->trigger();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"))) && about->isVisible());
    const QString text = about->text();
    for (const QString &expected :
         {QStringLiteral("Fetchpool " FETCHPOOL_VERSION), AboutDialog::homepage(), QString::fromLatin1(qVersion()),
          QStringLiteral("libcurl"), QStringLiteral("GNU General Public License, version 3 or"),
          QStringLiteral("GNU LGPL version 3"), QStringLiteral("curl license"),
          QStringLiteral("Apache License 2.0")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text));
    about->button(QMessageBox::Close)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog")));
}

// `fetchpool --demo` in the middle of its sequential run gets SIGTERM: it
// quits as Ctrl+Q does, with 0, and its scratch folder goes with it.
void tst_GuiApp::sigtermEndsTheDemoAndRemovesItsFolder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QProcessEnvironment environment = privateEnvironment(root.path());
    const QDir temp(environment.value(QStringLiteral("TMPDIR")));
    QProcess demo;
    demo.setProcessEnvironment(environment);
    demo.start(QStringLiteral(FETCHPOOL_GUI_PATH),
               {QStringLiteral("--demo"), QStringLiteral("--autostart"), QStringLiteral("sequential")});
    QVERIFY2(demo.waitForStarted(), qPrintable(demo.errorString()));
    auto killer = qScopeGuard([&demo] {
        demo.kill();
        demo.waitForFinished();
    });
    const auto scratchFolders = [&temp] {
        return temp.entryList({QStringLiteral("fetchpool-demo-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    };
    // Its first run has its folder: the run is going (100 pictures one by one).
    QTRY_VERIFY_WITH_TIMEOUT(scratchFolders().size() == 1
                                     && QFileInfo::exists(temp.filePath(scratchFolders().first()
                                                                        + QStringLiteral("/1-sequential"))),
                             30'000);

    demo.terminate();
    QVERIFY(demo.waitForFinished(30'000));
    killer.dismiss();
    QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    QCOMPARE(scratchFolders(), QStringList());
}

// The user's own list, mid-run: SIGTERM stops the run keeping its parts
// (the files have a validator) and saves the list with the stopped items.
void tst_GuiApp::sigtermDuringARunKeepsPartsAndSavesTheList()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QProcessEnvironment environment = privateEnvironment(root.path());
    const QVector<QUrl> urls =
            fileUrls(m_server, QStringLiteral("term"), 3, QStringLiteral("size=200000&etag=1&stall=20000"));
    const QString listPath = root.filePath(QStringLiteral("list.txt"));
    QFile list(listPath);
    QVERIFY(list.open(QIODevice::WriteOnly));
    for (const QUrl &url : urls)
        list.write(url.toEncoded() + '\n');
    list.close();
    // No user-dirs.dirs in the private config: the default folder is ~/Downloads.
    const QString downloads = environment.value(QStringLiteral("HOME")) + QStringLiteral("/Downloads");

    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(FETCHPOOL_GUI_PATH), {QStringLiteral("--autostart"), QStringLiteral("parallel"), listPath});
    QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));
    auto killer = qScopeGuard([&window] {
        window.kill();
        window.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(partsWithBytes(downloads) == 3, 30'000);

    window.terminate();
    QVERIFY(window.waitForFinished(30'000));
    killer.dismiss();
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QVERIFY2(window.exitCode() == 0, window.readAllStandardError().constData());
    QCOMPARE(partsWithBytes(downloads), 3);

    QFile saved(environment.value(QStringLiteral("XDG_DATA_HOME")) + QStringLiteral("/Fetchpool/Fetchpool/list.json"));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QString error;
    const auto stored = ListStore::deserialize(saved.readAll(), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->items.size(), 3);
    for (const DownloadItem &item : stored->items)
        QCOMPARE(item.result.state, ItemState::Cancelled);
}

QTEST_MAIN(tst_GuiApp)
#include "tst_guiapp.moc"
