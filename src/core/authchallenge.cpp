#include "authchallenge.h"

namespace Fetchpool {

QString AuthChallenge::realm(QByteArrayView wwwAuthenticate)
{
    const QByteArray text = wwwAuthenticate.toByteArray();
    qsizetype at = 0;
    for (;;) {
        at = text.indexOf("realm", at);
        if (at < 0)
            return {};
        // A parameter name, not the end of another word ("myrealm=").
        const bool starts = at == 0 || text.at(at - 1) == ' ' || text.at(at - 1) == ',' || text.at(at - 1) == '\t';
        qsizetype next = at + 5;
        while (next < text.size() && text.at(next) == ' ')
            ++next;
        if (starts && next < text.size() && text.at(next) == '=') {
            at = next + 1;
            break;
        }
        at += 5;
    }
    while (at < text.size() && text.at(at) == ' ')
        ++at;
    QByteArray value;
    if (at < text.size() && text.at(at) == '"') {
        for (++at; at < text.size() && text.at(at) != '"'; ++at) {
            if (text.at(at) == '\\' && at + 1 < text.size())
                ++at; // quoted-pair
            value += text.at(at);
        }
    } else {
        while (at < text.size() && text.at(at) != ',' && text.at(at) != ' ')
            value += text.at(at++);
    }
    return QString::fromUtf8(value);
}

FetchError AuthChallenge::unauthorized(const QString &hostAndPort, const QString &realm, bool loginSent)
{
    QString message;
    if (loginSent) {
        message = realm.isEmpty() ? tr("%1 refused the login (401)").arg(hostAndPort)
                                  : tr("%1 refused the login for \"%2\" (401)").arg(hostAndPort, realm);
    } else {
        message = realm.isEmpty() ? tr("%1 asks for a login (401); none was given").arg(hostAndPort)
                                  : tr("%1 asks for a login for \"%2\" (401); none was given").arg(hostAndPort, realm);
    }
    FetchError error = FetchError::make(ErrorKind::Unauthorized, message);
    error.httpStatus = 401;
    error.realm = realm;
    error.loginRefused = loginSent;
    return error;
}

} // namespace Fetchpool
