#include "truststore.h"

#include "cancellation.h"
#include "curlruntime.h"
#include "logging.h"

#include <QFile>

#include <chrono>

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace Fetchpool {

TrustStore::TrustStore(QString extraCaFile)
    : m_extraCaFile(std::move(extraCaFile))
{
}

TrustStore::~TrustStore()
{
    if (m_loader.joinable())
        m_loader.join();
    // Connections still open keep their own reference.
    X509_STORE_free(m_store);
}

void TrustStore::startLoading()
{
    std::call_once(m_started, [this] { m_loader = std::thread([this] { load(); }); });
}

bool TrustStore::waitUntilReady(Cancellation &cancellation)
{
    startLoading();
    // A few tens of milliseconds, once per engine: looked at every 5 ms so
    // that a Stop ends the wait at once.
    constexpr int LookEveryMs = 5;
    while (!m_ready.load(std::memory_order_acquire)) {
        if (cancellation.waitFor(LookEveryMs))
            return false;
    }
    return true;
}

void TrustStore::applyTo(CURL *easy)
{
    // libcurl loads nothing itself; the callback hands every new TLS
    // connection the shared store.
    curl_easy_setopt(easy, CURLOPT_CAINFO, nullptr);
    curl_easy_setopt(easy, CURLOPT_CAPATH, nullptr);
    curl_easy_setopt(easy, CURLOPT_SSL_CTX_FUNCTION, &TrustStore::installInto);
    curl_easy_setopt(easy, CURLOPT_SSL_CTX_DATA, this);
}

CURLcode TrustStore::installInto(CURL *, void *sslContext, void *self)
{
    auto *trust = static_cast<TrustStore *>(self);
    // Every https request waited in waitUntilReady(), where a Stop reaches
    // it; TLS that no such wait preceded (to an https proxy) waits here.
    trust->startLoading();
    while (!trust->m_ready.load(std::memory_order_acquire))
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    X509_STORE *store = trust->m_store;
    if (!store)
        return CURLE_SSL_CACERT_BADFILE;
    SSL_CTX_set1_cert_store(static_cast<SSL_CTX *>(sslContext), store);
    return CURLE_OK;
}

X509_STORE *TrustStore::build() const
{
    X509_STORE *store = X509_STORE_new();
    if (!store)
        return nullptr;
    // The system's certificates, all loaded here: a store that OpenSSL
    // fills lazily from the hashed folder is written by whichever worker
    // needs an issuer first, while others read it (ThreadSanitizer saw
    // OpenSSL 3.0 do that). Loaded once, the store is only read
    // afterwards. The folder is the fallback where no bundle exists.
    const QByteArray bundle = CurlRuntime::systemCaFile();
    const QByteArray folder = CurlRuntime::systemCaPath();
    if (!bundle.isEmpty() && QFile::exists(QFile::decodeName(bundle))) {
        if (X509_STORE_load_file(store, bundle.constData()) != 1)
            qCWarning(lcNet) << "cannot load the system's certificates from" << bundle;
    } else if (!folder.isEmpty()) {
        X509_STORE_load_path(store, folder.constData());
    }
    if (!m_extraCaFile.isEmpty() && X509_STORE_load_file(store, QFile::encodeName(m_extraCaFile).constData()) != 1) {
        // start() checked the file; it changed since. Nothing is trusted
        // rather than less than asked for: every TLS connection fails.
        qCWarning(lcNet) << "cannot load CA certificates from" << m_extraCaFile;
        X509_STORE_free(store);
        return nullptr;
    }
    // As libcurl does for the stores it builds: a certificate in the
    // trusted set is an anchor even when it is an intermediate.
    X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);
    // Each certificate caches what its extensions say the first time it
    // is checked; do that now, on this thread, so that verifications on
    // many workers at once only read.
    STACK_OF(X509_OBJECT) *objects = X509_STORE_get0_objects(store);
    for (int i = 0; i < sk_X509_OBJECT_num(objects); ++i) {
        if (X509 *certificate = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objects, i)))
            X509_check_purpose(certificate, -1, 0);
    }
    return store;
}

void TrustStore::load()
{
    m_store = build();
    m_ready.store(true, std::memory_order_release); // also when loading failed: TLS then fails
}

} // namespace Fetchpool
