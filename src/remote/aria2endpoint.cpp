#include "aria2endpoint.h"

#include <QFile>
#include <QHostAddress>

namespace Fetchpool {

namespace {

// The part of `text` before the query, where a token@ may be.
qsizetype queryStart(const QString &text)
{
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    return question < 0 ? text.size() : question;
}

// `text` with whatever stands before its last '@' (the token) left out, for
// error messages: an endpoint given wrongly must not print its secret.
QString withoutToken(const QString &text)
{
    const qsizetype at = text.left(queryStart(text)).lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return text;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd >= 0 && schemeEnd < at ? text.left(schemeEnd + 3) : QString();
    return scheme + QStringLiteral("…@") + text.mid(at + 1);
}

// The certificates of the PEM file `path` into *certificates; false with the
// reason in *why when it cannot be read or holds none.
bool readPinned(const QString &path, QList<QSslCertificate> *certificates, QString *why)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read the certificate to pin, '%1': %2")
                       .arg(path, path.isEmpty() ? QStringLiteral("no file named") : file.errorString());
        return false;
    }
    *certificates = QSslCertificate::fromData(file.read(1 << 20), QSsl::Pem);
    if (certificates->isEmpty()) {
        *why = QStringLiteral("'%1' holds no PEM certificate to pin (the daemon's --rpc-certificate file)").arg(path);
        return false;
    }
    return true;
}

} // namespace

std::optional<Aria2Endpoint> Aria2Endpoint::parse(const QString &text, QString *error, bool allowPlainRemote)
{
    const QString shown = withoutToken(text.trimmed());
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("engine '%1': %2").arg(shown, why);
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd < 0 ? QString() : trimmed.left(schemeEnd).toLower();
    if (scheme != QLatin1String("aria2") && scheme != QLatin1String("aria2s"))
        return fail(QStringLiteral("not an aria2 endpoint: write aria2://[token@]host:port (JSON-RPC over HTTP) "
                                   "or aria2s://[token@]host:port (over HTTPS)"));
    Aria2Endpoint endpoint;
    endpoint.m_secure = scheme == QLatin1String("aria2s");

    QString rest = trimmed.mid(schemeEnd + 3);
    const qsizetype question = queryStart(rest);
    const QString query = rest.mid(question + 1);
    const bool hasQuery = question < rest.size();
    rest.truncate(question);
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        endpoint.m_token = QUrl::fromPercentEncoding(rest.left(at).toUtf8());
        if (endpoint.m_token.isEmpty())
            return fail(QStringLiteral("the token before '@' is empty: leave out '@' for a daemon without "
                                       "--rpc-secret"));
        rest.remove(0, at + 1);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    const QString authority = slash < 0 ? rest : rest.left(slash);
    if (!path.isEmpty() && path != QLatin1String("/"))
        return fail(QStringLiteral("takes no path ('%1'): the daemon answers at /jsonrpc; name a folder on the "
                                   "daemon with ?dir=/path")
                            .arg(path));

    QString host;
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QStringLiteral("the IPv6 address has no closing ']'"));
        host = authority.mid(1, close - 1);
        if (authority.mid(close + 1, 1) == QLatin1String(":"))
            portText = authority.mid(close + 2);
        else if (close + 1 < authority.size())
            return fail(QStringLiteral("unexpected '%1' after the IPv6 address").arg(authority.mid(close + 1)));
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        host = colon < 0 ? authority : authority.left(colon);
        portText = colon < 0 ? QString() : authority.mid(colon + 1);
        if (colon < 0 && !authority.isEmpty())
            return fail(QStringLiteral("no port: write the daemon's --rpc-listen-port, e.g. %1://%2:6800")
                                .arg(scheme, host));
    }
    if (host.isEmpty())
        return fail(QStringLiteral("no host: write aria2://[token@]host:port"));
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('@')))
        return fail(QStringLiteral("'%1' is not a host name").arg(host));
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return fail(QStringLiteral("the port must be a number from 1 to 65535, not '%1'").arg(portText));
    endpoint.m_host = host;
    endpoint.m_port = quint16(port);

    if (hasQuery) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QString key = equals < 0 ? pair : pair.left(equals);
            const QString value = QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8());
            if (key == QLatin1String("dir")) {
                if (equals < 0 || !value.startsWith(QLatin1Char('/')))
                    return fail(QStringLiteral("?dir= takes an absolute folder on the daemon's machine, not '%1'")
                                        .arg(value));
                endpoint.m_directory = value;
            } else if (key == QLatin1String("cert")) {
                if (!endpoint.m_secure)
                    return fail(QStringLiteral("?cert= pins the certificate of a daemon with --rpc-secure: write "
                                               "aria2s://"));
                QString why;
                if (equals < 0 || !readPinned(value, &endpoint.m_pinned, &why))
                    return fail(why);
                endpoint.m_pinnedFile = value;
            } else {
                return fail(QStringLiteral("unknown option '%1': there are ?dir=/path/on/daemon and "
                                           "?cert=/path/daemon.pem")
                                    .arg(key));
            }
        }
    }

    if (!endpoint.m_secure && !endpoint.isLoopback() && !allowPlainRemote)
        return fail(QStringLiteral("plain-text JSON-RPC to another machine would send the daemon's secret and every "
                                   "URL unencrypted: use aria2s:// (a daemon with --rpc-secure), or accept that "
                                   "with --engine-insecure"));
    return endpoint;
}

bool Aria2Endpoint::isLoopback() const
{
    if (m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

QUrl Aria2Endpoint::rpcUrl() const
{
    QUrl url;
    url.setScheme(m_secure ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/jsonrpc"));
    return url;
}

QString Aria2Endpoint::displayName() const
{
    const QString host = m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    QString name = QStringLiteral("%1://%2:%3")
                           .arg(m_secure ? QStringLiteral("aria2s") : QStringLiteral("aria2"), host)
                           .arg(m_port);
    if (!m_directory.isEmpty())
        name += QStringLiteral("/?dir=") + m_directory;
    return name;
}

} // namespace Fetchpool
