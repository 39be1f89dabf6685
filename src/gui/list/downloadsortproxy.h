#pragma once

#include "list/rowgroup.h"

#include <QSortFilterProxyModel>

namespace Fetchpool::Gui {

class DownloadModel;

// The list as the view shows it: sorted, and filtered by the quick filter
// above it (a group of states and a text in the name or URL). The window's
// commands map the view's rows back to the model's (ListSelection), so they
// act on the rows the user sees.
//
// Sorting asks DownloadModel to compare two rows directly. The default
// comparison of QVariants decoded every row's name from its URL on each of
// some 3 million comparisons: sorting 100,000 rows by name held the UI
// thread for a third of a second. Filtering reads the rows the same way.
class DownloadSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DownloadSortProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    RowGroup rowGroup() const { return m_group; }
    void setRowGroup(RowGroup group);
    // Rows whose name or URL contains `text`, in any case; empty: no text filter.
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const DownloadModel *m_downloads = nullptr;
    RowGroup m_group = RowGroup::All;
    QString m_text;
    QString m_foldedText; // m_text.toCaseFolded(), against the rows' folded names
};

} // namespace Fetchpool::Gui
