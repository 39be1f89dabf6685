// Persistence: the list and its destination survive a restart, in-flight
// items come back queued so the run can continue, saves happen in the
// background, and the demo never replaces the user's list.
#include "guitestwindow.h"
#include "list/liststore.h"
#include "testserver.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_GuiStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void serializationRoundTrip();
    void damagedFileIsKeptAside();
    void windowRestoresListAndDestination();
    void interruptedRunContinues();
    void changesAreSavedInTheBackground();
    void demoLeavesTheSavedListAlone();
    void columnLayoutIsRemembered();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString storePath() const { return m_dir->filePath(QStringLiteral("state/list.json")); }

    TestServer m_server{2};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_destination;
};

void tst_GuiStore::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiStore::init()
{
    QSettings().clear();
    m_server.setLatency(0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_destination = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_destination->isValid());
}

std::unique_ptr<MainWindow> tst_GuiStore::openWindow()
{
    auto window = std::make_unique<MainWindow>(std::make_unique<ListStore>(storePath()));
    checkWindowModels(*window);
    return window;
}

void tst_GuiStore::serializationRoundTrip()
{
    StoredList list;
    list.destination = QStringLiteral("/data/downloads");
    DownloadItem done;
    done.url = QUrl(QStringLiteral("https://example.org/a.png"));
    done.state = ItemState::Done;
    done.fileName = QStringLiteral("a (1).png");
    done.filePath = QStringLiteral("/data/downloads/a (1).png");
    done.mimeType = QStringLiteral("image/png");
    done.received = done.total = 1234;
    done.durationUs = 56'000;
    done.worker = 3;
    done.httpStatus = 200;
    done.attempts = 1;
    DownloadItem failed;
    failed.url = QUrl(QStringLiteral("https://example.org/b.png"));
    failed.state = ItemState::Failed;
    failed.fileName = QStringLiteral("b.png");
    failed.errorMessage = QStringLiteral("HTTP 404 Not Found");
    DownloadItem inFlight;
    inFlight.url = QUrl(QStringLiteral("https://user:pw@example.org/c.png"));
    inFlight.state = ItemState::Receiving;
    inFlight.fileName = QStringLiteral("c.png");
    inFlight.received = 100;
    inFlight.total = 1000;
    inFlight.worker = 1;
    list.items = {done, failed, inFlight};

    QString error;
    const auto restored = ListStore::deserialize(ListStore::serialize(list), &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->destination, list.destination);
    QCOMPARE(restored->items.size(), 3);
    const DownloadItem &a = restored->items[0];
    QCOMPARE(a.url, done.url);
    QCOMPARE(a.state, ItemState::Done);
    QCOMPARE(a.fileName, done.fileName);
    QCOMPARE(a.filePath, done.filePath);
    QCOMPARE(a.mimeType, done.mimeType);
    QCOMPARE(a.received, 1234);
    QCOMPARE(a.durationUs, 56'000);
    QCOMPARE(a.worker, 3);
    QCOMPARE(restored->items[1].state, ItemState::Failed);
    QCOMPARE(restored->items[1].errorMessage, failed.errorMessage);
    const DownloadItem &c = restored->items[2];
    QCOMPARE(c.url, inFlight.url); // the password is kept: the URL must still work
    QCOMPARE(c.state, ItemState::Queued);
    QCOMPARE(c.received, 0);
    QCOMPARE(c.worker, -1);

    // So the file that holds it is readable by its owner only, whatever the umask.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QCOMPARE(ListStore::write(path, list), QString());
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                             | QFileDevice::WriteOther)));
}

void tst_GuiStore::damagedFileIsKeptAside()
{
    QFile::remove(storePath());
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"fetchpool-list\", \"items\": [");
    file.close();
    QString error;
    QVERIFY(!ListStore(storePath()).load(&error));
    QVERIFY(error.contains(QStringLiteral("damaged")));
    QVERIFY(QFile::exists(storePath() + QStringLiteral(".damaged")));
}

void tst_GuiStore::windowRestoresListAndDestination()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 4; ++i)
        urls << m_server.url(QStringLiteral("/files/keep-%1.bin?size=300").arg(i));
    urls << m_server.url(QStringLiteral("/files/broken.bin?status=410"));
    {
        auto window = openWindow();
        window->setDestination(m_destination->path());
        window->model().addUrls(urls);
        QSignalSpy finished(&window->runs(), &RunController::runFinished);
        QVERIFY(window->startRun());
        QVERIFY(finished.wait(30'000));
        window->close();
    }
    QVERIFY(QFile::exists(storePath()));

    auto window = openWindow();
    QCOMPARE(window->destination(), m_destination->path());
    DownloadModel &model = window->model();
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model.item(row).url, urls[row]);
        QCOMPARE(model.item(row).state, ItemState::Done);
        QCOMPARE(model.item(row).fileName, QStringLiteral("keep-%1.bin").arg(row));
        QVERIFY(QFile::exists(model.item(row).filePath));
        QCOMPARE(model.item(row).received, 300);
    }
    QCOMPARE(model.item(4).state, ItemState::Failed);
    QVERIFY(model.item(4).errorMessage.contains(QStringLiteral("410")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionRetryFailed"))->isEnabled());
}

void tst_GuiStore::interruptedRunContinues()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 6; ++i)
        urls << m_server.url(QStringLiteral("/files/resume-%1.bin?size=500").arg(i));
    m_server.setLatency(20'000);
    {
        auto window = openWindow();
        window->setDestination(m_destination->path());
        window->model().addUrls(urls);
        window->setParallel(true);
        window->setParallelWorkers(2);
        QVERIFY(window->startRun());
        QTRY_VERIFY_WITH_TIMEOUT(window->model().countInState({ItemState::Connecting}) == 2, 10'000);
        // Closing mid-run (or a crash after the last save) leaves items
        // connecting and queued in the saved list.
    }
    m_server.setLatency(0);

    auto window = openWindow();
    DownloadModel &model = window->model();
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.countInState({ItemState::Queued}), 6);
    QSignalSpy finished(&window->runs(), &RunController::runFinished);
    QVERIFY(window->startRun());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(model.countInState({ItemState::Done}), 6);
}

void tst_GuiStore::changesAreSavedInTheBackground()
{
    QFile::remove(storePath());
    auto window = openWindow();
    // No close, no explicit save: the debounced background save writes it.
    window->model().addUrls({m_server.url(QStringLiteral("/files/bg.bin?size=1"))});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(storePath()), 5'000);
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto list = ListStore::deserialize(file.readAll(), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->items.size(), 1);
    QCOMPARE(list->items.first().url.path(), QStringLiteral("/files/bg.bin"));
}

void tst_GuiStore::demoLeavesTheSavedListAlone()
{
    const QUrl mine = m_server.url(QStringLiteral("/files/mine.bin?size=1"));
    {
        auto window = openWindow();
        window->setDestination(m_destination->path());
        window->model().addUrls({mine});
        window->loadDemo();
        QCOMPARE(window->model().rowCount(), 100);
        window->close();
    }
    auto window = openWindow();
    QCOMPARE(window->model().rowCount(), 1);
    QCOMPARE(window->model().item(0).url, mine);
    QCOMPARE(window->destination(), m_destination->path());
}

void tst_GuiStore::columnLayoutIsRemembered()
{
    {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *header = window->findChild<QTableView *>(QStringLiteral("listView"))->horizontalHeader();
        header->resizeSection(DownloadModel::StatusColumn, 333);
        window->close();
    }
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *header = window->findChild<QTableView *>(QStringLiteral("listView"))->horizontalHeader();
    QCOMPARE(header->sectionSize(DownloadModel::StatusColumn), 333);
}

QTEST_MAIN(tst_GuiStore)
#include "tst_guistore.moc"
