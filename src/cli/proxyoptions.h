#pragma once

#include "proxysettings.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace Fetchpool::Cli {

// --proxy URL (curl, wget; aria2's --all-proxy too), --no-proxy (wget) and
// --proxy-user USER:PASSWORD (curl) → ProxySettings.
class ProxyOptions final
{
public:
    static QList<QCommandLineOption> options();
    // The proxy the command line asks for (System when it names none);
    // nothing, with *error set, for a malformed or unsupported proxy URL or
    // options that exclude each other.
    static std::optional<ProxySettings> read(const QCommandLineParser &parser, QString *error);
};

} // namespace Fetchpool::Cli
