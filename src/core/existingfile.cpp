#include "existingfile.h"

#include "filenamer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <curl/curl.h>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/xattr.h>
#endif

namespace Fetchpool {

namespace {

constexpr int MaxEtagBytes = 1024;

QString canonicalFolder(const QString &folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(folder).absoluteFilePath() : canonical;
}

} // namespace

std::optional<ExistingFile> ExistingFile::find(const QString &folder, const QString &name)
{
    // The names FileNamer hands out, and no other: nothing outside the
    // folder, no hidden file, no part of a download under way.
    if (name.isEmpty() || FileNamer::sanitize(name) != name || FileNamer::isPartPath(name))
        return std::nullopt;
    const QString path = canonicalFolder(folder) + QLatin1Char('/') + name;
#ifdef Q_OS_LINUX
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status;
    if (::lstat(encoded.constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt; // missing, a symlink (never followed), a folder...
    ExistingFile file;
    file.path = path;
    file.size = qint64(status.st_size);
    file.modified = QDateTime::fromSecsSinceEpoch(qint64(status.st_mtim.tv_sec), Qt::UTC);
    QByteArray etag(MaxEtagBytes, Qt::Uninitialized);
    const ssize_t length = ::lgetxattr(encoded.constData(), EtagAttribute, etag.data(), size_t(etag.size()));
    if (length > 0)
        file.etag = etag.left(length);
    return file;
#else
    Q_UNUSED(path)
    return std::nullopt;
#endif
}

std::optional<ExistingFile> ExistingFile::at(const QString &folder, const QString &path)
{
    const QFileInfo info(path);
    if (canonicalFolder(info.absolutePath()) != canonicalFolder(folder))
        return std::nullopt;
    return find(folder, info.fileName());
}

std::optional<QString> ExistingFile::nameFromUrl(const QUrl &url)
{
    const QString segment = url.fileName(QUrl::FullyDecoded);
    if (segment.isEmpty() || !segment.contains(QLatin1Char('.')))
        return std::nullopt;
    const QString name = FileNamer::chooseName(url, {}, {});
    // A segment sanitizing strips down to no extension ("..", ".hidden") is not settled either.
    return name.contains(QLatin1Char('.')) ? std::optional<QString>(name) : std::nullopt;
}

QList<QByteArray> ExistingFile::conditionalHeaders() const
{
    QList<QByteArray> headers;
    if (!etag.isEmpty())
        headers << "If-None-Match: " + etag;
    if (modified.isValid())
        headers << "If-Modified-Since: " + httpDate(modified);
    return headers;
}

bool ExistingFile::isSameAs(const QByteArray &responseEtag, const QByteArray &responseLastModified,
                            qint64 length) const
{
    if (!etag.isEmpty() && !responseEtag.isEmpty())
        return etag == responseEtag;
    const QDateTime serverTime = parseHttpDate(responseLastModified);
    return serverTime.isValid() && modified.isValid() && serverTime <= modified && (length < 0 || length == size);
}

void ExistingFile::stamp(int fd, const QByteArray &etag, const QByteArray &lastModified)
{
#ifdef Q_OS_LINUX
    if (etag.isEmpty() || etag.size() > MaxEtagBytes)
        ::fremovexattr(fd, EtagAttribute);
    else
        ::fsetxattr(fd, EtagAttribute, etag.constData(), size_t(etag.size()), 0);
    const QDateTime when = parseHttpDate(lastModified);
    if (when.isValid()) {
        struct timespec times[2];
        times[0].tv_sec = 0;
        times[0].tv_nsec = UTIME_OMIT; // the access time stays
        times[1].tv_sec = time_t(when.toSecsSinceEpoch());
        times[1].tv_nsec = 0;
        ::futimens(fd, times);
    }
#else
    Q_UNUSED(fd)
    Q_UNUSED(etag)
    Q_UNUSED(lastModified)
#endif
}

QDateTime ExistingFile::parseHttpDate(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // All three HTTP-date forms; Qt's RFC 2822 parser takes none of them with "GMT".
    const time_t when = curl_getdate(trimmed.constData(), nullptr);
    return when < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(qint64(when), Qt::UTC);
}

QByteArray ExistingFile::httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace Fetchpool
