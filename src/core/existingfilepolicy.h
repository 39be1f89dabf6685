#pragma once

#include "downloadtypes.h"
#include "existingfile.h"

#include <optional>

namespace Fetchpool {

class ResponseHead;
struct ItemTransfer;

// EngineOptions::existingFiles for one item, at the two moments it can act:
// before any request, when the name is known from the URL (or the job names
// the item's file), and once the response head has settled the name
// (Content-Disposition). Rename never looks: the file namer already gives a
// new copy the next free name.
class ExistingFilePolicy final
{
public:
    // The item's file already in the folder, when the policy looks for one
    // and its name is known before the request: the job's `replaces`, else
    // the URL's file name. Skip then ends the item without a request;
    // Update asks the server conditionally and replaces exactly that file.
    // `folder` is the item's (the destination, or its subfolder).
    static std::optional<ExistingFile> beforeRequest(const EngineOptions &options, const DownloadJob &job,
                                                     const QString &folder);

    // A result for an item skipped before any request.
    static ItemResult skipped(const DownloadJob &job, const ExistingFile &file);

    // Whether `head` answers the conditional request with "not modified".
    static bool isNotModified(const ItemTransfer &transfer, const ResponseHead &head);

    // A 200 head whose body would be saved as `suggestedName`: sets
    // transfer.existingOutcome to Skipped or Unchanged when the body is not
    // wanted, and otherwise returns the file the new copy replaces (empty: a
    // new file, named by the file namer).
    static QString atHead(ItemTransfer &transfer, const ResponseHead &head, const QString &suggestedName,
                          const QString &folder);

    // The end of an item that succeeded: what the policy did, and for a
    // skipped or unchanged item the file it left as it was.
    static void conclude(const ItemTransfer &transfer, ItemResult &result);
};

} // namespace Fetchpool
