#pragma once

#include <QSortFilterProxyModel>

namespace Fetchpool::Gui {

class DownloadModel;

// The list's sort order: asks DownloadModel to compare two rows directly.
// The default comparison of QVariants decoded every row's name from its URL
// on each of some 3 million comparisons: sorting 100,000 rows by name held
// the UI thread for a third of a second.
class DownloadSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DownloadSortProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const DownloadModel *m_downloads = nullptr;
};

} // namespace Fetchpool::Gui
