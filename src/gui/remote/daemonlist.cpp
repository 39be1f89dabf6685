#include "remote/daemonlist.h"

#include "app/guisettings.h"
#include "login/secretstore.h"

namespace Fetchpool::Gui {

DaemonList::DaemonList(GuiSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_daemons(settings.daemons())
{
    for (const DaemonSettings &daemon : std::as_const(m_daemons)) {
        const QString id = daemon.id;
        m_secrets.read(SecretStore::daemonKey(id), [this, id, generation = m_generation](std::optional<QString> secret) {
            if (!secret || generation != m_generation)
                return;
            for (DaemonSettings &known : m_daemons) {
                if (known.id == id && known.secret.isEmpty())
                    known.secret = *secret;
            }
            Q_EMIT changed();
        });
    }
}

const DaemonSettings *DaemonList::find(const QString &id) const
{
    for (const DaemonSettings &daemon : m_daemons) {
        if (daemon.id == id)
            return &daemon;
    }
    return nullptr;
}

void DaemonList::keep(const QVector<DaemonSettings> &daemons)
{
    ++m_generation;
    for (const DaemonSettings &before : std::as_const(m_daemons)) {
        const bool kept = std::any_of(daemons.cbegin(), daemons.cend(),
                                      [&](const DaemonSettings &after) { return after.id == before.id; });
        if (!kept && !before.secret.isEmpty())
            m_secrets.remove(SecretStore::daemonKey(before.id));
    }
    for (const DaemonSettings &after : daemons) {
        const DaemonSettings *before = find(after.id);
        if (before && before->secret == after.secret)
            continue;
        if (after.secret.isEmpty())
            m_secrets.remove(SecretStore::daemonKey(after.id));
        else
            m_secrets.write(SecretStore::daemonKey(after.id), after.secret);
    }
    m_daemons = daemons;
    m_settings.setDaemons(daemons);
    Q_EMIT changed();
}

} // namespace Fetchpool::Gui
