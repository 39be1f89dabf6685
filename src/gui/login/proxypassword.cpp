#include "login/proxypassword.h"

#include "login/secretstore.h"

#include <utility>

namespace Fetchpool::Gui {

namespace {

QString keyOf(const ConnectionSettings &connection)
{
    return SecretStore::proxyKey(connection.proxyUrl, connection.proxyUser);
}

} // namespace

ProxyPassword::ProxyPassword(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void ProxyPassword::load(const ConnectionSettings &connection, std::function<void(const ConnectionSettings &)> ready)
{
    if (connection.proxyMode != ProxyMode::Manual || connection.proxyUser.isEmpty())
        return;
    const int generation = m_generation;
    m_secrets.read(keyOf(connection), [this, generation, connection, ready = std::move(ready)](std::optional<QString> password) {
        if (!password || generation != m_generation)
            return;
        m_password = *password;
        ConnectionSettings withPassword = connection;
        withPassword.proxyPassword = m_password;
        ready(withPassword);
    });
}

void ProxyPassword::keep(const ConnectionSettings &connection)
{
    ++m_generation;
    m_password = connection.proxyPassword;
    if (connection.proxyUser.isEmpty())
        return;
    if (m_password.isEmpty())
        m_secrets.remove(keyOf(connection));
    else
        m_secrets.write(keyOf(connection), m_password);
}

} // namespace Fetchpool::Gui
