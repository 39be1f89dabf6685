// The least a file-saving client on Qt's HTTP stack does per URL: N threads,
// each with its own QNetworkAccessManager and event loop, taking the next URL
// from a shared counter, GET, and the body written to DIR/<last path
// segment>. No name checks, part files, timers, retries or progress. What
// fetchpool-cli costs beyond this on the same list is Fetchpool's own; what
// this costs is Qt's.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Batch
{
    QString folder;
    QList<QUrl> urls;
    std::atomic<int> next{0};
    std::atomic<int> failed{0};
    std::atomic<qint64> bytes{0};
};

// Lives on its own thread; fetches until the batch is empty, then quits it.
class FloorWorker : public QObject
{
public:
    explicit FloorWorker(Batch &batch) : m_batch(batch) {}

    void fetchNext()
    {
        const int index = m_batch.next.fetch_add(1);
        if (index >= m_batch.urls.size()) {
            thread()->quit();
            return;
        }
        QNetworkRequest request(m_batch.urls.at(index));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        auto file = std::make_shared<QFile>(m_batch.folder + u'/' + request.url().fileName());
        if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file->fileName()), qPrintable(file->errorString()));
            ++m_batch.failed;
            QMetaObject::invokeMethod(this, [this] { fetchNext(); }, Qt::QueuedConnection);
            return;
        }
        QNetworkReply *reply = m_network.get(request);
        auto save = [this, reply, file] {
            const QByteArray bytes = reply->readAll();
            m_batch.bytes += bytes.size();
            file->write(bytes); // a failure stays in file->error()
        };
        connect(reply, &QNetworkReply::readyRead, this, save);
        connect(reply, &QNetworkReply::finished, this, [this, reply, file, save] {
            save();
            if (reply->error() != QNetworkReply::NoError || !file->flush()
                || file->error() != QFileDevice::NoError)
                ++m_batch.failed;
            file->close();
            reply->deleteLater();
            fetchNext();
        });
    }

private:
    Batch &m_batch;
    QNetworkAccessManager m_network{this};
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Fetches every URL of LIST into DIR with WORKERS threads through bare "
            "QNetworkAccessManager calls and prints the wall time."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("LIST"), QStringLiteral("one URL per line"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("an existing folder"));
    parser.addPositionalArgument(QStringLiteral("WORKERS"), QStringLiteral("threads, 1-256"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        parser.showHelp(2);

    QFile list(args.at(0));
    const int workers = args.at(2).toInt();
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text) || workers < 1 || workers > 256) {
        std::fprintf(stderr, "cannot read %s or bad worker count\n", qPrintable(args.at(0)));
        return 2;
    }
    Batch batch;
    batch.folder = args.at(1);
    while (!list.atEnd()) {
        const QByteArray line = list.readLine().trimmed();
        if (!line.isEmpty())
            batch.urls << QUrl::fromEncoded(line);
    }

    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < std::min<int>(workers, batch.urls.size()); ++i) {
        auto thread = std::make_unique<QThread>();
        auto *worker = new FloorWorker(batch);
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::started, worker, &FloorWorker::fetchNext);
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        threads.push_back(std::move(thread));
    }
    for (auto &thread : threads)
        thread->wait();

    std::printf("%lld URLs, %d failed, %lld bytes, %d workers, %.3f s\n",
                static_cast<long long>(batch.urls.size()), batch.failed.load(),
                static_cast<long long>(batch.bytes.load()), workers, clock.nsecsElapsed() / 1e9);
    return batch.failed.load() == 0 ? 0 : 1;
}
