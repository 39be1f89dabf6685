#pragma once

#include <QLabel>

class QAbstractItemModel;
class QAbstractItemView;

namespace Fetchpool::Gui {

// The words in an empty list telling a newcomer how to fill it. Sits in the
// view's viewport, follows its size and hides as soon as there is a row.
// When the view shows a filtering proxy whose source has rows, the list is
// empty only by the filter, and the hint says that instead.
class EmptyListHint final : public QLabel
{
    Q_OBJECT

public:
    EmptyListHint(const QString &emptyText, const QString &filteredText, QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QAbstractItemModel *model);
    void followModel();

    QAbstractItemView *const m_view;
    const QString m_emptyText;
    const QString m_filteredText;
    QAbstractItemModel *m_source = nullptr; // the proxy's source, if the view shows a proxy
};

} // namespace Fetchpool::Gui
