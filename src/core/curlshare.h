#pragma once

#include <QtGlobal>

#include <curl/curl.h>

#include <array>
#include <mutex>

namespace Fetchpool {

// What the workers of one engine share through libcurl: the DNS cache (so a
// batch on one host resolves it once, not once per worker) and the public
// suffix list. One mutex per kind of data, so a DNS lookup never waits for
// a PSL check.
//
// Deliberately not shared: connections (sharing the connection cache across
// threads is a known libcurl bug, KNOWN_BUGS 11.11) and TLS sessions (libcurl
// before 8.10 hands one OpenSSL session object to concurrent connections).
// Each worker keeps both in its own handles instead.
class CurlShare final
{
    Q_DISABLE_COPY_MOVE(CurlShare)

public:
    CurlShare();
    ~CurlShare(); // after every easy handle that used it is gone

    CURLSH *handle() const { return m_share; }

private:
    static void lock(CURL *, curl_lock_data data, curl_lock_access, void *self);
    static void unlock(CURL *, curl_lock_data data, void *self);

    CURLSH *m_share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> m_locks;
};

} // namespace Fetchpool
