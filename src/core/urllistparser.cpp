#include "urllistparser.h"

#include "htmllinkscanner.h"
#include "urlcollector.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Fetchpool {

namespace {

// Reads a device line by line, decoding UTF-8, counting lines.
class LineReader
{
public:
    explicit LineReader(QIODevice &device) : m_device(device) {}
    bool next(QString *line)
    {
        if (m_device.atEnd())
            return false;
        // Into one buffer that grows for long lines and is then reused: a
        // new QByteArray per line was a tenth of a 10,000-URL run's CPU.
        if (m_buffer.isEmpty())
            m_buffer.resize(InitialLineBytes);
        qint64 length = 0;
        for (;;) {
            const qint64 read = m_device.readLine(m_buffer.data() + length, m_buffer.size() - length);
            if (read <= 0)
                break;
            length += read;
            if (m_buffer.at(length - 1) == '\n' || m_device.atEnd())
                break;
            m_buffer.resize(m_buffer.size() * 2); // the line goes on
        }
        if (length == 0 && m_device.atEnd())
            return false;
        ++m_lineNumber;
        const QString untrimmed = QString::fromUtf8(m_buffer.constData(), length);
        m_optionLine = Aria2Options::isOptionLine(untrimmed);
        *line = untrimmed.trimmed();
        return true;
    }
    int lineNumber() const { return m_lineNumber; }
    // The line is indented `key=value`: an aria2 option when under a URI line.
    bool isOptionLine() const { return m_optionLine; }

private:
    static constexpr qsizetype InitialLineBytes = 4096;
    QIODevice &m_device;
    QByteArray m_buffer;
    int m_lineNumber = 0;
    bool m_optionLine = false;
};

// One URI line of an aria2 input list: tab-separated mirrors of one file.
std::optional<QUrl> addUriLine(const QString &line, int lineNumber, UrlCollector &out, ListItemOptions &options)
{
    const QStringList uris = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
    const auto url = out.add(uris.value(0).trimmed(), lineNumber);
    for (qsizetype i = 1; url && i < uris.size(); ++i) {
        QString reason;
        if (const auto mirror = UrlListParser::acceptUrl(uris[i], &reason))
            options.mirrors << *mirror;
        else
            out.note(lineNumber, uris[i], reason);
    }
    return url;
}

// Plain lists, and aria2 input lists: a URI line and the indented
// `key=value` lines under it that hold its options.
void parsePlainText(QIODevice &device, UrlCollector &out)
{
    LineReader reader(device);
    QString line;
    // The URLs of the URI line the option lines belong to: one, or a pattern's.
    QVector<QUrl> current;
    int rejectedUriLine = 0; // a URI line that gave no URL, whose option lines follow
    ListItemOptions options;
    const auto settle = [&] {
        for (const QUrl &url : std::as_const(current))
            out.setOptions(url, options);
        current.clear();
        options = {};
    };
    while (reader.next(&line)) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QChar(0xfeff))) // a byte order mark on the first line
            line.remove(0, 1);
        if (reader.isOptionLine() && !current.isEmpty()) {
            QString reason;
            switch (Aria2Options::apply(line, options, &reason)) {
            case Aria2Options::Outcome::Applied: break;
            case Aria2Options::Outcome::Unknown: out.note(reader.lineNumber(), line, reason); break;
            case Aria2Options::Outcome::Malformed: out.reject(reader.lineNumber(), line, reason); break;
            }
            continue;
        }
        if (reader.isOptionLine() && rejectedUriLine > 0) {
            // Its URI line is the reject to fix; "not a URL" here would say nothing.
            out.note(reader.lineNumber(), line,
                     QCoreApplication::translate("Fetchpool::UrlListParser", "an option of line %1, which was rejected")
                             .arg(rejectedUriLine));
            continue;
        }
        settle();
        if (line.contains(QLatin1Char('\t'))) {
            if (const auto url = addUriLine(line, reader.lineNumber(), out, options))
                current = {*url};
        } else {
            current = out.addListed(line, reader.lineNumber());
        }
        rejectedUriLine = current.isEmpty() ? reader.lineNumber() : 0;
    }
    settle();
}

// `[Section]` files with `URL=` keys: .url internet shortcuts and .desktop Link entries.
void parseKeyFile(QIODevice &device, const QLatin1String &section, UrlCollector &out)
{
    LineReader reader(device);
    QString line;
    bool inSection = false;
    bool found = false;
    while (reader.next(&line)) {
        if (line.startsWith(QLatin1Char('['))) {
            inSection = line.compare(section, Qt::CaseInsensitive) == 0;
            continue;
        }
        if (!inSection)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        // .desktop files may write URL[$e]= for a value with environment variables.
        if (key.compare(QLatin1String("URL"), Qt::CaseInsensitive) == 0 || key == QLatin1String("URL[$e]")) {
            out.add(line.mid(equals + 1).trimmed(), reader.lineNumber());
            found = true;
        }
    }
    if (!found)
        out.reject(qMax(1, reader.lineNumber()), QString(),
                   QCoreApplication::translate("Fetchpool::UrlListParser", "no URL= entry in a %1 section").arg(section));
}

} // namespace

UrlListParser::UrlListParser(QUrl base, GlobOptions glob) : m_base(std::move(base)), m_glob(std::move(glob)) {}

UrlListParser::Format UrlListParser::detectFormat(const QByteArray &head, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("url"))
        return Format::InternetShortcut;
    if (suffix == QLatin1String("desktop"))
        return Format::DesktopLink;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;

    QByteArray start = head.left(4096).trimmed();
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.mid(3).trimmed();
    const QByteArray lower = start.toLower();
    if (lower.startsWith("[internetshortcut]"))
        return Format::InternetShortcut;
    if (lower.startsWith("[desktop entry]"))
        return Format::DesktopLink;
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<a ")
        || lower.contains("<img ") || lower.contains("<body"))
        return Format::Html;
    return Format::PlainText;
}

namespace {

// `www.example.com/a.jpg`: what a browser's address bar takes as a web
// address without a scheme. Only hosts that start with "www" (www2. too)
// and go on to a dot and a path: "example.com/a.jpg" could as well be a
// relative file path, and "images/a.jpg" is one.
bool isBareWebAddress(const QString &text)
{
    static const QRegularExpression bare(QStringLiteral("^www\\d*\\.[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?/\\S*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return text.startsWith(QLatin1String("www"), Qt::CaseInsensitive) && bare.match(text).hasMatch();
}

} // namespace

std::optional<QUrl> UrlListParser::acceptUrl(const QString &text, QString *reason, bool *schemeAdded)
{
    auto refuse = [reason](const QString &why) -> std::optional<QUrl> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    // Measured before anything copies or parses it.
    const QStringView trimmedView = QStringView(text).trimmed();
    if (trimmedView.size() > MaxUrlLength)
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "longer than %1 characters (%2): no server takes such a URL")
                              .arg(MaxUrlLength)
                              .arg(trimmedView.size()));
    QString trimmed = trimmedView.toString();
    if (trimmed.isEmpty())
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "empty"));
    const bool bare = isBareWebAddress(trimmed);
    if (bare)
        trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "malformed URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "not an absolute URL (no http:// or https://)"));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "unsupported scheme '%1'").arg(scheme));
    if (url.host().isEmpty())
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "missing host"));
    // The fragment never reaches the server: "a.jpg#x" and "a.jpg" are one
    // download. (Each setter copies the URL's data, so only when needed.)
    if (url.hasFragment())
        url.setFragment(QString());
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    if (schemeAdded)
        *schemeAdded = bare;
    return url;
}

UrlList UrlListParser::parse(QIODevice &device, Format format) const
{
    if (format == Format::Auto) {
        const auto *file = qobject_cast<const QFile *>(&device);
        format = detectFormat(device.peek(4096), file ? file->fileName() : QString());
    }
    UrlCollector collector(m_glob);
    // A list line holds a URL of some 40 bytes or more; a guess, bounded.
    constexpr qint64 BytesPerUrl = 40;
    constexpr qint64 MostExpected = 1'000'000;
    if (!device.isSequential())
        collector.expect(qsizetype(qBound(qint64(0), device.size() / BytesPerUrl, MostExpected)));
    switch (format) {
    case Format::Auto:
    case Format::PlainText:
        parsePlainText(device, collector);
        break;
    case Format::Html:
        HtmlLinkScanner(m_base, collector).scan(device);
        break;
    case Format::InternetShortcut:
        parseKeyFile(device, QLatin1String("[InternetShortcut]"), collector);
        break;
    case Format::DesktopLink:
        parseKeyFile(device, QLatin1String("[Desktop Entry]"), collector);
        break;
    }
    return collector.take();
}

UrlList UrlListParser::parseText(const QString &text, Format format) const
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return parse(buffer, format);
}

std::optional<UrlList> UrlListParser::parseFile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("Fetchpool::UrlListParser", "file not found: %1").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = QCoreApplication::translate("Fetchpool::UrlListParser", "'%1' is a folder, not a list of URLs").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Fetchpool::UrlListParser", "cannot read '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    UrlList list = parse(file);
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Fetchpool::UrlListParser", "error reading '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return list;
}

} // namespace Fetchpool
