#include "urllistparser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace Fetchpool {

namespace {

constexpr qsizetype MaxRejectText = 200;
constexpr qint64 ChunkBytes = 64 * 1024;

QString shortened(const QString &text)
{
    return text.size() <= MaxRejectText ? text : text.left(MaxRejectText - 1) + QChar(0x2026);
}

// Collects accepted URLs without duplicates, and rejects with their lines.
class UrlCollector
{
public:
    void add(const QString &text, int line, const QUrl &base = {})
    {
        QString reason;
        std::optional<QUrl> url;
        if (!base.isEmpty()) {
            const QUrl relative(text, QUrl::TolerantMode);
            if (relative.isValid() && relative.isRelative())
                url = UrlListParser::acceptUrl(base.resolved(relative).toString(), &reason);
        }
        if (!url)
            url = UrlListParser::acceptUrl(text, &reason);
        if (!url) {
            m_list.rejects.append({line, shortened(text), reason});
            return;
        }
        if (m_seen.contains(*url)) {
            ++m_list.duplicates;
            return;
        }
        m_seen.insert(*url); // QUrl is implicitly shared: the set costs no copy of the URL
        m_list.urls.append(*url);
    }
    void reject(int line, const QString &text, const QString &reason)
    {
        m_list.rejects.append({line, shortened(text), reason});
    }
    UrlList take() { return std::move(m_list); }
    // Room for about `urls` URLs, so the set of seen ones is not rebuilt as it grows.
    void expect(qsizetype urls)
    {
        m_seen.reserve(urls);
        m_list.urls.reserve(urls);
    }

private:
    UrlList m_list;
    QSet<QUrl> m_seen;
};

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
        *line = QString::fromUtf8(m_buffer.constData(), length).trimmed();
        return true;
    }
    int lineNumber() const { return m_lineNumber; }

private:
    static constexpr qsizetype InitialLineBytes = 4096;
    QIODevice &m_device;
    QByteArray m_buffer;
    int m_lineNumber = 0;
};

void parsePlainText(QIODevice &device, UrlCollector &out)
{
    LineReader reader(device);
    QString line;
    while (reader.next(&line)) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QChar(0xfeff))) // a byte order mark on the first line
            line.remove(0, 1);
        out.add(line, reader.lineNumber());
    }
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

QString decodeEntities(QString value)
{
    if (!value.contains(QLatin1Char('&')))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != QLatin1Char('&')) {
            out += value.at(i);
            continue;
        }
        const qsizetype semicolon = value.indexOf(QLatin1Char(';'), i);
        if (semicolon < 0 || semicolon - i > 10) {
            out += value.at(i);
            continue;
        }
        const QString entity = value.mid(i + 1, semicolon - i - 1);
        QString decoded;
        if (entity == QLatin1String("amp"))
            decoded = QStringLiteral("&");
        else if (entity == QLatin1String("quot"))
            decoded = QStringLiteral("\"");
        else if (entity == QLatin1String("apos"))
            decoded = QStringLiteral("'");
        else if (entity == QLatin1String("lt"))
            decoded = QStringLiteral("<");
        else if (entity == QLatin1String("gt"))
            decoded = QStringLiteral(">");
        else if (entity.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                    ? entity.mid(2).toUInt(&ok, 16)
                    : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        }
        if (decoded.isNull()) {
            out += value.at(i);
            continue;
        }
        out += decoded;
        i = semicolon;
    }
    return out;
}

// A forgiving scanner for links in HTML: reads the page in chunks, finds tags,
// and takes href / src / srcset from the tags that point at downloadable things.
// Comments, scripts and styles are skipped. It is not a DOM: it needs none.
class HtmlLinkScanner
{
public:
    HtmlLinkScanner(const QUrl &base, UrlCollector &out) : m_base(base), m_out(out) {}

    void scan(QIODevice &device)
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString pending;
        while (!device.atEnd()) {
            const QByteArray chunk = device.read(ChunkBytes);
            if (chunk.isEmpty())
                break;
            pending += decoder(chunk);
            consume(pending, false);
        }
        consume(pending, true);
    }

private:
    // Handles every complete tag in `text`; keeps an unfinished tail for the next chunk.
    void consume(QString &text, bool final)
    {
        qsizetype pos = 0;
        while (true) {
            if (!m_skipUntil.isEmpty()) {
                const qsizetype end = text.indexOf(m_skipUntil, pos, Qt::CaseInsensitive);
                if (end < 0) {
                    // Keep only enough to recognise the terminator across chunks.
                    const qsizetype keep = final ? text.size() : qMax(pos, text.size() - m_skipUntil.size());
                    advance(text, pos, keep);
                    pos = keep;
                    break;
                }
                advance(text, pos, end + m_skipUntil.size());
                pos = end + m_skipUntil.size();
                m_skipUntil.clear();
                continue;
            }
            const qsizetype open = text.indexOf(QLatin1Char('<'), pos);
            if (open < 0) {
                advance(text, pos, text.size());
                pos = text.size();
                break;
            }
            advance(text, pos, open);
            pos = open;
            if (text.mid(open, 4) == QLatin1String("<!--")) {
                m_skipUntil = QStringLiteral("-->");
                advance(text, pos, open + 4);
                pos = open + 4;
                continue;
            }
            const qsizetype close = tagEnd(text, open);
            if (close < 0)
                break; // the tag continues in the next chunk
            handleTag(QStringView(text).mid(open + 1, close - open - 1));
            advance(text, pos, close + 1);
            pos = close + 1;
        }
        text.remove(0, pos);
    }

    // The '>' that ends the tag at `open`, ignoring '>' inside quoted values.
    static qsizetype tagEnd(const QString &text, qsizetype open)
    {
        QChar quote;
        for (qsizetype i = open + 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                return i;
            }
        }
        return -1;
    }

    void advance(const QString &text, qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i) {
            if (text.at(i) == QLatin1Char('\n'))
                ++m_line;
        }
    }

    void handleTag(QStringView tag)
    {
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !tag.at(nameEnd).isSpace() && tag.at(nameEnd) != QLatin1Char('/'))
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        if (name == QLatin1String("script") || name == QLatin1String("style")) {
            if (!tag.trimmed().endsWith(QLatin1Char('/')))
                m_skipUntil = QStringLiteral("</") + name;
            return;
        }
        const bool isBase = name == QLatin1String("base");
        static const QStringList linkTags = {
            QStringLiteral("a"), QStringLiteral("img"), QStringLiteral("source"), QStringLiteral("link"),
            QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("area")};
        if (!isBase && !linkTags.contains(name))
            return;
        const auto attributes = parseAttributes(tag.mid(nameEnd));
        for (const auto &[key, value] : attributes) {
            if (isBase) {
                if (key == QLatin1String("href") && !m_sawBase) {
                    const QUrl base(value, QUrl::TolerantMode);
                    m_base = m_base.isEmpty() ? base : m_base.resolved(base);
                    m_sawBase = true;
                }
            } else if (key == QLatin1String("href") || key == QLatin1String("src")) {
                addLink(value);
            } else if (key == QLatin1String("srcset")) {
                // "a.jpg 1x, b.jpg 2x": every candidate is a separate image.
                for (const QString &candidate : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    addLink(candidate.trimmed().section(QLatin1Char(' '), 0, 0));
            }
        }
    }

    void addLink(const QString &rawValue)
    {
        const QString value = rawValue.trimmed();
        // A jump within the page is not a link to anything downloadable.
        if (value.isEmpty() || value.startsWith(QLatin1Char('#')))
            return;
        m_out.add(value, m_line, m_base);
    }

    static QVector<std::pair<QString, QString>> parseAttributes(QStringView text)
    {
        QVector<std::pair<QString, QString>> attributes;
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            while (i < n && (text.at(i).isSpace() || text.at(i) == QLatin1Char('/')))
                ++i;
            const qsizetype keyStart = i;
            while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char('/'))
                ++i;
            const QString key = text.mid(keyStart, i - keyStart).toString().toLower();
            while (i < n && text.at(i).isSpace())
                ++i;
            QString value;
            if (i < n && text.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < n && text.at(i).isSpace())
                    ++i;
                if (i < n && (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\''))) {
                    const QChar quote = text.at(i++);
                    const qsizetype start = i;
                    while (i < n && text.at(i) != quote)
                        ++i;
                    value = text.mid(start, i - start).toString();
                    ++i;
                } else {
                    const qsizetype start = i;
                    while (i < n && !text.at(i).isSpace())
                        ++i;
                    value = text.mid(start, i - start).toString();
                }
            }
            if (!key.isEmpty())
                attributes.append({key, decodeEntities(value)});
        }
        return attributes;
    }

    QUrl m_base;
    bool m_sawBase = false;
    UrlCollector &m_out;
    QString m_skipUntil;
    int m_line = 1;
};

} // namespace

UrlListParser::UrlListParser(QUrl base) : m_base(std::move(base)) {}

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

std::optional<QUrl> UrlListParser::acceptUrl(const QString &text, QString *reason)
{
    auto refuse = [reason](const QString &why) -> std::optional<QUrl> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(QCoreApplication::translate("Fetchpool::UrlListParser", "empty"));
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
    return url;
}

UrlList UrlListParser::parse(QIODevice &device, Format format) const
{
    if (format == Format::Auto) {
        const auto *file = qobject_cast<const QFile *>(&device);
        format = detectFormat(device.peek(4096), file ? file->fileName() : QString());
    }
    UrlCollector collector;
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
