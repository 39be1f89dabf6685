#include "list/columnpriorities.h"

#include "list/downloadlistview.h"
#include "list/downloadmodel.h"
#include "list/listviewdefaults.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStyle>

namespace Fetchpool::Gui {

namespace {

// Least needed first: the name says more than the URL, the timing columns
// are for a closer look, the finished figures last.
constexpr int GivingWayOrder[] = {
    DownloadModel::UrlColumn,     DownloadModel::WorkerColumn, DownloadModel::FirstByteColumn,
    DownloadModel::QueuedColumn,  DownloadModel::BodyColumn,   DownloadModel::RateColumn,
    DownloadModel::AttemptsColumn, DownloadModel::TimeColumn,  DownloadModel::SpeedColumn,
    DownloadModel::SizeColumn,
};

constexpr int MinimumRows = 3;

} // namespace

ColumnPriorities::ColumnPriorities(DownloadListView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
    connect(view, &DownloadListView::columnChosen, this, &ColumnPriorities::onColumnChosen);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (isKept(column))
            updateMinimumSize();
    });
    updateMinimumSize();
}

bool ColumnPriorities::isKept(int column)
{
    return column == DownloadModel::NameColumn || column == DownloadModel::ProgressColumn
            || column == DownloadModel::StatusColumn;
}

QByteArray ColumnPriorities::saveState()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (m_givenWay.isEmpty())
        return header->saveState();
    // The columns that gave way are shown for the moment: hidden sections
    // keep their width, so the state records them as the user had them.
    const QScopedValueRollback fitting(m_fitting, true);
    for (auto column = m_givenWay.keyBegin(); column != m_givenWay.keyEnd(); ++column)
        header->setSectionHidden(*column, false);
    const QByteArray state = header->saveState();
    for (auto column = m_givenWay.keyBegin(); column != m_givenWay.keyEnd(); ++column)
        header->setSectionHidden(*column, true);
    return state;
}

bool ColumnPriorities::restoreState(const QByteArray &state)
{
    m_givenWay.clear();
    m_pinned.clear();
    const bool restored = m_view->horizontalHeader()->restoreState(state);
    updateMinimumSize();
    fit();
    return restored;
}

void ColumnPriorities::fit()
{
    if (m_fitting)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    QHeaderView *header = m_view->horizontalHeader();
    int need = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) || m_givenWay.contains(column))
            need += widthWanted(column);
    }
    QSet<int> giveWay;
    const int available = m_view->viewport()->width();
    for (const int column : GivingWayOrder) {
        if (need <= available)
            break;
        const bool wanted = !header->isSectionHidden(column) || m_givenWay.contains(column);
        if (!wanted || m_pinned.contains(column))
            continue;
        giveWay.insert(column);
        need -= widthWanted(column);
    }
    for (const int column : GivingWayOrder) {
        if (giveWay.contains(column) && !header->isSectionHidden(column)) {
            m_givenWay.insert(column, widthWanted(column));
            header->setSectionHidden(column, true);
        } else if (!giveWay.contains(column) && m_givenWay.remove(column)) {
            header->setSectionHidden(column, false);
        }
    }
}

bool ColumnPriorities::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport as it was when the view was built: the filter sees every
    // event of it, also while the view is being torn down, when the view
    // must not be asked for anything.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return false;
}

void ColumnPriorities::onColumnChosen(int column, bool shown)
{
    m_givenWay.remove(column);
    if (shown)
        m_pinned.insert(column);
    else
        m_pinned.remove(column);
    fit();
}

int ColumnPriorities::widthWanted(int column) const
{
    if (const auto given = m_givenWay.constFind(column); given != m_givenWay.cend())
        return *given;
    QHeaderView *header = m_view->horizontalHeader();
    // The stretched URL is as wide as the room left; it is worth showing
    // from about two dozen characters on.
    if (header->sectionResizeMode(column) == QHeaderView::Stretch)
        return m_view->fontMetrics().averageCharWidth() * 24;
    return header->sectionSize(column);
}

void ColumnPriorities::updateMinimumSize()
{
    QHeaderView *header = m_view->horizontalHeader();
    int width = 0;
    for (int column = 0; column < header->count(); ++column) {
        // At most their first widths: a name column the user widened should
        // not widen the whole window's minimum.
        if (isKept(column) && !header->isSectionHidden(column))
            width += qMin(header->sectionSize(column), ListViewDefaults::width(column));
    }
    const int frame = 2 * m_view->frameWidth();
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int rows = MinimumRows * m_view->verticalHeader()->defaultSectionSize();
    // The vertical scroll bar counts; a horizontal one does not come up,
    // since the other columns give way.
    m_view->setMinimumSize(width + frame + scrollBar, header->sizeHint().height() + rows + frame);
}

} // namespace Fetchpool::Gui
