#include "remote/daemonsettings.h"

#include <QUrl>
#include <QUuid>

namespace Fetchpool::Gui {

namespace {

// The scheme://host:port[/?dir=…][&cert=…] text of `daemon`, with `token`
// when not empty. A pinned certificate counts with TLS only.
QString daemonEndpointText(const DaemonSettings &daemon, const QString &token)
{
    QString text = daemon.tls ? QStringLiteral("aria2s://") : QStringLiteral("aria2://");
    if (!token.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(token)) + QLatin1Char('@');
    text += daemon.address.trimmed();
    QStringList query;
    if (!daemon.folder.trimmed().isEmpty())
        query << QStringLiteral("dir=") + QString::fromLatin1(QUrl::toPercentEncoding(daemon.folder.trimmed(), "/"));
    if (daemon.tls && !daemon.certificate.trimmed().isEmpty())
        query << QStringLiteral("cert=")
                        + QString::fromLatin1(QUrl::toPercentEncoding(daemon.certificate.trimmed(), "/"));
    if (!query.isEmpty())
        text += QStringLiteral("/?") + query.join(QLatin1Char('&'));
    return text;
}

} // namespace

DaemonSettings DaemonSettings::create()
{
    DaemonSettings daemon;
    daemon.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return daemon;
}

QString DaemonSettings::addressText() const
{
    return daemonEndpointText(*this, {});
}

std::optional<Aria2Endpoint> DaemonSettings::endpoint(QString *error) const
{
    if (address.trimmed().isEmpty()) {
        *error = tr("Give the daemon's address as host:port, such as 192.168.1.5:6800.");
        return std::nullopt;
    }
    if (address.contains(QLatin1String("://")) || address.contains(QLatin1Char('@'))
        || address.contains(QLatin1Char('/'))) {
        *error = tr("The address is host:port only: give the secret and the folder in their own fields.");
        return std::nullopt;
    }
    if (!folder.trimmed().isEmpty() && !folder.trimmed().startsWith(QLatin1Char('/'))) {
        *error = tr("The folder on the daemon must be a full path, such as /srv/downloads.");
        return std::nullopt;
    }
    QString why;
    auto endpoint = Aria2Endpoint::parse(daemonEndpointText(*this, secret), &why, plainTextAccepted);
    if (!endpoint) {
        // The parser's reason names the address without its secret.
        *error = tr("The address cannot be used: %1").arg(why);
        return std::nullopt;
    }
    return endpoint;
}

bool DaemonSettings::needsPlainTextWarning() const
{
    if (tls)
        return false;
    QString why;
    const auto endpoint = Aria2Endpoint::parse(daemonEndpointText(*this, {}), &why, true);
    return endpoint && !endpoint->isLoopback();
}

bool DaemonSettings::fromAddressText(const QString &text, DaemonSettings *daemon, QString *error)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("aria2://"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("aria2s://"), Qt::CaseInsensitive))
        return false;
    const auto endpoint = Aria2Endpoint::parse(trimmed, error, true);
    if (!endpoint)
        return false;
    const bool ipv6 = endpoint->host().contains(QLatin1Char(':'));
    daemon->address = (ipv6 ? QStringLiteral("[%1]").arg(endpoint->host()) : endpoint->host())
            + QLatin1Char(':') + QString::number(endpoint->port());
    daemon->tls = endpoint->isSecure();
    daemon->folder = endpoint->directory();
    daemon->certificate = endpoint->pinnedCertificateFile();
    if (endpoint->hasToken())
        daemon->secret = endpoint->token();
    return true;
}

bool DaemonSettings::operator==(const DaemonSettings &other) const
{
    return id == other.id && name == other.name && address == other.address && tls == other.tls
            && folder == other.folder && certificate == other.certificate && plainTextAccepted == other.plainTextAccepted
            && secret == other.secret;
}

} // namespace Fetchpool::Gui
