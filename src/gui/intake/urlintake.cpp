#include "intake/urlintake.h"

#include "urlmerger.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeData>
#include <QMimeDatabase>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

struct UrlIntake::Request
{
    QString sourceLabel;
    QVector<QUrl> droppedUrls; // links from text/uri-list
    QString text;
    UrlListParser::Format textFormat = UrlListParser::Format::Auto;
    QStringList files;
    QStringList arguments;
};

namespace {

// Merges parsed lists into one result: the URLs once each in first-seen
// order (UrlMerger), the rejects with their source.
class ResultBuilder
{
public:
    void addUrl(const QUrl &url) { m_urls.add(url); }

    // `firstLine` is the line of the source where `list` began (chunks of a big paste).
    void addList(const UrlList &list, const QString &source, int firstLine = 1)
    {
        m_urls.addUnique(list.urls);
        m_listDuplicates += list.duplicates;
        m_schemeAdded += list.schemeAdded;
        for (UrlReject reject : list.rejects) {
            reject.line += firstLine - 1;
            m_rejects.push_back({source, std::move(reject)});
        }
    }

    void reject(const QString &source, int line, const QString &text, const QString &reason)
    {
        m_rejects.push_back({source, UrlReject{line, text, reason}});
    }

    IntakeResult take()
    {
        IntakeResult result;
        result.duplicates = m_listDuplicates + m_urls.duplicates();
        result.urls = m_urls.takeUrls();
        result.rejects = std::move(m_rejects);
        result.schemeAdded = m_schemeAdded;
        return result;
    }

private:
    int m_schemeAdded = 0;
    UrlMerger m_urls;
    QVector<IntakeReject> m_rejects;
    int m_listDuplicates = 0; // repeats each parser already removed from its own list
};

// A piece of a plain-text list, cut at a line boundary.
struct TextChunk
{
    QString text;
    int firstLine = 1;
};

constexpr qsizetype MinChunkChars = 256 * 1024;

// Plain text is parsed line by line with nothing carried across lines, so a
// big paste can be cut at line boundaries and its pieces parsed on every core:
// 100,000 URLs otherwise keep one core busy for most of a second.
QVector<TextChunk> splitAtLines(const QString &text, UrlListParser::Format format)
{
    if (format == UrlListParser::Format::Auto)
        format = UrlListParser::detectFormat(text.left(4096).toUtf8());
    const int pieces = int(qBound(qsizetype(1), text.size() / MinChunkChars, qsizetype(QThread::idealThreadCount())));
    if (format != UrlListParser::Format::PlainText || pieces == 1)
        return {{text, 1}};

    QVector<TextChunk> chunks;
    qsizetype start = 0;
    int line = 1;
    for (int piece = 1; piece <= pieces && start < text.size(); ++piece) {
        qsizetype end = text.size();
        if (piece < pieces) {
            end = text.indexOf(QLatin1Char('\n'), text.size() * piece / pieces);
            end = end < 0 ? text.size() : end + 1;
        }
        const QStringView chunk = QStringView(text).mid(start, end - start);
        chunks.push_back({chunk.toString(), line});
        line += int(chunk.count(QLatin1Char('\n')));
        start = end;
    }
    return chunks;
}

bool looksLikeList(const QString &path, QString *mimeName)
{
    const QFileInfo info(path);
    if (UrlIntake::listFileSuffixes().contains(info.suffix(), Qt::CaseInsensitive))
        return true;
    // Reads the first bytes: any text file may be a list of links.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    *mimeName = mime.name();
    return mime.inherits(QStringLiteral("text/plain"));
}

void addFile(const QString &path, const UrlListParser &parser, ResultBuilder &builder)
{
    const QString name = QFileInfo(path).fileName();
    QString mimeName;
    if (!looksLikeList(path, &mimeName)) {
        builder.reject(name, 0, path, UrlIntake::tr("not a list of links (%1)").arg(mimeName));
        return;
    }
    QString error;
    if (const auto list = parser.parseFile(path, &error))
        builder.addList(*list, name);
    else
        builder.reject(name, 0, path, error);
}

} // namespace

const QStringList &UrlIntake::listFileSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("list"), QStringLiteral("lst"),
                                      QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"),
                                      QStringLiteral("url"), QStringLiteral("desktop")};
    return suffixes;
}

QString UrlIntake::summary(const IntakeResult &result, int added)
{
    const int listed = int(result.urls.size()) - added;
    const int rejected = int(result.rejects.size());
    QString text = added > 0 || listed > 0 ? tr("Added %n URL(s)", nullptr, added) : tr("No URLs found");
    if (listed > 0)
        text += tr(", skipped %n already in the list", nullptr, listed);
    if (result.duplicates > 0)
        text += tr(", %n repeated", nullptr, result.duplicates);
    if (rejected > 0)
        text += tr(", %n line(s) rejected", nullptr, rejected);
    if (result.schemeAdded > 0)
        text += tr("; %n URL(s) without a scheme were taken as https://", nullptr, result.schemeAdded);
    return text;
}

UrlIntake::UrlIntake(QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    qRegisterMetaType<Fetchpool::Gui::IntakeResult>();
}

// Reads in progress finish (they parse on the pool, which may submit their
// pieces); their results go with their watchers.
UrlIntake::~UrlIntake()
{
    for (QFutureWatcher<IntakeResult> *read : std::as_const(m_reads))
        read->waitForFinished();
}

bool UrlIntake::canTake(const QMimeData *data)
{
    return data && (data->hasUrls() || data->hasHtml() || data->hasText());
}

void UrlIntake::takeMimeData(const QMimeData *data, const QString &sourceLabel)
{
    Request request;
    request.sourceLabel = sourceLabel;
    if (data->hasUrls()) {
        // Files and links dragged from a file manager or a browser.
        const QList<QUrl> urls = data->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                request.files << url.toLocalFile();
            else
                request.droppedUrls << url;
        }
    } else if (data->hasHtml()) {
        request.text = data->html();
        request.textFormat = UrlListParser::Format::Html;
    } else if (data->hasText()) {
        request.text = data->text();
        request.textFormat = UrlListParser::Format::Auto;
    }
    submit(std::move(request));
}

void UrlIntake::takeText(const QString &text, const QString &sourceLabel)
{
    Request request;
    request.sourceLabel = sourceLabel;
    request.text = text;
    submit(std::move(request));
}

void UrlIntake::takeFiles(const QStringList &paths)
{
    Request request;
    request.files = paths;
    submit(std::move(request));
}

void UrlIntake::takeArguments(const QStringList &arguments)
{
    Request request;
    request.sourceLabel = tr("command line");
    request.arguments = arguments;
    submit(std::move(request));
}

void UrlIntake::submit(Request request)
{
    ++m_pending;
    auto *watcher = new QFutureWatcher<IntakeResult>(this);
    m_reads.push_back(watcher);
    connect(watcher, &QFutureWatcher<IntakeResult>::finished, this, [this, watcher] {
        --m_pending;
        m_reads.removeOne(watcher);
        watcher->deleteLater();
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [request = std::move(request), pool = &m_pool] {
        return process(request, *pool);
    }));
}

IntakeResult UrlIntake::process(const Request &request, QThreadPool &pool)
{
    ResultBuilder builder;
    const UrlListParser parser;

    for (int i = 0; i < request.droppedUrls.size(); ++i) {
        const QString text = request.droppedUrls[i].toString();
        QString reason;
        if (const auto url = UrlListParser::acceptUrl(text, &reason))
            builder.addUrl(*url);
        else
            builder.reject(request.sourceLabel, i + 1, text, reason);
    }

    if (!request.text.isEmpty()) {
        const QVector<TextChunk> chunks = splitAtLines(request.text, request.textFormat);
        // The other pieces on the pool (a busy pool hands them back to this
        // thread when it waits), the first one right here.
        QVector<QFuture<UrlList>> others;
        for (int i = 1; i < chunks.size(); ++i) {
            others << QtConcurrent::run(&pool, [parser, text = chunks[i].text, format = request.textFormat] {
                return parser.parseText(text, format);
            });
        }
        builder.addList(parser.parseText(chunks.first().text, request.textFormat), request.sourceLabel);
        for (int i = 1; i < chunks.size(); ++i)
            builder.addList(others[i - 1].result(), request.sourceLabel, chunks[i].firstLine);
    }

    for (const QString &path : request.files)
        addFile(path, parser, builder);

    for (int i = 0; i < request.arguments.size(); ++i) {
        const QString &argument = request.arguments[i];
        if (QFileInfo(argument).isFile()) {
            addFile(argument, parser, builder);
            continue;
        }
        QString reason;
        if (const auto url = UrlListParser::acceptUrl(argument, &reason))
            builder.addUrl(*url);
        else
            builder.reject(request.sourceLabel, i + 1, argument, reason);
    }
    return builder.take();
}

} // namespace Fetchpool::Gui
