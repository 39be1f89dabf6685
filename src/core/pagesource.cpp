#include "pagesource.h"

#include "urllistparser.h"

#include <QRegularExpression>

namespace Fetchpool {

namespace {

QUrl acceptedPage(const QString &text)
{
    const auto url = UrlListParser::acceptUrl(text.trimmed().replace(QLatin1String("&amp;"), QLatin1String("&")));
    if (!url)
        return {};
    QUrl page = *url;
    page.setFragment({});
    return page;
}

} // namespace

QUrl PageSource::fromHtml(const QByteArray &head)
{
    const QString text = QString::fromUtf8(head.left(HeadBytes));
    // <!-- saved from url=(0041)https://example.org/gallery/index.html -->
    static const QRegularExpression savedFrom(QStringLiteral(R"(<!--\s*saved from url=\(\d+\)(\S+?)\s*-->)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QUrl page = acceptedPage(savedFrom.match(text).captured(1)); page.isValid())
        return page;
    // Attributes in either order, quoted either way.
    static const QRegularExpression canonical(
            QStringLiteral(R"(<link\b(?=[^>]*\brel\s*=\s*["']?canonical\b)[^>]*\bhref\s*=\s*["']([^"'>]+))"),
            QRegularExpression::CaseInsensitiveOption);
    if (const QUrl page = acceptedPage(canonical.match(text).captured(1)); page.isValid())
        return page;
    static const QRegularExpression ogUrl(
            QStringLiteral(R"(<meta\b(?=[^>]*\bproperty\s*=\s*["']?og:url\b)[^>]*\bcontent\s*=\s*["']([^"'>]+))"),
            QRegularExpression::CaseInsensitiveOption);
    return acceptedPage(ogUrl.match(text).captured(1));
}

} // namespace Fetchpool
