#include "filenamer.h"

#include "contentdisposition.h"
#include "fileops.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QMutexLocker>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Fetchpool {

using namespace FileOps;

namespace {

constexpr int MaxSuffixes = 10'000; // "name (9999).ext" is far past any real batch

// "archive.tar.gz" keeps ".tar.gz" together; otherwise the last suffix.
qsizetype extensionStart(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return name.size();
    if (name.size() - dot > 16)
        return name.size(); // a 40-char "suffix" is not an extension
    const qsizetype tar = name.lastIndexOf(QLatin1String(".tar."), -1, Qt::CaseInsensitive);
    return tar > 0 && tar + 4 == dot ? tar : dot;
}

// Cuts `text` to at most `bytes` bytes of UTF-8 without splitting a character.
QString truncatedUtf8(const QString &text, int bytes)
{
    QString out;
    int used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString piece = pair ? text.mid(i, 2) : text.mid(i, 1);
        used += int(piece.toUtf8().size());
        if (used > bytes)
            break;
        out += piece;
        if (pair)
            ++i;
    }
    return out;
}

QString numbered(const QString &baseName, int n)
{
    if (n == 0)
        return baseName;
    const qsizetype ext = extensionStart(baseName);
    return baseName.left(ext) + QStringLiteral(" (%1)").arg(n) + baseName.mid(ext);
}

// The path of `name` inside `dir`. Not QDir::filePath(): that returns a name
// starting with ':' ("::1", ":notes.txt") as it is, a Qt resource path.
QString childPath(const QDir &dir, const QString &name)
{
    QString path = dir.absolutePath();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path + name;
}

} // namespace

FileNamer::FileNamer(const QString &directory)
    : m_dir(QFileInfo(directory).canonicalFilePath().isEmpty()
                    ? QFileInfo(directory).absoluteFilePath()
                    : QFileInfo(directory).canonicalFilePath())
{
}

QString FileNamer::chooseName(const QUrl &url, const QByteArray &contentDisposition,
                              const QString &mimeType)
{
    if (!contentDisposition.isEmpty()) {
        if (const auto suggested = filenameFromContentDisposition(contentDisposition)) {
            const QString name = sanitize(*suggested);
            if (name != QLatin1String("download"))
                return name;
        }
    }

    const QString essence = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    QString suffix;
    if (!essence.isEmpty() && essence != QLatin1String("application/octet-stream")) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(essence);
        if (type.isValid())
            suffix = type.preferredSuffix();
    }

    QString name = url.fileName(QUrl::FullyDecoded);
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        name = url.host().isEmpty() ? QStringLiteral("download") : url.host();
        if (!suffix.isEmpty())
            name += QLatin1Char('.') + suffix;
    } else if (!name.contains(QLatin1Char('.')) && !suffix.isEmpty()) {
        name += QLatin1Char('.') + suffix; // "/image?id=3" served as PNG becomes "image.png"
    }
    return sanitize(name);
}

QString FileNamer::sanitize(const QString &untrusted)
{
    // Only the last path component counts: "../../x.sh" and "C:\\a\\x.sh" are "x.sh".
    QString name = untrusted;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);

    QString clean;
    clean.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t u = name.at(i).unicode();
        // A character beyond U+FFFF is a surrogate pair: classify the pair, keep or drop both.
        const qsizetype units = QChar::isHighSurrogate(u) && i + 1 < name.size()
                        && name.at(i + 1).isLowSurrogate() ? 2 : 1;
        const char32_t ucs4 = units == 2 ? QChar::surrogateToUcs4(u, name.at(i + 1).unicode()) : u;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            clean += QLatin1Char('_');
        else if (QChar::category(ucs4) != QChar::Other_Format) // bidi overrides and tags hide real extensions
            clean += QStringView(name).mid(i, units);
        i += units - 1;
    }
    // No leading dots (hidden files, "..") and no trailing dots or spaces.
    qsizetype start = 0;
    while (start < clean.size() && (clean.at(start) == QLatin1Char('.') || clean.at(start).isSpace()))
        ++start;
    qsizetype end = clean.size();
    while (end > start && (clean.at(end - 1) == QLatin1Char('.') || clean.at(end - 1).isSpace()))
        --end;
    clean = clean.mid(start, end - start);
    if (clean.isEmpty())
        return QStringLiteral("download");

    // Leave room for " (9999)" and ".part" inside the usual 255-byte limit.
    if (clean.toUtf8().size() > MaxNameBytes) {
        const qsizetype ext = extensionStart(clean);
        const QString extension = clean.mid(ext);
        const int stemBytes = MaxNameBytes - int(extension.toUtf8().size());
        QString stem = truncatedUtf8(clean.left(ext), stemBytes);
        // The cut must not leave a trailing dot or space either.
        while (stem.endsWith(QLatin1Char('.')) || (!stem.isEmpty() && stem.back().isSpace()))
            stem.chop(1);
        clean = stem + extension;
    }
    return clean;
}

bool FileNamer::claim(const QString &fileName)
{
    QMutexLocker lock(&m_mutex);
    if (m_reserved.contains(fileName))
        return false;
    m_reserved.insert(fileName);
    return true;
}

void FileNamer::unclaim(const QString &fileName)
{
    QMutexLocker lock(&m_mutex);
    m_reserved.remove(fileName);
}

// Names are claimed in memory first, under the lock, so no other worker tries
// the same one; the disk is asked afterwards, without the lock: with hundreds
// of workers, a lock held across system calls is where they would queue.
std::optional<FileNamer::Reservation> FileNamer::reserve(const QString &baseName, FileHandle *partFile,
                                                         QString *error)
{
    const QString base = sanitize(baseName);
    for (int n = 0; n < MaxSuffixes; ++n) {
        const QString candidate = numbered(base, n);
        const QString finalPath = childPath(m_dir, candidate);
        // A name taken on disk is passed over before it is claimed: a claim,
        // however brief, turns away the download that replaces that file.
        if (existsOnDisk(finalPath) || !claim(candidate))
            continue;
        const Reservation reservation{finalPath, finalPath + PartSuffix};
        if (existsOnDisk(reservation.finalPath)) { // made meanwhile
            unclaim(candidate);
            continue;
        }
        int osError = 0;
        FileHandle file = createExclusive(reservation.partPath, &osError);
        if (!file.isOpen()) {
            unclaim(candidate);
            if (osError == EEXIST)
                continue; // another run's or process's part: the next name
            if (error)
                *error = tr("cannot create '%1': %2")
                                 .arg(QDir::toNativeSeparators(reservation.partPath), osErrorText(osError));
            return std::nullopt;
        }
        *partFile = std::move(file);
        return reservation;
    }
    if (error)
        *error = tr("no free file name for '%1' in '%2'")
                         .arg(base, QDir::toNativeSeparators(directory()));
    return std::nullopt;
}

std::optional<FileNamer::Reservation> FileNamer::reserveReplacing(const QString &path, FileHandle *partFile,
                                                                  QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The folder as the disk resolves it: "dest/../elsewhere" is elsewhere.
    const bool inFolder = QFileInfo(info.absolutePath()).canonicalFilePath() == directory();
    if (name.isEmpty() || !inFolder || sanitize(name) != name || isPartPath(name)) {
        return refuse(tr("'%1' is not a file of '%2' that a download may replace")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(directory())));
    }
    const QString finalPath = childPath(m_dir, name);
    if (!isRegularOrMissing(finalPath))
        return refuse(tr("'%1' is not a regular file: it is not replaced").arg(QDir::toNativeSeparators(finalPath)));
    if (!claim(name))
        return refuse(tr("'%1' is already in use by another download").arg(name));
    Reservation reservation{finalPath, finalPath + PartSuffix, true};
    int osError = 0;
    FileHandle file = createExclusive(reservation.partPath, &osError);
    if (!file.isOpen()) {
        unclaim(name);
        return refuse(tr("cannot create '%1': %2")
                              .arg(QDir::toNativeSeparators(reservation.partPath), osErrorText(osError)));
    }
    *partFile = std::move(file);
    return reservation;
}

std::optional<FileNamer::Reservation> FileNamer::adopt(const QString &partPath, FileHandle *partFile,
                                                       QString *error)
{
    const QFileInfo info(partPath);
    const QString partName = info.fileName();
    if (!isPartPath(partName) || info.absolutePath() != directory()) {
        if (error)
            *error = tr("'%1' is not a part file of '%2'")
                             .arg(QDir::toNativeSeparators(partPath), QDir::toNativeSeparators(directory()));
        return std::nullopt;
    }
    const QString finalName = partName.chopped(PartSuffix.size());
    if (!claim(finalName)) {
        if (error)
            *error = tr("'%1' is already in use by another download").arg(finalName);
        return std::nullopt;
    }
    Reservation reservation{childPath(m_dir, finalName), childPath(m_dir, finalName) + PartSuffix};
    int fd = -1;
#ifdef Q_OS_LINUX
    // O_NOFOLLOW and no O_CREAT: only the regular file that is already there.
    fd = ::open(QFile::encodeName(reservation.partPath).constData(),
                O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    struct stat status;
    if (fd >= 0 && (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))) {
        ::close(fd);
        fd = -1;
        errno = EINVAL;
    }
#else
    errno = ENOTSUP;
#endif
    if (fd < 0) {
        const int osError = errno;
        unclaim(finalName);
        if (error)
            *error = tr("cannot continue '%1': %2")
                             .arg(QDir::toNativeSeparators(reservation.partPath), osErrorText(osError));
        return std::nullopt;
    }
    FileHandle file(fd);
    *partFile = std::move(file);
    return reservation;
}

// The reserved name stays claimed until the rename is done, so no worker
// takes it meanwhile; only something outside Fetchpool can have created it,
// and then the file moves on to the next free "(n)" name.
std::optional<QString> FileNamer::commit(const Reservation &reservation, QString *error)
{
    if (reservation.replaces)
        return commitReplacing(reservation, error);
    const QString reservedName = QFileInfo(reservation.finalPath).fileName();
    const auto cannotRename = [&](const QString &target, int osError) {
        if (error)
            *error = tr("cannot rename '%1' to '%2': %3")
                             .arg(QDir::toNativeSeparators(reservation.partPath),
                                  QDir::toNativeSeparators(target), osErrorText(osError));
    };
    int osError = 0;
    if (renameNoReplace(reservation.partPath, reservation.finalPath, &osError)) {
        unclaim(reservedName);
        return reservation.finalPath;
    }
    if (osError != EEXIST) {
        unclaim(reservedName);
        cannotRename(reservation.finalPath, osError);
        return std::nullopt;
    }
    for (int n = 1; n < MaxSuffixes; ++n) {
        const QString candidate = numbered(reservedName, n);
        const QString target = childPath(m_dir, candidate);
        if (existsOnDisk(target) || !claim(candidate)) // as in reserve()
            continue;
        if (existsOnDisk(target) || existsOnDisk(target + PartSuffix)) {
            unclaim(candidate);
            continue;
        }
        const bool renamed = renameNoReplace(reservation.partPath, target, &osError);
        unclaim(candidate);
        if (renamed) {
            unclaim(reservedName);
            return target;
        }
        if (osError != EEXIST) {
            unclaim(reservedName);
            cannotRename(target, osError);
            return std::nullopt;
        }
    }
    unclaim(reservedName);
    if (error)
        *error = tr("no free file name for '%1'").arg(reservedName);
    return std::nullopt;
}

// rename(2) swaps the directory entry in one step: a reader sees the old
// file or the whole new one. Checked just before: a symlink or a folder put
// there meanwhile is not replaced (rename would replace a symlink itself,
// never its target, but it is not ours to remove).
std::optional<QString> FileNamer::commitReplacing(const Reservation &reservation, QString *error)
{
    const QString name = QFileInfo(reservation.finalPath).fileName();
    int osError = 0;
    if (!isRegularOrMissing(reservation.finalPath))
        osError = EEXIST;
    else
        renameReplacing(reservation.partPath, reservation.finalPath, &osError);
    unclaim(name);
    if (osError == 0)
        return reservation.finalPath;
    if (error) {
        *error = osError == EEXIST
                ? tr("'%1' is no longer a regular file: it is not replaced")
                          .arg(QDir::toNativeSeparators(reservation.finalPath))
                : tr("cannot rename '%1' to '%2': %3")
                          .arg(QDir::toNativeSeparators(reservation.partPath),
                               QDir::toNativeSeparators(reservation.finalPath), osErrorText(osError));
    }
    return std::nullopt;
}

void FileNamer::release(const Reservation &reservation, bool removePart)
{
    // The part goes before the name is given back: a worker that takes the
    // name next must not find it still there.
    if (removePart)
        QFile::remove(reservation.partPath);
    unclaim(QFileInfo(reservation.finalPath).fileName());
}

} // namespace Fetchpool
