#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Fetchpool {

// Writes all of `data` to `fd`: at its position, or at `offset` (pwrite)
// when that is given, which several threads may do at once. A disk that
// fills up mid-chunk first gives a short write without an error; writing the
// rest then fails with the OS's reason. False with errno set.
bool writeFully(int fd, QByteArrayView data, qint64 offset = -1);

// An open file descriptor that closes itself. Part files are written through
// it with plain write(2): the body arrives in large chunks anyway, and QFile
// added a stat and a seek to every file it opened on a descriptor, and its own
// layers to every chunk.
class FileHandle final
{
    Q_DISABLE_COPY(FileHandle)

public:
    FileHandle() = default;
    explicit FileHandle(int fd)
        : m_fd(fd)
    {
    }
    FileHandle(FileHandle &&other) noexcept
        : m_fd(other.m_fd)
    {
        other.m_fd = -1;
    }
    FileHandle &operator=(FileHandle &&other) noexcept;
    ~FileHandle() { close(); }

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    // Writes all of `data` at the file's position (see writeFully()).
    bool write(QByteArrayView data) { return writeFully(m_fd, data); }
    // Empties the file and writes from its start again.
    bool truncate();
    void close();

private:
    int m_fd = -1;
};

} // namespace Fetchpool
