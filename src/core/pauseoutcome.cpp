#include "pauseoutcome.h"

#include "filenamer.h"

#include <QDir>

namespace Fetchpool {

void PauseOutcome::apply(ItemResult &result, qint64 received)
{
    result.state = ItemState::Paused;
    result.error.kind = ErrorKind::Cancelled;
    if (continuesWithRange(result)) {
        result.error.message = tr("paused after %1 of %2 bytes; resuming continues from %3")
                                       .arg(result.bytes)
                                       .arg(result.totalBytes >= 0 ? QString::number(result.totalBytes)
                                                                   : QStringLiteral("?"),
                                            QDir::toNativeSeparators(result.filePath));
    } else if (received > 0) {
        result.filePath.clear();
        result.error.message = tr("paused after %1 bytes; the server gave no validator to continue by, "
                                  "so resuming starts from the beginning")
                                       .arg(received);
    } else {
        result.filePath.clear();
        result.error.message = tr("paused before any byte arrived");
    }
}

ItemResult PauseOutcome::beforeStart(quint64 id, const QUrl &url, qint64 endUs)
{
    ItemResult result;
    result.id = id;
    result.url = url;
    result.state = ItemState::Paused;
    result.error.kind = ErrorKind::Cancelled;
    result.error.message = tr("paused before it started");
    result.endUs = endUs;
    return result;
}

bool PauseOutcome::continuesWithRange(const ItemResult &result)
{
    return FileNamer::isPartPath(result.filePath) && result.bytes > 0;
}

} // namespace Fetchpool
