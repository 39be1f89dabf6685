#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

namespace Fetchpool::Gui {

class DownloadListView;

// Keeps Name, Progress and Status on screen when the list is narrow: the
// other columns give way, the URL first, then the timing columns, then
// Time, Speed and Size, and come back as the list widens. A column the user
// shows from the column menu stays whatever the width. The saved header
// state is the user's choice, never the columns that gave way for room.
// It also sets the list's minimum size: those three columns and a few rows.
class ColumnPriorities final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnPriorities)

public:
    explicit ColumnPriorities(DownloadListView *view);

    static bool isKept(int column); // Name, Progress, Status
    bool hasGivenWay(int column) const { return m_givenWay.contains(column); }

    QByteArray saveState();
    bool restoreState(const QByteArray &state);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onColumnChosen(int column, bool shown);
    int widthWanted(int column) const;
    void updateMinimumSize();

    DownloadListView *const m_view;
    QWidget *const m_viewport;
    QHash<int, int> m_givenWay; // column -> its width before it gave way
    QSet<int> m_pinned;         // shown by the user from the menu
    bool m_fitting = false;
};

} // namespace Fetchpool::Gui
