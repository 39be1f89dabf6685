#include "list/statuscell.h"

#include "list/sizetext.h"
#include "partfile.h"

#include <QApplication>
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
    switch (state) {
    case ItemState::Queued: return queued;
    case ItemState::Connecting:
    case ItemState::Receiving: return active;
    case ItemState::Done: return done;
    case ItemState::Failed: return failed;
    case ItemState::Cancelled: return cancelled;
    }
    return {};
}

// A done item whose bytes are not what its name or the server said.
QIcon mismatchIcon()
{
    static const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return warning;
}

} // namespace

QString StatusCell::text(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    switch (result.state) {
    case ItemState::Queued: return tr("Queued");
    case ItemState::Connecting: return tr("Connecting…");
    case ItemState::Receiving: return tr("Downloading");
    case ItemState::Done:
        return result.contentMismatch.isEmpty() ? tr("Done") : tr("Done: content mismatch");
    case ItemState::Cancelled:
        // Stop keeps a resumable part file; Start continues from it.
        if (PartFile::isKeptPart(result.state, result.filePath) && result.bytes > 0)
            return tr("Stopped, %1 kept to resume").arg(SizeText::size(result.bytes));
        return tr("Cancelled");
    case ItemState::Failed:
        return result.error.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(result.error.message);
    }
    return {};
}

QString StatusCell::toolTip(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    if (!result.error.message.isEmpty())
        return text(item).section(QLatin1Char(':'), 0, 0) + QStringLiteral(": ") + result.error.message;
    if (!result.contentMismatch.isEmpty()) {
        return tr("Done, but the content does not match: %1 (the server said %2, the bytes are %3)")
                .arg(result.contentMismatch,
                     result.mimeType.isEmpty() ? tr("nothing") : result.mimeType,
                     result.detectedMimeType.isEmpty() ? tr("of an unknown type") : result.detectedMimeType);
    }
    if (result.httpStatus > 0)
        return tr("%1 (HTTP %2, %n attempt(s))", nullptr, result.attempts).arg(text(item)).arg(result.httpStatus);
    return text(item);
}

QIcon StatusCell::icon(const DownloadItem &item)
{
    return item.result.contentMismatch.isEmpty() ? stateIcon(item.result.state) : mismatchIcon();
}

} // namespace Fetchpool::Gui
