// Passwords in URLs never reach the window: a real run with user:password@
// URLs (done, HTTP error, refused, truncated, refused redirect) is fed into
// the list model, and no cell's text or tooltip shows the password, during
// the run or after it.
#include "downloadengine.h"
#include "enginetest.h"
#include "list/downloadmodel.h"
#include "modeltest.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

using namespace Fetchpool;
using Fetchpool::Gui::DownloadModel;
using namespace Fetchpool::Test;

namespace {

const QString Secret = QStringLiteral("pa55-w0rd-xyz");

// Every cell text and tooltip that shows the password, as "row/column: text".
QStringList leaks(const DownloadModel &model)
{
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole), int(Qt::WhatsThisRole)}) {
                const QString text = model.data(model.index(row, column), role).toString();
                if (text.contains(Secret))
                    found << QStringLiteral("%1/%2: %3").arg(row).arg(column).arg(text);
            }
        }
    }
    return found;
}

} // namespace

class tst_GuiCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordsNeverShowInTheList_data();
    void passwordsNeverShowInTheList();
};

void tst_GuiCredentials::passwordsNeverShowInTheList_data()
{
    addWorkerRows();
}

void tst_GuiCredentials::passwordsNeverShowInTheList()
{
    QFETCH(int, workers);
    TestServer server;
    QVERIFY(server.start());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    auto withCredentials = [](QUrl url) {
        url.setUserName(QStringLiteral("bob"));
        url.setPassword(Secret);
        return url;
    };
    const QVector<QUrl> urls{
            withCredentials(server.url(QStringLiteral("/files/gui-cred.bin?size=300000&stall=200"))),
            withCredentials(server.url(QStringLiteral("/files/gui-cred404.bin?status=404"))),
            withCredentials(QUrl(QStringLiteral("http://127.0.0.1:%1/files/gui-refused.bin").arg(closedPort))),
            withCredentials(server.url(QStringLiteral("/files/gui-cut.bin?size=100000&truncate=100"))),
            withCredentials(server.url(QStringLiteral("/redirect?to=ftp%3A%2F%2F127.0.0.1%2Fx.bin"))),
    };

    DownloadModel model;
    checkModel(&model);
    QCOMPARE(model.addUrls(urls), int(urls.size()));
    QVERIFY2(leaks(model).isEmpty(), qPrintable(leaks(model).join(QLatin1Char('\n'))));

    QVector<DownloadJob> jobs;
    for (int row = 0; row < model.rowCount(); ++row)
        jobs.push_back({model.item(row).result.id, model.item(row).result.url});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const EngineOptions options = engineOptions(dir.path(), workers);

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QElapsedTimer clock;
    clock.start();
    QStringList liveLeaks;
    int liveBatches = 0;
    connect(&engine, &DownloadEngine::progressed, &model,
            [&](const RunProgress &, const QVector<ItemProgress> &items) {
                model.applyProgress(items, clock.elapsed());
                ++liveBatches;
                liveLeaks << leaks(model);
            });
    connect(&engine, &DownloadEngine::itemsFinished, &model,
            [&](const QVector<ItemResult> &results) { model.applyResults(results); });
    QString error;
    QVERIFY2(engine.start(jobs, options, &error), qPrintable(error));
    QVERIFY(recorder.wait());
    QVERIFY(liveBatches > 0);
    QVERIFY2(liveLeaks.isEmpty(), qPrintable(liveLeaks.join(QLatin1Char('\n'))));

    QCOMPARE(recorder.run().done, 1);
    QCOMPARE(recorder.run().failed, 4);
    QVERIFY2(leaks(model).isEmpty(), qPrintable(leaks(model).join(QLatin1Char('\n'))));
    // The checks looked at real text: the user name and the failures are shown.
    const int row404 = model.rowOf(jobs.at(1).id);
    const QString status404 = model.data(model.index(row404, DownloadModel::StatusColumn), Qt::ToolTipRole).toString();
    QVERIFY2(status404.contains(QLatin1String("404")), qPrintable(status404));
    const QString shownUrl = model.data(model.index(row404, DownloadModel::UrlColumn), Qt::DisplayRole).toString();
    QVERIFY2(shownUrl.contains(QLatin1String("bob")) && shownUrl.contains(QLatin1String("gui-cred404.bin")),
             qPrintable(shownUrl));
}

QTEST_MAIN(tst_GuiCredentials)
#include "tst_guicredentials.moc"
