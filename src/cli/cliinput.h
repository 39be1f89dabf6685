#pragma once

#include "checksumfile.h"
#include "clioptions.h"
#include "listitemoptions.h"

#include <QHash>
#include <QUrl>

#include <QString>
#include <QVector>

namespace Fetchpool {
class UrlMerger;
struct UrlPattern;
struct UrlReject;
}

namespace Fetchpool::Cli {

// The URLs an invocation names: the list of -i (a file, or standard input
// for "-"), then the arguments, each added to what is there already (the
// demo's batch) unless it is listed. Every rejected line and argument is
// printed with where it came from, and counted: rejects make exit status 1.
class CliInput final
{
    Q_DISABLE_COPY_MOVE(CliInput)

public:
    CliInput() = default;

    // False, with the reason printed, when the list cannot be read at all:
    // exit status 2.
    bool gather(const CliOptions &options, UrlMerger &urls);
    int rejected() const { return m_rejected; }
    // One job per URL, with what the list said about it (aria2 options) and
    // the checksums of --checksum, --checksums and sums files beside the list.
    QVector<DownloadJob> jobs(const QVector<QUrl> &urls, const CliOptions &options) const;

private:
    bool addList(const QString &inputFile, const GlobOptions &glob, UrlMerger &urls);
    void addArguments(const QStringList &arguments, const GlobOptions &glob, UrlMerger &urls);
    void addPatternArgument(const QString &argument, int position, const GlobOptions &glob, UrlMerger &urls);
    // Says how to take the patterns that stood for too many URLs; `where`
    // has a %1 for the pattern's line.
    void reportUnexpanded(const QString &where, const QVector<UrlPattern> &patterns);
    void reportRejects(const QString &source, const QVector<UrlReject> &rejects);
    bool gatherChecksums(const CliOptions &options);

    int m_rejected = 0;
    int m_schemeAdded = 0; // bare `www.` URLs taken as https://
    int m_malformedPatterns = 0;
    QHash<QUrl, ListItemOptions> m_itemOptions;
    ChecksumFile::Digests m_digests;
};

} // namespace Fetchpool::Cli
