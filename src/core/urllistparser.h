#pragma once

#include "listitemoptions.h"
#include "urlglob.h"

#include <QHash>
#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

class QIODevice;

namespace Fetchpool {

// A line of input that did not yield a URL, kept so it can be reported.
struct UrlReject
{
    int line = 0;   // 1-based line in the input
    QString text;   // what was there (trimmed, shortened when very long)
    QString reason; // "unsupported scheme 'ftp'", "missing host", ...
};

// A line that was a URL pattern (`img[001-045].jpg`), for the intake to
// show what it stands for before adding.
struct UrlPattern
{
    int line = 0;
    QString text;
    qint64 count = 0;     // the URLs it stands for
    QStringList first;    // the first few of them, and the last few
    QStringList last;
    bool expanded = true; // false: more than GlobOptions::maxExpand, so none taken
};

struct UrlList
{
    QVector<QUrl> urls;       // unique, in first-seen order
    QVector<UrlReject> rejects;
    int duplicates = 0;       // URLs skipped because they were already listed
    // aria2 input lists (appended): each URL's options (out=, dir=,
    // checksum=, ...) where it has any, and lines read but ignored (unknown
    // options), with their line numbers like rejects.
    QHash<QUrl, ListItemOptions> itemOptions;
    QVector<UrlReject> notes;
    // (appended) URLs written without a scheme (`www.example.com/a.jpg`)
    // that were taken as https://, for the intake to say so.
    int schemeAdded = 0;
    // (appended) The lines that were URL patterns, expanded or not.
    QVector<UrlPattern> patterns;
    int malformedPatterns = 0; // rejects among them, which may be URLs with literal brackets
};

// Reads URL lists: plain text (one per line, `#` comments; aria2 input
// files are plain text with indented option lines; a line may be a URL
// pattern in curl's syntax, UrlGlob), HTML pages (links
// from href and src), Windows internet shortcuts (.url) and freedesktop Link
// entries (.desktop). Reads line by line from the device: a list of a million
// lines costs the URLs it yields and nothing more.
class UrlListParser final
{
public:
    enum class Format { Auto, PlainText, Html, InternetShortcut, DesktopLink };

    // `base` resolves relative links in HTML when the page has no <base href>.
    // `glob` says what a plain list's patterns (`img[1-9].jpg`) give.
    explicit UrlListParser(QUrl base = {}, GlobOptions glob = {});

    const GlobOptions &globOptions() const { return m_glob; }

    UrlList parse(QIODevice &device, Format format = Format::Auto) const;
    UrlList parseText(const QString &text, Format format = Format::Auto) const;
    // Reads a file; on failure returns nothing and says why, naming the path.
    std::optional<UrlList> parseFile(const QString &path, QString *error) const;

    // Guesses from the first bytes (and the file name, when given).
    static Format detectFormat(const QByteArray &head, const QString &fileName = {});

    // The single rule for what Fetchpool will fetch: absolute http(s) URL
    // with a host, at most MaxUrlLength characters. Otherwise nothing, with
    // the reason. A bare `www.host.tld/path` (a host starting with "www",
    // then a dot, and a path), as browsers take it, becomes https://; then
    // *schemeAdded is set.
    static std::optional<QUrl> acceptUrl(const QString &text, QString *reason = nullptr,
                                         bool *schemeAdded = nullptr);
    // Longer URLs are refused before they are parsed: no server takes them,
    // and a run that carried a 5 MB one stalled the window for seconds.
    static constexpr qsizetype MaxUrlLength = 8 * 1024;

private:
    QUrl m_base;
    GlobOptions m_glob;
};

} // namespace Fetchpool
