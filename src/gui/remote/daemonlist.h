#pragma once

#include "remote/daemonsettings.h"

#include <QObject>
#include <QVector>

namespace Fetchpool::Gui {

class GuiSettings;
class SecretStore;

// The aria2 daemons of Preferences → Engines as the window uses them: read
// from the settings, their secrets read back from the secret store
// asynchronously when the window opens, and kept (settings and secrets
// apart) when Preferences confirms a change.
class DaemonList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DaemonList)

public:
    DaemonList(GuiSettings &settings, SecretStore &secrets, QObject *parent = nullptr);

    const QVector<DaemonSettings> &daemons() const { return m_daemons; }
    const DaemonSettings *find(const QString &id) const;
    SecretStore &secrets() const { return m_secrets; }

    // What Preferences confirmed: the settings without the secrets, each
    // secret in the store (a removed daemon's, or an emptied one, removed).
    void keep(const QVector<DaemonSettings> &daemons);

Q_SIGNALS:
    // The daemons changed, or a secret arrived from the store.
    void changed();

private:
    GuiSettings &m_settings;
    SecretStore &m_secrets;
    QVector<DaemonSettings> m_daemons;
    int m_generation = 0; // counts keep(): a secret read before one is stale
};

} // namespace Fetchpool::Gui
