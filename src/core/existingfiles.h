#pragma once

#include <QString>

#include <optional>

namespace Fetchpool {

// What a run does with an item whose final name already exists in the
// destination folder (EngineOptions::existingFiles).
enum class ExistingFiles : quint8 {
    Rename, // save the new copy as the next free "name (n).ext"
    Skip,   // leave the file alone and count the item as done (wget -nc)
    Update, // ask the server whether it changed (If-None-Match / If-Modified-Since) and replace it if so (wget -N)
};

// "rename", "skip", "update": the CLI's and the settings' spelling.
QString existingFilesName(ExistingFiles policy);
std::optional<ExistingFiles> existingFilesFromName(const QString &name);

// What became of an item because its file already existed (ItemResult::existing).
enum class ExistingOutcome : quint8 {
    None,      // no file was there, or the policy renamed the new copy
    Skipped,   // Skip: the file was there, nothing was downloaded
    Unchanged, // Update: the server said the file is current; it was left as it was
    Updated,   // Update: a newer copy replaced the file
};

QString existingOutcomeName(ExistingOutcome outcome);
// The inverse of existingOutcomeName(); None for a name it does not know.
ExistingOutcome existingOutcomeFromName(const QString &name);

} // namespace Fetchpool
