#pragma once

#include "checksum.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fetchpool {

struct DownloadJob;

// Files of digests by file name, as sha256sum/sha1sum/md5sum write them
// (`HEX  name`, `HEX *name`) or in the BSD form (`SHA256 (name) = HEX`):
// SHA256SUMS, SHA1SUMS, MD5SUMS, `*.sha256`, `*.sha1`, `*.md5`.
class ChecksumFile final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ChecksumFile)

public:
    using Digests = QHash<QString, Checksum>; // by file name, without folders

    // The digests in a sums file's text; the algorithm of a coreutils line
    // follows from its length. Lines that are neither form are skipped and,
    // when asked, counted.
    static Digests parse(const QString &text, int *skippedLines = nullptr);
    // Reads and parses a file; nothing, with the reason, when it cannot be read.
    static std::optional<Digests> read(const QString &path, QString *error);

    // Whether `fileName` is named like a sums file.
    static bool isSumsFileName(const QString &fileName);
    // The sums files in the folder of `listPath` (the list an -i names), the
    // strongest algorithm's first.
    static QStringList findBeside(const QString &listPath);
    // All of `paths` merged: for one name, the first file's digest wins.
    static Digests readAll(const QStringList &paths, QStringList *errors);

    // Gives each job without a checksum the digest listed for its file name
    // (its out= name, else the URL's last segment); returns how many got one.
    static int applyTo(QVector<DownloadJob> &jobs, const Digests &digests);
};

} // namespace Fetchpool
