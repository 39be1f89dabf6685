#pragma once

#include <QString>

namespace Fetchpool::CurlRuntime {

// Prepares the process for libcurl, once: curl_global_init, SIGPIPE ignored
// (a peer closing a socket must not kill the process; OpenSSL can raise it
// even with CURLOPT_NOSIGNAL), and the open-file limit raised to its hard
// limit (every worker's multi handle holds a wake-up socket pair, every
// threaded DNS lookup another one, before any connection or file).
//
// Call it at the top of main(), before any thread exists. Later calls return
// the first call's outcome; DownloadEngine calls it too, so code that never
// went through a main() of ours (tests) is covered. Returns false, with the
// reason in *error, when libcurl cannot serve Fetchpool (no http/https).
bool initialize(QString *error = nullptr);

// "libcurl 7.88.1 (OpenSSL/3.0.19, nghttp2/1.52.0)", for reports and --version.
QString versionText();
bool supportsHttp2();

// libcurl's built-in bundle of trusted certificates
// ("/etc/ssl/certs/ca-certificates.crt") and folder ("/etc/ssl/certs"), or
// empty: what TrustStore loads besides an extra CA file.
QByteArray systemCaFile();
QByteArray systemCaPath();

} // namespace Fetchpool::CurlRuntime
