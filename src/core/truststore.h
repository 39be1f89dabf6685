#pragma once

#include <QString>

#include <curl/curl.h>

#include <atomic>
#include <mutex>
#include <thread>

typedef struct x509_store_st X509_STORE;

namespace Fetchpool {

class Cancellation;

// The certificates every TLS connection of one engine is verified against:
// the system's bundle plus an optional extra CA file.
// Loaded once, on the first TLS connection that needs it, and shared by all
// workers' connections through libcurl's SSL_CTX callback.
//
// Why not CURLOPT_CAINFO: Debian's libcurl also sets a CA folder, and with
// one set libcurl 7.88 parses the whole bundle (144 certificates, about
// 20 ms of CPU) for every new TLS connection; 64 workers over HTTPS paid it
// 64 times, and a Stop waited for it. Here it is paid once per engine, on a
// thread of its own, which a worker waits for in a way a Stop interrupts.
// Verification itself is unchanged: peer and host are always checked.
class TrustStore final
{
    Q_DISABLE_COPY_MOVE(TrustStore)

public:
    explicit TrustStore(QString extraCaFile);
    ~TrustStore(); // waits for a load in progress

    const QString &extraCaFile() const { return m_extraCaFile; }

    // Before a TLS request: starts loading the certificates if nobody has,
    // and waits until they are in. False when cancelled first.
    bool waitUntilReady(Cancellation &cancellation);
    // Makes `easy` verify new TLS connections against this store.
    void applyTo(CURL *easy);

private:
    static CURLcode installInto(CURL *, void *sslContext, void *self);
    void startLoading();
    void load(); // on m_loader
    X509_STORE *build() const;

    const QString m_extraCaFile;
    std::once_flag m_started;
    std::thread m_loader;
    std::atomic_bool m_ready{false};
    X509_STORE *m_store = nullptr; // written by the loader before m_ready, then only read
};

} // namespace Fetchpool
