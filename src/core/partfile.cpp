#include "partfile.h"

#include "contentcheck.h"
#include "existingfile.h"
#include "logging.h"
#include "resumerecord.h"

#include <QDir>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace Fetchpool {

PartFile::PartFile(FileNamer &namer)
    : m_namer(namer)
{
}

PartFile::~PartFile()
{
    discard();
}

bool PartFile::reserve(const QString &name, QString *error)
{
    m_reservation = m_namer.reserve(name, &m_file, error);
    m_size = 0;
    m_head.clear();
    m_resumeRecorded = false;
    m_digest.reset();
    return m_reservation.has_value();
}

bool PartFile::reserveReplacing(const QString &path, QString *error)
{
    m_reservation = m_namer.reserveReplacing(path, &m_file, error);
    m_size = 0;
    m_head.clear();
    m_resumeRecorded = false;
    m_digest.reset();
    return m_reservation.has_value();
}

bool PartFile::adopt(const ResumablePart &part, QString *error)
{
    m_reservation = m_namer.adopt(part.partPath, &m_file, error);
    if (!m_reservation)
        return false;
    QFile reader(part.partPath);
    if (reader.open(QIODevice::ReadOnly))
        m_head = reader.read(ContentCheck::HeadBytes);
    m_size = part.size;
    m_resumeRecorded = true;
    m_digest.reset();
    if (m_size > 0)
        m_digest.markUnstreamed(); // these bytes came before this run: hashed from the file at the end
    return true;
}

void PartFile::restart()
{
    if (m_file.isOpen())
        m_file.truncate();
    m_size = 0;
    m_head.clear();
    m_digest.reset();
}

bool PartFile::append(const char *data, qint64 length, QString *error)
{
    if (!m_file.write(QByteArrayView(data, length))) {
        *error = tr("cannot write '%1': %2")
                         .arg(QDir::toNativeSeparators(m_reservation->partPath), qt_error_string(errno));
        return false;
    }
    if (m_head.size() < ContentCheck::HeadBytes)
        m_head.append(data, qMin<qint64>(length, ContentCheck::HeadBytes - m_head.size()));
    m_digest.add(data, length);
    m_size += length;
    return true;
}


void PartFile::recordResume(const QUrl &url, const QByteArray &validator, qint64 total)
{
    const int fd = m_file.fd();
    if (validator.isEmpty()) {
        if (m_resumeRecorded)
            ResumeRecord::removeFrom(fd);
        m_resumeRecorded = false;
        return;
    }
    m_resumeRecorded = ResumeRecord{url, validator, total}.writeTo(fd);
    if (!m_resumeRecorded) {
        qCDebug(lcNet).noquote() << "no resume record on" << m_reservation->partPath << ":"
                                 << qt_error_string(errno);
    }
}

void PartFile::stamp(const QByteArray &etag, const QByteArray &lastModified)
{
    if (m_file.isOpen())
        ExistingFile::stamp(m_file.fd(), etag, lastModified);
}

int PartFile::positionalFd()
{
    const int fd = m_file.fd();
    const int flags = fd >= 0 ? ::fcntl(fd, F_GETFL) : -1;
    if (flags >= 0 && (flags & O_APPEND))
        ::fcntl(fd, F_SETFL, flags & ~O_APPEND);
    m_digest.markUnstreamed(); // segments land out of order: hashed from the file at the end
    return fd;
}

void PartFile::settleSegments(qint64 bytes, bool recorded)
{
    m_size = bytes;
    m_resumeRecorded = recorded;
    m_head.clear();
    // The descriptor is write-only.
    QFile reader(partPath());
    if (reader.open(QIODevice::ReadOnly))
        m_head = reader.read(ContentCheck::HeadBytes);
}

std::optional<QString> PartFile::commit(QString *error)
{
    if (m_resumeRecorded)
        ResumeRecord::removeFrom(m_file.fd());
    m_file.close();
    const auto finalPath = m_namer.commit(*m_reservation, error);
    if (finalPath)
        m_reservation.reset();
    return finalPath;
}

std::optional<QString> PartFile::keepForResume()
{
    // A replacement keeps nothing: a part beside the file it was to replace would belong to no item.
    if (!m_reservation || m_reservation->replaces || !m_file.isOpen() || !m_resumeRecorded || m_size <= 0)
        return std::nullopt;
    m_file.close();
    const QString path = m_reservation->partPath;
    m_namer.release(*m_reservation, false);
    m_reservation.reset();
    return path;
}

void PartFile::discard()
{
    if (!m_reservation)
        return;
    m_file.close();
    m_namer.release(*m_reservation, true);
    m_reservation.reset();
}

} // namespace Fetchpool
