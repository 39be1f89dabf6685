#pragma once

// Numbered lists of test-server files, as most run cases want them.
#include "downloadtypes.h"
#include "testserver.h"

#include <QString>
#include <QUrl>
#include <QVector>

namespace Fetchpool::Test {

// `count` URLs /files/<prefix>-<i>.bin?<query> on `server`, i from 0: each a
// path of its own, so each has its own name, seed and request count.
inline QVector<QUrl> fileUrls(const TestServer &server, const QString &prefix, int count, const QString &query)
{
    QVector<QUrl> urls;
    urls.reserve(count);
    for (int i = 0; i < count; ++i)
        urls << server.url(QStringLiteral("/files/%1-%2.bin?%3").arg(prefix).arg(i).arg(query));
    return urls;
}

// Jobs 0..count-1 for /files/<prefix>-<i>.bin of `size` bytes (`extra`: more
// of the query, "&rate=…").
inline QVector<DownloadJob> fileJobs(const TestServer &server, const QString &prefix, int count, qint64 size,
                                     const QString &extra = {})
{
    const QVector<QUrl> urls = fileUrls(server, prefix, count, QStringLiteral("size=%1").arg(size) + extra);
    QVector<DownloadJob> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i)
        jobs.push_back({quint64(i), urls[i]});
    return jobs;
}

// The bytes the server sends for /files/<path> of `size` bytes (its default seed).
inline QByteArray servedBody(const QString &path, qint64 size)
{
    return TestServer::body(size, TestServer::seedForPath(path));
}

} // namespace Fetchpool::Test
