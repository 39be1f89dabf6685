#pragma once

#include <QByteArray>
#include <QString>

namespace Fetchpool {

// `bytes` to `path` through QSaveFile: a reader sees the old file or the
// whole new one, never half of it. On failure *error names the path and the
// reason.
bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace Fetchpool
