#pragma once

#include "list/downloaditem.h"

#include <QVector>

namespace Fetchpool::Gui {

// What the item actions do with the selected rows, apart from the window.
namespace ItemCommands {

using Items = QVector<const DownloadItem *>;

// Opening 10,000 viewers is never what was meant.
constexpr int MaxFilesOpenedAtOnce = 10;

// Opens the downloaded files with the desktop's handler; returns how many.
int openFiles(const Items &items);
// Shows the folders holding the files; `fallback` for items not downloaded yet.
void showFolders(const Items &items, const QString &fallback);
// The URLs, one per line, on the clipboard (in full: they must still work).
void copyUrls(const Items &items);

bool anyOpenable(const Items &items);
bool anyRetryable(const Items &items);

} // namespace ItemCommands

} // namespace Fetchpool::Gui
