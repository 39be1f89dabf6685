#pragma once

#include "downloadtypes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace Fetchpool::Cli {

// The request options of fetchpool-cli, spelled as wget, curl and aria2
// spell them: --user-agent, --referer, --header (repeatable),
// --load-cookies, --netrc, --netrc-file, --http-user/--http-password
// (wget's --user/--password too).
namespace RequestFlags {

QList<QCommandLineOption> options();
// Into `engine`; false with `*error` for a malformed header or an
// unreadable cookie or .netrc file.
bool apply(const QCommandLineParser &parser, EngineOptions *engine, QString *error);

} // namespace RequestFlags

} // namespace Fetchpool::Cli
