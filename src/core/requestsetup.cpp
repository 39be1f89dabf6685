#include "requestsetup.h"

#include "cookiejar.h"
#include "logintable.h"

#include <QRegularExpression>

namespace Fetchpool {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

QByteArray headerName(const QByteArray &line)
{
    return line.left(line.indexOf(':')).trimmed().toLower();
}

// Lines that carry a login or a session: only for the listed origin.
bool isSecretHeader(const QByteArray &name)
{
    return name == "authorization" || name == "cookie" || name == "proxy-authorization";
}

} // namespace

bool RequestSetup::isSecretHeaderLine(const QByteArray &line)
{
    return isSecretHeader(headerName(line));
}

bool RequestSetup::isHeaderLine(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\\r\\n]*$"));
    return pattern.match(line).hasMatch();
}

bool RequestSetup::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

bool RequestSetup::apply(CURL *easy, const EngineOptions &options, const ItemHeaders *item, const QUrl &listed,
                         const QUrl &url, curl_slist **headers)
{
    const bool origin = sameOrigin(listed, url);
    // libcurl copies string options: the temporaries may go.
    if (!options.userAgent.isEmpty())
        curl_easy_setopt(easy, CURLOPT_USERAGENT, options.userAgent.toUtf8().constData());
    const QString referer = item && !item->referer.isEmpty() ? item->referer : options.referer;
    if (!referer.isEmpty())
        curl_easy_setopt(easy, CURLOPT_REFERER, referer.toUtf8().constData());

    QVector<QByteArray> lines;
    QVector<QByteArray> itemNames;
    if (item) {
        for (const QByteArray &line : item->headers)
            itemNames << headerName(line);
    }
    for (const QByteArray &line : options.headers) {
        if (!itemNames.contains(headerName(line)))
            lines << line;
    }
    if (item)
        lines << item->headers;
    for (const QByteArray &line : std::as_const(lines)) {
        if (origin || !isSecretHeader(headerName(line)))
            *headers = curl_slist_append(*headers, line.constData());
    }

    if (options.cookies) {
        const QByteArray cookies = options.cookies->headerFor(url);
        if (!cookies.isEmpty())
            curl_easy_setopt(easy, CURLOPT_COOKIE, cookies.constData());
    }

    bool login = !url.userName().isEmpty(); // libcurl takes it from the URL
    bool mayLogIn = login;
    if (!login && origin && !listed.userName().isEmpty()) {
        // A redirect on the same host whose Location left the user info out.
        curl_easy_setopt(easy, CURLOPT_USERNAME, listed.userName(QUrl::FullyDecoded).toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, listed.password(QUrl::FullyDecoded).toUtf8().constData());
        login = mayLogIn = true;
    } else if (const auto table = !login && origin && options.logins ? options.logins->find(listed) : std::optional<Login>()) {
        curl_easy_setopt(easy, CURLOPT_USERNAME, table->user.toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, table->password.toUtf8().constData());
        login = mayLogIn = true;
    } else if (!login && origin && !options.httpUser.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_USERNAME, options.httpUser.toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, options.httpPassword.toUtf8().constData());
        login = mayLogIn = true;
    } else if (!login && origin && options.netrc) {
        curl_easy_setopt(easy, CURLOPT_NETRC, long(CURL_NETRC_OPTIONAL));
        if (!options.netrcFile.isEmpty())
            curl_easy_setopt(easy, CURLOPT_NETRC_FILE, options.netrcFile.toLocal8Bit().constData());
        mayLogIn = true;
    }
    // Both schemes: libcurl asks first without a login and answers the
    // server's challenge with the scheme it names.
    if (mayLogIn)
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC | CURLAUTH_DIGEST));
    return login;
}

} // namespace Fetchpool
