#include "htmllinkscanner.h"

#include "urlcollector.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

namespace Fetchpool {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

// &amp; &quot; &apos; &lt; &gt; and numeric references; anything else stays as written.
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

// The '>' that ends the tag at `open`, ignoring '>' inside quoted values.
qsizetype tagEnd(const QString &text, qsizetype open)
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

// The attributes after a tag's name, keys lower-cased, values with their entities decoded.
QVector<std::pair<QString, QString>> parseAttributes(QStringView text)
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

// Every href, src and srcset candidate of the link tags, as a list of links.
class CollectorSink final : public HtmlTagSink
{
public:
    explicit CollectorSink(UrlCollector &out) : m_out(out) {}
    bool wantsTag(const QString &name, QStringView rawTag) const override
    {
        Q_UNUSED(rawTag)
        return isListLinkTag(name);
    }
    void tag(const HtmlTag &tag) override
    {
        for (const auto &[key, value] : tag.attributes) {
            if (key == QLatin1String("href") || key == QLatin1String("src")) {
                add(value, tag);
            } else if (key == QLatin1String("srcset")) {
                // "a.jpg 1x, b.jpg 2x": every candidate is a separate image.
                for (const auto &candidate : HtmlLinkScanner::srcsetCandidates(value))
                    add(candidate.url, tag);
            }
        }
    }

private:
    void add(const QString &rawValue, const HtmlTag &tag)
    {
        const QString value = rawValue.trimmed();
        // A jump within the page is not a link to anything downloadable.
        if (value.isEmpty() || value.startsWith(QLatin1Char('#')))
            return;
        m_out.add(value, tag.line, tag.base);
    }

    UrlCollector &m_out;
};

constexpr qsizetype MaxAnchorText = 120;

} // namespace

bool isListLinkTag(const QString &name)
{
    static const QStringList linkTags = {
        QStringLiteral("a"), QStringLiteral("img"), QStringLiteral("source"), QStringLiteral("link"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("area")};
    return linkTags.contains(name);
}

QString HtmlTag::attribute(QLatin1String key) const
{
    for (const auto &[name, value] : attributes) {
        if (name == key)
            return value;
    }
    return {};
}

HtmlLinkScanner::HtmlLinkScanner(const QUrl &base, HtmlTagSink &sink)
    : m_base(base)
    , m_sink(sink)
{
}

HtmlLinkScanner::HtmlLinkScanner(const QUrl &base, UrlCollector &out)
    : m_base(base)
    , m_ownSink(std::make_unique<CollectorSink>(out))
    , m_sink(*m_ownSink)
{
}

HtmlLinkScanner::~HtmlLinkScanner() = default;

QVector<HtmlLinkScanner::SrcsetCandidate> HtmlLinkScanner::srcsetCandidates(const QString &srcset)
{
    QVector<SrcsetCandidate> candidates;
    for (const QString &part : srcset.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        SrcsetCandidate candidate{words.first()};
        const QString descriptor = words.value(1).toLower();
        if (descriptor.endsWith(QLatin1Char('w')))
            candidate.width = descriptor.chopped(1).toInt();
        else if (descriptor.endsWith(QLatin1Char('x')))
            candidate.density = descriptor.chopped(1).toDouble();
        candidates << candidate;
    }
    return candidates;
}

void HtmlLinkScanner::scan(QIODevice &device)
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

// Handles every complete tag in `text`; keeps an unfinished tail for the next chunk.
void HtmlLinkScanner::consume(QString &text, bool final)
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
            takeText(text, pos, text.size());
            pos = text.size();
            break;
        }
        takeText(text, pos, open);
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

void HtmlLinkScanner::advance(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            ++m_line;
    }
}

void HtmlLinkScanner::takeText(const QString &text, qsizetype from, qsizetype to)
{
    if (m_inAnchor && m_anchorText.size() < 4 * MaxAnchorText)
        m_anchorText += QStringView(text).mid(from, qMin(to - from, 4 * MaxAnchorText));
    advance(text, from, to);
}

void HtmlLinkScanner::handleTag(QStringView tag)
{
    if (tag.startsWith(QLatin1Char('/'))) {
        if (m_inAnchor && tag.mid(1).trimmed().compare(QLatin1String("a"), Qt::CaseInsensitive) == 0) {
            m_inAnchor = false;
            QString text = decodeEntities(m_anchorText.simplified());
            if (text.size() > MaxAnchorText)
                text = text.left(MaxAnchorText - 1) + QChar(0x2026);
            m_sink.anchorText(text);
        }
        return;
    }
    qsizetype nameEnd = 0;
    while (nameEnd < tag.size() && !tag.at(nameEnd).isSpace() && tag.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    const QString name = tag.left(nameEnd).toString().toLower();
    if (name == QLatin1String("script") || name == QLatin1String("style")) {
        if (!tag.trimmed().endsWith(QLatin1Char('/')))
            m_skipUntil = QStringLiteral("</") + name;
        return;
    }
    if (name == QLatin1String("base")) {
        for (const auto &[key, value] : parseAttributes(tag.mid(nameEnd))) {
            if (key == QLatin1String("href") && !m_sawBase) {
                const QUrl base(value, QUrl::TolerantMode);
                m_base = m_base.isEmpty() ? base : m_base.resolved(base);
                m_sawBase = true;
            }
        }
        return;
    }
    if (name == QLatin1String("a") && m_sink.wantsAnchorText()) {
        m_inAnchor = true;
        m_anchorText.clear();
    }
    if (!m_sink.wantsTag(name, tag))
        return;
    m_sink.tag(HtmlTag{name, parseAttributes(tag.mid(nameEnd)), m_base, m_line});
}

} // namespace Fetchpool
