#include "intake/droptarget.h"

#include "intake/urlintake.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QPainter>
#include <QPainterPath>

namespace Fetchpool::Gui {

DropHighlight::DropHighlight(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setObjectName(QStringLiteral("dropHighlight"));
    hide();
}

void DropHighlight::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);

    // Nearly opaque: the list's own text underneath would fight the message.
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(235);
    QColor wash = accent;
    wash.setAlpha(40);
    const QRectF frame = QRectF(rect()).adjusted(6, 6, -6, -6);
    QPainterPath outline;
    outline.addRoundedRect(frame, 10, 10);
    painter.fillPath(outline, veil);
    painter.fillPath(outline, wash);
    painter.setPen(QPen(accent, 2.5, Qt::DashLine));
    painter.drawPath(outline);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(accent.darker(130));
    painter.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Drop links, link lists or web pages to add them"));
}

DropTarget::DropTarget(QWidget *window, QWidget *highlightArea)
    : QObject(window)
    , m_window(window)
    , m_area(highlightArea)
    , m_highlight(new DropHighlight(highlightArea))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool DropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (UrlIntake::canTake(drag->mimeData())) {
            drag->acceptProposedAction();
            showHighlight(true);
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (UrlIntake::canTake(drag->mimeData()))
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::DragLeave:
        showHighlight(false);
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        showHighlight(false);
        if (!UrlIntake::canTake(drop->mimeData())) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        Q_EMIT dropped(drop->mimeData());
        return true;
    }
    default:
        return false;
    }
}

void DropTarget::showHighlight(bool visible)
{
    if (visible) {
        m_highlight->setGeometry(m_area->rect());
        m_highlight->raise();
        m_highlight->show();
    } else {
        m_highlight->hide();
    }
}

} // namespace Fetchpool::Gui
