#include "checksumfile.h"

#include "downloadtypes.h"
#include "filenamer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Fetchpool {

namespace {

// A sums file bigger than this is not one: it is not read whole into memory.
constexpr qint64 MostBytes = 16 * 1024 * 1024;

// coreutils escapes a name holding a backslash or newline and marks the line with a leading '\'.
QString unescaped(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == QLatin1Char('\\') && i + 1 < name.size()) {
            const QChar next = name[++i];
            out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += name[i];
        }
    }
    return out;
}

Checksum::Algorithm byLength(qsizetype digits)
{
    for (auto algorithm : {Checksum::Algorithm::Sha256, Checksum::Algorithm::Sha1, Checksum::Algorithm::Md5}) {
        if (Checksum::hexLength(algorithm) == digits)
            return algorithm;
    }
    return Checksum::Algorithm::None;
}

} // namespace

ChecksumFile::Digests ChecksumFile::parse(const QString &text, int *skippedLines)
{
    static const QRegularExpression gnu(QStringLiteral("^(\\\\?)([0-9A-Fa-f]+) [ *](.+)$"));
    static const QRegularExpression bsd(QStringLiteral("^(\\\\?)([A-Za-z0-9-]+) ?\\((.+)\\) ?= ?([0-9A-Fa-f]+)$"));
    Digests digests;
    int skipped = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        std::optional<Checksum> checksum;
        QString name;
        bool escaped = false;
        if (const auto match = gnu.match(line); match.hasMatch()) {
            escaped = !match.captured(1).isEmpty();
            checksum = Checksum::make(byLength(match.capturedLength(2)), match.captured(2));
            name = match.captured(3);
        } else if (const auto match = bsd.match(line); match.hasMatch()) {
            escaped = !match.captured(1).isEmpty();
            checksum = Checksum::make(Checksum::algorithmFromName(match.captured(2)), match.captured(4));
            name = match.captured(3);
        }
        if (escaped)
            name = unescaped(name);
        name = QFileInfo(name).fileName(); // "./a.jpg" and "dir/a.jpg" are matched as "a.jpg"
        if (!checksum || name.isEmpty()) {
            ++skipped;
            continue;
        }
        digests.insert(name, *checksum);
    }
    if (skippedLines)
        *skippedLines = skipped;
    return digests;
}

std::optional<ChecksumFile::Digests> ChecksumFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > MostBytes) {
        if (error)
            *error = tr("'%1' is too large for a checksum file").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()));
}

bool ChecksumFile::isSumsFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(SHA256SUMS|SHA1SUMS|MD5SUMS)$|\\.(sha256|sha1|md5)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

QStringList ChecksumFile::findBeside(const QString &listPath)
{
    const QDir folder = QFileInfo(listPath).absoluteDir();
    QStringList found;
    // The strongest first, so a name in two files takes the better digest.
    const QStringList groups[] = {
        {QStringLiteral("SHA256SUMS"), QStringLiteral("*.sha256")},
        {QStringLiteral("SHA1SUMS"), QStringLiteral("*.sha1")},
        {QStringLiteral("MD5SUMS"), QStringLiteral("*.md5")},
    };
    for (const QStringList &patterns : groups) {
        const QStringList names = folder.entryList(patterns, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names)
            found << folder.filePath(name);
    }
    return found;
}

ChecksumFile::Digests ChecksumFile::readAll(const QStringList &paths, QStringList *errors)
{
    Digests all;
    for (const QString &path : paths) {
        QString error;
        const auto digests = read(path, &error);
        if (!digests) {
            if (errors)
                *errors << error;
            continue;
        }
        for (auto it = digests->cbegin(); it != digests->cend(); ++it) {
            if (!all.contains(it.key()))
                all.insert(it.key(), it.value());
        }
    }
    return all;
}

int ChecksumFile::applyTo(QVector<DownloadJob> &jobs, const Digests &digests)
{
    if (digests.isEmpty())
        return 0;
    int applied = 0;
    for (DownloadJob &job : jobs) {
        if (job.checksum.isValid())
            continue; // the list's own checksum= says it for this item
        const QString name = job.outName.isEmpty() ? FileNamer::chooseName(job.url, {}, {}) : job.outName;
        const auto it = digests.constFind(name);
        if (it != digests.cend()) {
            job.checksum = *it;
            ++applied;
        }
    }
    return applied;
}

} // namespace Fetchpool
