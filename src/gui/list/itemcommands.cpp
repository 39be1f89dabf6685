#include "list/itemcommands.h"

#include "intake/clipboardwatcher.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStringList>

#include <algorithm>

namespace Fetchpool::Gui::ItemCommands {

namespace {

bool isOpenable(const DownloadItem *item)
{
    return item->result.state == ItemState::Done && !item->result.filePath.isEmpty();
}

} // namespace

int openFiles(const Items &items)
{
    int opened = 0;
    for (const DownloadItem *item : items) {
        if (opened == MaxFilesOpenedAtOnce)
            break;
        if (isOpenable(item)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(item->result.filePath));
            ++opened;
        }
    }
    return opened;
}

void showFolders(const Items &items, const QString &fallback)
{
    QStringList folders;
    for (const DownloadItem *item : items) {
        const QString &path = item->result.filePath;
        const QString folder = path.isEmpty() ? fallback : QFileInfo(path).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
        if (folders.size() == MaxFilesOpenedAtOnce)
            break;
    }
    for (const QString &folder : std::as_const(folders))
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void copyUrls(const Items &items)
{
    QStringList urls;
    urls.reserve(items.size());
    for (const DownloadItem *item : items)
        urls << item->result.url.toString();
    // Marked as Fetchpool's own, so Watch Clipboard for Links does not offer them back.
    if (!urls.isEmpty())
        QGuiApplication::clipboard()->setMimeData(ClipboardWatcher::ownCopy(urls.join(QLatin1Char('\n'))));
}

bool anyOpenable(const Items &items)
{
    return std::any_of(items.cbegin(), items.cend(), isOpenable);
}

bool anyRetryable(const Items &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const DownloadItem *item) { return item->result.state != ItemState::Queued; });
}

} // namespace Fetchpool::Gui::ItemCommands
