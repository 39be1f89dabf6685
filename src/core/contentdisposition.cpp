#include "contentdisposition.h"

#include <QStringDecoder>
#include <QUrl>

#include <cstring>

namespace Fetchpool {

namespace {

// A small cursor over the header value: RFC 6266 section 4.1 grammar,
// tolerant of the stray whitespace real servers send.
class HeaderCursor
{
public:
    explicit HeaderCursor(const QByteArray &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpaces()
    {
        while (!atEnd() && (m_text.at(m_pos) == ' ' || m_text.at(m_pos) == '\t'))
            ++m_pos;
    }
    bool consume(char c)
    {
        skipSpaces();
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }
    // Everything up to one of `stops` (or the end), trimmed.
    QByteArray takeUntil(const char *stops)
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (!atEnd() && !std::strchr(stops, m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start).trimmed();
    }
    // A quoted-string with backslash escapes; the cursor is on the opening quote.
    QByteArray takeQuoted()
    {
        QByteArray value;
        ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return value;
            if (c == '\\' && !atEnd())
                value += m_text.at(m_pos++);
            else
                value += c;
        }
        return value; // unterminated: take what is there
    }
    bool peek(char c)
    {
        skipSpaces();
        return !atEnd() && m_text.at(m_pos) == c;
    }
    // Skips junk after a value, up to the next separator.
    void skipTo(char c)
    {
        while (!atEnd() && m_text.at(m_pos) != c)
            ++m_pos;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// Servers put raw UTF-8 in the plain `filename` parameter more often than
// the Latin-1 the grammar allows; accept whichever decodes cleanly.
QString decodePlain(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

// RFC 8187 ext-value: charset'language'percent-encoded-bytes.
std::optional<QString> decodeExtended(const QByteArray &value)
{
    const qsizetype firstQuote = value.indexOf('\'');
    const qsizetype secondQuote = firstQuote < 0 ? -1 : value.indexOf('\'', firstQuote + 1);
    if (secondQuote < 0)
        return std::nullopt;
    const QByteArray charset = value.left(firstQuote).trimmed().toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(secondQuote + 1));
    if (charset == "utf-8") {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes);
        if (utf8.hasError())
            return std::nullopt;
        return text;
    }
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    return std::nullopt; // RFC 8187 requires only these two
}

} // namespace

std::optional<QString> filenameFromContentDisposition(const QByteArray &header)
{
    HeaderCursor cursor(header);
    cursor.takeUntil(";"); // disposition type: attachment, inline or an extension
    std::optional<QString> plain;
    std::optional<QString> extended;
    while (cursor.consume(';')) {
        const QByteArray name = cursor.takeUntil("=;").toLower();
        if (!cursor.consume('='))
            continue; // a parameter without a value
        QByteArray value;
        if (cursor.peek('"'))
            value = cursor.takeQuoted();
        else
            value = cursor.takeUntil(";");
        if (name == "filename*") {
            if (!extended)
                extended = decodeExtended(value);
        } else if (name == "filename") {
            if (!plain)
                plain = decodePlain(value);
        }
        cursor.skipTo(';');
    }
    if (extended && !extended->isEmpty())
        return extended;
    if (plain && !plain->isEmpty())
        return plain;
    return std::nullopt;
}

} // namespace Fetchpool
