#include "resumerecord.h"

#include "filenamer.h"
#include "logging.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/xattr.h>
#endif

namespace Fetchpool {

namespace {

constexpr int MaxRecordBytes = 16 * 1024; // a URL plus a validator; anything longer is not ours

// Passwords never go to disk: records and lookups both leave them out.
QString urlKey(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

} // namespace

QByteArray ResumeRecord::serialize() const
{
    QJsonObject json{
            {QStringLiteral("url"), urlKey(url)},
            {QStringLiteral("validator"), QString::fromLatin1(validator)},
    };
    if (total >= 0)
        json.insert(QStringLiteral("total"), total);
    if (segmented) {
        QJsonArray spans;
        for (const Span &span : done)
            spans.append(QJsonArray{span.begin, span.end});
        json.insert(QStringLiteral("done"), spans);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ResumeRecord> ResumeRecord::parse(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    ResumeRecord record;
    record.url = QUrl(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    record.validator = json.value(QStringLiteral("validator")).toString().toLatin1();
    record.total = json.value(QStringLiteral("total")).toInteger(-1);
    if (!record.url.isValid() || record.validator.isEmpty())
        return std::nullopt;
    record.segmented = json.contains(QStringLiteral("done"));
    qint64 previousEnd = -1;
    for (const QJsonValue &value : json.value(QStringLiteral("done")).toArray()) {
        const QJsonArray pair = value.toArray();
        const Span span{pair.at(0).toInteger(-1), pair.at(1).toInteger(-1)};
        // Spans out of order, overlapping or past the end are not ours: no
        // record rather than a file spliced from the wrong bytes.
        if (span.begin <= previousEnd || span.end <= span.begin || record.total < 0 || span.end > record.total)
            return std::nullopt;
        record.done.push_back(span);
        previousEnd = span.end;
    }
    return record;
}

qint64 ResumeRecord::prefixLength(qint64 fileSize) const
{
    if (!segmented)
        return fileSize;
    return !done.isEmpty() && done.first().begin == 0 ? qMin(done.first().end, fileSize) : 0;
}

#ifdef Q_OS_LINUX

bool ResumeRecord::writeTo(int fd) const
{
    const QByteArray data = serialize();
    return ::fsetxattr(fd, AttributeName, data.constData(), size_t(data.size()), 0) == 0;
}

bool ResumeRecord::removeFrom(int fd)
{
    return ::fremovexattr(fd, AttributeName) == 0 || errno == ENODATA;
}

std::optional<ResumeRecord> ResumeRecord::readFrom(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    QByteArray data(MaxRecordBytes, Qt::Uninitialized);
    // lgetxattr: a symlink named like a part file is never followed.
    const ssize_t length = ::lgetxattr(encoded.constData(), AttributeName, data.data(), size_t(data.size()));
    if (length <= 0)
        return std::nullopt;
    data.truncate(length);
    return parse(data);
}

#else

bool ResumeRecord::writeTo(int) const
{
    errno = ENOTSUP;
    return false;
}

bool ResumeRecord::removeFrom(int)
{
    return true;
}

std::optional<ResumeRecord> ResumeRecord::readFrom(const QString &)
{
    return std::nullopt;
}

#endif

ResumeIndex::ResumeIndex(QString folder)
    : m_folder(std::move(folder))
{
}

std::optional<ResumablePart> ResumeIndex::take(const QUrl &url)
{
    std::call_once(m_once, [this] { scan(); });
    QMutexLocker lock(&m_mutex);
    if (m_byUrl.isEmpty())
        return std::nullopt; // the usual case, without building the key
    const auto it = m_byUrl.find(urlKey(url));
    if (it == m_byUrl.end())
        return std::nullopt;
    ResumablePart part = it.value();
    m_byUrl.erase(it);
    return part;
}

bool ResumeIndex::contains(const QUrl &url)
{
    std::call_once(m_once, [this] { scan(); });
    QMutexLocker lock(&m_mutex);
    return !m_byUrl.isEmpty() && m_byUrl.contains(urlKey(url));
}

void ResumeIndex::add(const QString &partPath)
{
    std::call_once(m_once, [this] { scan(); }); // a later scan would replace the entry
    const auto record = ResumeRecord::readFrom(partPath);
    if (!record)
        return;
    ResumablePart part{partPath, QFileInfo(partPath).size(), *record};
    QMutexLocker lock(&m_mutex);
    m_byUrl.insert(urlKey(record->url), part);
}

void ResumeIndex::scan()
{
    QDirIterator parts(m_folder, {QLatin1Char('*') + FileNamer::PartSuffix}, QDir::Files);
    QHash<QString, ResumablePart> found;
    while (parts.hasNext()) {
        const QString path = parts.next();
        const QFileInfo info = parts.fileInfo();
        if (info.isSymLink() || !info.isFile())
            continue;
        auto record = ResumeRecord::readFrom(path);
        if (!record)
            continue;
        ResumablePart part{path, record->prefixLength(info.size()), *record};
        const QString key = urlKey(record->url);
        // Two parts for one URL: continue the longer one.
        if (!found.contains(key) || found.value(key).size < part.size)
            found.insert(key, part);
    }
    qCDebug(lcEngine) << "resumable parts in" << m_folder << ":" << found.size();
    QMutexLocker lock(&m_mutex);
    m_byUrl = std::move(found);
}

} // namespace Fetchpool
