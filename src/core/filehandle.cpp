#include "filehandle.h"

#include <cerrno>

#include <unistd.h>

namespace Fetchpool {

FileHandle &FileHandle::operator=(FileHandle &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

bool writeFully(int fd, QByteArrayView data, qint64 offset)
{
    const char *next = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = offset < 0 ? ::write(fd, next, size_t(left))
                                           : ::pwrite(fd, next, size_t(left), off_t(offset));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (written == 0)
                errno = ENOSPC;
            return false;
        }
        next += written;
        left -= written;
        if (offset >= 0)
            offset += written;
    }
    return true;
}

bool FileHandle::truncate()
{
    return ::ftruncate(m_fd, 0) == 0 && ::lseek(m_fd, 0, SEEK_SET) == 0;
}

void FileHandle::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace Fetchpool
