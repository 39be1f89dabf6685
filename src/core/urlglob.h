#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Fetchpool {

// What list parsing does with URL patterns (`img[001-045].jpg`).
struct GlobOptions
{
    // A pattern that stands for more URLs than this is not expanded: the
    // window asks first, the CLI wants --max-expand.
    static constexpr qint64 DefaultMaxExpand = 100'000;

    bool enabled = true;                  // false: --globoff, brackets are literal
    qint64 maxExpand = DefaultMaxExpand;
    // The file name of each URL a pattern gives, with `#1` for the first
    // pattern's value (curl's -o spelling): "photo_#1.jpg". Empty: named
    // from the URL as usual.
    QString namePattern;
};

// One URL pattern in curl's globbing syntax: numeric ranges `[1-45]` (with
// the leading zeros of `[001-045]` kept), letter ranges `[a-z]`, either with
// a step (`[0-100:5]`), and sets `{jpg,png}`. Several multiply out, the last
// varying fastest. `\[`, `\]`, `\{`, `\}` and `\,` stand for the character
// itself, and a bracketed IPv6 host (`http://[::1]/`) is no range.
//
// The URLs are never held: count() is arithmetic and url(i) builds the i-th,
// so a pattern of a billion URLs costs nothing until someone asks for them.
class UrlGlob final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::UrlGlob)

public:
    struct Error
    {
        int column = 0; // 1-based, in the text given: where the faulty pattern opens
        QString reason;
    };

    // At most this many patterns in one URL, as curl allows.
    static constexpr int MaxPatterns = 100;
    // count() stops here: more than anyone could fetch.
    static constexpr qint64 CountCeiling = qint64(1) << 53;

    // Whether `text` has a character that starts or ends a pattern, so it
    // must be parsed as one (cheap; most lines have none).
    static bool mayBePattern(QStringView text);
    // Nothing and *error when the text is a malformed pattern.
    static std::optional<UrlGlob> parse(const QString &text, Error *error);

    int patternCount() const { return int(m_patterns.size()); }
    // How many URLs the pattern stands for (at most CountCeiling).
    qint64 count() const { return m_count; }
    // The `index`-th URL, 0 <= index < count().
    QString url(qint64 index) const;

    // Checks a name pattern against this glob: every `#N` must name one of
    // its patterns, and a glob of several URLs needs at least one `#N`.
    // Says why not in *reason.
    bool acceptsNamePattern(const QString &namePattern, QString *reason) const;
    // The name pattern with each `#N` replaced by the N-th pattern's value
    // in the `index`-th URL.
    QString name(const QString &namePattern, qint64 index) const;

private:
    struct Pattern
    {
        QStringList set;   // a set, or empty for a range
        qint64 first = 0;  // a range: numbers, or letters as their code
        qint64 step = 1;
        qint64 size = 0;   // how many values
        int padding = 0;   // digits of `[001-...]`
        bool letters = false;
        QString value(qint64 at) const;
    };
    // Literal text, then the pattern whose values follow it (none after the last literal).
    struct Piece
    {
        QString literal;
        int pattern = -1;
    };

    // The value index of each pattern in the `index`-th URL.
    QVector<qint64> positions(qint64 index) const;
    static std::optional<Pattern> parseRange(QStringView body, int column, Error *error);
    static std::optional<Pattern> parseSet(QStringView body, int column, Error *error);

    QVector<Piece> m_pieces;
    QVector<Pattern> m_patterns;
    qint64 m_count = 1;
};

} // namespace Fetchpool
