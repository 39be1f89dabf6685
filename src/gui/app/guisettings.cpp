#include "app/guisettings.h"

#include "downloadtypes.h"

#include <QStandardPaths>

namespace Fetchpool::Gui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const char *closeChoiceName(CloseWhileRunning choice)
{
    switch (choice) {
    case CloseWhileRunning::StopDownloads:
        return "stop";
    case CloseWhileRunning::KeepDownloading:
        return "keep";
    case CloseWhileRunning::Ask:
        break;
    }
    return "ask";
}

} // namespace

void ConnectionSettings::applyTo(EngineOptions &options) const
{
    options.responseTimeoutMs = timeoutSeconds * 1000;
    options.stallTimeoutMs = timeoutSeconds * 1000;
    options.retries = retries;
    options.maxPerHost = maxPerHost;
    options.caCertificateFile = caCertificateFile;
    options.maxSplit = maxSplit;
    options.minSplitSize = qint64(minSplitMiB) * 1024 * 1024;
    options.proxy = ProxySettings();
    options.proxy.mode = proxyMode;
    if (proxyMode == ProxyMode::Manual) {
        QString error;
        if (const auto manual = ProxySettings::manual(proxyUrl, &error)) {
            options.proxy = *manual;
            options.proxy.user = proxyUser;
            options.proxy.password = proxyUser.isEmpty() ? QString() : proxyPassword;
        }
        else
            options.proxy.mode = ProxyMode::System; // a stored address no longer valid: as if none were set
    }
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return timeoutSeconds == other.timeoutSeconds && retries == other.retries && maxPerHost == other.maxPerHost
            && caCertificateFile == other.caCertificateFile && maxSplit == other.maxSplit
            && minSplitMiB == other.minSplitMiB && proxyMode == other.proxyMode && proxyUrl == other.proxyUrl
            && proxyUser == other.proxyUser && proxyPassword == other.proxyPassword;
}

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

// "origin user" lines: readable in the file, and an origin has no space.
QString GuiSettings::loginUser(const QString &origin) const
{
    const QString prefix = origin + QLatin1Char(' ');
    for (const QString &line : m_settings.value(key("logins/users")).toStringList()) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

void GuiSettings::setLoginUser(const QString &origin, const QString &user)
{
    const QString prefix = origin + QLatin1Char(' ');
    QStringList lines = m_settings.value(key("logins/users")).toStringList();
    lines.removeIf([&](const QString &line) { return line.startsWith(prefix); });
    lines << prefix + user;
    m_settings.setValue(key("logins/users"), lines);
}

ConnectionSettings GuiSettings::connection() const
{
    const ConnectionSettings defaults;
    ConnectionSettings connection;
    connection.timeoutSeconds = qBound(1, m_settings.value(key("connection/timeoutSeconds"),
                                                           defaults.timeoutSeconds).toInt(), MaxTimeoutSeconds);
    connection.retries = qBound(0, m_settings.value(key("connection/retries"), defaults.retries).toInt(), MaxRetries);
    connection.maxPerHost = qBound(0, m_settings.value(key("connection/maxPerHost"), 0).toInt(), MaxPerHost);
    connection.caCertificateFile = m_settings.value(key("connection/caCertificateFile")).toString();
    connection.maxSplit = qBound(0, m_settings.value(key("connection/maxSplit"), defaults.maxSplit).toInt(), MaxSplit);
    connection.minSplitMiB = qBound(1, m_settings.value(key("connection/minSplitMiB"), defaults.minSplitMiB).toInt(),
                                    MaxMinSplitMiB);
    connection.proxyMode = proxyModeFromName(m_settings.value(key("connection/proxyMode")).toString())
                                   .value_or(ProxyMode::System);
    connection.proxyUrl = m_settings.value(key("connection/proxyUrl")).toString();
    connection.proxyUser = m_settings.value(key("connection/proxyUser")).toString();
    return connection;
}

void GuiSettings::setConnection(const ConnectionSettings &connection)
{
    m_settings.setValue(key("connection/timeoutSeconds"), connection.timeoutSeconds);
    m_settings.setValue(key("connection/retries"), connection.retries);
    m_settings.setValue(key("connection/maxPerHost"), connection.maxPerHost);
    m_settings.setValue(key("connection/caCertificateFile"), connection.caCertificateFile);
    m_settings.setValue(key("connection/maxSplit"), connection.maxSplit);
    m_settings.setValue(key("connection/minSplitMiB"), connection.minSplitMiB);
    m_settings.setValue(key("connection/proxyMode"), proxyModeName(connection.proxyMode));
    m_settings.setValue(key("connection/proxyUrl"), connection.proxyUrl);
    m_settings.setValue(key("connection/proxyUser"), connection.proxyUser); // the password: SecretStore
}

RequestSettings GuiSettings::requests() const
{
    RequestSettings requests;
    requests.userAgent = m_settings.value(key("requests/userAgent")).toString();
    requests.referer = m_settings.value(key("requests/referer")).toString();
    requests.headers = m_settings.value(key("requests/headers")).toStringList();
    requests.cookieFile = m_settings.value(key("requests/cookieFile")).toString();
    requests.netrc = m_settings.value(key("requests/netrc"), false).toBool();
    requests.refererFromPage = m_settings.value(key("requests/refererFromPage"), true).toBool();
    return requests;
}

void GuiSettings::setRequests(const RequestSettings &requests)
{
    m_settings.setValue(key("requests/userAgent"), requests.userAgent);
    m_settings.setValue(key("requests/referer"), requests.referer);
    m_settings.setValue(key("requests/headers"), requests.headers);
    m_settings.setValue(key("requests/cookieFile"), requests.cookieFile);
    m_settings.setValue(key("requests/netrc"), requests.netrc);
    m_settings.setValue(key("requests/refererFromPage"), requests.refererFromPage);
}

ExistingFiles GuiSettings::existingFiles() const
{
    return existingFilesFromName(m_settings.value(key("run/existingFiles")).toString()).value_or(ExistingFiles::Rename);
}

void GuiSettings::setExistingFiles(ExistingFiles policy)
{
    m_settings.setValue(key("run/existingFiles"), existingFilesName(policy));
}

bool GuiSettings::followActive() const
{
    return m_settings.value(key("view/followActive"), false).toBool();
}

void GuiSettings::setFollowActive(bool follow)
{
    m_settings.setValue(key("view/followActive"), follow);
}

bool GuiSettings::watchClipboard() const
{
    return m_settings.value(key("intake/watchClipboard"), false).toBool();
}

void GuiSettings::setWatchClipboard(bool watch)
{
    m_settings.setValue(key("intake/watchClipboard"), watch);
}

bool GuiSettings::itemDetailsShown() const
{
    return m_settings.value(key("window/itemDetailsShown"), false).toBool(); // opened on demand: a short window keeps its rows
}

void GuiSettings::setItemDetailsShown(bool shown)
{
    m_settings.setValue(key("window/itemDetailsShown"), shown);
}

QByteArray GuiSettings::itemDetailsSplit() const
{
    return m_settings.value(key("window/itemDetailsSplit")).toByteArray();
}

void GuiSettings::setItemDetailsSplit(const QByteArray &state)
{
    m_settings.setValue(key("window/itemDetailsSplit"), state);
}

ClosingSettings GuiSettings::closing() const
{
    ClosingSettings closing;
    const QString choice = m_settings.value(key("window/closeWhileRunning")).toString();
    for (CloseWhileRunning known : {CloseWhileRunning::StopDownloads, CloseWhileRunning::KeepDownloading}) {
        if (choice == QLatin1String(closeChoiceName(known)))
            closing.whenClosed = known;
    }
    closing.askBeforeQuitting = m_settings.value(key("window/askBeforeQuitting"), true).toBool();
    return closing;
}

void GuiSettings::setClosing(const ClosingSettings &closing)
{
    m_settings.setValue(key("window/closeWhileRunning"), QString::fromLatin1(closeChoiceName(closing.whenClosed)));
    m_settings.setValue(key("window/askBeforeQuitting"), closing.askBeforeQuitting);
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

qint64 GuiSettings::speedLimit() const
{
    return qMax(qint64(0), m_settings.value(QStringLiteral("transfer/speedLimit"), 0).toLongLong());
}

void GuiSettings::setSpeedLimit(qint64 bytesPerSecond)
{
    m_settings.setValue(QStringLiteral("transfer/speedLimit"), qMax(qint64(0), bytesPerSecond));
}

QVector<DaemonSettings> GuiSettings::daemons() const
{
    QVector<DaemonSettings> daemons;
    const int count = m_settings.beginReadArray(key("engines/daemons"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        DaemonSettings daemon;
        daemon.id = m_settings.value(key("id")).toString();
        daemon.name = m_settings.value(key("name")).toString();
        daemon.address = m_settings.value(key("address")).toString();
        daemon.tls = m_settings.value(key("tls"), false).toBool();
        daemon.folder = m_settings.value(key("folder")).toString();
        daemon.certificate = m_settings.value(key("certificate")).toString();
        daemon.plainTextAccepted = m_settings.value(key("plainTextAccepted"), false).toBool();
        if (!daemon.id.isEmpty())
            daemons.push_back(daemon);
    }
    m_settings.endArray();
    return daemons;
}

void GuiSettings::setDaemons(const QVector<DaemonSettings> &daemons)
{
    m_settings.remove(key("engines/daemons"));
    m_settings.beginWriteArray(key("engines/daemons"), int(daemons.size()));
    for (int i = 0; i < daemons.size(); ++i) {
        const DaemonSettings &daemon = daemons.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(key("id"), daemon.id);
        m_settings.setValue(key("name"), daemon.name);
        m_settings.setValue(key("address"), daemon.address);
        m_settings.setValue(key("tls"), daemon.tls);
        m_settings.setValue(key("folder"), daemon.folder);
        m_settings.setValue(key("certificate"), daemon.certificate);
        m_settings.setValue(key("plainTextAccepted"), daemon.plainTextAccepted);
        // The secret: SecretStore.
    }
    m_settings.endArray();
}

QString GuiSettings::engineChoice() const
{
    return m_settings.value(key("run/engine"), EngineChoiceKey::local()).toString();
}

void GuiSettings::setEngineChoice(const QString &choice)
{
    m_settings.setValue(key("run/engine"), choice);
}

} // namespace Fetchpool::Gui
