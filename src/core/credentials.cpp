#include "credentials.h"

namespace Fetchpool {

QString reportUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

QString withoutCredentials(QString text, const QUrl &url)
{
    if (url.userInfo().isEmpty())
        return text;
    // Messages may quote the URL encoded or decoded: cut either form.
    for (const QUrl::ComponentFormattingOptions options : {QUrl::ComponentFormattingOptions(QUrl::FullyEncoded),
                                                           QUrl::ComponentFormattingOptions(QUrl::PrettyDecoded),
                                                           QUrl::ComponentFormattingOptions(QUrl::FullyDecoded)}) {
        const QString password = url.password(options);
        const QString userInfo = url.userName(options) + (password.isEmpty() ? QString() : QLatin1Char(':') + password);
        text.replace(userInfo + QLatin1Char('@'), QString());
    }
    // A bare password too, unless it is too short to be cut out without
    // mangling the words around it.
    if (url.password().size() >= 3)
        text.replace(url.password(QUrl::FullyDecoded), QStringLiteral("•••"));
    return text;
}

} // namespace Fetchpool
