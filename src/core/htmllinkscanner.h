#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

class QIODevice;

namespace Fetchpool {

class UrlCollector;

// A forgiving scanner for links in HTML: reads the page in chunks, finds tags,
// and takes href / src / srcset from the tags that point at downloadable things.
// Comments, scripts and styles are skipped. It is not a DOM: it needs none.
class HtmlLinkScanner final
{
    Q_DISABLE_COPY_MOVE(HtmlLinkScanner)

public:
    // `base` resolves relative links until the page names its own <base href>.
    HtmlLinkScanner(const QUrl &base, UrlCollector &out);

    void scan(QIODevice &device);

private:
    // Handles every complete tag in `text`; keeps an unfinished tail for the next chunk.
    void consume(QString &text, bool final);
    void advance(const QString &text, qsizetype from, qsizetype to);
    void handleTag(QStringView tag);
    void addLink(const QString &rawValue);

    QUrl m_base;
    bool m_sawBase = false;
    UrlCollector &m_out;
    QString m_skipUntil;
    int m_line = 1;
};

} // namespace Fetchpool
