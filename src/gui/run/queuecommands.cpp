#include "run/queuecommands.h"

#include "list/downloadmodel.h"
#include "list/downloadsortproxy.h"
#include "list/listselection.h"
#include "list/queueorder.h"
#include "run/runcommands.h"
#include "run/runcontroller.h"

#include "ui_mainwindow.h"

#include <QHeaderView>

namespace Fetchpool::Gui {

namespace {
constexpr int QueueMessageTimeoutMs = 12'000; // as long as the window's other passing messages
} // namespace

QueueCommands::QueueCommands(Ui::MainWindow &ui, RunController &runs, RunCommands &commands, DownloadModel &model,
                             const DownloadSortProxy &shown, const ListSelection &selection, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_runs(runs)
    , m_commands(commands)
    , m_model(model)
    , m_shown(shown)
    , m_selection(selection)
{
    connect(ui.actionPauseItem, &QAction::triggered, this, [this] { pause(m_selection.ids()); });
    connect(ui.actionResumeItem, &QAction::triggered, this, [this] { m_commands.resume(m_selection.ids()); });
    connect(ui.actionPauseAll, &QAction::triggered, this, &QueueCommands::pauseAll);
    connect(ui.actionResumeAll, &QAction::triggered, this,
            [this] { m_commands.resume(m_model.idsInState({ItemState::Paused})); });
    connect(ui.actionMoveUp, &QAction::triggered, this, [this] { move(&QueueOrder::moveUp); });
    connect(ui.actionMoveDown, &QAction::triggered, this, [this] { move(&QueueOrder::moveDown); });
    connect(ui.actionMoveToTop, &QAction::triggered, this, [this] {
        move([](DownloadModel &rows, const QSortFilterProxyModel &, const QVector<quint64> &ids) {
            return QueueOrder::moveToTop(rows, ids);
        });
    });
    connect(ui.actionMoveToBottom, &QAction::triggered, this, [this] {
        move([](DownloadModel &rows, const QSortFilterProxyModel &, const QVector<quint64> &ids) {
            return QueueOrder::moveToBottom(rows, ids);
        });
    });

    // Whatever changes what the actions can do.
    connect(ui.listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueCommands::updateActions);
    connect(&model, &DownloadModel::listChanged, this, &QueueCommands::updateActions);
    connect(&shown, &QAbstractItemModel::layoutChanged, this, &QueueCommands::updateActions);
    connect(&shown, &QAbstractItemModel::rowsInserted, this, &QueueCommands::updateActions);
    connect(&shown, &QAbstractItemModel::rowsRemoved, this, &QueueCommands::updateActions);
    connect(&runs, &RunController::runningChanged, this, &QueueCommands::updateActions);
    connect(ui.listView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &QueueCommands::updateActions);
    updateActions();
}

void QueueCommands::pause(const QVector<quint64> &ids)
{
    if (const int paused = m_runs.pause(ids); paused > 0)
        m_ui.statusBar->showMessage(tr("%n item(s) paused: Resume continues them", nullptr, paused), QueueMessageTimeoutMs);
}

void QueueCommands::pauseAll()
{
    pause(m_runs.pausable(m_model.orderedIds()));
}

void QueueCommands::move(bool (*how)(DownloadModel &, const QSortFilterProxyModel &, const QVector<quint64> &))
{
    if (isSorted() || !how(m_model, m_shown, m_selection.ids()))
        return;
    m_ui.listView->scrollTo(m_ui.listView->currentIndex());
}

bool QueueCommands::isSorted() const
{
    return m_ui.listView->horizontalHeader()->sortIndicatorSection() >= 0;
}

void QueueCommands::updateActions()
{
    const QVector<quint64> selected = m_selection.ids();
    m_ui.actionPauseItem->setEnabled(!m_runs.pausable(selected).isEmpty());
    m_ui.actionResumeItem->setEnabled(!m_runs.resumable(selected).isEmpty());
    const int paused = m_model.countInState({ItemState::Paused});
    const int waiting = m_model.countInState({ItemState::Queued, ItemState::Connecting, ItemState::Receiving})
            + (m_runs.isRunning() ? 0 : m_model.countInState({ItemState::Cancelled}));
    m_ui.actionPauseAll->setEnabled(waiting > 0);
    m_ui.actionResumeAll->setEnabled(paused > 0);

    const bool sorted = isSorted();
    const bool up = !sorted && QueueOrder::canMoveUp(m_model, m_shown, selected);
    const bool down = !sorted && QueueOrder::canMoveDown(m_model, m_shown, selected);
    m_ui.actionMoveUp->setEnabled(up);
    m_ui.actionMoveToTop->setEnabled(up);
    m_ui.actionMoveDown->setEnabled(down);
    m_ui.actionMoveToBottom->setEnabled(down);
    // Sorted by a column, the rows on screen are not the queue: say so where the moves are.
    const QString why = tr("Sorted by a column, the list does not show the download order: "
                           "click the sorted column's header until its arrow goes to move items");
    for (QAction *action : {m_ui.actionMoveUp, m_ui.actionMoveDown, m_ui.actionMoveToTop, m_ui.actionMoveToBottom})
        action->setToolTip(sorted ? why : action->text().remove(QLatin1Char('&')));
}

} // namespace Fetchpool::Gui
