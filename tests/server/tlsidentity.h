#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>

namespace Fetchpool::Test {

// The test server's self-signed identity (CN and subjectAltName 127.0.0.1),
// compiled in from tests/server/certs/. Test-only: the private key is public.
namespace TlsIdentity {

// The certificate clients see; no system trust store knows it.
QSslCertificate certificate();
// A server-side configuration with that certificate and its key; null when
// the TLS backend or the resource is missing.
QSslConfiguration serverConfiguration();

} // namespace TlsIdentity

} // namespace Fetchpool::Test
