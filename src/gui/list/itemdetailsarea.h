#pragma once

#include <QSplitter>

class QAbstractItemView;
class QAction;

namespace Fetchpool::Gui {

class DownloadModel;
class GuiSettings;
class ItemDetailsPane;

// The list with the item details pane under it (View → Item Details,
// Ctrl+I). The pane follows the list's current row; it can be dragged
// smaller or closed, and the window remembers whether it was shown and
// how high it was.
class ItemDetailsArea final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDetailsArea)

public:
    // Takes `list`'s place in its parent's layout and holds it above the
    // pane. `view` is the table whose current row the pane shows: its model
    // is DownloadModel or a proxy of it that passes IdRole through.
    ItemDetailsArea(QWidget *list, QAbstractItemView *view, const DownloadModel &model, GuiSettings &settings);

    ItemDetailsPane *pane() const { return m_pane; }
    // Checkable; its text, shortcut and status tip are set.
    QAction *toggleAction() const { return m_toggle; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setPaneShown(bool shown);
    void givePaneItsHeight();
    void followCurrentRow();
    void rememberSplit();

    QAbstractItemView *const m_view;
    GuiSettings &m_settings;
    ItemDetailsPane *const m_pane;
    QAction *const m_toggle;
    bool m_splitRestored = false; // the user's own split; else the pane gets its height on first show
};

} // namespace Fetchpool::Gui
