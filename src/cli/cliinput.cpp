#include "cliinput.h"

#include "console.h"
#include "urlcollector.h"
#include "urllistparser.h"
#include "urlmerger.h"

#include <QFile>
#include <QFileInfo>

namespace Fetchpool::Cli {

namespace {

// An argument that is no URL but names a file, or looks like a path to one
// (`list.txt`, `./urls`, `~/x.html`): it was most likely meant as a list,
// and a "not a URL" reason would hide what is wrong.
std::optional<QString> notAListArgument(const QString &argument)
{
    if (argument.contains(QLatin1String("://")))
        return std::nullopt;
    const QFileInfo file(argument);
    if (file.exists())
        return QStringLiteral("a file, not a URL: read it as a list with -i %1").arg(argument);
    static const QStringList listSuffixes{QStringLiteral("txt"), QStringLiteral("list"), QStringLiteral("lst"),
                                          QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("url"),
                                          QStringLiteral("desktop"), QStringLiteral("csv")};
    const bool looksLikePath = argument.startsWith(QLatin1Char('/')) || argument.startsWith(QLatin1String("./"))
            || argument.startsWith(QLatin1String("../")) || argument.startsWith(QLatin1Char('~'))
            || listSuffixes.contains(file.suffix().toLower());
    if (looksLikePath)
        return QStringLiteral("file not found");
    return std::nullopt;
}

} // namespace

bool CliInput::gather(const CliOptions &options, UrlMerger &urls)
{
    if (!options.inputFile.isEmpty() && !addList(options.inputFile, options.glob, urls))
        return false;
    addArguments(options.urls, options.glob, urls);
    if (m_malformedPatterns > 0)
        Console::error(QStringLiteral("note: --globoff takes [ ] { } in URLs literally, for URLs that really contain them"));
    if (m_schemeAdded > 0)
        Console::error(QStringLiteral("note: %1 without a scheme %2 taken as https://")
                               .arg(Console::count(m_schemeAdded, QStringLiteral("URL"), QStringLiteral("URLs")),
                                    m_schemeAdded == 1 ? QStringLiteral("was") : QStringLiteral("were")));
    return gatherChecksums(options);
}

// --checksums FILE first, then the sums files beside the list: for a name
// in several, the first digest wins.
bool CliInput::gatherChecksums(const CliOptions &options)
{
    if (!options.checksumsFile.isEmpty()) {
        QString error;
        const auto digests = ChecksumFile::read(options.checksumsFile, &error);
        if (!digests) {
            Console::error(QStringLiteral("--checksums: %1").arg(error));
            return false;
        }
        m_digests = *digests;
    }
    if (options.inputFile.isEmpty() || options.inputFile == QLatin1String("-"))
        return true;
    QStringList errors;
    const auto beside = ChecksumFile::readAll(ChecksumFile::findBeside(options.inputFile), &errors);
    for (const QString &error : std::as_const(errors))
        Console::error(error);
    for (auto it = beside.cbegin(); it != beside.cend(); ++it) {
        if (!m_digests.contains(it.key()))
            m_digests.insert(it.key(), it.value());
    }
    return true;
}

QVector<DownloadJob> CliInput::jobs(const QVector<QUrl> &urls, const CliOptions &options) const
{
    QVector<DownloadJob> jobs = DownloadJob::fromUrls(urls);
    for (DownloadJob &job : jobs) {
        const auto it = m_itemOptions.constFind(job.url);
        if (it != m_itemOptions.cend())
            it->applyTo(job);
        if (options.checksum.isValid() && jobs.size() == 1)
            job.checksum = options.checksum;
    }
    ChecksumFile::applyTo(jobs, m_digests);
    return jobs;
}

bool CliInput::addList(const QString &inputFile, const GlobOptions &glob, UrlMerger &urls)
{
    const UrlListParser parser({}, glob);
    UrlList list;
    if (inputFile == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            Console::error(QStringLiteral("cannot read standard input: %1").arg(input.errorString()));
            return false;
        }
        list = parser.parse(input);
        reportRejects(QStringLiteral("stdin"), list.rejects);
        reportUnexpanded(QStringLiteral("stdin:%1"), list.patterns);
    } else {
        QString error;
        auto parsed = parser.parseFile(inputFile, &error);
        if (!parsed) {
            Console::error(error);
            return false;
        }
        list = std::move(*parsed);
        reportRejects(inputFile, list.rejects);
        reportUnexpanded(inputFile + QStringLiteral(":%1"), list.patterns);
    }
    for (const UrlReject &note : std::as_const(list.notes))
        Console::error(QStringLiteral("%1:%2: note: %3: %4").arg(inputFile).arg(note.line).arg(note.reason, note.text));
    m_itemOptions.insert(list.itemOptions);
    m_schemeAdded += list.schemeAdded;
    m_malformedPatterns += list.malformedPatterns;
    urls.addUnique(list.urls);
    return true;
}

void CliInput::addArguments(const QStringList &arguments, const GlobOptions &glob, UrlMerger &urls)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (glob.enabled && UrlGlob::mayBePattern(arguments[i])) {
            addPatternArgument(arguments[i], i + 1, glob, urls);
            continue;
        }
        QString reason;
        bool schemeAdded = false;
        if (const auto url = UrlListParser::acceptUrl(arguments[i], &reason, &schemeAdded)) {
            urls.add(*url);
            m_schemeAdded += schemeAdded ? 1 : 0;
        } else {
            if (const auto fileReason = notAListArgument(arguments[i]))
                reason = *fileReason;
            Console::error(QStringLiteral("argument %1: %2: %3").arg(i + 1).arg(reason, arguments[i]));
            ++m_rejected;
        }
    }
}

void CliInput::addPatternArgument(const QString &argument, int position, const GlobOptions &glob, UrlMerger &urls)
{
    UrlCollector collector(glob);
    collector.addListed(argument, position);
    const UrlList list = collector.take();
    for (const UrlReject &reject : list.rejects)
        Console::error(QStringLiteral("argument %1: %2: %3").arg(position).arg(reject.reason, reject.text));
    m_rejected += int(list.rejects.size());
    m_malformedPatterns += list.malformedPatterns;
    reportUnexpanded(QStringLiteral("argument %1"), list.patterns);
    m_itemOptions.insert(list.itemOptions);
    urls.addUnique(list.urls);
}

void CliInput::reportUnexpanded(const QString &where, const QVector<UrlPattern> &patterns)
{
    for (const UrlPattern &pattern : patterns) {
        if (!pattern.expanded)
            Console::error(QStringLiteral("%1: note: --max-expand %2 takes all the URLs of '%3'")
                                   .arg(where.arg(pattern.line))
                                   .arg(pattern.count)
                                   .arg(pattern.text));
    }
}

void CliInput::reportRejects(const QString &source, const QVector<UrlReject> &rejects)
{
    for (const UrlReject &reject : rejects)
        Console::error(QStringLiteral("%1:%2: %3: %4").arg(source).arg(reject.line).arg(reject.reason, reject.text));
    m_rejected += int(rejects.size());
}

} // namespace Fetchpool::Cli
