// The window's 401 prompt against the real loopback server: asked once per
// site and realm, queued per host; a login fetches the items again, a wrong
// one asks again, Cancel leaves them failed; the password never reaches the
// saved list, a report or the settings file; and "Remember" follows whether
// the desktop has a secret store, found out as the window finds it out.
#include "app/preferencesdialog.h"
#include "guitestwindow.h"
#include "httptestproxy.h"
#include "list/liststore.h"
#include "login/loginprompt.h"
#include "login/secretstore.h"
#include "run/reportexporter.h"
#include "testserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

// The test server reads the password from the URL's path, where its '/' stays
// "%2F" in every form of the URL: the password as typed appears in a file
// only if the login itself was written there.
const QString Password = QStringLiteral("s3cret/Pa55");
const QString Realm = QStringLiteral("Family photos");

QByteArray encoded(const QUrl &url)
{
    return QUrl::toPercentEncoding(url.toString(QUrl::FullyEncoded));
}

QString text(QWidget *prompt, const char *name)
{
    if (auto *label = prompt->findChild<QLabel *>(QString::fromLatin1(name)))
        return label->text();
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_GuiLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneQuestionForTwoItemsThenDone();
    void wrongPasswordAsksAgain();
    void cancelLeavesThemFailed();
    void hostsAreAskedInTurn();
    void rememberFollowsTheSecretStore();
    void proxyLoginFromPreferences();

private:
    // /auth/basic/ann/<Password>/<name> behind which /files/<name>?size=…
    // waits, on `host` (the server's own address, or localhost).
    QUrl protectedFile(const QString &name, const QString &host = {}) const;
    QByteArray expectedBody(const QString &name) const;
    void openWindow();
    // The prompt shown now; null when none is open.
    LoginPrompt *prompt() const;
    int promptCount() const;
    void answer(LoginPrompt *prompt, const QString &password);
    bool runListToEnd();

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_GuiLogin::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiLogin::init()
{
    QSettings().clear();
    m_server.resetStats();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openWindow();
}

void tst_GuiLogin::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void tst_GuiLogin::openWindow()
{
    m_window = std::make_unique<MainWindow>(std::make_unique<ListStore>(m_dir->filePath(QStringLiteral("list.json"))));
    checkWindowModels(*m_window);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("out")));
    m_window->setDestination(m_dir->filePath(QStringLiteral("out")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QUrl tst_GuiLogin::protectedFile(const QString &name, const QString &host) const
{
    QUrl target = m_server.url(QStringLiteral("/files/%1?size=5000").arg(name));
    QUrl url = m_server.url(QStringLiteral("/auth/basic/ann/%1/%2?realm=%3&to=%4")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(Password)), name,
                                         QString::fromLatin1(QUrl::toPercentEncoding(Realm)),
                                         QString::fromLatin1(encoded(target))));
    if (!host.isEmpty())
        url.setHost(host);
    return url;
}

QByteArray tst_GuiLogin::expectedBody(const QString &name) const
{
    return TestServer::body(5000, TestServer::seedForPath(QStringLiteral("/files/") + name));
}

LoginPrompt *tst_GuiLogin::prompt() const
{
    for (auto *found : m_window->findChildren<LoginPrompt *>(QStringLiteral("loginPrompt"))) {
        if (found->isVisible())
            return found;
    }
    return nullptr;
}

int tst_GuiLogin::promptCount() const
{
    int count = 0;
    for (auto *found : m_window->findChildren<LoginPrompt *>(QStringLiteral("loginPrompt")))
        count += found->isVisible();
    return count;
}

void tst_GuiLogin::answer(LoginPrompt *prompt, const QString &password)
{
    prompt->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("ann"));
    prompt->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    prompt->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
}

bool tst_GuiLogin::runListToEnd()
{
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    return m_window->startRun() && finished.wait(30'000);
}

void tst_GuiLogin::oneQuestionForTwoItemsThenDone()
{
    m_window->model().addUrls({protectedFile(QStringLiteral("login-a.bin")), protectedFile(QStringLiteral("login-b.bin"))});
    QVERIFY(runListToEnd());
    QCOMPARE(m_window->model().countInState({ItemState::Failed}), 2);
    QTRY_VERIFY(prompt());
    QCOMPARE(promptCount(), 1);
    LoginPrompt *shown = prompt();
    QCOMPARE(text(shown, "host"), QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
    QCOMPARE(text(shown, "realm"), Realm);
    QVERIFY2(text(shown, "message").contains(QLatin1String("none was given")), qPrintable(text(shown, "message")));
    QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    QVERIFY2(text(shown, "items").startsWith(QLatin1String("2 item")), qPrintable(text(shown, "items")));

    // The login retries both, as a run of their own.
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    answer(shown, Password);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 2);
    for (const DownloadItem &item : m_window->model().items())
        QCOMPARE(readAll(item.result.filePath), expectedBody(item.result.filePath.section(QLatin1Char('/'), -1)));
    QCOMPARE(promptCount(), 0);

    // The password is nowhere on disk: not the report, the saved list or the settings.
    ReportExporter exporter;
    QSignalSpy written(&exporter, &ReportExporter::finished);
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    QVERIFY(exporter.exportTo(report, ReportFormat::Json, m_window->model().items()));
    QVERIFY(written.wait(10'000));
    QVERIFY(readAll(report).contains("s3cret%2FPa55/login-a.bin")); // the URL as it is, and only it
    QVERIFY(!readAll(report).contains(Password.toUtf8()));
    m_window->close(); // saves the list
    m_window.reset();
    const QByteArray list = readAll(m_dir->filePath(QStringLiteral("list.json")));
    QVERIFY(list.contains("login-b.bin"));
    QVERIFY(!list.contains(Password.toUtf8()));
    QSettings settings;
    settings.sync();
    const QByteArray stored = readAll(settings.fileName());
    QVERIFY2(stored.contains("ann"), stored.constData()); // the user name is remembered for the site
    QVERIFY(!stored.contains(Password.toUtf8()));
}

void tst_GuiLogin::wrongPasswordAsksAgain()
{
    m_window->model().addUrls({protectedFile(QStringLiteral("wrong-a.bin")), protectedFile(QStringLiteral("wrong-b.bin"))});
    QVERIFY(runListToEnd());
    QTRY_VERIFY(prompt());
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    answer(prompt(), QStringLiteral("not-it"));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Failed}), 2);
    for (const DownloadItem &item : m_window->model().items()) {
        QVERIFY2(item.result.error.message.contains(QLatin1String("refused the login for \"Family photos\"")),
                 qPrintable(item.result.error.message));
    }
    // Asked again, once, naming the refused login.
    QTRY_VERIFY(prompt());
    QCOMPARE(promptCount(), 1);
    QVERIFY2(text(prompt(), "message").contains(QLatin1String("The password for ann on 127.0.0.1")),
             qPrintable(text(prompt(), "message")));
    QCOMPARE(prompt()->findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("ann"));
    answer(prompt(), Password);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 2);
}

void tst_GuiLogin::cancelLeavesThemFailed()
{
    m_window->model().addUrls({protectedFile(QStringLiteral("cancel-a.bin")), protectedFile(QStringLiteral("cancel-b.bin"))});
    QVERIFY(runListToEnd());
    QTRY_VERIFY(prompt());
    const int requests = m_server.requestCount();
    prompt()->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(promptCount(), 0);
    QVERIFY(!m_window->runs().isRunning());
    QCOMPARE(m_window->model().countInState({ItemState::Failed}), 2);
    for (const DownloadItem &item : m_window->model().items()) {
        QCOMPARE(item.result.error.kind, ErrorKind::Unauthorized);
        QVERIFY2(item.result.error.message.contains(QLatin1String("none was given")), qPrintable(item.result.error.message));
    }
    QCOMPARE(m_server.requestCount(), requests);
}

void tst_GuiLogin::hostsAreAskedInTurn()
{
    // The same server under two names: two sites, two questions, one at a time.
    m_window->model().addUrls({protectedFile(QStringLiteral("turn-a.bin")),
                               protectedFile(QStringLiteral("turn-b.bin"), QStringLiteral("localhost"))});
    QVERIFY(runListToEnd());
    QTRY_VERIFY(prompt());
    QCOMPARE(promptCount(), 1);
    const QString first = text(prompt(), "host");
    prompt()->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(prompt());
    QCOMPARE(promptCount(), 1);
    const QString second = text(prompt(), "host");
    QCOMPARE(QSet<QString>({first, second}),
             QSet<QString>({QStringLiteral("127.0.0.1:%1").arg(m_server.port()),
                            QStringLiteral("localhost:%1").arg(m_server.port())}));
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    answer(prompt(), Password);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 1);
    QCOMPARE(m_window->model().countInState({ItemState::Failed}), 1); // the one cancelled
}

void tst_GuiLogin::rememberFollowsTheSecretStore()
{
    // The machine's answer, found out as the window finds it out.
    SecretStore probe;
    QSignalSpy known(&probe, &SecretStore::availabilityKnown);
    probe.probe();
    QVERIFY(known.wait(60'000));
    const bool available = known.first().first().toBool();
    qInfo("secret store on this machine: %s", available ? "available" : "not available");

    m_window->model().addUrls({protectedFile(QStringLiteral("remember.bin"))});
    QVERIFY(runListToEnd());
    QTRY_VERIFY(prompt());
    auto *remember = prompt()->findChild<QCheckBox *>(QStringLiteral("remember"));
    auto *note = prompt()->findChild<QLabel *>(QStringLiteral("rememberNote"));
    QVERIFY(remember && note);
    // The window's own store answers the same; until it has, the box waits enabled.
    auto *windowStore = m_window->findChild<SecretStore *>(QStringLiteral("secretStore"));
    QVERIFY(windowStore);
    QTRY_VERIFY_WITH_TIMEOUT(windowStore->availability() != SecretStore::Availability::Unknown, 60'000);
    QCOMPARE(windowStore->availability() == SecretStore::Availability::Available, available);
    QCOMPARE(remember->isEnabled(), available);
    QCOMPARE(note->isVisible(), !available);
    if (!available) {
        QCOMPARE(remember->isChecked(), false);
        QVERIFY(note->text().contains(QLatin1String("won't be remembered")));
        return;
    }
    // With a store: remembered, and tried first by the next window without asking.
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    remember->setChecked(true);
    answer(prompt(), Password);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 1);
    m_window.reset();
    openWindow(); // the settings kept the user name, the store the password
    m_window->model().addUrls({protectedFile(QStringLiteral("remembered.bin"))});
    QVERIFY(runListToEnd());
    QSignalSpy again(&m_window->runs(), &RunController::runFinished);
    QVERIFY(again.wait(30'000)); // the retry with the remembered login
    QCOMPARE(m_window->model().countInState({ItemState::Failed}), 0); // the saved list's row is Done too
    QCOMPARE(readAll(m_window->model().items().last().result.filePath), expectedBody(QStringLiteral("remembered.bin")));
    QCOMPARE(promptCount(), 0);
    probe.remove(SecretStore::loginKey(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()), QStringLiteral("ann")));
}

// The proxy's login given on the Connection page reaches the runs; its
// password stays out of the settings file.
void tst_GuiLogin::proxyLoginFromPreferences()
{
    const QString proxyPassword = QStringLiteral("pr0xy/pw");
    HttpTestProxy proxy;
    proxy.setCredentials(QStringLiteral("pat"), proxyPassword);
    QVERIFY(proxy.start());
    m_window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("proxyMode"));
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Manual)));
    dialog->findChild<QLineEdit *>(QStringLiteral("proxyUrl"))->setText(proxy.url().toString());
    dialog->findChild<QLineEdit *>(QStringLiteral("proxyUser"))->setText(QStringLiteral("pat"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("proxyPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(proxyPassword);
    dialog->accept();
    QVERIFY(!dialog->isVisible());

    m_window->model().addUrls({m_server.url(QStringLiteral("/files/proxied.bin?size=3000"))});
    QVERIFY(runListToEnd());
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 1);
    QCOMPARE(proxy.targets(), QStringList{QStringLiteral("127.0.0.1:%1").arg(m_server.port())});
    m_window.reset();
    QSettings settings;
    settings.sync();
    const QByteArray stored = readAll(settings.fileName());
    QVERIFY2(stored.contains("proxyUser=pat"), stored.constData());
    QVERIFY(!stored.contains(proxyPassword.toUtf8()));
}

QTEST_MAIN(tst_GuiLogin)
#include "tst_guilogin.moc"
