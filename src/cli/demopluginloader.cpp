#include "demopluginloader.h"

#include "demoserverinterface.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Fetchpool::Cli {

namespace {

bool runsFromBuildTree()
{
    const QString here = QFileInfo(QCoreApplication::applicationDirPath()).canonicalFilePath();
    return !here.isEmpty() && here == QFileInfo(QStringLiteral(FETCHPOOL_CLI_BUILD_DIR)).canonicalFilePath();
}

} // namespace

QStringList DemoPluginLoader::candidates()
{
    // An installed program never picks up a build tree's plugin, which may
    // belong to another version.
    if (runsFromBuildTree())
        return {QStringLiteral(FETCHPOOL_DEMO_PLUGIN_BUILD_PATH)};
    const QDir installed(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                         + QStringLiteral(FETCHPOOL_DEMO_PLUGIN_INSTALLED_DIR));
    return {QDir::cleanPath(installed.filePath(QStringLiteral(FETCHPOOL_DEMO_PLUGIN_FILE)))};
}

Demo::DemoServerInterface *DemoPluginLoader::load(QString *error)
{
    QStringList failures;
    for (const QString &path : candidates()) {
        m_loader.setFileName(path);
        if (QObject *instance = m_loader.instance()) {
            if (auto *server = qobject_cast<Demo::DemoServerInterface *>(instance))
                return server;
            failures << QStringLiteral("%1: not a Fetchpool demo plugin").arg(path);
            continue;
        }
        failures << QStringLiteral("%1: %2").arg(path, m_loader.errorString());
    }
    *error = QStringLiteral("cannot load the demo server plugin (tried %1)").arg(failures.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace Fetchpool::Cli
