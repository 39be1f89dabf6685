#include "app/windowactions.h"

#include "app/appicons.h"
#include "run/existingfilesmenu.h"

#include "ui_mainwindow.h"

#include <QMenu>

namespace Fetchpool::Gui {

void WindowActions::dress(Ui::MainWindow &ui)
{
    struct IconFor
    {
        QAction *action;
        const char *name;
    };
    const IconFor icons[] = {
        {ui.actionOpenList, "document-open"},
        {ui.actionChooseFolder, "folder"},
        {ui.actionQuit, "application-exit"},
        {ui.actionPaste, "edit-paste"},
        {ui.actionAddUrls, "list-add"},
        {ui.actionRemove, "list-remove"},
        {ui.actionSelectAll, "edit-select-all"},
        {ui.actionStart, "media-playback-start"},
        {ui.actionStop, "media-playback-stop"},
        {ui.actionRetryFailed, "view-refresh"},
        {ui.actionClearFinished, "edit-clear-all"},
        {ui.actionSequential, "fetchpool-sequential"},
        {ui.actionParallel, "fetchpool-parallel"},
        {ui.actionLoadDemo, "fetchpool-demo"},
        {ui.actionAbout, "help-about"},
        {ui.actionOpenFile, "document-open"},
        {ui.actionOpenFolder, "folder-open"},
        {ui.actionCopyUrl, "edit-copy"},
        {ui.actionRetryItem, "view-refresh"},
        {ui.actionPauseItem, "media-playback-pause"},
        {ui.actionResumeItem, "fetchpool-resume"},
        {ui.actionPauseAll, "media-playback-pause"},
        {ui.actionResumeAll, "fetchpool-resume"},
        {ui.actionMoveUp, "go-up"},
        {ui.actionMoveDown, "go-down"},
        {ui.actionMoveToTop, "go-top"},
        {ui.actionMoveToBottom, "go-bottom"},
    };
    for (const IconFor &entry : icons)
        entry.action->setIcon(AppIcons::icon(QString::fromLatin1(entry.name)));
    ui.actionStart->setIconText(tr("Start"));
    ui.actionStop->setIconText(tr("Stop"));
    ui.actionAddUrls->setIconText(tr("Add URLs"));
    ui.actionPauseAll->setIconText(tr("Pause All"));
    ui.actionResumeAll->setIconText(tr("Resume All"));
    // Only some platforms bind the standard Preferences key (Ctrl+Shift+, on
    // KDE); elsewhere Ctrl+, is the one GNOME applications and browsers use.
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    ui.actionPreferences->setShortcuts(preferencesKeys.isEmpty() ? QList<QKeySequence>{Qt::CTRL | Qt::Key_Comma}
                                                                 : preferencesKeys);
    ui.actionFilterList->setShortcuts(QKeySequence::Find);

    // View → List is also the key to the list.
    QObject::connect(ui.actionShowList, &QAction::triggered, ui.listView,
                     [&ui] { ui.listView->setFocus(Qt::ShortcutFocusReason); });
    // View → Columns: the header's column menu, for the keyboard too.
    auto *columns = new QMenu(tr("&Columns"), ui.menuView);
    columns->setObjectName(QStringLiteral("menuColumns"));
    QObject::connect(columns, &QMenu::aboutToShow, columns, [&ui, columns] { ui.listView->fillColumnMenu(columns); });
    ui.menuView->insertMenu(ui.actionFollowActive, columns);
    // Run → When a File Exists, with the other choices of how runs go.
    ui.menuRun->insertMenu(ui.actionClearFinished, new ExistingFilesMenu(ui.menuRun));
    ui.menuRun->insertSeparator(ui.actionClearFinished);
    // A right-click on a row: the item actions.
    QObject::connect(ui.listView, &QWidget::customContextMenuRequested, ui.listView,
                     [&ui](const QPoint &position) { showItemMenu(ui, position); });

    // Actions on the selected items listen where the list is, so Return or
    // Ctrl+C in the worker spin box keep their usual meaning there.
    for (QAction *action : {ui.actionOpenFile, ui.actionOpenFolder, ui.actionCopyUrl, ui.actionRetryItem,
                            ui.actionPauseItem, ui.actionResumeItem, ui.actionMoveUp, ui.actionMoveDown,
                            ui.actionMoveToTop, ui.actionMoveToBottom}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        ui.listView->addAction(action);
    }
}

QMenu *WindowActions::createItemMenu(Ui::MainWindow &ui, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(ui.actionOpenFile);
    menu->addAction(ui.actionOpenFolder);
    menu->addSeparator();
    menu->addAction(ui.actionCopyUrl);
    menu->addAction(ui.actionRetryItem);
    menu->addMenu(ui.menuItemSpeedLimit);
    menu->addSeparator();
    menu->addAction(ui.actionPauseItem);
    menu->addAction(ui.actionResumeItem);
    menu->addSeparator();
    menu->addAction(ui.actionMoveUp);
    menu->addAction(ui.actionMoveDown);
    menu->addAction(ui.actionMoveToTop);
    menu->addAction(ui.actionMoveToBottom);
    menu->addSeparator();
    menu->addAction(ui.actionRemove);
    return menu;
}

void WindowActions::showItemMenu(Ui::MainWindow &ui, const QPoint &position)
{
    if (!ui.listView->indexAt(position).isValid())
        return;
    QMenu *menu = createItemMenu(ui, ui.listView);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(ui.listView->viewport()->mapToGlobal(position));
}

} // namespace Fetchpool::Gui
