#include "app/toolbarfit.h"

#include <QEvent>
#include <QToolBar>

namespace Fetchpool::Gui {

ToolBarFit::ToolBarFit(QToolBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    m_bar->installEventFilter(this);
}

bool ToolBarFit::isCompact() const
{
    return m_bar->toolButtonStyle() == Qt::ToolButtonIconOnly;
}

bool ToolBarFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_bar)
        return false;
    switch (event->type()) {
    case QEvent::Resize:
        fit();
        break;
    // The buttons' widths may have changed: measured again at the next fit.
    case QEvent::ActionAdded:
    case QEvent::ActionChanged:
    case QEvent::ActionRemoved:
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_fullWidth = 0;
        break;
    default:
        break;
    }
    return false;
}

void ToolBarFit::fit()
{
    if (m_fullWidth == 0) {
        // Measured with the icons the actions have by now; the bar never
        // gets narrower than its icons.
        m_bar->setMinimumWidth(widthWith(Qt::ToolButtonIconOnly));
        m_fullWidth = widthWith(Qt::ToolButtonTextBesideIcon);
    }
    const Qt::ToolButtonStyle wanted =
            m_bar->width() >= m_fullWidth ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (m_bar->toolButtonStyle() != wanted)
        m_bar->setToolButtonStyle(wanted);
}

int ToolBarFit::widthWith(Qt::ToolButtonStyle style)
{
    const Qt::ToolButtonStyle was = m_bar->toolButtonStyle();
    m_bar->setToolButtonStyle(style);
    const int width = m_bar->sizeHint().width();
    m_bar->setToolButtonStyle(was);
    return width;
}

} // namespace Fetchpool::Gui
