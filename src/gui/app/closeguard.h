#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;

namespace Fetchpool::Gui {

class GuiSettings;
class RunController;
class TrayIcon;

// What closing the window and quitting mean while a run is going.
//
// With nothing running, closing quits as it always did. During a run,
// closing asks: stop the downloads and quit, or keep downloading, hidden in
// the tray (a message from the icon says so) or, without a tray, with the
// window minimized. Quit (Ctrl+Q, the tray's Quit) asks only whether to
// stop, and only once. "Don't ask again" keeps an answer in GuiSettings;
// Edit → Preferences… changes it back. An interrupt (SIGTERM, SIGINT) quits
// without asking.
//
// Quitting during a run stops it as Stop does (resumable parts are kept) and
// closes once the engine has ended it, so the list is saved with the items
// as Stop leaves them and the demo's scratch folder goes with the window.
// The questions are window-modal and not waited for: the run never waits on
// a dialog.
class CloseGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseGuard)

public:
    CloseGuard(QMainWindow *window, RunController &runs, GuiSettings &settings, TrayIcon &tray);

    // From the window's closeEvent: true to close now. Otherwise the window
    // stays (asking, hidden, minimized) or closes once the run has stopped.
    bool mayClose();
    // Ctrl+Q and the tray's Quit.
    void quit();
    // SIGTERM and SIGINT: no question; open dialogs are dismissed.
    void quitWithoutAsking();

    // The question being asked, if any (for the tests).
    QMessageBox *question() const { return m_question; }

private:
    void askOnClose();
    void askOnQuit();
    QMessageBox *newQuestion(const QString &title, const QString &text);
    void keepDownloading();
    void closeForGood();
    void dismissQuestion();

    QMainWindow *const m_window;
    RunController &m_runs;
    GuiSettings &m_settings;
    TrayIcon &m_tray;
    QPointer<QMessageBox> m_question;
    bool m_quitting = false;
};

} // namespace Fetchpool::Gui
