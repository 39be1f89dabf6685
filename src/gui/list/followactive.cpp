#include "list/followactive.h"

#include "app/guisettings.h"
#include "list/downloadmodel.h"
#include "list/downloadsortproxy.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace Fetchpool::Gui {

namespace {

// Often enough to follow a run, seldom enough that the list can be read.
constexpr int PaceMs = 250;

} // namespace

FollowActive::FollowActive(QAction *toggle, QTableView *view, const DownloadSortProxy &proxy,
                           const DownloadModel &model, GuiSettings &settings, QObject *parent)
    : QObject(parent)
    , m_toggle(toggle)
    , m_view(view)
    , m_proxy(proxy)
    , m_model(model)
{
    m_pace.setSingleShot(true);
    m_pace.setInterval(PaceMs);
    connect(&m_pace, &QTimer::timeout, this, &FollowActive::follow);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_toggle->isChecked() && !m_pace.isActive())
            m_pace.start();
    });
    m_toggle->setChecked(settings.followActive());
    connect(m_toggle, &QAction::triggered, this, [&settings](bool on) { settings.setFollowActive(on); });
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (on)
            follow();
    });
    // actionTriggered comes from the wheel and the scroll bar only, never
    // from scrollTo(): the user's own scrolling.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        if (m_toggle->isChecked() && firstActive().isValid()) {
            m_toggle->setChecked(false);
            Q_EMIT reported(tr("Stopped following the active items: View → Follow Active turns it on again"));
        }
    });
}

QModelIndex FollowActive::firstActive() const
{
    // The view's order is the proxy's: walk it, reading each row's state
    // straight from the model. About a millisecond per 10,000 rows, at most
    // four times a second, and it stops at the first active row.
    const int rows = m_proxy.rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_proxy.index(row, 0);
        const int sourceRow = m_proxy.mapToSource(index).row();
        if (sourceRow >= 0 && inRowGroup(m_model.item(sourceRow).result.state, RowGroup::Active))
            return index;
    }
    return {};
}

void FollowActive::follow()
{
    if (!m_toggle->isChecked() || !m_view->isVisible())
        return;
    const QModelIndex first = firstActive();
    if (!first.isValid())
        return;
    // Scrolled only when the row is off screen or low in the viewport, so
    // the rows below it (the other workers' items) stay in sight and the
    // list does not jump on every batch.
    const int top = m_view->rowViewportPosition(first.row());
    if (top >= 0 && top <= m_view->viewport()->height() / 3)
        return;
    // scrollTo() skips hidden columns and would scroll sideways to the one
    // it is given: any shown column will do, and the sideways position stays.
    QHeaderView *header = m_view->horizontalHeader();
    const int column = header->logicalIndexAt(0);
    if (column < 0)
        return;
    QScrollBar *sideways = m_view->horizontalScrollBar();
    const int across = sideways->value();
    m_view->scrollTo(first.siblingAtColumn(column), QAbstractItemView::PositionAtTop);
    sideways->setValue(across);
}

} // namespace Fetchpool::Gui
