#pragma once

#include <QObject>
#include <QString>
#include <QSystemTrayIcon>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Fetchpool::Gui {

class RunController;
class RunToolTip;

// Fetchpool's icon in the system tray, for as long as the program runs (when
// the desktop has a tray): the run's progress in its tooltip, and a menu
// with Show Fetchpool, Pause All, Resume and Quit.
//
// The engine cannot pause a transfer; Pause All is the window's Stop, which
// ends the transfers and keeps the partial files that can be continued, and
// Resume is its Start, which continues them. Both (and Quit) trigger the
// window's own actions and follow their enabled state, so the tray and the
// window never disagree. Menu and tooltip exist without a tray too; only the
// icon needs one.
//
// With Watch Clipboard for Links, the icon also counts the copied links on
// offer: a badge on the icon, a line in the tooltip and Add New Links in the
// menu, next to the window's own Watch Clipboard action.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // The window's actions the menu stands for.
    struct Commands
    {
        QAction *start = nullptr;
        QAction *stop = nullptr;
        QAction *quit = nullptr;
        QAction *watchClipboard = nullptr; // the window's checkable action itself, when given
    };

    TrayIcon(QWidget *window, RunController &runs, const Commands &commands);
    ~TrayIcon() override;

    // An icon in a system tray right now.
    bool isShown() const;
    QString toolTip() const;
    QMenu *menu() const { return m_menu.get(); }
    QAction *showAction() const { return m_show; }
    QAction *pauseAllAction() const { return m_pauseAll; }
    QAction *resumeAction() const { return m_resume; }
    QAction *quitAction() const { return m_quit; }
    QAction *addNewLinksAction() const { return m_addNewLinks; }

    // The copied links on offer; 0 takes the badge away.
    void setNewLinks(int count);

    // A message from the icon; false when no tray can show it.
    bool showMessage(const QString &title, const QString &message,
                     QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);
    // Back from the tray or the taskbar, in front.
    void showWindow();

Q_SIGNALS:
    void toolTipChanged(const QString &text);
    // A message showMessage() handed to the tray.
    void messageShown(const QString &title, const QString &message);
    // Add New Links in the menu.
    void addNewLinksRequested();

private:
    void buildMenu();
    QAction *addMirror(QAction *command, const QString &text, const QString &toolTip);
    void updateResume();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void updateToolTip();

    QWidget *const m_window;
    RunController &m_runs;
    const Commands m_commands;
    RunToolTip *m_toolTip = nullptr;
    std::unique_ptr<QMenu> m_menu; // a top-level popup: no parent widget
    QAction *m_show = nullptr;
    QAction *m_pauseAll = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_addNewLinks = nullptr;
    int m_newLinks = 0;
    std::unique_ptr<QSystemTrayIcon> m_icon; // only with a system tray; goes before its menu
};

} // namespace Fetchpool::Gui
