#pragma once

#include "app/guisettings.h"
#include "existingfiles.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Fetchpool::Gui {

class EnginesPage;
class SecretStore;

// The settings the toolbar, the Run menu and the status bar also change:
// Preferences shows them in one place with the rest.
struct RunDefaults
{
    QString destination;
    int workers = GuiSettings::DefaultWorkers; // in Parallel
    ExistingFiles existingFiles = ExistingFiles::Rename;
    qint64 speedLimit = 0; // bytes per second, 0 = none

    static RunDefaults factory() { return {GuiSettings::defaultDestination()}; }
};

// Edit → Preferences…, in pages. General: the Parallel worker count, the
// speed limit, and what closing the window or quitting does during a run
// (CloseGuard's questions, or the answers remembered from them). Connection:
// how runs talk to servers (timeout, retries, a cap per host, an extra CA, a proxy).
// Requests: User-Agent, Referer, extra headers, cookies and .netrc logins.
// Files: the folder, the existing-file policy, and segmented downloads.
// Engines: the aria2 daemons runs can go to (EnginesPage). The
// speed limit applies at once; the rest from the next run on, as a run in
// progress keeps the settings it started with.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const RunDefaults &run, const ConnectionSettings &connection, const RequestSettings &requests,
                      const ClosingSettings &closing, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    RunDefaults run() const;
    ConnectionSettings connection() const;
    RequestSettings requests() const;
    // The requests with their cookie file read, once accepted.
    const RequestOptions &requestOptions() const { return m_requestOptions; }
    ClosingSettings closing() const;
    // (appended) Whether the proxy password can be kept after the window
    // closes: the page says so when no secret store is running.
    void watchSecretStore(SecretStore &secrets);
    // (appended) Engines: the aria2 daemons, secrets included.
    void showDaemons(const QVector<DaemonSettings> &daemons);
    QVector<DaemonSettings> daemons() const;

    // Refuses a CA file or a cookie file that cannot be used, a header that
    // is not "Name: value", or a folder that is not a full path, saying why
    // on the page concerned, and stays open.
    void accept() override;

private:
    void show(const RunDefaults &run);
    void show(const ConnectionSettings &connection);
    void show(const RequestSettings &requests);
    QString requestsProblem(QWidget **field);
    QString proxyProblem() const;
    void show(const ClosingSettings &closing);
    void showProblem(QWidget *field, const QString &problem);
    void browseForCaFile();
    void browseForFolder();
    void browseForCookies();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    EnginesPage *m_engines; // a child
    RequestOptions m_requestOptions;
    // The limit as it was, and as shown in whole KiB/s: left alone, it stays exact.
    qint64 m_shownSpeedLimit = 0;
    int m_shownSpeedLimitKiB = 0;
};

} // namespace Fetchpool::Gui
