#include "list/statuscell.h"

#include "limit/speedlimitchoices.h"
#include "list/sizetext.h"
#include "partfile.h"
#include "pauseoutcome.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace Fetchpool::Gui {

namespace {

QIcon stateIcon(ItemState state)
{
    static const QIcon queued(QStringLiteral(":/icons/state-queued.svg"));
    static const QIcon active(QStringLiteral(":/icons/state-active.svg"));
    static const QIcon done(QStringLiteral(":/icons/state-done.svg"));
    static const QIcon failed(QStringLiteral(":/icons/state-failed.svg"));
    static const QIcon cancelled(QStringLiteral(":/icons/state-cancelled.svg"));
    static const QIcon paused(QStringLiteral(":/icons/state-paused.svg"));
    switch (state) {
    case ItemState::Queued: return queued;
    case ItemState::Connecting:
    case ItemState::Receiving: return active;
    case ItemState::Done: return done;
    case ItemState::Failed: return failed;
    case ItemState::Cancelled: return cancelled;
    case ItemState::Paused: return paused;
    }
    return {};
}

// A done item whose bytes are not what its name or the server said.
QIcon mismatchIcon()
{
    static const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return warning;
}

// Why the attempt before the current one failed; empty before any did.
QString lastFailure(const ItemResult &result)
{
    return result.attemptHistory.isEmpty() ? QString() : result.attemptHistory.last().error.message;
}

// The digest a verified row's file matched, as people write its name.
QString digestName(const DownloadItem &item)
{
    const Checksum::Algorithm algorithm = item.options ? item.options->listed.checksum.algorithm : Checksum::Algorithm::None;
    switch (algorithm) {
    case Checksum::Algorithm::Sha256: return QStringLiteral("SHA-256");
    case Checksum::Algorithm::Sha1: return QStringLiteral("SHA-1");
    case Checksum::Algorithm::Md5: return QStringLiteral("MD5");
    case Checksum::Algorithm::None: break;
    }
    return StatusCell::tr("checksum");
}

} // namespace

// Each text starts with a short word for the state and puts the specific
// reason after it: the column elides at the end, so the word always shows
// and the reason as far as there is room.
QString StatusCell::text(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    const LiveAttempts &live = item.liveAttempts;
    const bool retried = result.attempts > 1 && live.maxAttempts >= result.attempts;
    switch (result.state) {
    case ItemState::Queued: return tr("Queued");
    case ItemState::Connecting:
        if (live.isWaitingToRetry())
            return retryText(item);
        if (retried)
            return tr("Connecting… (attempt %1 of %2)").arg(result.attempts).arg(live.maxAttempts);
        return tr("Connecting…");
    case ItemState::Receiving:
        if (retried)
            return tr("Downloading (attempt %1 of %2)").arg(result.attempts).arg(live.maxAttempts);
        return tr("Downloading");
    case ItemState::Done:
        // The existing-file policy left the file as it was, or replaced it.
        if (result.existing == ExistingOutcome::Skipped)
            return tr("Skipped: file exists");
        if (result.existing == ExistingOutcome::Unchanged)
            return tr("Unchanged");
        if (!result.contentMismatch.isEmpty())
            return tr("Done: content mismatch");
        if (result.existing == ExistingOutcome::Updated)
            return tr("Updated");
        if (result.verified) {
            //: %1 is a digest's name such as SHA-256: the file matched it
            return result.attempts > 1 ? tr("Done after %n attempts, %1 verified", nullptr, result.attempts).arg(digestName(item))
                                       : tr("Done, %1 verified").arg(digestName(item));
        }
        if (result.attempts > 1)
            return tr("Done after %n attempts", nullptr, result.attempts);
        return tr("Done");
    case ItemState::Cancelled:
        // Stop keeps a resumable part file; Start continues from it.
        if (PartFile::isKeptPart(result.state, result.filePath) && result.bytes > 0)
            return tr("Stopped, %1 kept to resume").arg(SizeText::size(result.bytes));
        return tr("Cancelled");
    case ItemState::Failed:
        return result.error.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(result.error.message);
    case ItemState::Paused:
        return pausedText(result);
    }
    return {};
}

// Whether Resume continues with Range from the kept part, or starts again.
QString StatusCell::pausedText(const ItemResult &result)
{
    if (PauseOutcome::continuesWithRange(result)) {
        if (result.totalBytes > 0) {
            const int percent = int(qMin<qint64>(100, result.bytes * 100 / result.totalBytes));
            //: %1 is a whole percentage such as 41
            return tr("Paused at %1 % — continues where it stopped").arg(QLocale().toString(percent));
        }
        //: %1 is a size such as "12.4 MB"
        return tr("Paused at %1 — continues where it stopped").arg(SizeText::size(result.bytes));
    }
    if (result.startUs >= 0)
        return tr("Paused — starts again from zero");
    return tr("Paused");
}

QString StatusCell::retryText(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    const LiveAttempts &live = item.liveAttempts;
    const QString reason = lastFailure(result);
    const QString next = QString::number(result.attempts + 1);
    const QString most = QString::number(live.maxAttempts);
    const int seconds = live.retrySecondsLeft;
    if (reason.isEmpty()) {
        return seconds == 0 ? tr("Retrying now (attempt %1 of %2)").arg(next, most)
                            : tr("Retrying in %n s (attempt %1 of %2)", nullptr, seconds).arg(next, most);
    }
    //: %n is a whole number of seconds, %1 the next attempt, %2 the most there may be, %3 why the last one failed.
    return seconds == 0 ? tr("Retrying now (attempt %1 of %2): %3").arg(next, most, reason)
                        : tr("Retrying in %n s (attempt %1 of %2): %3", nullptr, seconds).arg(next, most, reason);
}

QString StatusCell::toolTip(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    // The whole text, which the column may have cut short.
    if (result.state == ItemState::Failed || item.liveAttempts.isWaitingToRetry())
        return text(item);
    if (!result.error.message.isEmpty())
        return text(item).section(QLatin1Char(':'), 0, 0) + QStringLiteral(": ") + result.error.message;
    if (!result.contentMismatch.isEmpty()) {
        return tr("Done, but the content does not match: %1 (the server said %2, the bytes are %3)")
                .arg(result.contentMismatch,
                     result.mimeType.isEmpty() ? tr("nothing") : result.mimeType,
                     result.detectedMimeType.isEmpty() ? tr("of an unknown type") : result.detectedMimeType);
    }
    if (result.httpStatus > 0 && result.attempts > 1 && result.state == ItemState::Done)
        return tr("%1 (HTTP %2)").arg(text(item)).arg(result.httpStatus); // the text counts the attempts
    if (result.httpStatus > 0)
        return tr("%1 (HTTP %2, %n attempt(s))", nullptr, result.attempts).arg(text(item)).arg(result.httpStatus);
    return text(item);
}

QIcon StatusCell::icon(const DownloadItem &item)
{
    return item.result.contentMismatch.isEmpty() ? stateIcon(item.result.state) : mismatchIcon();
}

QString StatusCell::limitNote(const DownloadItem &item)
{
    if (item.rateLimit <= 0)
        return {};
    //: In a row's tooltip; %1 is a rate such as "256 KiB/s".
    return QLatin1Char('\n') + tr("Speed limit for this item: %1").arg(SpeedLimitChoices::rateText(item.rateLimit));
}

} // namespace Fetchpool::Gui
