#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Fetchpool {

// A file already in the destination folder under the name a download would
// take, and what the server said of it when it was saved: its ETag (an
// extended attribute, `user.fetchpool.etag`, written on the part before the
// rename) and its modification time (the response's Last-Modified, as wget
// sets it). Together they make the conditional request of the update policy.
//
// Only a regular file directly in the folder counts: a symlink, a folder, a
// hidden name or a part file is never taken for an item's file.
struct ExistingFile
{
    QString path;            // absolute, inside the folder
    qint64 size = 0;
    QDateTime modified;      // UTC, whole seconds
    QByteArray etag;         // as the server sent it; empty when none was recorded

    static constexpr const char *EtagAttribute = "user.fetchpool.etag";

    // The file called `name` in `folder`, if it is one an item may own.
    static std::optional<ExistingFile> find(const QString &folder, const QString &name);
    // The file at `path`, if it is directly in `folder` and one an item may own.
    static std::optional<ExistingFile> at(const QString &folder, const QString &path);

    // The name a download of `url` saves under unless Content-Disposition
    // names another: the URL's last path segment, when it has an extension
    // (without one, the response's Content-Type may still add it).
    static std::optional<QString> nameFromUrl(const QUrl &url);

    // "If-None-Match: <etag>" when an ETag was recorded, and
    // "If-Modified-Since: <mtime as an HTTP date>".
    QList<QByteArray> conditionalHeaders() const;
    // Whether a response with these validators is this file again (for a
    // server that answers 200 to a conditional request, or one that was not
    // asked conditionally): the same ETag, or without ETags a Last-Modified
    // no later than the file's time and the same length (when known).
    bool isSameAs(const QByteArray &responseEtag, const QByteArray &responseLastModified, qint64 length) const;

    // Stamps a complete part, before its rename, with what a later update
    // asks about: `etag` as the attribute (removed when empty), and
    // `lastModified` (an HTTP date) as its modification time.
    static void stamp(int fd, const QByteArray &etag, const QByteArray &lastModified);

    // An HTTP date ("Wed, 01 Jan 2025 00:00:00 GMT") as UTC; invalid when unreadable.
    static QDateTime parseHttpDate(const QByteArray &text);
    static QByteArray httpDate(const QDateTime &when);
};

} // namespace Fetchpool
