#pragma once

#include "checksum.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>
#include <QVector>

namespace Fetchpool {

struct DownloadJob;

// What an aria2 input list says about one URI beyond the URI itself: the
// indented `key=value` lines under it, and the mirrors on its line.
struct ListItemOptions
{
    QString outName;                 // out=
    QString subdir;                  // dir=, relative, "/"-separated
    Checksum checksum;               // checksum=TYPE=HEX
    QString referer;                 // referer=
    QList<QByteArray> extraHeaders;  // header=, and user-agent= as a User-Agent header
    // The other URIs of the line (tab-separated mirrors of the same file),
    // tried in order when the first fails (DownloadJob::mirrors).
    QVector<QUrl> mirrors;

    bool isEmpty() const
    {
        return outName.isEmpty() && subdir.isEmpty() && !checksum.isValid() && referer.isEmpty()
                && extraHeaders.isEmpty() && mirrors.isEmpty();
    }
    // Copies the options onto `job`, leaving what they do not set as it is.
    void applyTo(DownloadJob &job) const;
};

// Reads aria2's option lines (`  out=name.jpg`).
class Aria2Options final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Aria2Options)

public:
    // An option line: indented, and `key=` with a key of letters, digits and
    // dashes. An indented URL in a plain list is not one.
    static bool isOptionLine(const QString &untrimmed);

    enum class Outcome { Applied, Unknown, Malformed };
    // Applies the (trimmed) option line to `options`. Unknown keys are
    // left alone and noted (Unknown). A malformed value changes nothing.
    // *reason says why.
    static Outcome apply(const QString &line, ListItemOptions &options, QString *reason);

    // The checks for out= and dir=: a single safe file name, and a relative
    // folder path of safe names with no "..". The path comes back normalized.
    static bool isSafeFileName(const QString &name);
    static std::optional<QString> safeSubdir(const QString &path);
};

} // namespace Fetchpool
