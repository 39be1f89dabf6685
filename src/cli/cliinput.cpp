#include "cliinput.h"

#include "console.h"
#include "urllistparser.h"
#include "urlmerger.h"

#include <QFile>

namespace Fetchpool::Cli {

bool CliInput::gather(const CliOptions &options, UrlMerger &urls)
{
    if (!options.inputFile.isEmpty() && !addList(options.inputFile, urls))
        return false;
    addArguments(options.urls, urls);
    return true;
}

bool CliInput::addList(const QString &inputFile, UrlMerger &urls)
{
    const UrlListParser parser;
    UrlList list;
    if (inputFile == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            Console::error(QStringLiteral("cannot read standard input: %1").arg(input.errorString()));
            return false;
        }
        list = parser.parse(input);
        reportRejects(QStringLiteral("stdin"), list.rejects);
    } else {
        QString error;
        auto parsed = parser.parseFile(inputFile, &error);
        if (!parsed) {
            Console::error(error);
            return false;
        }
        list = std::move(*parsed);
        reportRejects(inputFile, list.rejects);
    }
    urls.addUnique(list.urls);
    return true;
}

void CliInput::addArguments(const QStringList &arguments, UrlMerger &urls)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString reason;
        if (const auto url = UrlListParser::acceptUrl(arguments[i], &reason)) {
            urls.add(*url);
        } else {
            Console::error(QStringLiteral("argument %1: %2: %3").arg(i + 1).arg(reason, arguments[i]));
            ++m_rejected;
        }
    }
}

void CliInput::reportRejects(const QString &source, const QVector<UrlReject> &rejects)
{
    for (const UrlReject &reject : rejects)
        Console::error(QStringLiteral("%1:%2: %3: %4").arg(source).arg(reject.line).arg(reject.reason, reject.text));
    m_rejected += int(rejects.size());
}

} // namespace Fetchpool::Cli
