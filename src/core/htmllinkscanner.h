#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>
#include <QVector>

#include <memory>
#include <utility>

class QIODevice;

namespace Fetchpool {

class UrlCollector;

// One start tag as the scanner met it: its name and attributes (keys in
// lower case, values with their entities decoded), the base that resolves
// its relative links there, and its line.
struct HtmlTag
{
    QString name;
    QVector<std::pair<QString, QString>> attributes;
    QUrl base;
    int line = 1;

    QString attribute(QLatin1String key) const;
};

// What the scanner hands the tags to. The sink says what it cares for, so
// the scanner parses the attributes of those tags only and gathers anchor
// text only for a sink that reads it: most tags of a page are neither.
class HtmlTagSink
{
public:
    virtual ~HtmlTagSink() = default;
    // Whether tag() wants the start tag `name` (lower case); `rawTag` is
    // the whole tag as written, for a look at it without parsing it.
    virtual bool wantsTag(const QString &name, QStringView rawTag) const = 0;
    virtual void tag(const HtmlTag &tag) = 0;
    virtual bool wantsAnchorText() const { return false; }
    // The text of the <a> element just closed, spaces collapsed and
    // shortened: a link's name where it has no title.
    virtual void anchorText(const QString &text) { Q_UNUSED(text) }
};

// The tags that point at downloadable things by href, src or srcset.
bool isListLinkTag(const QString &name);

// A forgiving scanner for HTML: reads the page in chunks and hands its sink
// the start tags the sink wants, with their attributes parsed, and the text
// of its links where the sink reads it. Comments, scripts and styles are
// skipped; <base href> is followed. It is not a DOM: it needs none.
class HtmlLinkScanner final
{
    Q_DISABLE_COPY_MOVE(HtmlLinkScanner)

public:
    // `base` resolves relative links until the page names its own <base href>.
    HtmlLinkScanner(const QUrl &base, HtmlTagSink &sink);
    // A list of links: href / src / srcset (every candidate) of the tags
    // that point at downloadable things, as dropped and opened pages give them.
    HtmlLinkScanner(const QUrl &base, UrlCollector &out);
    ~HtmlLinkScanner();

    void scan(QIODevice &device);

    // The candidates of a srcset value with their descriptors: "a.jpg 480w"
    // gives {"a.jpg", 480, 0}; "b.jpg 2x" gives {"b.jpg", 0, 2.0}.
    struct SrcsetCandidate
    {
        QString url;
        int width = 0;
        double density = 0;
    };
    static QVector<SrcsetCandidate> srcsetCandidates(const QString &srcset);

private:
    // Handles every complete tag in `text`; keeps an unfinished tail for the next chunk.
    void consume(QString &text, bool final);
    void advance(const QString &text, qsizetype from, qsizetype to);
    void handleTag(QStringView tag);
    void takeText(const QString &text, qsizetype from, qsizetype to);

    QUrl m_base;
    bool m_sawBase = false;
    std::unique_ptr<HtmlTagSink> m_ownSink; // the list sink of the UrlCollector constructor
    HtmlTagSink &m_sink;
    QString m_skipUntil;
    int m_line = 1;
    bool m_inAnchor = false;
    QString m_anchorText;
};

} // namespace Fetchpool
