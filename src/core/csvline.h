#pragma once

#include <QByteArray>
#include <QStringList>

namespace Fetchpool {

// One CSV line (RFC 4180: fields with commas, quotes or line breaks quoted),
// UTF-8, ending in "\r\n".
QByteArray csvLine(const QStringList &fields);

} // namespace Fetchpool
