#include "timeline/timelinedock.h"

#include "list/downloadmodel.h"
#include "run/runcontroller.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelinerecorder.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace Fetchpool::Gui {

TimelineDock::TimelineDock(RunController &runs, const DownloadModel &model, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_recorder(new TimelineRecorder(&runs.engine(), this))
    , m_panel(new TimelinePanel(m_recorder, this))
{
    setObjectName(QStringLiteral("timelineDock")); // the window's saved state names it
    setWidget(m_panel);
    connect(&runs, &RunController::listIdentified, m_recorder, &TimelineRecorder::setListFingerprint);
    m_recorder->setListSize([&model] { return model.rowCount(); });
    m_recorder->setRemoteRun([&runs] { return runs.isRemote(); });
    m_recorder->setMixedRun([&runs] { return runs.isMixed(); });

    TimelineView *view = m_panel->view();
    view->setItemNamer([&model](quint64 id) {
        const int row = model.rowOf(id);
        return row < 0 ? QString() : model.item(row).displayName();
    });
    connect(view, &TimelineView::itemClicked, this, &TimelineDock::itemClicked);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionTimeline"));
    toggle->setText(tr("&Timeline"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    toggle->setStatusTip(tr("Show every run as lanes of workers and bars of items, Sequential above Parallel"));
    // The menu entry is also the key to the chart: opened, it takes the focus.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_panel->view()->setFocus(Qt::ShortcutFocusReason);
    });
}

void TimelineDock::addTo(QMainWindow *window, QMenu *viewMenu)
{
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    // Opened for the first time, a quarter of the window's height.
    window->resizeDocks({this}, {window->height() / 4}, Qt::Vertical);
    hide();
    viewMenu->addAction(toggleViewAction());
}

void TimelineDock::highlight(quint64 id)
{
    m_panel->view()->setHighlightedItem(id);
}

} // namespace Fetchpool::Gui
