#include "tlsidentity.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace Fetchpool::Test::TlsIdentity {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/fetchpool/testserver/certs/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QSslCertificate certificate()
{
    return QSslCertificate(resource(QStringLiteral("cert.pem")), QSsl::Pem);
}

QSslConfiguration serverConfiguration()
{
    if (!QSslSocket::supportsSsl())
        return {};
    const QSslCertificate cert = certificate();
    const QSslKey key(resource(QStringLiteral("key.pem")), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (cert.isNull() || key.isNull())
        return {};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(cert);
    configuration.setPrivateKey(key);
    // Clients are never asked for a certificate.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace Fetchpool::Test::TlsIdentity
