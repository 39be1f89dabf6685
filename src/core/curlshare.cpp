#include "curlshare.h"

namespace Fetchpool {

CurlShare::CurlShare()
    : m_share(curl_share_init())
{
    Q_ASSERT(m_share);
    curl_share_setopt(m_share, CURLSHOPT_LOCKFUNC, &CurlShare::lock);
    curl_share_setopt(m_share, CURLSHOPT_UNLOCKFUNC, &CurlShare::unlock);
    curl_share_setopt(m_share, CURLSHOPT_USERDATA, this);
    curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    curl_share_setopt(m_share, CURLSHOPT_SHARE, CURL_LOCK_DATA_PSL);
}

CurlShare::~CurlShare()
{
    curl_share_cleanup(m_share);
}

void CurlShare::lock(CURL *, curl_lock_data data, curl_lock_access, void *self)
{
    static_cast<CurlShare *>(self)->m_locks[size_t(data)].lock();
}

void CurlShare::unlock(CURL *, curl_lock_data data, void *self)
{
    static_cast<CurlShare *>(self)->m_locks[size_t(data)].unlock();
}

} // namespace Fetchpool
