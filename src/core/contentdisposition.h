#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Fetchpool {

// The file name a Content-Disposition header suggests (RFC 6266): the
// RFC 8187 `filename*` parameter wins over `filename`. The result is
// untrusted text: FileNamer::sanitize() makes it safe to use on disk.
std::optional<QString> filenameFromContentDisposition(const QByteArray &header);

} // namespace Fetchpool
