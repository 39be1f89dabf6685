#include "listitemoptions.h"

#include "downloadtypes.h"
#include "filenamer.h"
#include "requestsetup.h"

#include <QRegularExpression>

namespace Fetchpool {

void ListItemOptions::applyTo(DownloadJob &job) const
{
    if (!outName.isEmpty())
        job.outName = outName;
    if (!subdir.isEmpty())
        job.subdir = subdir;
    if (checksum.isValid())
        job.checksum = checksum;
    if (!mirrors.isEmpty())
        job.mirrors = mirrors;
    if (referer.isEmpty() && extraHeaders.isEmpty())
        return;
    // The request options of its own that the engine sends with this item.
    auto headers = std::make_shared<ItemHeaders>(job.headers ? *job.headers : ItemHeaders());
    if (!referer.isEmpty())
        headers->referer = referer;
    for (const QByteArray &header : extraHeaders)
        headers->headers.push_back(header);
    job.headers = std::move(headers);
}

bool Aria2Options::isOptionLine(const QString &untrimmed)
{
    if (untrimmed.isEmpty() || (untrimmed.front() != QLatin1Char(' ') && untrimmed.front() != QLatin1Char('\t')))
        return false; // most lines of most lists: no pattern to run
    static const QRegularExpression optionLine(QStringLiteral("^\\s+[A-Za-z][A-Za-z0-9-]*="));
    return optionLine.match(untrimmed).hasMatch();
}

bool Aria2Options::isSafeFileName(const QString &name)
{
    return !name.isEmpty() && FileNamer::sanitize(name) == name && !FileNamer::isPartPath(name);
}

std::optional<QString> Aria2Options::safeSubdir(const QString &path)
{
    QString normalized = path.trimmed();
    normalized.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (normalized.isEmpty() || normalized.startsWith(QLatin1Char('/')) || normalized.contains(QLatin1Char(':')))
        return std::nullopt; // absolute, or a drive letter
    QStringList segments;
    for (const QString &segment : normalized.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (!isSafeFileName(segment)) // "..", hidden names, control characters
            return std::nullopt;
        segments << segment;
    }
    if (segments.isEmpty())
        return std::nullopt;
    return segments.join(QLatin1Char('/'));
}

Aria2Options::Outcome Aria2Options::apply(const QString &line, ListItemOptions &options, QString *reason)
{
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    const QString key = line.left(equals).trimmed().toLower();
    const QString value = line.mid(equals + 1).trimmed();
    const auto malformed = [reason](const QString &why) {
        *reason = why;
        return Outcome::Malformed;
    };
    if (key == QLatin1String("out")) {
        if (!isSafeFileName(value))
            return malformed(tr("out= must be a plain file name, without folders or a leading dot"));
        options.outName = value;
    } else if (key == QLatin1String("dir")) {
        const auto subdir = safeSubdir(value);
        if (!subdir)
            return malformed(tr("dir= must be a folder inside the destination: relative, without '..'"));
        options.subdir = *subdir;
    } else if (key == QLatin1String("checksum")) {
        QString why;
        const auto checksum = Checksum::parse(value, &why);
        if (!checksum)
            return malformed(tr("checksum=: %1").arg(why));
        options.checksum = *checksum;
    } else if (key == QLatin1String("referer")) {
        if (value.isEmpty())
            return malformed(tr("referer= has no value"));
        options.referer = value;
    } else if (key == QLatin1String("header") || key == QLatin1String("user-agent")) {
        const QString header = key == QLatin1String("header") ? value : QStringLiteral("User-Agent: ") + value;
        if (!RequestSetup::isHeaderLine(header))
            return malformed(tr("%1= must be 'Name: value'").arg(key));
        options.extraHeaders << header.toUtf8();
    } else {
        *reason = tr("unknown aria2 option '%1', ignored").arg(key);
        return Outcome::Unknown;
    }
    return Outcome::Applied;
}

} // namespace Fetchpool
