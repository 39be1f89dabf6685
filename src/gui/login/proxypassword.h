#pragma once

#include "app/guisettings.h"

#include <QObject>

#include <functional>

namespace Fetchpool::Gui {

class SecretStore;

// The manual proxy's password: in memory for the session, and in the
// secret store (never the settings file) between sessions. The settings keep
// the proxy's address and user name; the password is read back
// asynchronously when the window opens.
class ProxyPassword final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyPassword)

public:
    ProxyPassword(SecretStore &secrets, QObject *parent = nullptr);

    // Reads the stored password of `connection`'s proxy login, if it has
    // one, and hands `connection` with it to `ready` (not when the user set
    // another in the meantime).
    void load(const ConnectionSettings &connection, std::function<void(const ConnectionSettings &)> ready);
    // The password of the session, for `connection`'s proxy login.
    QString password() const { return m_password; }
    // What Preferences confirmed: the password is kept for the session and
    // in the store; an empty one removes the stored one.
    void keep(const ConnectionSettings &connection);

private:
    SecretStore &m_secrets;
    QString m_password;
    int m_generation = 0; // counts keep(): a read begun before one is stale
};

} // namespace Fetchpool::Gui
