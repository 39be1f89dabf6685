#pragma once

#include "remote/daemoncheck.h"
#include "remote/daemonsettings.h"

#include <QObject>
#include <QVector>

#include <functional>

class QWidget;

namespace Ui {
class PreferencesDialog;
}

namespace Fetchpool::Gui {

// Preferences → Engines: the aria2 daemons the user adds, edits and
// removes (name, host:port or a pasted aria2:// address, TLS, the secret,
// a folder on the daemon), and Check, which asks the selected daemon for its
// version and slots. Plain-text RPC to another machine needs the user's
// explicit yes to a warning, before a check and before the daemon is kept.
class EnginesPage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnginesPage)

public:
    EnginesPage(Ui::PreferencesDialog &ui, QWidget *dialog);

    void show(const QVector<DaemonSettings> &daemons);
    QVector<DaemonSettings> daemons() const { return m_daemons; }
    // What keeps the daemons from being kept (no name, a name used twice, an
    // address or folder that cannot be used), with the daemon selected and
    // its field in *field; empty when nothing does.
    QString problem(QWidget **field);
    // The first daemon that would use plain-text RPC to another machine
    // without the user's yes; -1 when none.
    int unconfirmedPlainText() const;
    // Warns about daemon `index`'s plain-text RPC (window-modal, not waited
    // for); when the user accepts, it is noted on the daemon and `then` runs.
    void confirmPlainText(int index, std::function<void()> then);
    // No secret store: the page says the secret will not be remembered.
    void setSecretsRemembered(bool remembered);

private:
    void select(int row);
    void showFields();
    void storeFields();
    void addDaemon();
    void removeDaemon();
    void takePastedAddress();
    void check();
    void updateEnabled();
    void browseForCertificate();
    void growToFit();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Ui::PreferencesDialog &m_ui;
    QWidget *const m_dialog;
    QVector<DaemonSettings> m_daemons;
    int m_row = -1;
    bool m_showing = false; // fields being filled in, not edited
    DaemonCheck m_check;
};

} // namespace Fetchpool::Gui
