#include "listexport.h"

#include "checksum.h"
#include "downloadtypes.h"
#include "filenamer.h"
#include "requestsetup.h"

#include <QFileInfo>

namespace Fetchpool {

namespace {

QByteArray encoded(const QUrl &url)
{
    // QUrl leaves [ and ] as they are in a path or query, where a list read
    // back with patterns on (UrlGlob) takes them for a range. RFC 3986 has
    // them percent-encoded there, which servers read the same.
    const QByteArray whole = url.toEncoded(QUrl::RemoveUserInfo);
    const qsizetype authorityEnd =
            url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded().size();
    QByteArray rest = whole.mid(authorityEnd);
    return whole.left(authorityEnd) + rest.replace('[', "%5B").replace(']', "%5D");
}

// The name to save as, where it is known and the URL alone would not give it.
QString outName(const ExportEntry &entry)
{
    if (!entry.options.outName.isEmpty())
        return entry.options.outName;
    if (entry.savedName.isEmpty() || !Aria2Options::isSafeFileName(entry.savedName))
        return {};
    // "photo (1).jpg" is what a clash made of it: the next run decides anew.
    const QString fromUrl = FileNamer::sanitize(QFileInfo(entry.url.path()).fileName());
    return entry.savedName == fromUrl ? QString() : entry.savedName;
}

} // namespace

QByteArray ListExport::write(const QVector<ExportEntry> &entries, Format format)
{
    switch (format) {
    case Format::Plain: return plain(entries);
    case Format::Aria2: return aria2(entries);
    case Format::Html: return html(entries);
    }
    return {};
}

ExportEntry ListExport::entryFor(const DownloadJob &job)
{
    ExportEntry entry;
    entry.url = job.url;
    entry.options.outName = job.outName;
    entry.options.subdir = job.subdir;
    entry.options.checksum = job.checksum;
    entry.options.mirrors = job.mirrors;
    if (job.headers) {
        entry.options.referer = job.headers->referer;
        for (const QByteArray &header : job.headers->headers)
            entry.options.extraHeaders.push_back(header);
    }
    return entry;
}

ListExport::Format ListExport::formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("aria2"))
        return Format::Aria2;
    return Format::Plain;
}

QByteArray ListExport::plain(const QVector<ExportEntry> &entries)
{
    QByteArray text;
    for (const ExportEntry &entry : entries)
        text += encoded(entry.url) + '\n';
    return text;
}

QByteArray ListExport::aria2(const QVector<ExportEntry> &entries)
{
    QByteArray text;
    for (const ExportEntry &entry : entries) {
        const ListItemOptions &options = entry.options;
        text += encoded(entry.url);
        for (const QUrl &mirror : options.mirrors)
            text += '\t' + encoded(mirror);
        text += '\n';
        if (const QString out = outName(entry); !out.isEmpty())
            text += "  out=" + out.toUtf8() + '\n';
        if (!options.subdir.isEmpty())
            text += "  dir=" + options.subdir.toUtf8() + '\n';
        if (options.checksum.isValid())
            text += "  checksum=" + options.checksum.algorithmName().toLatin1() + '=' + options.checksum.hex + '\n';
        if (!options.referer.isEmpty())
            text += "  referer=" + options.referer.toUtf8() + '\n';
        for (const QByteArray &header : options.extraHeaders) {
            if (!RequestSetup::isSecretHeaderLine(header))
                text += "  header=" + header + '\n';
        }
    }
    return text;
}

QByteArray ListExport::html(const QVector<ExportEntry> &entries)
{
    QByteArray page = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
            + tr("Download list").toHtmlEscaped().toUtf8() + "</title>\n</head>\n<body>\n<ul>\n";
    for (const ExportEntry &entry : entries) {
        const QString name = entry.savedName.isEmpty() ? QFileInfo(entry.url.path()).fileName() : entry.savedName;
        const QString shown = name.isEmpty() ? entry.url.toDisplayString(QUrl::RemoveUserInfo) : name;
        page += "<li><a href=\"" + QString::fromLatin1(encoded(entry.url)).toHtmlEscaped().toUtf8() + "\">"
                + shown.toHtmlEscaped().toUtf8() + "</a></li>\n";
    }
    return page + "</ul>\n</body>\n</html>\n";
}

} // namespace Fetchpool
