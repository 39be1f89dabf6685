#pragma once

#include "listitemoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVector>

namespace Fetchpool {

struct DownloadJob;

// One entry of an exported list: the URL, what its list said about it, and
// the name its file was saved under, when it was.
struct ExportEntry
{
    QUrl url;
    ListItemOptions options;
    QString savedName; // empty: not saved (yet)
};

// Writes a list out again, for another run, another machine or another
// program: a plain list (one URL per line), an aria2 input file (each URL
// with its out=, dir=, checksum=, referer= and headers, mirrors on its line),
// or an HTML page of links. Logins never leave: URLs lose their user name
// and password, and Authorization, Proxy-Authorization and Cookie headers
// are left out. Fetchpool reads all three formats back.
class ListExport final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ListExport)

public:
    enum class Format { Plain, Aria2, Html };

    static QByteArray write(const QVector<ExportEntry> &entries, Format format);
    // What a job says of itself, as an entry: its URL, and its out=, dir=,
    // checksum=, headers and mirrors.
    static ExportEntry entryFor(const DownloadJob &job);
    // The format a file name asks for: .html/.htm for HTML, .aria2 for
    // aria2, anything else plain.
    static Format formatForFile(const QString &fileName);

private:
    static QByteArray plain(const QVector<ExportEntry> &entries);
    static QByteArray aria2(const QVector<ExportEntry> &entries);
    static QByteArray html(const QVector<ExportEntry> &entries);
};

} // namespace Fetchpool
