#pragma once

#include "app/requestsettings.h"
#include "existingfiles.h"
#include "proxysettings.h"
#include "remote/daemonsettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace Fetchpool {
struct EngineOptions;
}

namespace Fetchpool::Gui {

// How the window's runs talk to servers: Edit → Preferences…, with the
// command line's defaults.
struct ConnectionSettings
{
    int timeoutSeconds = 30;   // no response, or no body data, for this long
    int retries = 3;           // extra attempts for transient failures
    int maxPerHost = 0;        // simultaneous transfers per host, 0 = no cap
    QString caCertificateFile; // extra CAs to trust besides the system's
    // Segmented downloads (EngineOptions::maxSplit, minSplitSize).
    int maxSplit = 0;        // segments of one file at once, 0 = the worker count
    int minSplitMiB = 16;    // split only files of at least this many MiB
    // The proxy: the environment's (libcurl's http_proxy, ...), none, or
    // proxyUrl for every request. Never with a login: that is no plain-text setting.
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl;
    // (appended) The manual proxy's login: the user name is a setting, the
    // password lives in the secret store and only in memory here.
    QString proxyUser;
    QString proxyPassword; // never written to the settings file

    void applyTo(EngineOptions &options) const;
    bool operator==(const ConnectionSettings &other) const;
};

// What closing the window or quitting does while a run is going: the
// answers to CloseGuard's questions once the user ticked "Don't ask again",
// changed back in Edit → Preferences….
enum class CloseWhileRunning {
    Ask,
    StopDownloads,   // stop the run (keeping resumable parts) and quit
    KeepDownloading, // hide to the tray, or minimize without one
};

struct ClosingSettings
{
    CloseWhileRunning whenClosed = CloseWhileRunning::Ask;
    bool askBeforeQuitting = true; // Quit during a run asks before it stops the run

    bool operator==(const ClosingSettings &other) const
    {
        return whenClosed == other.whenClosed && askBeforeQuitting == other.askBeforeQuitting;
    }
};

// The window's remembered choices, in one place with their defaults.
class GuiSettings final
{
public:
    static constexpr int DefaultWorkers = 16;
    // The command line's bounds for the same settings.
    static constexpr int MaxTimeoutSeconds = 24 * 3600;
    static constexpr int MaxRetries = 100;
    static constexpr int MaxPerHost = 10000;
    static constexpr int MaxSplit = 256;
    static constexpr int MaxMinSplitMiB = 1024 * 1024;

    // The Downloads folder: the one default that is created when missing.
    static QString defaultDestination();

    QString destination() const;
    void setDestination(const QString &folder);

    bool parallel() const;
    void setParallel(bool parallel);
    int workers() const; // the Parallel worker count, 1..256
    void setWorkers(int workers);

    // Run → When a File Exists: what runs do with a name already taken.
    ExistingFiles existingFiles() const;
    void setExistingFiles(ExistingFiles policy);
    // The speed limit of all downloads together, bytes per second; 0 = none.
    qint64 speedLimit() const;
    void setSpeedLimit(qint64 bytesPerSecond);

    ConnectionSettings connection() const;
    void setConnection(const ConnectionSettings &connection);
    RequestSettings requests() const;
    void setRequests(const RequestSettings &requests);

    // The user name last given for a site (LoginTable::originOf()); its
    // password is never a setting (SecretStore keeps it, if asked to).
    QString loginUser(const QString &origin) const;
    void setLoginUser(const QString &origin, const QString &user);

    bool followActive() const; // View → Follow Active, off at first
    void setFollowActive(bool follow);

    // Edit → Watch Clipboard for Links, off at first: copies elsewhere are
    // the user's own business until asked.
    bool watchClipboard() const;
    void setWatchClipboard(bool watch);

    // View → Item Details: the pane under the list, and how the list and it share the height.
    bool itemDetailsShown() const;
    void setItemDetailsShown(bool shown);
    QByteArray itemDetailsSplit() const;
    void setItemDetailsSplit(const QByteArray &state);

    // Preferences → Engines: the aria2 daemons, without their secrets
    // (SecretStore keeps those); setDaemons() never writes one.
    QVector<DaemonSettings> daemons() const;
    void setDaemons(const QVector<DaemonSettings> &daemons);
    // The toolbar's engine: EngineChoiceKey::local() (This Computer, the
    // default), EngineChoiceKey::all(), EngineChoiceKey::mixed() (This
    // Computer and All Daemons), or a daemon's id.
    QString engineChoice() const;
    void setEngineChoice(const QString &choice);

    ClosingSettings closing() const;
    void setClosing(const ClosingSettings &closing);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray headerState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &header);

private:
    mutable QSettings m_settings; // mutable: reading an array moves its group
};

} // namespace Fetchpool::Gui
