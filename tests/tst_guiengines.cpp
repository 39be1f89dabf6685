// The window on aria2 daemons: Preferences → Engines (Check against a right
// and a wrong secret, the secret kept out of the settings file), the
// toolbar's engine choice (remembered across a restart, the worker count
// disabled on a daemon), a batch run through the window on a real aria2c
// daemon on loopback, and Retry on This Computer after every daemon went away.
#include "aria2daemon.h"
#include "enginetest.h"
#include "guitestwindow.h"
#include "serverfiles.h"
#include "testserver.h"

#include "app/preferencesdialog.h"
#include "run/timingpanel.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelinerecorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using Fetchpool::Test::Aria2Daemon;
using Fetchpool::Test::TestServer;
using Fetchpool::Test::TestWindow;

class tst_GuiEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkTellsVersionOrWhy();
    void pinnedCertificateForATlsDaemon();
    void runOnDaemonThroughTheWindow();
    void choiceSurvivesRestartSecretStaysOut();
    void everyDaemonGoneRetriesHere();
    void noDaemonTakesTheRunRetriesHere();
    void allDaemonsShareTheBatch();
    void thisComputerAndAllDaemonsShareTheBatch();
    void plainTextToAnotherMachineNeedsYes();

private:
    // Edit → Preferences… on its Engines page; null when it did not open.
    PreferencesDialog *openEngines();
    // Adds a daemon on the open Engines page, as the user types it in.
    void addDaemon(PreferencesDialog *dialog, const QString &name, const QString &address, const QString &secret);
    // Confirms Preferences and waits until it has gone.
    bool confirm(PreferencesDialog *dialog);
    // Adds `name` for `daemon` through Preferences and chooses it in the toolbar.
    bool useDaemon(const QString &name, const Aria2Daemon &daemon, const QString &secret = {});
    // Waits for the Retry on This Computer offer and accepts it; false when it did not come.
    bool acceptRetryHereOffer();
    QComboBox *engineChoice() const { return m_window->findChild<QComboBox *>(QStringLiteral("engineChoice")); }
    static QByteArray settingsFileBytes();
    static quint16 closedPort(); // nothing listens there

    TestServer m_server{4};
    std::unique_ptr<Aria2Daemon> m_daemon;
    TestWindow m_window;
};

void tst_GuiEngines::initTestCase()
{
    Test::setUpGuiTestApplication();
    QVERIFY(m_server.start());
    QString why;
    if (!Aria2Daemon::available(&why))
        QSKIP(qPrintable(why));
    m_daemon = std::make_unique<Aria2Daemon>(5);
    if (!m_daemon->start(&why))
        QSKIP(qPrintable(QStringLiteral("aria2c cannot start here: ") + why));
}

void tst_GuiEngines::init()
{
    QVERIFY(m_window.open(QSize(1200, 800)));
}

void tst_GuiEngines::cleanup()
{
    m_window.close();
}

PreferencesDialog *tst_GuiEngines::openEngines()
{
    m_window.action("actionPreferences")->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto *pages = dialog->findChild<QTabWidget *>(QStringLiteral("pages"));
    pages->setCurrentWidget(dialog->findChild<QWidget *>(QStringLiteral("enginesPage")));
    return dialog;
}

void tst_GuiEngines::addDaemon(PreferencesDialog *dialog, const QString &name, const QString &address,
                               const QString &secret)
{
    dialog->findChild<QPushButton *>(QStringLiteral("addDaemon"))->click();
    auto *nameField = dialog->findChild<QLineEdit *>(QStringLiteral("daemonName"));
    nameField->clear();
    QTest::keyClicks(nameField, name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("daemonAddress")), address);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("daemonSecret")), secret);
}

bool tst_GuiEngines::confirm(PreferencesDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return QTest::qWaitFor([&] { return !m_window->findChild<PreferencesDialog *>(); });
}

bool tst_GuiEngines::useDaemon(const QString &name, const Aria2Daemon &daemon, const QString &secret)
{
    PreferencesDialog *dialog = openEngines();
    if (!dialog)
        return false;
    addDaemon(dialog, name, QStringLiteral("127.0.0.1:%1").arg(daemon.port()),
              secret.isEmpty() ? daemon.secret() : secret);
    if (!confirm(dialog))
        return false;
    const int index = engineChoice()->findText(name);
    engineChoice()->setCurrentIndex(index);
    return index > 0;
}

quint16 tst_GuiEngines::closedPort()
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost, 0))
        return 0;
    return closed.serverPort(); // closed as it goes
}

bool tst_GuiEngines::acceptRetryHereOffer()
{
    QMessageBox *offer = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        offer = m_window->findChild<QMessageBox *>(QStringLiteral("retryHereOffer"));
        return offer && offer->isVisible();
    });
    if (!shown)
        return false;
    offer->findChild<QPushButton *>(QStringLiteral("retryHere"))->click();
    return true;
}

QByteArray tst_GuiEngines::settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Check asks the daemon asynchronously: its version and slots with the right
// secret, "wrong secret" with another, "unreachable" and the reason where
// nothing listens. The secret never reaches the settings file.
void tst_GuiEngines::checkTellsVersionOrWhy()
{
    PreferencesDialog *dialog = openEngines();
    QVERIFY(dialog);
    addDaemon(dialog, QStringLiteral("Loopback"), QStringLiteral("127.0.0.1:%1").arg(m_daemon->port()),
              m_daemon->secret());
    auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkDaemon"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("checkResult"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("daemonSecret"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("daemonAddress"));

    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("aria2 1.")), 10'000);
    QVERIFY2(result->text().endsWith(QLatin1String(", download slots: 5")), qPrintable(result->text()));

    secret->setText(QStringLiteral("not-the-secret"));
    QVERIFY(result->text().isEmpty()); // an edit clears what was found before
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Wrong secret")), 10'000);

    // A port nothing listens on: refused at once.
    const quint16 port = closedPort();
    QVERIFY(port > 0);
    address->setText(QStringLiteral("127.0.0.1:%1").arg(port));
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Unreachable: ")), 10'000);
    QVERIFY2(result->text().contains(QLatin1String("refused")), qPrintable(result->text()));

    // Back to the right daemon and secret; kept, without the secret in the file.
    address->setText(QStringLiteral("127.0.0.1:%1").arg(m_daemon->port()));
    secret->setText(m_daemon->secret());
    QVERIFY(confirm(dialog));
    const QByteArray file = settingsFileBytes();
    QVERIFY(file.contains(QStringLiteral("127.0.0.1:%1").arg(m_daemon->port()).toUtf8()));
    QVERIFY(!file.contains(m_daemon->secret().toUtf8()));
    // This Computer, the daemon, This Computer and the daemon: no "All Daemons" for one.
    QCOMPARE(engineChoice()->count(), 3);
    QCOMPARE(engineChoice()->itemText(2), QStringLiteral("This Computer and Loopback"));
}

// A daemon with --rpc-secure and a self-signed certificate: Check says it is
// untrusted and how to pin it, and answers once its certificate is pinned; the pin is kept in
// the settings, shown again, and counts (and can be chosen) with TLS only.
void tst_GuiEngines::pinnedCertificateForATlsDaemon()
{
    Aria2Daemon daemon(2, Aria2Daemon::Rpc::Tls);
    QString why;
    QVERIFY2(daemon.start(&why), qPrintable(why));
    PreferencesDialog *dialog = openEngines();
    QVERIFY(dialog);
    addDaemon(dialog, QStringLiteral("Vault"), QStringLiteral("127.0.0.1:%1").arg(daemon.port()), daemon.secret());
    auto *tls = dialog->findChild<QCheckBox *>(QStringLiteral("daemonTls"));
    auto *certificate = dialog->findChild<QLineEdit *>(QStringLiteral("daemonCertificate"));
    auto *browse = dialog->findChild<QPushButton *>(QStringLiteral("browseDaemonCertificate"));
    auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkDaemon"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("checkResult"));
    QVERIFY(!certificate->isEnabled() && !browse->isEnabled());
    tls->setChecked(true);
    QVERIFY(certificate->isEnabled() && browse->isEnabled());

    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Untrusted certificate: ")), 10'000);
    QVERIFY2(result->text().endsWith(QLatin1String("Pin the daemon's own certificate above to accept it.")),
             qPrintable(result->text()));

    QTest::keyClicks(certificate, daemon.certificateFile());
    QVERIFY(result->text().isEmpty());
    check->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("aria2 1.")), 10'000);
    QVERIFY2(result->text().endsWith(QLatin1String(", download slots: 2")), qPrintable(result->text()));
    QVERIFY(confirm(dialog));
    QVERIFY(settingsFileBytes().contains(daemon.certificateFile().toUtf8()));

    dialog = openEngines();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("daemonList"));
    list->setCurrentRow(list->count() - 1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Vault"));
    certificate = dialog->findChild<QLineEdit *>(QStringLiteral("daemonCertificate"));
    QCOMPARE(QDir::fromNativeSeparators(certificate->text()), daemon.certificateFile());
    dialog->findChild<QPushButton *>(QStringLiteral("removeDaemon"))->click();
    QVERIFY(confirm(dialog));
}

// A batch through the real window on the daemon: every file arrives
// byte-identical, every row Done; the worker count is disabled and says
// why; the timeline notes polled times and the timing panel the daemon's figures.
void tst_GuiEngines::runOnDaemonThroughTheWindow()
{
    auto *workers = m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"));
    m_window->setParallel(true);
    QVERIFY(workers->isEnabled());
    QVERIFY(useDaemon(QStringLiteral("Loopback"), *m_daemon));
    QVERIFY(!workers->isEnabled());
    QVERIFY2(workers->toolTip().contains(QLatin1String("download slots")), qPrintable(workers->toolTip()));

    constexpr int Files = 6;
    constexpr qint64 Size = 40'000;
    m_window->model().addUrls(Test::fileUrls(m_server, QStringLiteral("remote"), Files,
                                             QStringLiteral("size=%1").arg(Size)));
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end, 60'000));
    const auto run = end.at(0).value<RunProgress>();
    QCOMPARE(run.total, Files);
    QCOMPARE(run.done, Files);
    QCOMPARE(run.workers, 5); // the daemon's slots
    QCOMPARE(m_window->model().countInState({ItemState::Done}), Files);
    for (const DownloadItem &item : m_window->model().items()) {
        QCOMPARE(item.result.state, ItemState::Done);
        QCOMPARE(QFileInfo(item.result.filePath).canonicalPath(), QFileInfo(m_window.destination()).canonicalFilePath());
        QCOMPARE(Test::contentsOf(item.result.filePath), Test::servedBody(item.result.url.path(), Size));
    }
    QVERIFY2(m_window->timelinePanel()->note().contains(QLatin1String("polled every 300 ms")),
             qPrintable(m_window->timelinePanel()->note()));
    const QString figures = m_window->timingPanel()->engineFiguresText();
    QVERIFY2(figures.startsWith(QStringLiteral("aria2://127.0.0.1:%1: files done %2, ").arg(m_daemon->port()).arg(Files)),
             qPrintable(figures));
    QVERIFY(!figures.contains(m_daemon->secret()));
    const QString counts = m_window->timingPanel()->findChild<QLabel *>(QStringLiteral("counts"))->text();
    QCOMPARE(counts, QStringLiteral("On aria2 daemons, download slots: 5"));
    // In the timeline beside Sequential and Parallel, never in their place.
    const QVector<TimelineGroup> groups = m_window->timeline()->groups();
    QCOMPARE(groups.size(), 1);
    QVERIFY2(groups.first().caption.startsWith(QStringLiteral("aria2 daemons · download slots: 5")),
             qPrintable(groups.first().caption));
    QVERIFY(!m_window->timeline()->comparison().parallel());

    // Back on This Computer: the worker count is the user's again.
    engineChoice()->setCurrentIndex(0);
    QVERIFY(workers->isEnabled());
}

// The chosen daemon is the engine again after a restart, its worker count
// still disabled; nothing of the secret is in the settings file.
void tst_GuiEngines::choiceSurvivesRestartSecretStaysOut()
{
    QVERIFY(useDaemon(QStringLiteral("Shelf"), *m_daemon));
    QCOMPARE(engineChoice()->currentText(), QStringLiteral("Shelf"));
    const QString id = engineChoice()->currentData().toString();
    m_window.close(); // the settings stay as they are

    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *choice = again.findChild<QComboBox *>(QStringLiteral("engineChoice"));
    QCOMPARE(choice->currentText(), QStringLiteral("Shelf"));
    QCOMPARE(choice->currentData().toString(), id);
    QVERIFY(!again.findChild<QSpinBox *>(QStringLiteral("workerCount"))->isEnabled());
    QVERIFY(!settingsFileBytes().contains(m_daemon->secret().toUtf8()));
}

// The only daemon goes away during a run: its items fail naming it, the
// window offers Retry on This Computer, and that run takes exactly those
// items, each once, and they arrive complete.
void tst_GuiEngines::everyDaemonGoneRetriesHere()
{
    Aria2Daemon doomed(2);
    QString why;
    QVERIFY2(doomed.start(&why), qPrintable(why));
    QVERIFY(useDaemon(QStringLiteral("Doomed"), doomed));

    constexpr int Files = 4;
    constexpr qint64 Size = 400'000;
    m_window->model().addUrls(Test::fileUrls(m_server, QStringLiteral("stranded"), Files,
                                             QStringLiteral("size=%1&rate=200000").arg(Size)));
    bool killed = false;
    connect(&m_window->runs(), &RunController::progressed, this, [&](const RunProgress &run) {
        if (!killed && run.bytes > 0) {
            killed = true;
            doomed.kill();
        }
    });
    QSignalSpy problems(&m_window->runs(), &RunController::endpointProblem);
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end, 60'000));
    QVERIFY(killed);
    QCOMPARE(end.at(0).value<RunProgress>().failed, Files);
    QCOMPARE(problems.count(), 1);
    QVERIFY2(problems.first().first().toString().contains(QLatin1String("went away")),
             qPrintable(problems.first().first().toString()));
    QCOMPARE(m_window->runs().strandedIds().size(), Files);
    QVERIFY(m_window.action("actionRetryHere")->isEnabled());

    QSignalSpy started(&m_window->runs(), &RunController::runStarted);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(acceptRetryHereOffer());
    QCOMPARE(engineChoice()->currentIndex(), 0); // This Computer
    QVERIFY(m_window->runs().isRunning());
    QVERIFY(!m_window->runs().isRemote());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(started.first().first().toInt(), Files); // those items, once each
    const auto run = finished.first().first().value<RunProgress>();
    QCOMPARE(run.total, Files);
    QCOMPARE(run.done, Files);
    QCOMPARE(m_window->model().rowCount(), Files);
    for (const DownloadItem &item : m_window->model().items()) {
        QCOMPARE(item.result.state, ItemState::Done);
        QCOMPARE(Test::contentsOf(item.result.filePath), Test::servedBody(item.result.url.path(), Size));
    }
    QVERIFY(!m_window.action("actionRetryHere")->isEnabled());
    QVERIFY(m_window->runs().strandedIds().isEmpty());
}

// The only daemon refuses the secret: the run starts, no daemon can take
// it, every item fails with the reason, the status bar names the daemon, and
// Retry on This Computer downloads them all here.
void tst_GuiEngines::noDaemonTakesTheRunRetriesHere()
{
    QVERIFY(useDaemon(QStringLiteral("Locked"), *m_daemon, QStringLiteral("not-the-secret")));
    constexpr int Files = 3;
    m_window->model().addUrls(Test::fileUrls(m_server, QStringLiteral("refused"), Files, QStringLiteral("size=5000")));
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end, 30'000));
    QCOMPARE(end.at(0).value<RunProgress>().failed, Files);
    for (const DownloadItem &item : m_window->model().items()) {
        QVERIFY2(item.result.error.message.contains(QLatin1String("refused the secret")),
                 qPrintable(item.result.error.message));
        QVERIFY(!item.result.error.message.contains(m_daemon->secret()));
    }
    auto *problems = m_window->findChild<QLabel *>(QStringLiteral("engineProblems"));
    QVERIFY2(problems->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_daemon->port())), qPrintable(problems->text()));
    QCOMPARE(m_window->runs().strandedIds().size(), Files);

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(acceptRetryHereOffer());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().first().value<RunProgress>().total, Files);
    QCOMPARE(m_window->model().countInState({ItemState::Done}), Files);
    for (const DownloadItem &item : m_window->model().items())
        QCOMPARE(Test::contentsOf(item.result.filePath), Test::servedBody(item.result.url.path(), 5000));
}

// All Daemons shares one batch between two daemons by their slots; a third
// that does not answer is left out, and the status bar says so with the
// reason until the next run starts.
void tst_GuiEngines::allDaemonsShareTheBatch()
{
    Aria2Daemon second(2);
    QString why;
    QVERIFY2(second.start(&why), qPrintable(why));
    PreferencesDialog *dialog = openEngines();
    QVERIFY(dialog);
    addDaemon(dialog, QStringLiteral("First"), QStringLiteral("127.0.0.1:%1").arg(m_daemon->port()), m_daemon->secret());
    addDaemon(dialog, QStringLiteral("Second"), QStringLiteral("127.0.0.1:%1").arg(second.port()), second.secret());
    const quint16 deadPort = closedPort();
    addDaemon(dialog, QStringLiteral("Dead"), QStringLiteral("127.0.0.1:%1").arg(deadPort), QStringLiteral("x"));
    QVERIFY(confirm(dialog));
    QCOMPARE(engineChoice()->count(), 6); // This Computer, three daemons, All Daemons, both
    QCOMPARE(engineChoice()->itemText(4), QStringLiteral("All Daemons"));
    QCOMPARE(engineChoice()->itemText(5), QStringLiteral("This Computer and All Daemons"));
    engineChoice()->setCurrentIndex(4);

    constexpr int Files = 10;
    constexpr qint64 Size = 30'000;
    m_window->model().addUrls(Test::fileUrls(m_server, QStringLiteral("shared"), Files,
                                             QStringLiteral("size=%1&latency=100").arg(Size)));
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end, 60'000));
    const auto run = end.at(0).value<RunProgress>();
    QCOMPARE(run.done, Files);
    QCOMPARE(run.workers, 5 + 2); // both daemons' slots; none of the one left out
    for (const DownloadItem &item : m_window->model().items())
        QCOMPARE(Test::contentsOf(item.result.filePath), Test::servedBody(item.result.url.path(), Size));

    const QStringList figures = m_window->timingPanel()->engineFiguresText().split(QLatin1Char('\n'));
    QCOMPARE(figures.size(), 3);
    QVERIFY2(figures.at(2).contains(QStringLiteral("127.0.0.1:%1").arg(deadPort)), qPrintable(figures.at(2)));
    auto *problems = m_window->findChild<QLabel *>(QStringLiteral("engineProblems"));
    QVERIFY(problems);
    QVERIFY2(problems->text().contains(QLatin1String("left out")) && problems->text().contains(QString::number(deadPort)),
             qPrintable(problems->text()));

    // The next run, on this computer, starts with a clean slate.
    engineChoice()->setCurrentIndex(0);
    m_window->model().addUrls(Test::fileUrls(m_server, QStringLiteral("here"), 1, QStringLiteral("size=10")));
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    m_window.action("actionStart")->trigger();
    QVERIFY(finished.wait(30'000));
    QVERIFY(problems->text().isEmpty() || problems->isHidden());
    QVERIFY(m_window->timingPanel()->engineFiguresText().isEmpty());
    QVERIFY(m_window->timelinePanel()->note().isEmpty());
}

// This Computer and All Daemons: the worker count stays the user's (this
// computer's share), the run has its workers plus the daemon's slots as
// lanes, both sides fetch some of the batch and every file is byte-identical.
void tst_GuiEngines::thisComputerAndAllDaemonsShareTheBatch()
{
    auto *workers = m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"));
    m_window->setParallel(true);
    QVERIFY(useDaemon(QStringLiteral("Loopback"), *m_daemon));
    QVERIFY(!workers->isEnabled());
    const int mixed = engineChoice()->findText(QStringLiteral("This Computer and Loopback")); // its one daemon
    QVERIFY(mixed > 0);
    engineChoice()->setCurrentIndex(mixed);
    QVERIFY(workers->isEnabled());
    workers->setValue(2);

    constexpr int Files = 12;
    constexpr qint64 Size = 150'000;
    m_window->model().addUrls(Test::fileUrls(m_server, QStringLiteral("mixed"), Files,
                                             QStringLiteral("size=%1&rate=600000").arg(Size)));
    QList<QVariant> end;
    QVERIFY(m_window.runToEnd(&end, 90'000));
    const auto run = end.at(0).value<RunProgress>();
    QCOMPARE(run.total, Files);
    QCOMPARE(run.done, Files);
    QCOMPARE(run.workers, 2 + 5); // this computer's workers and the daemon's slots
    int here = 0;
    int there = 0;
    for (const DownloadItem &item : m_window->model().items()) {
        QCOMPARE(item.result.state, ItemState::Done);
        QCOMPARE(Test::contentsOf(item.result.filePath), Test::servedBody(item.result.url.path(), Size));
        (item.result.worker < 2 ? here : there) += 1;
    }
    QVERIFY2(here > 0 && there > 0, qPrintable(QStringLiteral("%1 here, %2 on the daemon").arg(here).arg(there)));
    const QStringList figures = m_window->timingPanel()->engineFiguresText().split(QLatin1Char('\n'));
    QCOMPARE(figures.size(), 2);
    QVERIFY2(figures.at(0).startsWith(QStringLiteral("This computer (workers: 2): files done %1, ").arg(here)),
             qPrintable(figures.at(0)));
    QVERIFY2(figures.at(1).startsWith(QStringLiteral("aria2://127.0.0.1:%1: files done %2, ").arg(m_daemon->port()).arg(there)),
             qPrintable(figures.at(1)));
    QVERIFY(!figures.join(QLatin1Char(' ')).contains(m_daemon->secret()));
    const QString counts = m_window->timingPanel()->findChild<QLabel *>(QStringLiteral("counts"))->text();
    QCOMPARE(counts, QStringLiteral("On this computer and aria2 daemons, lanes: 7"));
    const QVector<TimelineGroup> groups = m_window->timeline()->groups();
    QCOMPARE(groups.size(), 1);
    QVERIFY2(groups.first().caption.startsWith(QStringLiteral("This computer and aria2 daemons · lanes: 7")),
             qPrintable(groups.first().caption));

    engineChoice()->setCurrentIndex(0);
    QVERIFY(workers->isEnabled());
}

// Plain-text RPC to another machine: Check and OK both warn first, and
// nothing goes out until the user says yes. 192.0.2.1 (TEST-NET-1) is never
// contacted: the test cancels the check and only keeps the daemon.
void tst_GuiEngines::plainTextToAnotherMachineNeedsYes()
{
    PreferencesDialog *dialog = openEngines();
    QVERIFY(dialog);
    addDaemon(dialog, QStringLiteral("Elsewhere"), QStringLiteral("192.0.2.1:6800"), QStringLiteral("secret"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("checkResult"));
    const auto warning = [&]() -> QMessageBox * {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            box = dialog->findChild<QMessageBox *>(QStringLiteral("plainTextWarning"));
            return box && box->isVisible();
        });
        return shown ? box : nullptr;
    };

    dialog->findChild<QPushButton *>(QStringLiteral("checkDaemon"))->click();
    QMessageBox *box = warning();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("plainTextWarning")));
    QVERIFY(result->text().isEmpty()); // nothing was asked

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    box = warning();
    QVERIFY(box);
    QVERIFY(dialog->isVisible());
    box->findChild<QPushButton *>(QStringLiteral("usePlainText"))->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    const QVector<DaemonSettings> kept = GuiSettings().daemons();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().address, QStringLiteral("192.0.2.1:6800"));
    QVERIFY(kept.first().plainTextAccepted);
    QVERIFY(kept.first().secret.isEmpty()); // never read from the settings
}

QTEST_MAIN(tst_GuiEngines)
#include "tst_guiengines.moc"
