#include "existingfilepolicy.h"

#include "httpexchange.h"
#include "responsehead.h"

namespace Fetchpool {

std::optional<ExistingFile> ExistingFilePolicy::beforeRequest(const EngineOptions &options, const DownloadJob &job,
                                                              const QString &folder)
{
    if (options.existingFiles == ExistingFiles::Rename)
        return std::nullopt;
    if (!job.replaces.isEmpty())
        return ExistingFile::at(folder, job.replaces);
    const auto name = job.outName.isEmpty() ? ExistingFile::nameFromUrl(job.url) : std::optional<QString>(job.outName);
    return name ? ExistingFile::find(folder, *name) : std::nullopt;
}

ItemResult ExistingFilePolicy::skipped(const DownloadJob &job, const ExistingFile &file)
{
    ItemResult result = ItemResult::beforeRequest(job, ItemState::Done);
    result.filePath = file.path;
    result.totalBytes = file.size;
    result.existing = ExistingOutcome::Skipped;
    return result;
}

bool ExistingFilePolicy::isNotModified(const ItemTransfer &transfer, const ResponseHead &head)
{
    return transfer.existing.has_value() && head.status() == 304;
}

QString ExistingFilePolicy::atHead(ItemTransfer &transfer, const ResponseHead &head, const QString &suggestedName,
                                   const QString &folder)
{
    if (transfer.existingFiles == ExistingFiles::Rename)
        return transfer.replaces;
    if (!transfer.existing && !transfer.replaces.isEmpty())
        return transfer.replaces; // the item's file is gone: the new copy takes its name
    if (!transfer.existing) {
        // The name only the response settled: is that file there?
        transfer.existing = ExistingFile::find(folder, suggestedName);
        if (!transfer.existing)
            return {};
        if (transfer.existingFiles == ExistingFiles::Skip) {
            transfer.existingOutcome = ExistingOutcome::Skipped;
            return {};
        }
    }
    // Update: the same file again (a server that ignores the conditional
    // request, or one that could not be asked) is not downloaded twice.
    if (transfer.existing->isSameAs(head.value("etag"), head.value("last-modified"), head.contentLength())) {
        transfer.existingOutcome = ExistingOutcome::Unchanged;
        return {};
    }
    transfer.existingOutcome = ExistingOutcome::Updated;
    return transfer.existing->path;
}

void ExistingFilePolicy::conclude(const ItemTransfer &transfer, ItemResult &result)
{
    result.existing = transfer.existingOutcome;
    if (transfer.existingOutcome == ExistingOutcome::Skipped
        || transfer.existingOutcome == ExistingOutcome::Unchanged) {
        result.filePath = transfer.existing->path;
        result.totalBytes = transfer.existing->size;
    }
}

} // namespace Fetchpool
