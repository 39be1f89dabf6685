#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Fetchpool::Gui {

// The desktop's secret store (Secret Service, KWallet, ...) through
// QtKeychain, under the service "Fetchpool". Every job runs asynchronously:
// the UI thread never waits for the store. Whether a store is there at all is
// learnt from the first job (probe(), or any read or write): one that fails
// with NoBackendAvailable or OtherError means none is, and nothing is
// remembered for the rest of the session.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit SecretStore(QObject *parent = nullptr);

    Availability availability() const { return m_availability; }
    // Finds out whether a store answers, once (availabilityKnown follows).
    void probe();

    // The password kept under `key`: `done` gets it, or nothing when there
    // is none or no store; called later on this thread, never at once.
    void read(const QString &key, std::function<void(std::optional<QString>)> done);
    // Keeps `password` under `key`, replacing what was there.
    void write(const QString &key, const QString &password);
    void remove(const QString &key);

    // The key of a site's login: its origin and the user name.
    static QString loginKey(const QString &origin, const QString &user);
    // The key of the manual proxy's password.
    static QString proxyKey(const QString &proxyUrl, const QString &user);
    // The key of an aria2 daemon's RPC secret (DaemonSettings::id).
    static QString daemonKey(const QString &daemonId);

Q_SIGNALS:
    // Once, when the first job has said whether a store is there.
    void availabilityKnown(bool available);

private:
    // A job's error code: decides the availability while it is unknown.
    void learn(int error);

    Availability m_availability = Availability::Unknown;
    bool m_probing = false;
};

} // namespace Fetchpool::Gui
