#pragma once

#include "filehandle.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QDir>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Fetchpool {

// Chooses safe file names inside one destination folder and hands them out
// without collisions, across threads and against files already on disk.
//
// A download first reserves a name: the final name is held in memory and its
// `<final>.part` file is created exclusively (O_EXCL), so two workers never
// write the same file and an existing file is never opened for writing. When
// the body is complete, commit() renames the part file to a final name that
// is still free at that moment; it never replaces an existing file, except
// the one a reserveReplacing() reservation names.
class FileNamer final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::FileNamer)
    Q_DISABLE_COPY_MOVE(FileNamer)

public:
    struct Reservation
    {
        QString finalPath; // absolute, inside the folder
        QString partPath;  // finalPath + PartSuffix
        bool replaces = false; // commit() may replace a regular file at finalPath
    };

    // Bytes on their way to a final name wait in `<final>.part` until the rename.
    static constexpr QLatin1String PartSuffix{".part"};
    static bool isPartPath(const QString &path) { return path.endsWith(PartSuffix); }

    explicit FileNamer(const QString &directory);

    QString directory() const { return m_dir.absolutePath(); }

    // A base name for a download: Content-Disposition, else the last path
    // segment of the URL, else the host plus an extension for the MIME type.
    // Always sanitized.
    static QString chooseName(const QUrl &url, const QByteArray &contentDisposition,
                              const QString &mimeType);

    // Makes untrusted text a safe single file name: no separators, no "..",
    // no leading dot, no control characters, at most MaxNameBytes of UTF-8
    // with the extension kept. Never empty.
    static QString sanitize(const QString &name);
    static constexpr int MaxNameBytes = 200;

    // Reserves `baseName` or the first free `baseName (n).ext` and creates its
    // part file, opened for writing, in *partFile.
    std::optional<Reservation> reserve(const QString &baseName, FileHandle *partFile, QString *error);

    // Reserves exactly the name of `path`, a file this folder holds from an
    // earlier download of the same item, to be replaced on commit(). Refused
    // for a path outside the folder, a name the namer would not give (hidden,
    // a part file), anything but a regular file (a symlink, a folder), a name
    // another download holds, or an existing part file of that name.
    std::optional<Reservation> reserveReplacing(const QString &path, FileHandle *partFile, QString *error);

    // Takes over a part file an earlier run left in this folder: reserves its
    // final name and opens it for appending, never following a symlink.
    std::optional<Reservation> adopt(const QString &partPath, FileHandle *partFile, QString *error);

    // Renames the finished part file to the reserved name, or to the next free
    // "(n)" name if something took it meanwhile. Returns the final path. A
    // replacing reservation replaces its file atomically, and fails instead
    // if what is there now is not a regular file.
    std::optional<QString> commit(const Reservation &reservation, QString *error);

    // Gives the name back; removes the part file when asked.
    void release(const Reservation &reservation, bool removePart);

private:
    std::optional<QString> commitReplacing(const Reservation &reservation, QString *error);
    // Holds a final name in memory for one download; false when another holds it.
    bool claim(const QString &fileName);
    void unclaim(const QString &fileName);

    const QDir m_dir;
    QMutex m_mutex;
    QSet<QString> m_reserved; // final file names held by running downloads
};

} // namespace Fetchpool
