#pragma once

#include <QDockWidget>

class QMainWindow;
class QMenu;

namespace Fetchpool::Gui {

class DownloadModel;
class RunController;
class TimelinePanel;
class TimelineRecorder;

// View → Timeline: the dock that records every run of the window's engine
// and shows it as lanes and bars, its bars named after the list's rows.
// Its toggle action carries the menu text, shortcut and status tip.
class TimelineDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDock)

public:
    TimelineDock(RunController &runs, const DownloadModel &model, QWidget *parent = nullptr);

    // Docks at the bottom of `window`, closed (a first start: the list
    // needs the room; the window's saved state opens it as the user left
    // it, size included), with its entry in `viewMenu`.
    void addTo(QMainWindow *window, QMenu *viewMenu);

    TimelineRecorder *recorder() const { return m_recorder; }
    TimelinePanel *panel() const { return m_panel; }
    // Marks the item's bar, as the list's current row changes.
    void highlight(quint64 id);

Q_SIGNALS:
    void itemClicked(quint64 id);

private:
    TimelineRecorder *m_recorder;
    TimelinePanel *m_panel;
};

} // namespace Fetchpool::Gui
