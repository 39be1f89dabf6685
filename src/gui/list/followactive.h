#pragma once

#include <QObject>
#include <QTimer>

class QAction;
class QModelIndex;
class QTableView;

namespace Fetchpool::Gui {

class DownloadModel;
class DownloadSortProxy;
class GuiSettings;

// View → Follow Active: while it is checked, the list scrolls so that the
// first row being downloaded (in the list's order, through its filter) is at
// the top, a few times a second while a run changes the rows. Scrolling the
// list by hand (wheel or scroll bar) turns it off; the user wants to look
// elsewhere. The user's own choice in the menu is remembered.
class FollowActive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowActive)

public:
    FollowActive(QAction *toggle, QTableView *view, const DownloadSortProxy &proxy, const DownloadModel &model,
                 GuiSettings &settings, QObject *parent = nullptr);

    // The view's first active row; invalid when none is.
    QModelIndex firstActive() const;

Q_SIGNALS:
    // For the status bar: following stopped as the user scrolled.
    void reported(const QString &message);

private:
    void follow();

    QAction *const m_toggle;
    QTableView *const m_view;
    const DownloadSortProxy &m_proxy;
    const DownloadModel &m_model;
    QTimer m_pace;
};

} // namespace Fetchpool::Gui
