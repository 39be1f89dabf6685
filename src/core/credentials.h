#pragma once

#include <QString>
#include <QUrl>

namespace Fetchpool {

// What reports and the console show of a URL that carries a user name or a
// password: never the credentials themselves.

// `url` without its user info.
QString reportUrl(const QUrl &url);
// `text` with the user info of `url` cut out wherever it appears, encoded or
// decoded, and a password of three characters or more masked on its own.
QString withoutCredentials(QString text, const QUrl &url);

} // namespace Fetchpool
