#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>
#include <shared_mutex>

namespace Fetchpool {

// A user name and password for one origin.
struct Login
{
    QString user;
    QString password; // never in reports, logs or saved lists

    bool operator==(const Login &other) const { return user == other.user && password == other.password; }
};

// Logins per origin (scheme, host, port), as the window collects them from
// its 401 prompt and the desktop's secret store. One table is shared by
// every run of the window (EngineOptions::logins): the engine only reads it,
// once per request, so a login set while a run goes on is sent by the next
// request to that origin, items added to the run included. Thread-safe.
class LoginTable final
{
    Q_DISABLE_COPY_MOVE(LoginTable)

public:
    LoginTable() = default;

    // "https://host:443": scheme and host in lower case, the port always
    // written out (the scheme's default when the URL has none).
    static QString originOf(const QUrl &url);

    void set(const QUrl &url, const Login &login);
    void remove(const QUrl &url);
    // The login of `url`'s origin, if one was set.
    std::optional<Login> find(const QUrl &url) const;

private:
    // std::shared_mutex rather than QReadWriteLock: its locking happens in
    // pthread calls that ThreadSanitizer sees, where Qt 6.4's lock is
    // compiled into an uninstrumented QtCore and its ordering is invisible.
    mutable std::shared_mutex m_lock;
    QHash<QString, Login> m_logins; // by originOf()
};

} // namespace Fetchpool
