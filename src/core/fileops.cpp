#include "fileops.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Fetchpool::FileOps {

bool existsOnDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    // One lstat: it runs for every item.
    struct stat status;
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0;
#else
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
#endif
}

bool isRegularOrMissing(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT;
    return S_ISREG(status.st_mode);
#else
    const QFileInfo info(path);
    return !info.isSymLink() && (!info.exists() || info.isFile());
#endif
}

bool renameNoReplace(const QString &from, const QString &to, int *osError)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *osError = errno;
        return false;
    }
    // A file system without RENAME_NOREPLACE: a hard link fails atomically when taken.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return true;
    }
    if (errno == EEXIST) {
        *osError = errno;
        return false;
    }
#endif
    if (existsOnDisk(to)) {
        *osError = EEXIST;
        return false;
    }
    if (QFile::rename(from, to))
        return true;
    *osError = errno ? errno : EIO;
    return false;
}

bool renameReplacing(const QString &from, const QString &to, int *osError)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *osError = errno;
    return false;
}

QString osErrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

FileHandle createExclusive(const QString &path, int *osError)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        *osError = errno;
    return FileHandle(fd);
}

} // namespace Fetchpool::FileOps
