#pragma once

#include <QPluginLoader>
#include <QStringList>

namespace Fetchpool::Demo {
class DemoServerInterface;
}

namespace Fetchpool::Cli {

// Finds and loads the fetchpool-demo plugin, the demo's server. Run from the
// build tree, the program takes the plugin built there; installed, the one
// installed beside it (<prefix>/lib/.../fetchpool/, relative to the program).
// The plugin stays loaded for the rest of the process.
class DemoPluginLoader final
{
    Q_DISABLE_COPY_MOVE(DemoPluginLoader)

public:
    DemoPluginLoader() = default;

    // The demo server, or null with *error naming every path tried and
    // what failed there.
    Demo::DemoServerInterface *load(QString *error);

    // Where the plugin may be, in the order they are tried.
    static QStringList candidates();

private:
    QPluginLoader m_loader;
};

} // namespace Fetchpool::Cli
