#include "list/emptylisthint.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>

namespace Fetchpool::Gui {

EmptyListHint::EmptyListHint(const QString &emptyText, const QString &filteredText, QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
    , m_emptyText(emptyText)
    , m_filteredText(filteredText)
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
    watch(view->model());
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model())) {
        m_source = proxy->sourceModel();
        watch(m_source);
    }
    followModel();
}

void EmptyListHint::watch(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyListHint::followModel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyListHint::followModel);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListHint::followModel);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListHint::followModel);
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    return false;
}

void EmptyListHint::followModel()
{
    const bool filteredOut = m_source && m_source->rowCount() > 0;
    setText(filteredOut ? m_filteredText : m_emptyText);
    setVisible(m_view->model()->rowCount() == 0);
}

} // namespace Fetchpool::Gui
