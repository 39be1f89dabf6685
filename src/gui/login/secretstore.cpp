#include "login/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

namespace Fetchpool::Gui {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "fetchpool.gui.secrets")

const QString Service = QStringLiteral("Fetchpool");

// Jobs delete themselves once finished (QtKeychain's default), and have no
// parent: deleting one in flight leaves the libsecret backend calling back
// into freed memory. A store that goes first just drops their answer (the
// connections are made with it as their context).
template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(Service);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text file instead of the store
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::loginKey(const QString &origin, const QString &user)
{
    return QStringLiteral("login %1 %2").arg(origin, user);
}

QString SecretStore::proxyKey(const QString &proxyUrl, const QString &user)
{
    return QStringLiteral("proxy %1 %2").arg(proxyUrl, user);
}

QString SecretStore::daemonKey(const QString &daemonId)
{
    return QStringLiteral("aria2 %1").arg(daemonId);
}

void SecretStore::learn(int error)
{
    if (m_availability != Availability::Unknown)
        return;
    // No entry under the key is an answer from a store that is there.
    const bool missing = error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
            || error == QKeychain::NotImplemented;
    m_availability = missing ? Availability::Unavailable : Availability::Available;
    qCInfo(lcSecrets) << "secret store" << (missing ? "not available" : "available");
    Q_EMIT availabilityKnown(!missing);
}

void SecretStore::probe()
{
    if (m_availability != Availability::Unknown || m_probing)
        return;
    m_probing = true;
    auto *job = makeJob<QKeychain::ReadPasswordJob>(QStringLiteral("probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        m_probing = false;
        learn(finished->error());
    });
    job->start();
}

void SecretStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    if (m_availability == Availability::Unavailable) {
        QMetaObject::invokeMethod(this, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
        learn(finished->error());
        if (finished->error() != QKeychain::NoError) {
            done(std::nullopt);
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &password)
{
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        learn(finished->error());
        if (finished->error() != QKeychain::NoError)
            qCWarning(lcSecrets) << "could not keep a password:" << finished->errorString();
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) { learn(finished->error()); });
    job->start();
}

} // namespace Fetchpool::Gui
