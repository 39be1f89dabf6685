#include "list/itemdetailstext.h"

#include "list/downloadcolumns.h"
#include "list/downloadmodel.h"
#include "list/sizetext.h"
#include "partfile.h"
#include "units.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

namespace Fetchpool::Gui {

namespace {

const QString Separator = QStringLiteral(" · ");

// Cells keep some room to their right: the columns are short numbers.
QString cell(const QString &text, bool right = false)
{
    return QStringLiteral("<td style=\"padding-right: 12px\"%1>%2</td>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
}

QString headerCell(const QString &text, bool right = false)
{
    return QStringLiteral("<th style=\"padding-right: 12px\"%1>%2</th>")
            .arg(right ? QStringLiteral(" align=\"right\"") : QStringLiteral(" align=\"left\""), text.toHtmlEscaped());
}

QString durationOrDash(qint64 us)
{
    return us >= 0 ? formatDuration(us) : QStringLiteral("–");
}

QString link(const QString &path, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString ItemDetailsText::response(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    QStringList parts;
    if (result.httpStatus > 0)
        parts << tr("HTTP %1").arg(result.httpStatus);
    if (!result.protocol.isEmpty())
        parts << result.protocol;
    if (!result.mimeType.isEmpty())
        parts << result.mimeType;
    const QString size = DownloadColumns::text(item, DownloadModel::SizeColumn);
    if (!size.isEmpty())
        parts << size;
    if (result.resumedFrom > 0)
        parts << tr("continued from %1").arg(SizeText::size(result.resumedFrom));
    return parts.join(Separator);
}

QString ItemDetailsText::times(const DownloadItem &item)
{
    QStringList parts;
    for (const int column : {DownloadModel::QueuedColumn, DownloadModel::FirstByteColumn, DownloadModel::BodyColumn,
                             DownloadModel::TimeColumn}) {
        const QString value = DownloadColumns::text(item, column);
        if (!value.isEmpty())
            //: A column's title and its value: "First Byte 15 ms".
            parts << tr("%1 %2").arg(DownloadColumns::title(column), value);
    }
    return parts.join(Separator);
}

QString ItemDetailsText::attemptsTable(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    if (result.attempts <= 0 && result.attemptHistory.isEmpty())
        return {};
    QString rows = QStringLiteral("<tr>") + headerCell(tr("Attempt")) + headerCell(tr("Started"), true)
            + headerCell(tr("Took"), true) + headerCell(tr("HTTP"), true) + headerCell(tr("Result")) + QStringLiteral("</tr>");
    for (qsizetype i = 0; i < result.attemptHistory.size(); ++i) {
        const AttemptRecord &attempt = result.attemptHistory.at(i);
        const qint64 tookUs = attempt.startUs >= 0 && attempt.endUs >= attempt.startUs ? attempt.endUs - attempt.startUs : -1;
        const QString outcome = attempt.error.isError() ? attempt.error.message : tr("Succeeded");
        rows += QStringLiteral("<tr>") + cell(QString::number(i + 1)) + cell(durationOrDash(attempt.startUs), true)
                + cell(durationOrDash(tookUs), true)
                + cell(attempt.httpStatus > 0 ? QString::number(attempt.httpStatus) : QStringLiteral("–"), true)
                + cell(outcome) + QStringLiteral("</tr>");
    }
    // The attempt under way, or the one a retry waits for.
    const qsizetype recorded = result.attemptHistory.size();
    if (!isFinal(result.state) && result.state != ItemState::Queued) {
        const LiveAttempts &live = item.liveAttempts;
        const int current = live.isWaitingToRetry() ? int(recorded) + 1 : qMax(result.attempts, int(recorded) + 1);
        const QString outcome = live.isWaitingToRetry() ? tr("Begins in %n s", nullptr, live.retrySecondsLeft)
                                                        : tr("Under way");
        rows += QStringLiteral("<tr>") + cell(QString::number(current)) + cell(QStringLiteral("–"), true)
                + cell(QStringLiteral("–"), true) + cell(QStringLiteral("–"), true) + cell(outcome)
                + QStringLiteral("</tr>");
    } else if (recorded == 0) {
        // Saved by a version that kept only the count.
        return tr("%n attempt(s); no details were kept.", nullptr, result.attempts);
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">") + rows + QStringLiteral("</table>");
}

QString ItemDetailsText::checksum(const DownloadItem &item)
{
    if (!item.options || !item.options->listed.checksum.isValid())
        return {};
    const Checksum &digest = item.options->listed.checksum;
    const QString expected = digest.algorithmName().toUpper() + QLatin1Char(' ') + QString::fromLatin1(digest.hex);
    const ItemResult &result = item.result;
    if (result.state == ItemState::Done && result.verified)
        //: %1 is the digest, such as "SHA-256 9f86d081…"
        return tr("%1 · verified").arg(expected);
    if (result.state == ItemState::Failed && result.error.kind == ErrorKind::Checksum)
        return tr("%1 · the file did not match").arg(expected);
    return tr("%1 · checked when the file is complete").arg(expected);
}

QString ItemDetailsText::fileLinks(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    if (result.filePath.isEmpty())
        return {};
    const QString shown = QDir::toNativeSeparators(result.filePath);
    const QString folder = QFileInfo(result.filePath).absolutePath();
    const QString file = result.state == ItemState::Done ? link(result.filePath, shown) : shown.toHtmlEscaped();
    //: %1 is the file's path, %2 a link to the folder that holds it.
    const QString text = PartFile::isKeptPart(result.state, result.filePath) ? tr("%1 (kept to resume) · %2")
                                                                              : tr("%1 · %2");
    return text.arg(file, link(folder, tr("Show in folder")));
}

} // namespace Fetchpool::Gui
