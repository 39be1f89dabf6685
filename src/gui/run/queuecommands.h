#pragma once

#include <QObject>
#include <QString>

class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace Fetchpool::Gui {

class DownloadModel;
class DownloadSortProxy;
class ListSelection;
class RunCommands;
class RunController;

// Pause, Resume, Pause All, Resume All and the four move actions: what they
// do with the selected rows, and when each of them can do anything. The
// moves act in the list's own order only; sorted by a column, they are off
// and say why.
class QueueCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCommands)

public:
    QueueCommands(Ui::MainWindow &ui, RunController &runs, RunCommands &commands, DownloadModel &model,
                  const DownloadSortProxy &shown, const ListSelection &selection, QObject *parent);

private:
    void pause(const QVector<quint64> &ids);
    void pauseAll();
    void move(bool (*how)(DownloadModel &, const QSortFilterProxyModel &, const QVector<quint64> &));
    bool isSorted() const;
    void updateActions();

    Ui::MainWindow &m_ui;
    RunController &m_runs;
    RunCommands &m_commands;
    DownloadModel &m_model;
    const DownloadSortProxy &m_shown;
    const ListSelection &m_selection;
};

} // namespace Fetchpool::Gui
