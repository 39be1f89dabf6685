#pragma once

#include "downloadtypes.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Fetchpool {

// What a 401 means for the item: the realm the server's WWW-Authenticate
// challenge names, and the Unauthorized error the item fails with at once
// (a retry would only send the same login again).
class AuthChallenge final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::AuthChallenge)

public:
    // The realm of the first challenge in a WWW-Authenticate value
    // (`Basic realm="Photos"`, `Digest realm="x", nonce="..."`); empty when none.
    static QString realm(QByteArrayView wwwAuthenticate);
    // `loginSent`: credentials went with the request, and were refused.
    static FetchError unauthorized(const QString &hostAndPort, const QString &realm, bool loginSent);
};

} // namespace Fetchpool
