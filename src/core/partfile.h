#pragma once

#include "downloadtypes.h"
#include "filenamer.h"
#include "partdigest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Fetchpool {

struct ResumablePart;

// The file side of one download: its reserved final name, the open
// `<final>.part` it streams into, how many bytes that holds, and the resume
// record on it. Whatever happens, nothing half-written ends up under the
// final name: commit() is the only way there, and a part still held when the
// object goes away is removed.
class PartFile final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::PartFile)
    Q_DISABLE_COPY_MOVE(PartFile)

public:
    explicit PartFile(FileNamer &namer);
    ~PartFile();

    // The folder its names are reserved in (the item's, DownloadJob::subdir).
    QString folder() const { return m_namer.directory(); }

    // Whether an item that ended in `state` with `filePath` left a part for a
    // later run: only a stopped or paused item keeps one, and its file path
    // then names the part. Whoever drops such an item from its list removes
    // that file.
    static bool isKeptPart(ItemState state, const QString &filePath)
    {
        return (state == ItemState::Cancelled || state == ItemState::Paused) && FileNamer::isPartPath(filePath);
    }

    bool isReserved() const { return m_reservation.has_value(); }
    qint64 size() const { return m_size; }
    // The first bytes of the body (up to ContentCheck::HeadBytes), for the content check.
    const QByteArray &head() const { return m_head; }
    QString partPath() const { return m_reservation ? m_reservation->partPath : QString(); }

    // Reserves `name` (or the first free "name (n).ext") and creates its part file.
    bool reserve(const QString &name, QString *error);
    // Reserves exactly the name of `path`, an earlier download's file that
    // commit() then replaces (FileNamer::reserveReplacing).
    bool reserveReplacing(const QString &path, QString *error);
    // Takes over a part an interrupted earlier run left; its bytes count as received.
    bool adopt(const ResumablePart &part, QString *error);

    // Empties the part: the next bytes start the file again.
    void restart();
    // Straight to the file (no buffer): after a crash the part holds an exact
    // prefix of the body, which a later run can continue.
    bool append(const char *data, qint64 length, QString *error);

    // Records on the part what a later run needs to continue it. Without a
    // validator any earlier record is removed: a later run could otherwise
    // splice two versions of the file.
    void recordResume(const QUrl &url, const QByteArray &validator, qint64 total);
    bool hasResumeRecord() const { return m_resumeRecorded; }
    // Before commit(): the response's ETag and Last-Modified, kept on the
    // final file for a later update (ExistingFile::stamp).
    void stamp(const QByteArray &etag, const QByteArray &lastModified);

    // For a file written in segments (SegmentedPart): the open descriptor,
    // switched from appending to writing at offsets, and afterwards what the
    // part holds (`bytes`, and whether a resume record is on it). The head
    // for the content check is then read back from the file.
    int positionalFd();
    void settleSegments(qint64 bytes, bool recorded);

    // Renames the complete part to its final name (or the next free one, or
    // over the file it replaces); the final file carries no record. Returns
    // the final path.
    std::optional<QString> commit(QString *error);
    // Leaves the part, with its record, for a later run; returns its path.
    // Only a non-empty part with a record is kept, and never a replacement's.
    std::optional<QString> keepForResume();

    // Checksums: hashes the part's bytes with `algorithm` as they are
    // appended (PartDigest), and gives the digest of the complete part.
    void expectDigest(Checksum::Algorithm algorithm) { m_digest.start(algorithm); }
    std::optional<QByteArray> digest(QString *error) { return m_digest.finish(partPath(), error); }
    // Removes the part and gives its name back.
    void discard();

private:
    FileNamer &m_namer;
    std::optional<FileNamer::Reservation> m_reservation;
    FileHandle m_file;
    qint64 m_size = 0;
    QByteArray m_head;
    bool m_resumeRecorded = false;
    PartDigest m_digest; // only active for an item with an expected checksum
};

} // namespace Fetchpool
