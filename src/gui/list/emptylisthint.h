#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Fetchpool::Gui {

// The words in an empty list telling a newcomer how to fill it. Sits in the
// view's viewport, follows its size and hides as soon as there is a row.
class EmptyListHint final : public QLabel
{
    Q_OBJECT

public:
    EmptyListHint(const QString &text, QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followModel();

    QAbstractItemView *const m_view;
};

} // namespace Fetchpool::Gui
