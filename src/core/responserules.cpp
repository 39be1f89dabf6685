#include "responserules.h"

#include "filenamer.h"
#include "responsehead.h"

#include <curl/curl.h>

namespace Fetchpool {

namespace {

FetchError httpError(const ResponseHead &head)
{
    FetchError error;
    error.kind = ErrorKind::Http;
    error.httpStatus = head.status();
    error.message = QStringLiteral("HTTP %1 %2")
                            .arg(head.status())
                            .arg(QString::fromLatin1(head.reason()))
                            .trimmed();
    return error;
}

// A whole non-negative decimal number, or -1.
qint64 number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// The part of "bytes <rest>" after the unit, or an empty view.
QByteArrayView afterBytesUnit(const QByteArray &value)
{
    QByteArrayView text = QByteArrayView(value).trimmed();
    if (!text.startsWith("bytes") || text.size() < 6 || (text.at(5) != ' ' && text.at(5) != '\t'))
        return {};
    return text.sliced(6).trimmed();
}

} // namespace

std::optional<ResponseRules::ContentRange> ResponseRules::contentRange(const QByteArray &value)
{
    const QByteArrayView spec = afterBytesUnit(value);
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash <= dash)
        return std::nullopt;
    ContentRange range;
    range.first = number(spec.first(dash));
    range.last = number(spec.sliced(dash + 1, slash - dash - 1));
    const QByteArrayView complete = spec.sliced(slash + 1);
    range.complete = complete == "*" ? -1 : number(complete);
    if (range.first < 0 || range.last < range.first || (complete != "*" && range.complete <= range.last))
        return std::nullopt;
    return range;
}

QByteArray ResponseRules::validatorOf(const ResponseHead &head)
{
    const QByteArray etag = head.value("etag");
    return !etag.isEmpty() && !etag.startsWith("W/") ? etag : head.value("last-modified");
}

qint64 ResponseRules::unsatisfiedRangeTotal(const QByteArray &value)
{
    const QByteArrayView spec = afterBytesUnit(value);
    return spec.startsWith("*/") ? number(spec.sliced(2)) : -1;
}

int ResponseRules::retryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    constexpr qint64 DayMs = 24 * 3600 * 1000;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    const qint64 seconds = number(trimmed);
    if (seconds >= 0)
        return int(qMin(seconds * 1000, DayMs));
    // An HTTP-date in any of its three forms (IMF-fixdate, RFC 850, asctime);
    // Qt's RFC 2822 parser takes none of them with "GMT".
    const time_t when = curl_getdate(trimmed.constData(), nullptr);
    if (when < 0)
        return -1;
    return int(qBound(qint64(0), nowUtc.msecsTo(QDateTime::fromSecsSinceEpoch(qint64(when), Qt::UTC)), DayMs));
}

HeadVerdict ResponseRules::decide(const ResponseHead &head, const QUrl &url, qint64 resumeFrom)
{
    HeadVerdict verdict;
    const int status = head.status();
    const bool resuming = resumeFrom > 0;

    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = head.value("location");
        if (location.isEmpty()) {
            verdict.error = httpError(head);
            verdict.error.kind = ErrorKind::Redirect;
            verdict.error.message = tr("HTTP %1 redirect without a Location header").arg(status);
            return verdict;
        }
        verdict.action = HeadVerdict::Action::Redirect;
        verdict.redirectTo = url.resolved(QUrl::fromEncoded(location));
        return verdict;
    }

    if (status == 416 && resuming) {
        const qint64 complete = unsatisfiedRangeTotal(head.value("content-range"));
        if (complete >= 0 && complete == resumeFrom) {
            verdict.action = HeadVerdict::Action::AlreadyComplete;
            verdict.total = complete;
            verdict.expectedEnd = complete;
        } else {
            verdict.action = HeadVerdict::Action::RestartWithoutRange;
        }
        return verdict;
    }

    if (status < 200 || status >= 300) {
        // The error page is never saved as the file.
        verdict.error = httpError(head);
        verdict.retryAfterMs = retryAfterMs(head.value("retry-after"), QDateTime::currentDateTimeUtc());
        const qint64 length = head.contentLength();
        verdict.abortBody = length < 0 || length > SmallBodyBytes;
        return verdict;
    }

    if (status == 206) {
        const QByteArray rangeText = head.value("content-range");
        const auto range = contentRange(rangeText);
        if (!resuming || !range || range->first != resumeFrom) {
            verdict.error = httpError(head);
            verdict.error.message = resuming
                    ? tr("HTTP 206 with Content-Range '%1' does not continue at byte %2")
                              .arg(QString::fromLatin1(rangeText))
                              .arg(resumeFrom)
                    : tr("HTTP 206 Partial Content to a request for the whole file");
            // Never splice bytes that may not belong: the next attempt starts from zero.
            verdict.abortBody = true;
            verdict.dropPart = true;
            return verdict;
        }
        verdict.saveFrom = resumeFrom;
        verdict.total = range->complete;
        verdict.expectedEnd = range->last + 1;
    } else {
        // The whole file: the server ignored the range, or the file changed.
        verdict.saveFrom = 0;
        verdict.total = head.contentLength();
        verdict.expectedEnd = verdict.total;
    }

    verdict.action = HeadVerdict::Action::Save;
    verdict.validator = validatorOf(head);
    verdict.mimeType = QString::fromLatin1(head.value("content-type")).section(u';', 0, 0).trimmed().toLower();
    verdict.suggestedName = FileNamer::chooseName(url, head.value("content-disposition"), verdict.mimeType);
    return verdict;
}

} // namespace Fetchpool
