#pragma once

#include <QObject>

class QAction;
class QThreadPool;
class QWidget;

namespace Fetchpool::Gui {

class ClipboardWatcher;
class DownloadModel;
class GuiSettings;
class IntakeCommands;
class NewLinksBar;
class TrayIcon;

// Watch Clipboard for Links in the window: the Edit menu's checkable action
// (also in the tray's menu) turns the watcher on and off and is remembered;
// what the watcher collects shows in the bar above the list and on the
// tray's icon, and goes into the list the way Paste does, on a click only.
class ClipboardOffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardOffer)

public:
    struct Parts
    {
        QAction *toggle;
        GuiSettings &settings;
        IntakeCommands &commands;
        DownloadModel &model;
        QThreadPool &pool;  // the window's own threads, for parsing
        NewLinksBar *bar;
        TrayIcon *tray;
        QWidget *list;      // where the focus goes when the bar closes under it
    };

    ClipboardOffer(const Parts &parts, QObject *parent);

    ClipboardWatcher *watcher() const { return m_watcher; }

    void add();     // the links on offer into the list
    void review();  // ... into Add URLs…, to see and edit first
    void dismiss(); // not offered again

private:
    void showCount();

    Parts m_parts;
    ClipboardWatcher *m_watcher;
};

} // namespace Fetchpool::Gui
