#include "list/emptylisthint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace Fetchpool::Gui {

EmptyListHint::EmptyListHint(const QString &text, QAbstractItemView *view)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyListHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    setFont(font);

    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyListHint::followModel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyListHint::followModel);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListHint::followModel);
    followModel();
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return false;
}

void EmptyListHint::followModel()
{
    setVisible(m_view->model()->rowCount() == 0);
}

} // namespace Fetchpool::Gui
