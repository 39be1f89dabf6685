#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

namespace Fetchpool {

// The cookies of a Netscape cookies.txt file (the format browser extensions
// export and wget, curl and aria2 read), matched by Fetchpool itself: each
// request gets exactly the cookies for its host, path and scheme, and
// libcurl's own cookie engine, which could write cookies back to a file or
// share them between hosts, is never switched on. Immutable once loaded, so
// every worker may read it at once.
class CookieJar final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::CookieJar)

public:
    struct Cookie
    {
        QString domain;          // lower case, without a leading dot
        bool includeSubdomains = false;
        QString path;
        bool secure = false;     // https only
        qint64 expires = 0;      // seconds since the epoch; 0 = a session cookie, never expired here
        bool httpOnly = false;   // from the "#HttpOnly_" prefix; HTTP requests send it all the same
        QByteArray name;
        QByteArray value;
    };

    // The cookies in `path`; nullopt with `*error` naming the file and the
    // system's reason, or the line that is not a cookie.
    static std::optional<CookieJar> load(const QString &path, QString *error);
    // The same for the text of such a file; `fileName` only names it in errors.
    static std::optional<CookieJar> parse(const QByteArray &text, const QString &fileName, QString *error);

    // "name=value; name2=value2" for a request to `url` at `now`: cookies for
    // its host (or a parent domain that allows subdomains), a path that
    // covers its path, Secure ones only over https, none expired. Longer
    // paths first, as browsers send them. Empty when none match.
    QByteArray headerFor(const QUrl &url, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    const QVector<Cookie> &cookies() const { return m_cookies; }

private:
    QVector<Cookie> m_cookies;
};

} // namespace Fetchpool
