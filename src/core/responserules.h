#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace Fetchpool {

class ResponseHead;

// What to do with a response once its head has arrived.
struct HeadVerdict
{
    enum class Action : quint8 {
        Save,                // write the body into the part file from `saveFrom` on
        Redirect,            // follow `redirectTo`; the body is read and dropped
        AlreadyComplete,     // 416 to a part that already holds the whole file: only the rename is missing
        RestartWithoutRange, // 416 to a part the file no longer fits: ask again for all of it
        Fail,                // `error`; the body is read and dropped, or the transfer aborted
    };

    Action action = Action::Fail;
    FetchError error;
    bool abortBody = false;  // Fail: drop the connection instead of reading a large or endless body
    bool dropPart = false;   // Fail: the kept bytes may not belong to the file; start over next time
    QUrl redirectTo;
    qint64 saveFrom = 0;     // Save: 0 starts the part file again, else the kept length it continues
    qint64 expectedEnd = -1; // the file's length once this body is complete, when known
    qint64 total = -1;       // the complete file's size, when known
    QByteArray validator;    // strong ETag, else Last-Modified: what a later If-Range sends
    QString mimeType;        // Content-Type without parameters, lower case
    QString suggestedName;   // sanitized, from Content-Disposition, the URL or the type
    int retryAfterMs = -1;   // Fail: the server's Retry-After, when given
};

// The decisions a response head calls for: redirect, save from where, or
// fail with which error. Pure functions of the head and what was asked, so
// they are tested without a socket.
class ResponseRules final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ResponseRules)

public:
    // An error page larger than this (or of unknown length) is not read to
    // its end: the connection is dropped instead of kept alive.
    static constexpr qint64 SmallBodyBytes = 64 * 1024;

    // `resumeFrom` > 0 when the request asked for the rest of a kept part
    // (Range: bytes=resumeFrom- with If-Range).
    static HeadVerdict decide(const ResponseHead &head, const QUrl &url, qint64 resumeFrom);

    // Retry-After as delta-seconds or an HTTP-date, bounded to a day; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

    struct ContentRange
    {
        qint64 first = -1;
        qint64 last = -1;
        qint64 complete = -1; // -1 for "*"
    };
    // "bytes 100-199/1000" of a 206.
    static std::optional<ContentRange> contentRange(const QByteArray &value);
    // What a later If-Range sends: the strong ETag, else Last-Modified; empty for none.
    static QByteArray validatorOf(const ResponseHead &head);
    // "bytes */1000" of a 416: the complete size, or -1.
    static qint64 unsatisfiedRangeTotal(const QByteArray &value);
};

} // namespace Fetchpool
