#include "intake/urlintake.h"

#include "intake/intakebuilder.h"
#include "pagesource.h"
#include "urlcollector.h"

#include <QFile>
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
    QUrl sourcePage; // of dragged or copied links, when the browser said
    QStringList files;
    QStringList arguments;
    GlobOptions glob;
};

namespace {

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

// The page a saved HTML file came from, read from its head.
QUrl sourcePageOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(PageSource::HeadBytes);
    const bool html = UrlListParser::detectFormat(head.left(4096), QFileInfo(path).fileName())
            == UrlListParser::Format::Html;
    return html ? PageSource::fromHtml(head) : QUrl();
}

void addFile(const QString &path, const UrlListParser &parser, IntakeBuilder &builder)
{
    const QString name = QFileInfo(path).fileName();
    QString error;
    if (ChecksumFile::isSumsFileName(name)) {
        if (const auto digests = ChecksumFile::read(path, &error))
            builder.addDigests(*digests);
        else
            builder.reject(name, 0, path, error);
        return;
    }
    QString mimeName;
    if (!looksLikeList(path, &mimeName)) {
        builder.reject(name, 0, path, UrlIntake::tr("not a list of links (%1)").arg(mimeName));
        return;
    }
    // A saved page's relative links resolve against the page it was saved
    // from, when it says so and has no <base> of its own.
    const QUrl page = sourcePageOf(path);
    const auto list = page.isValid() ? UrlListParser(page, parser.globOptions()).parseFile(path, &error)
                                     : parser.parseFile(path, &error);
    if (list)
        builder.addList(*list, name, 1, page);
    else
        builder.reject(name, 0, path, error);
}

// The page dragged or copied links came from, where the browser says:
// Firefox's text/x-moz-url-priv (UTF-16 on X11), Chromium's chromium/x-source-url.
QUrl sourcePageOf(const QMimeData *data)
{
    for (const char *format : {"text/x-moz-url-priv", "chromium/x-source-url"}) {
        const QByteArray bytes = data->data(QString::fromLatin1(format));
        if (bytes.isEmpty())
            continue;
        const bool utf16 = bytes.size() > 1 && bytes.at(1) == '\0';
        const QString text = utf16 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2)
                                   : QString::fromUtf8(bytes);
        const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).remove(QChar(u'\0')).trimmed();
        if (const auto page = UrlListParser::acceptUrl(firstLine))
            return *page;
    }
    return {};
}

} // namespace

const QStringList &UrlIntake::listFileSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("list"), QStringLiteral("lst"),
                                      QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"),
                                      QStringLiteral("url"), QStringLiteral("desktop")};
    return suffixes;
}

QString UrlIntake::summary(const IntakeResult &result, int added, int checksummed)
{
    const int listed = int(result.urls.size()) - added;
    const int rejected = int(result.rejects.size());
    const int digests = int(result.digests.size());
    QString text;
    if (added > 0 || listed > 0)
        text = tr("Added %n URL(s)", nullptr, added);
    else if (digests > 0)
        text = tr("Read %n checksum(s)", nullptr, digests);
    else
        text = tr("No URLs found");
    if (listed > 0)
        text += tr(", skipped %n already in the list", nullptr, listed);
    if (result.duplicates > 0)
        text += tr(", %n repeated", nullptr, result.duplicates);
    if (checksummed > 0)
        text += tr(", %n with a checksum to verify", nullptr, checksummed);
    else if (digests > 0)
        text += tr(", no waiting item is named as in the checksums");
    if (!result.notes.isEmpty())
        text += tr(", %n option line(s) ignored", nullptr, int(result.notes.size()));
    if (rejected > 0)
        text += tr(", %n line(s) rejected", nullptr, rejected);
    if (result.schemeAdded > 0)
        text += tr("; %n URL(s) without a scheme were taken as https://", nullptr, result.schemeAdded);
    if (result.malformedPatterns > 0)
        text += tr("; for URLs with [ ] or { } of their own, untick Expand patterns in Add URLs…");
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

void UrlIntake::takeMimeData(const QMimeData *data, const QString &sourceLabel, MimeReading reading)
{
    Request request;
    request.sourceLabel = sourceLabel;
    request.sourcePage = sourcePageOf(data);
    if (data->hasUrls()) {
        // Files and links dragged from a file manager or a browser.
        const QList<QUrl> urls = data->urls();
        for (const QUrl &url : urls) {
            if (!url.isLocalFile())
                request.droppedUrls << url;
            else if (!reading.linksOnly)
                request.files << url.toLocalFile();
        }
    }
    const auto fits = [&reading](const QString &text) {
        return !text.isEmpty() && (reading.maxTextChars < 0 || text.size() <= reading.maxTextChars);
    };
    if (request.droppedUrls.isEmpty() && request.files.isEmpty()) {
        if (const QString html = data->hasHtml() ? data->html() : QString(); fits(html)) {
            request.text = html;
            request.textFormat = UrlListParser::Format::Html;
        } else if (const QString text = data->hasText() ? data->text() : QString(); fits(text)) {
            request.text = text;
            request.textFormat = UrlListParser::Format::Auto;
        }
    }
    if (reading.linksOnly && request.droppedUrls.isEmpty() && request.text.isEmpty())
        return; // nothing that could be a link
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
    request.glob = m_glob;
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
    IntakeBuilder builder;
    // Relative links in a browser's HTML resolve against its page.
    const UrlListParser parser(request.sourcePage, request.glob);

    for (int i = 0; i < request.droppedUrls.size(); ++i) {
        const QString text = request.droppedUrls[i].toString();
        QString reason;
        if (const auto url = UrlListParser::acceptUrl(text, &reason))
            builder.addUrl(*url, request.sourcePage);
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
        builder.addList(parser.parseText(chunks.first().text, request.textFormat), request.sourceLabel, 1,
                        request.sourcePage);
        for (int i = 1; i < chunks.size(); ++i)
            builder.addList(others[i - 1].result(), request.sourceLabel, chunks[i].firstLine, request.sourcePage);
    }

    for (const QString &path : request.files)
        addFile(path, parser, builder);

    for (int i = 0; i < request.arguments.size(); ++i) {
        const QString &argument = request.arguments[i];
        if (QFileInfo(argument).isFile()) {
            addFile(argument, parser, builder);
            continue;
        }
        UrlCollector collector(request.glob); // an argument may be a pattern too
        collector.addListed(argument, i + 1);
        builder.addList(collector.take(), request.sourceLabel);
    }
    return builder.take();
}

} // namespace Fetchpool::Gui
