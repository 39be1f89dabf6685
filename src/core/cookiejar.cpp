#include "cookiejar.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <arpa/inet.h>

namespace Fetchpool {

namespace {

constexpr QByteArrayView HttpOnlyPrefix("#HttpOnly_");

std::optional<bool> flag(const QByteArray &field)
{
    if (field.compare("TRUE", Qt::CaseInsensitive) == 0)
        return true;
    if (field.compare("FALSE", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

bool domainMatches(const CookieJar::Cookie &cookie, const QString &host)
{
    if (host == cookie.domain)
        return true;
    // An address has no parent domains: 0.0.1 must not match 127.0.0.1.
    in_addr v4{};
    const bool address = host.contains(QLatin1Char(':')) || inet_pton(AF_INET, host.toLatin1().constData(), &v4) == 1;
    if (!cookie.includeSubdomains || address)
        return false;
    return host.endsWith(QLatin1Char('.') + cookie.domain);
}

// RFC 6265 5.1.4: the cookie's path is the request's path or a prefix of it
// that ends at a '/'.
bool pathMatches(const QString &cookiePath, const QString &requestPath)
{
    if (requestPath == cookiePath)
        return true;
    if (!requestPath.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith(QLatin1Char('/')) || requestPath.at(cookiePath.size()) == QLatin1Char('/');
}

} // namespace

std::optional<CookieJar> CookieJar::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the cookie file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), QDir::toNativeSeparators(path), error);
}

std::optional<CookieJar> CookieJar::parse(const QByteArray &text, const QString &fileName, QString *error)
{
    CookieJar jar;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QByteArray line = lines.at(index);
        if (line.endsWith('\r'))
            line.chop(1);
        bool httpOnly = false;
        if (line.startsWith(HttpOnlyPrefix)) {
            httpOnly = true;
            line = line.mid(HttpOnlyPrefix.size());
        } else if (line.trimmed().isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        const auto fail = [&](const QString &why) {
            *error = tr("%1 line %2: %3").arg(fileName).arg(index + 1).arg(why);
            return std::nullopt;
        };
        if (fields.size() != 7)
            return fail(tr("a cookie line has 7 fields separated by tabs, this one has %1").arg(fields.size()));
        const auto subdomains = flag(fields.at(1));
        const auto secure = flag(fields.at(3));
        if (!subdomains || !secure)
            return fail(tr("the second and fourth fields must be TRUE or FALSE"));
        bool numeric = false;
        const qint64 expires = fields.at(4).toLongLong(&numeric);
        if (!numeric || expires < 0)
            return fail(tr("the expiry time \"%1\" is not a number of seconds").arg(QString::fromUtf8(fields.at(4))));
        Cookie cookie;
        cookie.domain = QString::fromUtf8(fields.at(0)).toLower();
        while (cookie.domain.startsWith(QLatin1Char('.')))
            cookie.domain.remove(0, 1);
        cookie.includeSubdomains = *subdomains;
        cookie.path = QString::fromUtf8(fields.at(2));
        cookie.secure = *secure;
        cookie.expires = expires;
        cookie.httpOnly = httpOnly;
        cookie.name = fields.at(5);
        cookie.value = fields.at(6);
        if (cookie.domain.isEmpty() || cookie.name.isEmpty() || !cookie.path.startsWith(QLatin1Char('/')))
            return fail(tr("a cookie needs a domain, a path starting with / and a name"));
        if (cookie.name.contains(';') || cookie.value.contains(';') || cookie.name.contains('='))
            return fail(tr("a cookie's name and value cannot contain ';'"));
        jar.m_cookies.push_back(cookie);
    }
    return jar;
}

QByteArray CookieJar::headerFor(const QUrl &url, const QDateTime &now) const
{
    const QString host = url.host().toLower();
    const QString path = url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded);
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const qint64 seconds = now.toSecsSinceEpoch();
    QVector<const Cookie *> matching;
    for (const Cookie &cookie : m_cookies) {
        if ((cookie.secure && !https) || (cookie.expires != 0 && cookie.expires <= seconds))
            continue;
        if (domainMatches(cookie, host) && pathMatches(cookie.path, path))
            matching << &cookie;
    }
    std::stable_sort(matching.begin(), matching.end(),
                     [](const Cookie *a, const Cookie *b) { return a->path.size() > b->path.size(); });
    QByteArray header;
    for (const Cookie *cookie : std::as_const(matching)) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie->name + '=' + cookie->value;
    }
    return header;
}

} // namespace Fetchpool
