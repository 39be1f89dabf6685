#include "aria2errors.h"

#include <QRegularExpression>

namespace Fetchpool {

QString aria2ErrorMeaning(int errorCode)
{
    switch (errorCode) {
    case 1: return QStringLiteral("unknown error");
    case 2: return QStringLiteral("timed out");
    case 3: return QStringLiteral("resource not found");
    case 4: return QStringLiteral("too many 'resource not found' answers");
    case 5: return QStringLiteral("download speed too slow");
    case 6: return QStringLiteral("network problem");
    case 7: return QStringLiteral("unfinished when aria2 stopped");
    case 8: return QStringLiteral("the server does not support resuming");
    case 9: return QStringLiteral("not enough disk space");
    case 10: return QStringLiteral("piece length differs from the control file");
    case 11: return QStringLiteral("the same file is already being downloaded");
    case 13: return QStringLiteral("the file already exists");
    case 14: return QStringLiteral("renaming the file failed");
    case 15: return QStringLiteral("could not open the existing file");
    case 16: return QStringLiteral("could not create or truncate the file");
    case 17: return QStringLiteral("file I/O error");
    case 18: return QStringLiteral("could not create the folder");
    case 19: return QStringLiteral("name resolution failed");
    case 22: return QStringLiteral("bad or unexpected HTTP response header");
    case 23: return QStringLiteral("too many redirects");
    case 24: return QStringLiteral("HTTP authorization failed");
    case 28: return QStringLiteral("bad option");
    case 29: return QStringLiteral("the server is overloaded");
    case 32: return QStringLiteral("checksum validation failed");
    default: return {};
    }
}

FetchError aria2Error(int errorCode, const QString &errorMessage)
{
    const QString meaning = aria2ErrorMeaning(errorCode);
    const QString words = errorMessage.trimmed().isEmpty() ? meaning : errorMessage.trimmed();
    const QString message = QStringLiteral("aria2 error %1: %2")
                                    .arg(errorCode)
                                    .arg(words.isEmpty() ? QStringLiteral("no reason given") : words);
    // "status=404" in aria2's words names the HTTP status.
    static const QRegularExpression statusPattern(QStringLiteral("status=(\\d{3})"));
    const QRegularExpressionMatch status = statusPattern.match(errorMessage);
    const int httpStatus = status.hasMatch() ? status.captured(1).toInt() : 0;

    FetchError error;
    error.message = message;
    error.httpStatus = httpStatus;
    switch (errorCode) {
    case 2:
    case 5:
        error.kind = ErrorKind::Timeout;
        break;
    case 3:
    case 4:
        error.kind = ErrorKind::Http;
        error.httpStatus = httpStatus > 0 ? httpStatus : 404;
        break;
    case 29:
        error.kind = ErrorKind::Http;
        error.httpStatus = httpStatus > 0 ? httpStatus : 503;
        break;
    case 22:
    case 8:
        if (httpStatus > 0) {
            error.kind = ErrorKind::Http;
        } else {
            error.kind = ErrorKind::Network;
            error.network = NetworkError::ProtocolError;
        }
        break;
    case 19:
        error.kind = ErrorKind::Network;
        error.network = NetworkError::HostNotFound;
        break;
    case 23:
        error.kind = ErrorKind::Redirect;
        break;
    case 24:
        error.kind = ErrorKind::Unauthorized;
        error.httpStatus = 401;
        error.loginRefused = true;
        break;
    case 32:
        error.kind = ErrorKind::Checksum;
        break;
    case 9:
    case 10:
    case 11:
    case 13:
    case 14:
    case 15:
    case 16:
    case 17:
    case 18:
        error.kind = ErrorKind::FileSystem;
        break;
    case 28:
        error.kind = ErrorKind::InvalidInput;
        break;
    default: // 1, 6, 7 and whatever else: the connection
        error.kind = ErrorKind::Network;
        error.network = errorMessage.contains(QLatin1String("refused"), Qt::CaseInsensitive)
                ? NetworkError::ConnectionRefused
                : NetworkError::Other;
        break;
    }
    // The status first, as the local engine's messages have it.
    if (error.kind == ErrorKind::Http && error.httpStatus > 0)
        error.message = QStringLiteral("HTTP %1 (%2)").arg(error.httpStatus).arg(message);
    return error;
}

} // namespace Fetchpool
