#include "guisettings.h"

#include "downloadtypes.h"

#include <QStandardPaths>

namespace Fetchpool::Gui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString GuiSettings::defaultDestination()
{
    QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (downloads.isEmpty())
        downloads = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return downloads;
}

QString GuiSettings::destination() const
{
    return m_settings.value(key("run/destination"), defaultDestination()).toString();
}

void GuiSettings::setDestination(const QString &folder)
{
    m_settings.setValue(key("run/destination"), folder);
}

bool GuiSettings::parallel() const
{
    return m_settings.value(key("run/parallel"), true).toBool();
}

void GuiSettings::setParallel(bool parallel)
{
    m_settings.setValue(key("run/parallel"), parallel);
}

int GuiSettings::workers() const
{
    return qBound(1, m_settings.value(key("run/workers"), DefaultWorkers).toInt(), EngineOptions::MaxWorkers);
}

void GuiSettings::setWorkers(int workers)
{
    m_settings.setValue(key("run/workers"), workers);
}

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings.value(key("window/geometry")).toByteArray();
}

QByteArray GuiSettings::windowState() const
{
    return m_settings.value(key("window/state")).toByteArray();
}

QByteArray GuiSettings::headerState() const
{
    return m_settings.value(key("window/listHeader")).toByteArray();
}

void GuiSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &header)
{
    m_settings.setValue(key("window/geometry"), geometry);
    m_settings.setValue(key("window/state"), state);
    m_settings.setValue(key("window/listHeader"), header);
}

} // namespace Fetchpool::Gui
