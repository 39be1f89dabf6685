// Fuzzes UrlListParser: parseText() in every format, parse() on the raw bytes
// (invalid UTF-8 included) with format detection, HTML with a base URL, and
// acceptUrl() on the input as one line.
//
// Every URL a list yields must pass Fetchpool's rule (absolute http(s), a
// host, no fragment, a path) and appear once; every rejected line must carry
// a line number inside the input, a shortened text and a reason.

#include "fuzzcheck.h"

#include "urllistparser.h"

#include <QBuffer>
#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using Fetchpool::UrlList;
using Fetchpool::UrlListParser;
using FetchpoolFuzz::fail;

namespace {

constexpr qsizetype MaxRejectText = 200; // as UrlListParser shortens them

void checkUrl(const QUrl &url)
{
    const QString text = url.toString();
    FUZZ_CHECK(url.isValid(), text);
    FUZZ_CHECK(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"), text);
    FUZZ_CHECK(!url.host().isEmpty(), text);
    FUZZ_CHECK(!url.hasFragment(), text);
    FUZZ_CHECK(!url.path().isEmpty(), text);
}

void checkList(const UrlList &list, int lines)
{
    QSet<QUrl> seen;
    for (const QUrl &url : list.urls) {
        checkUrl(url);
        FUZZ_CHECK(!seen.contains(url), url.toString());
        seen.insert(url);
    }
    FUZZ_CHECK(list.duplicates >= 0, QString::number(list.duplicates));
    for (const auto &reject : list.rejects) {
        FUZZ_CHECK(reject.line >= 1 && reject.line <= lines,
                   QStringLiteral("line %1 of %2: %3").arg(reject.line).arg(lines).arg(reject.text));
        FUZZ_CHECK(reject.text.size() <= MaxRejectText, reject.text);
        FUZZ_CHECK(!reject.reason.isEmpty(), reject.text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(bytes.count('\n')) + 1;
    const QString text = QString::fromUtf8(bytes);

    const UrlListParser parser;
    using Format = UrlListParser::Format;
    for (const Format format : {Format::Auto, Format::PlainText, Format::Html,
                                Format::InternetShortcut, Format::DesktopLink}) {
        checkList(parser.parseText(text, format), lines);
    }

    const UrlListParser withBase(QUrl(QStringLiteral("https://example.com/dir/page.html")));
    checkList(withBase.parseText(text, Format::Html), lines);

    QByteArray raw = bytes;
    QBuffer device(&raw);
    if (!device.open(QIODevice::ReadOnly))
        fail("QBuffer opens", QString(), __FILE__, __LINE__);
    checkList(withBase.parse(device), lines);
    (void)UrlListParser::detectFormat(bytes);

    QString reason;
    const std::optional<QUrl> url = UrlListParser::acceptUrl(text, &reason);
    if (url) {
        checkUrl(*url);
        // Written back into a list and read again, it is still accepted.
        FUZZ_CHECK(UrlListParser::acceptUrl(url->toString(QUrl::FullyEncoded)), url->toString());
    } else {
        FUZZ_CHECK(!reason.isEmpty(), text);
    }
    return 0;
}
