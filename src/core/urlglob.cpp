#include "urlglob.h"

#include <QRegularExpression>

namespace Fetchpool {

namespace {

bool isGlobSpecial(QChar c)
{
    return c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{') || c == QLatin1Char('}')
            || c == QLatin1Char(',');
}

// `http://[::1]:8080/` and `http://user@[fe80::1%25eth0]/`: a bracket that
// opens the host and holds an IPv6 address is the URL's, not a range.
bool opensIpv6Host(const QString &text, qsizetype at, qsizetype close)
{
    const QStringView before = QStringView(text).left(at);
    const qsizetype schemeEnd = before.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return false;
    const QStringView authority = before.mid(schemeEnd + 3);
    if (!authority.isEmpty() && !authority.endsWith(QLatin1Char('@')))
        return false;
    if (authority.contains(QLatin1Char('/')))
        return false;
    static const QRegularExpression address(QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z._~-]+)?$"));
    return address.match(QStringView(text).mid(at + 1, close - at - 1)).hasMatch();
}

qint64 saturatingProduct(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    return a > UrlGlob::CountCeiling / b ? UrlGlob::CountCeiling : qMin(a * b, UrlGlob::CountCeiling);
}

} // namespace

bool UrlGlob::mayBePattern(QStringView text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            return true;
    }
    return false;
}

std::optional<UrlGlob> UrlGlob::parse(const QString &text, Error *error)
{
    const auto fail = [error](qsizetype at, const QString &reason) -> std::optional<UrlGlob> {
        if (error)
            *error = Error{int(at) + 1, reason};
        return std::nullopt;
    };
    UrlGlob glob;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && isGlobSpecial(text.at(i + 1))) {
            literal += text.at(++i);
            continue;
        }
        if (c == QLatin1Char(']') || c == QLatin1Char('}'))
            return fail(i, tr("'%1' closes no pattern").arg(c));
        if (c != QLatin1Char('[') && c != QLatin1Char('{')) {
            literal += c;
            continue;
        }
        const QChar closing = c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('}');
        qsizetype close = -1;
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            const QChar inner = text.at(j);
            if (inner == QLatin1Char('\\') && j + 1 < text.size() && isGlobSpecial(text.at(j + 1))) {
                ++j;
                continue;
            }
            if (inner == closing) {
                close = j;
                break;
            }
            if (inner == QLatin1Char('[') || inner == QLatin1Char('{'))
                return fail(j, tr("a pattern inside another: '%1' before the '%2' that closes column %3")
                                       .arg(inner)
                                       .arg(closing)
                                       .arg(i + 1));
        }
        if (close < 0)
            return fail(i, tr("'%1' is never closed with '%2'").arg(c).arg(closing));
        if (c == QLatin1Char('[') && opensIpv6Host(text, i, close)) {
            literal += QStringView(text).mid(i, close - i + 1);
            i = close;
            continue;
        }
        if (glob.m_patterns.size() == MaxPatterns)
            return fail(i, tr("more than %1 patterns in one URL").arg(MaxPatterns));
        const QStringView body = QStringView(text).mid(i + 1, close - i - 1);
        const auto pattern = c == QLatin1Char('[') ? parseRange(body, int(i) + 1, error)
                                                   : parseSet(body, int(i) + 1, error);
        if (!pattern)
            return std::nullopt;
        glob.m_pieces.push_back(Piece{literal, int(glob.m_patterns.size())});
        literal.clear();
        glob.m_patterns.push_back(*pattern);
        glob.m_count = saturatingProduct(glob.m_count, pattern->size);
        i = close;
    }
    glob.m_pieces.push_back(Piece{literal, -1});
    return glob;
}

// `1-45`, `001-045`, `a-z`, `A-F`, each with an optional `:step`.
std::optional<UrlGlob::Pattern> UrlGlob::parseRange(QStringView body, int column, Error *error)
{
    const auto fail = [&](const QString &reason) -> std::optional<Pattern> {
        if (error)
            *error = Error{column, reason};
        return std::nullopt;
    };
    static const QRegularExpression range(QStringLiteral("^(\\d+|[a-zA-Z])-(\\d+|[a-zA-Z])(?::(\\d+))?$"));
    const QRegularExpressionMatch match = range.match(body);
    if (!match.hasMatch())
        return fail(body.isEmpty() ? tr("an empty range '[]'")
                                   : tr("'[%1]' is no range: write [1-9], [001-120], [a-z] or [0-100:5]").arg(body));
    const QStringView from = match.capturedView(1);
    const QStringView to = match.capturedView(2);
    Pattern pattern;
    pattern.letters = from.at(0).isLetter();
    if (pattern.letters != to.at(0).isLetter()
        || (pattern.letters && from.at(0).isUpper() != to.at(0).isUpper()))
        return fail(tr("'[%1]' mixes kinds: a range goes from number to number or letter to letter of one case").arg(body));
    constexpr int MostDigits = 15;
    if (from.size() > MostDigits || to.size() > MostDigits || match.capturedView(3).size() > MostDigits)
        return fail(tr("'[%1]' has a number of more than %2 digits").arg(body).arg(MostDigits));
    const qint64 first = pattern.letters ? from.at(0).unicode() : from.toLongLong();
    const qint64 last = pattern.letters ? to.at(0).unicode() : to.toLongLong();
    if (last < first)
        return fail(tr("'[%1]' counts down: write the smaller end first").arg(body));
    pattern.step = match.capturedView(3).isEmpty() ? 1 : match.capturedView(3).toLongLong();
    if (pattern.step < 1)
        return fail(tr("'[%1]' has a step of 0").arg(body));
    pattern.first = first;
    pattern.size = (last - first) / pattern.step + 1;
    if (!pattern.letters && from.size() > 1 && from.startsWith(QLatin1Char('0')))
        pattern.padding = int(from.size());
    return pattern;
}

// `jpg,png,gif`: empty members are allowed (`{,_large}`), `\,` is a comma.
std::optional<UrlGlob::Pattern> UrlGlob::parseSet(QStringView body, int column, Error *error)
{
    Pattern pattern;
    QString member;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == QLatin1Char('\\') && i + 1 < body.size() && isGlobSpecial(body.at(i + 1))) {
            member += body.at(++i);
        } else if (c == QLatin1Char(',')) {
            pattern.set << member;
            member.clear();
        } else {
            member += c;
        }
    }
    pattern.set << member;
    if (pattern.set.size() == 1 && member.isEmpty()) {
        if (error)
            *error = Error{column, tr("an empty set '{}'")};
        return std::nullopt;
    }
    pattern.size = pattern.set.size();
    return pattern;
}

QString UrlGlob::Pattern::value(qint64 at) const
{
    if (!set.isEmpty())
        return set.at(at);
    const qint64 n = first + at * step;
    if (letters)
        return QString(QChar(char16_t(n)));
    return QStringLiteral("%1").arg(n, padding, 10, QLatin1Char('0'));
}

QVector<qint64> UrlGlob::positions(qint64 index) const
{
    QVector<qint64> at(m_patterns.size());
    for (qsizetype p = m_patterns.size() - 1; p >= 0; --p) {
        at[p] = index % m_patterns[p].size;
        index /= m_patterns[p].size;
    }
    return at;
}

QString UrlGlob::url(qint64 index) const
{
    const QVector<qint64> at = positions(index);
    QString url;
    for (const Piece &piece : m_pieces) {
        url += piece.literal;
        if (piece.pattern >= 0)
            url += m_patterns[piece.pattern].value(at[piece.pattern]);
    }
    return url;
}

namespace {

// Calls `reference(number, start, end)` for each `#N` in a name pattern.
template<typename Reference>
void forEachReference(const QString &namePattern, Reference reference)
{
    for (qsizetype i = 0; i < namePattern.size(); ++i) {
        if (namePattern.at(i) != QLatin1Char('#'))
            continue;
        qsizetype end = i + 1;
        while (end < namePattern.size() && namePattern.at(end).isDigit() && end - i <= 3)
            ++end;
        if (end > i + 1)
            reference(QStringView(namePattern).mid(i + 1, end - i - 1).toInt(), i, end);
    }
}

} // namespace

bool UrlGlob::acceptsNamePattern(const QString &namePattern, QString *reason) const
{
    bool accepted = true;
    bool referring = false;
    forEachReference(namePattern, [&](int number, qsizetype, qsizetype) {
        referring = true;
        if (accepted && (number < 1 || number > patternCount())) {
            accepted = false;
            if (reason)
                *reason = patternCount() == 1 ? tr("the name's #%1 refers to no pattern: the URL has only #1").arg(number)
                                              : tr("the name's #%1 refers to no pattern: the URL has #1 to #%2")
                                                        .arg(number)
                                                        .arg(patternCount());
        }
    });
    if (accepted && !referring && count() > 1) {
        accepted = false;
        if (reason)
            *reason = tr("the name '%1' would be the same for every URL of the pattern: put #1 in it").arg(namePattern);
    }
    return accepted;
}

QString UrlGlob::name(const QString &namePattern, qint64 index) const
{
    const QVector<qint64> at = positions(index);
    QString name;
    qsizetype copied = 0;
    forEachReference(namePattern, [&](int number, qsizetype start, qsizetype end) {
        if (number < 1 || number > patternCount())
            return;
        name += QStringView(namePattern).mid(copied, start - copied);
        name += m_patterns[number - 1].value(at[number - 1]);
        copied = end;
    });
    name += QStringView(namePattern).mid(copied);
    return name;
}

} // namespace Fetchpool
