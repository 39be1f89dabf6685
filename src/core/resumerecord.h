#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QVector>

#include <mutex>
#include <optional>

namespace Fetchpool {

// What an interrupted download leaves on its `.part` file so that a later
// run can continue it: the URL it came from, the server's validator for
// If-Range, and the complete size if known.
//
// The record is an extended attribute of the part file itself
// (`user.fetchpool.resume`), written when the response headers arrive and
// before any body byte. So it survives a crash or kill -9 together with the
// bytes, moves with the file, and never needs a file of its own that could
// collide with a user's file. On a file system without user extended
// attributes nothing is recorded and interrupted parts are not kept.
struct ResumeRecord
{
    // Bytes [begin, end) of the file.
    struct Span
    {
        qint64 begin = 0;
        qint64 end = 0;
        friend bool operator==(const Span &a, const Span &b) { return a.begin == b.begin && a.end == b.end; }
    };

    QUrl url;             // stored without its password
    QByteArray validator; // strong ETag or Last-Modified
    qint64 total = -1;
    // A file fetched in segments (SegmentedPart) is not a prefix: only the
    // spans in `done` (sorted and apart, maybe none yet) are on disk.
    bool segmented = false;
    QVector<Span> done = {};

    // The length of the part that is a prefix of the file: the first span's
    // end when it starts at 0, for a segmented part.
    qint64 prefixLength(qint64 fileSize) const;

    static constexpr const char *AttributeName = "user.fetchpool.resume";

    // On the open part file; false with errno set when the file system refuses.
    bool writeTo(int fd) const;
    static bool removeFrom(int fd);
    static std::optional<ResumeRecord> readFrom(const QString &path);

    QByteArray serialize() const;
    static std::optional<ResumeRecord> parse(const QByteArray &data);
};

// A part file a run may continue.
struct ResumablePart
{
    QString partPath;
    qint64 size = 0; // bytes already on disk
    ResumeRecord record;
};

// The resumable part files of one destination folder, found on first use
// (from a worker, never the owner thread) and handed out once each by URL.
class ResumeIndex final
{
    Q_DISABLE_COPY_MOVE(ResumeIndex)

public:
    explicit ResumeIndex(QString folder);

    std::optional<ResumablePart> take(const QUrl &url);
    // Whether take() would find a part for `url` (MirrorRotation's order).
    bool contains(const QUrl &url);
    // A part kept during the run (an item paused): a later take() of its URL
    // continues it. Nothing for a file without a record. On a worker.
    void add(const QString &partPath);

private:
    void scan(); // once, under m_once

    const QString m_folder;
    std::once_flag m_once;
    QMutex m_mutex;
    QHash<QString, ResumablePart> m_byUrl;
};

} // namespace Fetchpool
