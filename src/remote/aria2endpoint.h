#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace Fetchpool {

// One aria2 daemon as the user names it:
//   aria2://[token@]host:port[/?dir=/path/on/daemon]   JSON-RPC over plain HTTP
//   aria2s://[token@]host:port[/?dir=/path/on/daemon]  the same over HTTPS, the
//                                                      certificate verified against the system's store
//   aria2s://…/?cert=/path/daemon.pem                  or pinned: the daemon must show exactly
//                                                      that certificate (a self-signed one, typically)
// The token is the daemon's --rpc-secret. It travels only in the body of
// each call, never in a URL, and displayName() leaves it out: nothing that
// prints an endpoint can show it.
class Aria2Endpoint final
{
public:
    Aria2Endpoint() = default;

    // The endpoint `text` names, or nothing with a specific reason in
    // *error. Plain-text RPC to a host other than this machine would carry
    // the secret and every URL unencrypted: it is refused unless
    // `allowPlainRemote` (the CLI's --engine-insecure).
    static std::optional<Aria2Endpoint> parse(const QString &text, QString *error, bool allowPlainRemote = false);

    bool isValid() const { return !m_host.isEmpty(); }
    bool isSecure() const { return m_secure; }
    // The host is this machine (localhost, 127.0.0.0/8, ::1): the daemon
    // sees the same folders as Fetchpool.
    bool isLoopback() const;
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    // The folder on the daemon's machine to save into (?dir=); empty: none.
    QString directory() const { return m_directory; }
    // The certificate pinned with ?cert= (read from that PEM file when
    // parsed), and the file; empty: the system's store decides.
    const QList<QSslCertificate> &pinnedCertificates() const { return m_pinned; }
    QString pinnedCertificateFile() const { return m_pinnedFile; }
    // http[s]://host:port/jsonrpc, without the token.
    QUrl rpcUrl() const;
    // "aria2://host:port" (with ?dir= when set): for messages, logs and
    // reports. Never contains the token.
    QString displayName() const;

private:
    QString m_host;
    quint16 m_port = 0;
    QString m_token;
    QString m_directory;
    QString m_pinnedFile;
    QList<QSslCertificate> m_pinned;
    bool m_secure = false;
};

} // namespace Fetchpool
