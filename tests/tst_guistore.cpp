// Persistence: the list and its destination survive a restart, with each
// row's timings and error kind; in-flight items come back queued so the run
// can continue, lists saved in the first format still load, saves happen in
// the background, and the demo never replaces the user's list.
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
    void readsListsSavedInTheFirstFormat();
    void damagedFileIsKeptAside();
    void windowRestoresListAndDestination();
    void firstByteAndErrorKindSurviveARestart();
    void everyAttemptSurvivesARestart();
    void interruptedRunContinues();
    void changesAreSavedInTheBackground();
    void demoLeavesTheSavedListAlone();
    void columnLayoutIsRemembered();

private:
    std::unique_ptr<MainWindow> openWindow();
    // Runs `urls` to the end in a window over the saved list, then closes it.
    void runAndClose(const QVector<QUrl> &urls);
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

void tst_GuiStore::runAndClose(const QVector<QUrl> &urls)
{
    auto window = openWindow();
    window->setDestination(m_destination->path());
    window->model().addUrls(urls);
    QSignalSpy finished(&window->runs(), &RunController::runFinished);
    QVERIFY(window->startRun());
    QVERIFY(finished.wait(30'000));
    window->close();
}

void tst_GuiStore::serializationRoundTrip()
{
    StoredList list;
    list.destination = QStringLiteral("/data/downloads");
    DownloadItem done;
    done.result.url = QUrl(QStringLiteral("https://example.org/a.png"));
    done.result.state = ItemState::Done;
    done.result.filePath = QStringLiteral("/data/downloads/a (1).png");
    done.result.mimeType = QStringLiteral("image/png");
    done.result.bytes = done.result.totalBytes = 1234;
    done.result.startUs = 4'000;
    done.result.firstByteUs = 20'000;
    done.result.endUs = 60'000;
    done.result.worker = 3;
    done.result.httpStatus = 200;
    done.result.attempts = 1;
    DownloadItem failed;
    failed.result.url = QUrl(QStringLiteral("https://example.org/b.png"));
    failed.result.state = ItemState::Failed;
    failed.result.error = FetchError::make(ErrorKind::Http, QStringLiteral("HTTP 404 Not Found"));
    failed.result.error.httpStatus = failed.result.httpStatus = 404;
    DownloadItem inFlight;
    inFlight.result.url = QUrl(QStringLiteral("https://user:pw@example.org/c.png"));
    inFlight.result.state = ItemState::Receiving;
    inFlight.result.bytes = 100;
    inFlight.result.totalBytes = 1000;
    inFlight.result.worker = 1;
    list.items = {done, failed, inFlight};

    QString error;
    const auto restored = ListStore::deserialize(ListStore::serialize(list), &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->destination, list.destination);
    QCOMPARE(restored->items.size(), 3);
    const DownloadItem &a = restored->items[0];
    QCOMPARE(a.result.url, done.result.url);
    QCOMPARE(a.result.state, ItemState::Done);
    QCOMPARE(a.displayName(), QStringLiteral("a (1).png"));
    QCOMPARE(a.result.filePath, done.result.filePath);
    QCOMPARE(a.result.mimeType, done.result.mimeType);
    QCOMPARE(a.result.bytes, 1234);
    QCOMPARE(a.durationUs(), 56'000);
    QCOMPARE(a.timeToFirstByteUs(), 16'000);
    QCOMPARE(a.result.worker, 3);
    const DownloadItem &b = restored->items[1];
    QCOMPARE(b.result.state, ItemState::Failed);
    QCOMPARE(b.result.error.kind, ErrorKind::Http);
    QCOMPARE(b.result.error.httpStatus, 404);
    QCOMPARE(b.result.error.message, failed.result.error.message);
    const DownloadItem &c = restored->items[2];
    // No login on disk: the site's 401 asks for it again after a restart.
    QCOMPARE(c.result.url, QUrl(QStringLiteral("https://example.org/c.png")));
    QVERIFY(!ListStore::serialize(list).contains("user:pw"));
    QCOMPARE(c.result.state, ItemState::Queued);
    QCOMPARE(c.result.bytes, 0);
    QCOMPARE(c.result.worker, -1);

    // So the file that holds it is readable by its owner only, whatever the umask.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QCOMPARE(ListStore::write(path, list), QString());
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                             | QFileDevice::WriteOther)));
}

// A list saved before the rows kept the engine's result, as the window wrote
// it then: every row comes back, with what that format had.
void tst_GuiStore::readsListsSavedInTheFirstFormat()
{
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format":"fetchpool-list","version":1,"destination":"/data/downloads","items":[
        {"url":"https://example.org/a.png","state":"done","name":"a (1).png","file":"/data/downloads/a (1).png",
         "mimeType":"image/png","bytes":1234,"totalBytes":1234,"durationUs":56000,"bytesPerSecond":22035.7,
         "worker":3,"httpStatus":200,"attempts":1},
        {"url":"https://example.org/b.png","state":"failed","httpStatus":404,"attempts":1,"error":"HTTP 404 Not Found"},
        {"url":"https://user:pw@example.org/c.png","state":"receiving"}]})");
    file.close();

    QString error;
    const auto list = ListStore(storePath()).load(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->destination, QStringLiteral("/data/downloads"));
    QCOMPARE(list->items.size(), 3);
    const ItemResult &done = list->items[0].result;
    QCOMPARE(done.state, ItemState::Done);
    QCOMPARE(list->items[0].displayName(), QStringLiteral("a (1).png"));
    QCOMPARE(done.filePath, QStringLiteral("/data/downloads/a (1).png"));
    QCOMPARE(done.mimeType, QStringLiteral("image/png"));
    QCOMPARE(done.bytes, 1234);
    QCOMPARE(done.totalBytes, 1234);
    QCOMPARE(done.worker, 3);
    QCOMPARE(done.httpStatus, 200);
    QCOMPARE(done.attempts, 1);
    const ItemResult &failed = list->items[1].result;
    QCOMPARE(failed.state, ItemState::Failed);
    QCOMPARE(failed.httpStatus, 404);
    QCOMPARE(failed.error.message, QStringLiteral("HTTP 404 Not Found"));
    const ItemResult &inFlight = list->items[2].result;
    QCOMPARE(inFlight.url, QUrl(QStringLiteral("https://user:pw@example.org/c.png")));
    QCOMPARE(inFlight.state, ItemState::Queued);

    // Saved again in the current format, the message without a kind survives.
    const auto again = ListStore::deserialize(ListStore::serialize(*list), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->items[1].result.error.message, QStringLiteral("HTTP 404 Not Found"));
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
    runAndClose(urls);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFile::exists(storePath()));

    auto window = openWindow();
    QCOMPARE(window->destination(), m_destination->path());
    DownloadModel &model = window->model();
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < 4; ++row) {
        const ItemResult &result = model.item(row).result;
        QCOMPARE(result.url, urls[row]);
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(model.item(row).displayName(), QStringLiteral("keep-%1.bin").arg(row));
        QVERIFY(QFile::exists(result.filePath));
        QCOMPARE(result.bytes, 300);
    }
    QCOMPARE(model.item(4).result.state, ItemState::Failed);
    QVERIFY(model.item(4).result.error.message.contains(QStringLiteral("410")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionRetryFailed"))->isEnabled());
}

// What the list showed of a run is still there after a restart: the time to
// the first byte, and why an item failed (kind and status, not only the text).
void tst_GuiStore::firstByteAndErrorKindSurviveARestart()
{
    runAndClose({m_server.url(QStringLiteral("/files/late.bin?size=300&latency=40")),
                 m_server.url(QStringLiteral("/files/gone.bin?status=404"))});
    if (QTest::currentTestFailed())
        return;

    auto window = openWindow();
    const DownloadModel &model = window->model();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.item(0).result.state, ItemState::Done);
    QVERIFY2(model.item(0).timeToFirstByteUs() >= 40'000, qPrintable(QString::number(model.item(0).timeToFirstByteUs())));
    QVERIFY(!model.index(0, DownloadModel::FirstByteColumn).data().toString().isEmpty());
    const FetchError &error = model.item(1).result.error;
    QCOMPARE(model.item(1).result.state, ItemState::Failed);
    QCOMPARE(error.kind, ErrorKind::Http);
    QCOMPARE(error.httpStatus, 404);
}

// The list after a restart shows what it showed before: the First Byte
// column, the attempts column and every attempt with its status and reason,
// for an item that needed a retry and one that failed after retries.
void tst_GuiStore::everyAttemptSurvivesARestart()
{
    const QVector<QUrl> urls{m_server.url(QStringLiteral("/files/flaky.bin?size=300&fail=1&failstatus=503")),
                             m_server.url(QStringLiteral("/files/down.bin?fail=99&failstatus=502"))};
    QVector<DownloadItem> before;
    QStringList columnsBefore;
    const int columns[] = {DownloadModel::StatusColumn, DownloadModel::FirstByteColumn, DownloadModel::AttemptsColumn};
    {
        ConnectionSettings connection;
        connection.retries = 1;
        GuiSettings().setConnection(connection);
        auto window = openWindow();
        window->setDestination(m_destination->path());
        window->model().addUrls(urls);
        QSignalSpy finished(&window->runs(), &RunController::runFinished);
        QVERIFY(window->startRun());
        QVERIFY(finished.wait(30'000));
        before = window->model().items();
        for (int row = 0; row < 2; ++row) {
            for (int column : columns)
                columnsBefore << window->model().index(row, column).data().toString();
        }
        window->close();
    }
    QCOMPARE(before.at(0).result.attemptHistory.size(), 2);
    QCOMPARE(before.at(1).result.attemptHistory.size(), 2);
    QVERIFY2(columnsBefore.at(3).startsWith(QStringLiteral("Failed: HTTP 502")), qPrintable(columnsBefore.at(3)));

    auto window = openWindow();
    const DownloadModel &model = window->model();
    QCOMPARE(model.rowCount(), 2);
    QStringList columnsAfter;
    for (int row = 0; row < 2; ++row) {
        for (int column : columns)
            columnsAfter << model.index(row, column).data().toString();
    }
    QCOMPARE(columnsAfter, columnsBefore);
    QVERIFY(!columnsAfter.at(1).isEmpty()); // the first byte of the attempt that succeeded
    for (int row = 0; row < 2; ++row) {
        const QVector<AttemptRecord> &was = before.at(row).result.attemptHistory;
        const QVector<AttemptRecord> &is = model.item(row).result.attemptHistory;
        QCOMPARE(is.size(), was.size());
        for (qsizetype i = 0; i < was.size(); ++i) {
            QCOMPARE(is.at(i).startUs, was.at(i).startUs);
            QCOMPARE(is.at(i).firstByteUs, was.at(i).firstByteUs);
            QCOMPARE(is.at(i).endUs, was.at(i).endUs);
            QCOMPARE(is.at(i).httpStatus, was.at(i).httpStatus);
            QCOMPARE(is.at(i).error.kind, was.at(i).error.kind);
            QCOMPARE(is.at(i).error.message, was.at(i).error.message);
        }
    }
    QCOMPARE(model.item(0).result.attemptHistory.at(0).httpStatus, 503);
    QCOMPARE(model.item(0).result.attemptHistory.at(1).httpStatus, 200);
    QCOMPARE(model.item(1).result.attemptHistory.at(1).error.kind, ErrorKind::Http);
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
    QCOMPARE(list->items.first().result.url.path(), QStringLiteral("/files/bg.bin"));
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
    QCOMPARE(window->model().item(0).result.url, mine);
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
