// Fuzzes filenameFromContentDisposition().
//
// The input is a raw header value. The name it yields must be non-empty, and
// the name Fetchpool would save under must be safe. The input is also used as
// a file name and wrapped in the two forms RFC 6266 allows, which must give
// it back unchanged: a quoted `filename="..."` with backslash escapes and an
// RFC 8187 `filename*=UTF-8''...` with percent-encoding.

#include "fuzzcheck.h"

#include "contentdisposition.h"
#include "filenamer.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using Fetchpool::FileNamer;
using Fetchpool::filenameFromContentDisposition;
using FetchpoolFuzz::checkSafeName;

namespace {

// The plain parameter's rule: UTF-8 when it decodes cleanly, else Latin-1.
QString expectedPlain(const QByteArray &bytes, bool *validUtf8)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    *validUtf8 = !utf8.hasError();
    return *validUtf8 ? text : QString::fromLatin1(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));

    const std::optional<QString> name = filenameFromContentDisposition(header);
    if (name) {
        FUZZ_CHECK(!name->isEmpty(), *name);
        checkSafeName(FileNamer::sanitize(*name));
    }

    // What the engine does with the header: a server-suggested name wins
    // unless it sanitizes to nothing useful.
    const QUrl fallback(QStringLiteral("https://example.com/files/fallback.bin"));
    const QString chosen = FileNamer::chooseName(fallback, header, QStringLiteral("application/octet-stream"));
    checkSafeName(chosen);
    if (name && FileNamer::sanitize(*name) != QLatin1String("download"))
        FUZZ_CHECK(chosen == FileNamer::sanitize(*name), chosen);
    else
        FUZZ_CHECK(chosen == QLatin1String("fallback.bin"), chosen);

    // Round trips: the input as a file name.
    if (header.isEmpty())
        return 0;
    bool validUtf8 = false;
    const QString expected = expectedPlain(header, &validUtf8);

    QByteArray quoted;
    for (const char c : header) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    const auto plain = filenameFromContentDisposition("attachment; filename=\"" + quoted + '"');
    FUZZ_CHECK(plain && *plain == expected, expected);

    if (validUtf8) {
        const auto extended = filenameFromContentDisposition(
                "attachment; filename=\"fallback.txt\"; filename*=UTF-8''" + header.toPercentEncoding());
        FUZZ_CHECK(extended && *extended == expected, expected);
    }
    return 0;
}
