#include "logintable.h"

#include <mutex>

namespace Fetchpool {

QString LoginTable::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

void LoginTable::set(const QUrl &url, const Login &login)
{
    const std::unique_lock locker(m_lock);
    m_logins.insert(originOf(url), login);
}

void LoginTable::remove(const QUrl &url)
{
    const std::unique_lock locker(m_lock);
    m_logins.remove(originOf(url));
}

std::optional<Login> LoginTable::find(const QUrl &url) const
{
    const std::shared_lock locker(m_lock);
    const auto found = m_logins.constFind(originOf(url));
    if (found == m_logins.cend())
        return std::nullopt;
    return *found;
}

} // namespace Fetchpool
