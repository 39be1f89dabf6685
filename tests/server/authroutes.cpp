#include "authroutes.h"

#include <QCryptographicHash>

namespace Fetchpool::Test {

using Demo::ResponsePlan;

namespace {

constexpr QLatin1String Prefix("/auth/");
// Fixed, so a test can replay it: the server keeps no state between requests.
constexpr char Nonce[] = "5f1d0c2e9a7b4c3d8e6f";

QByteArray md5Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

// The name="value" or name=token parameters of a Digest Authorization field.
QByteArray digestParameter(const QByteArray &field, const QByteArray &name)
{
    qsizetype at = 0;
    while (at < field.size()) {
        while (at < field.size() && (field.at(at) == ' ' || field.at(at) == ','))
            ++at;
        const qsizetype equals = field.indexOf('=', at);
        if (equals < 0)
            return {};
        const QByteArray key = field.mid(at, equals - at).trimmed();
        at = equals + 1;
        QByteArray value;
        if (at < field.size() && field.at(at) == '"') {
            const qsizetype end = field.indexOf('"', at + 1);
            value = field.mid(at + 1, (end < 0 ? field.size() : end) - at - 1);
            at = end < 0 ? field.size() : end + 1;
        } else {
            const qsizetype end = field.indexOf(',', at);
            value = field.mid(at, (end < 0 ? field.size() : end) - at).trimmed();
            at = end < 0 ? field.size() : end;
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool digestMatches(const Demo::HttpRequest &http, const QByteArray &authorization, const QByteArray &user,
                   const QByteArray &password, const QByteArray &realm)
{
    if (!authorization.startsWith("Digest "))
        return false;
    const QByteArray field = authorization.mid(7);
    const QByteArray uri = digestParameter(field, "uri");
    const QByteArray target = http.rawQuery.isEmpty() ? http.rawPath : http.rawPath + '?' + http.rawQuery;
    if (digestParameter(field, "username") != user || digestParameter(field, "realm") != realm
        || digestParameter(field, "nonce") != Nonce || uri != target || digestParameter(field, "qop") != "auth")
        return false;
    const QByteArray ha1 = md5Hex(user + ':' + realm + ':' + password);
    const QByteArray ha2 = md5Hex(http.method + ':' + uri);
    const QByteArray expected = md5Hex(ha1 + ':' + Nonce + ':' + digestParameter(field, "nc") + ':'
                                       + digestParameter(field, "cnonce") + ":auth:" + ha2);
    return digestParameter(field, "response") == expected;
}

} // namespace

bool AuthRoute::matches(const QString &path) const
{
    return path.startsWith(Prefix);
}

ResponsePlan AuthRoute::respond(const Demo::RouteRequest &request) const
{
    const Demo::HttpRequest &http = request.http;
    const QList<QByteArray> parts = http.rawPath.mid(Prefix.size()).split('/');
    if (parts.size() < 4 || (parts.at(0) != "basic" && parts.at(0) != "digest"))
        return ResponsePlan::notFound(http.rawPath);
    const bool digest = parts.at(0) == "digest";
    const QByteArray user = QByteArray::fromPercentEncoding(parts.at(1));
    const QByteArray password = QByteArray::fromPercentEncoding(parts.at(2));
    const QByteArray realm = request.query.has("realm") ? request.query.value("realm") : QByteArray("Fetchpool test");
    const QByteArray authorization = http.header("authorization");
    const bool granted = digest ? digestMatches(http, authorization, user, password, realm)
                                : authorization == "Basic " + QByteArray(user + ':' + password).toBase64();
    if (granted) {
        if (request.query.has("to"))
            return ResponsePlan::redirect(302, request.query.value("to"));
        return ResponsePlan::text(200, "granted\n");
    }
    ResponsePlan plan = ResponsePlan::text(401, "login required\n");
    plan.addHeader("WWW-Authenticate", digest ? QByteArray("Digest realm=\"" + realm + "\", qop=\"auth\", nonce=\""
                                                           + Nonce + "\", algorithm=MD5")
                                              : QByteArray("Basic realm=\"" + realm + '"'));
    return plan;
}

} // namespace Fetchpool::Test
