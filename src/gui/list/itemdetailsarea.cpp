#include "list/itemdetailsarea.h"

#include "app/guisettings.h"
#include "list/downloadmodel.h"
#include "list/itemdetailspane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QLayout>
#include <QTimer>

namespace Fetchpool::Gui {

namespace {

constexpr int ListIndex = 0;
constexpr int PaneIndex = 1;
constexpr int MinimumPaneLines = 3;

} // namespace

ItemDetailsArea::ItemDetailsArea(QWidget *list, QAbstractItemView *view, const DownloadModel &model,
                                 GuiSettings &settings)
    : QSplitter(Qt::Vertical, list->parentWidget())
    , m_view(view)
    , m_settings(settings)
    , m_pane(new ItemDetailsPane(model))
    , m_toggle(new QAction(tr("Item &Details"), this))
{
    setObjectName(QStringLiteral("itemDetailsArea"));
    // Before the list moves in here, or its layout would already have let it go.
    if (QLayout *layout = list->parentWidget()->layout())
        delete layout->replaceWidget(list, this);
    addWidget(list);
    addWidget(m_pane);
    setStretchFactor(ListIndex, 1); // a taller window gives the list the room
    setStretchFactor(PaneIndex, 0);
    setCollapsible(ListIndex, false);
    setCollapsible(PaneIndex, true);
    // Room for the heading (the status in full) and a fact or two: a short
    // window does not squeeze the pane shut. Dragging it shut closes it.
    m_pane->setMinimumHeight(m_pane->fontMetrics().lineSpacing() * MinimumPaneLines);
    m_splitRestored = restoreState(m_settings.itemDetailsSplit());

    m_toggle->setObjectName(QStringLiteral("actionItemDetails"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_toggle->setStatusTip(tr("Show the selected item's URLs, file, times and every attempt under the list"));
    m_toggle->setChecked(m_settings.itemDetailsShown());
    setPaneShown(m_toggle->isChecked());
    connect(m_toggle, &QAction::toggled, this, [this](bool shown) {
        setPaneShown(shown);
        m_settings.setItemDetailsShown(shown);
    });
    // Dragged shut is closed: the menu's check follows.
    connect(this, &QSplitter::splitterMoved, this, [this] {
        if (sizes().value(PaneIndex) == 0)
            m_toggle->setChecked(false);
        else
            rememberSplit();
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ItemDetailsArea::followCurrentRow);
    followCurrentRow();
}

void ItemDetailsArea::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    if (m_splitRestored)
        return;
    // First time, once the window's layout has settled: QSplitter alone
    // would give the pane no more than its minimum.
    m_splitRestored = true;
    QTimer::singleShot(0, this, &ItemDetailsArea::givePaneItsHeight);
}

void ItemDetailsArea::setPaneShown(bool shown)
{
    m_pane->setVisible(shown);
    // Back from being dragged shut, or shown for the first time.
    if (shown && sizes().value(PaneIndex) <= m_pane->minimumHeight())
        givePaneItsHeight();
}

// The pane as high as it asks to be, but never most of the room; the list
// the rest. Nothing before the window is laid out: there is nothing to share.
void ItemDetailsArea::givePaneItsHeight()
{
    const int total = sizes().value(ListIndex) + sizes().value(PaneIndex);
    const int height = qMin(m_pane->sizeHint().height(), total * 2 / 5);
    if (m_pane->isVisibleTo(this) && total > 0 && height > sizes().value(PaneIndex))
        setSizes({total - height, height});
}

void ItemDetailsArea::followCurrentRow()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_pane->showItem(current.data(DownloadModel::IdRole).toULongLong());
    else
        m_pane->showNothing();
}

void ItemDetailsArea::rememberSplit()
{
    m_settings.setItemDetailsSplit(saveState());
}

} // namespace Fetchpool::Gui
