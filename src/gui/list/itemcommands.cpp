#include "list/itemcommands.h"

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
    return item->state == ItemState::Done && !item->filePath.isEmpty();
}

} // namespace

int openFiles(const Items &items)
{
    int opened = 0;
    for (const DownloadItem *item : items) {
        if (opened == MaxFilesOpenedAtOnce)
            break;
        if (isOpenable(item)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(item->filePath));
            ++opened;
        }
    }
    return opened;
}

void showFolders(const Items &items, const QString &fallback)
{
    QStringList folders;
    for (const DownloadItem *item : items) {
        const QString folder = item->filePath.isEmpty() ? fallback : QFileInfo(item->filePath).absolutePath();
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
        urls << item->url.toString();
    if (!urls.isEmpty())
        QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

bool anyOpenable(const Items &items)
{
    return std::any_of(items.cbegin(), items.cend(), isOpenable);
}

bool anyRetryable(const Items &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const DownloadItem *item) { return item->state != ItemState::Queued; });
}

} // namespace Fetchpool::Gui::ItemCommands
