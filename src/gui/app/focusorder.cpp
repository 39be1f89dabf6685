#include "app/focusorder.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

namespace Fetchpool::Gui {

namespace {

// A Tab stop, now or once checked: Qt moves an exclusive group's stop to
// its checked button. A widget whose focus goes to a proxy (a spin box's
// line edit) is ordered through that proxy, never on its own.
bool mayTakeTab(const QWidget *widget)
{
    if (widget->focusProxy())
        return false;
    if (widget->focusPolicy() & Qt::TabFocus)
        return true;
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    return button && button->isCheckable() && (button->autoExclusive() || button->group());
}

void collect(QWidget *widget, QList<QWidget *> &stops);

void collect(QLayout *layout, QList<QWidget *> &stops)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget())
            collect(widget, stops);
        else if (QLayout *nested = item->layout())
            collect(nested, stops);
    }
}

// `widget`, then what its layout holds in the layout's order, then any
// other stop inside it in the window's present order (the parts of a
// widget that lays out its children itself).
void collect(QWidget *widget, QList<QWidget *> &stops)
{
    if (mayTakeTab(widget)) {
        stops << widget;
        return; // its own parts (a line edit's clear button) are its business
    }
    if (QLayout *layout = widget->layout())
        collect(layout, stops);
    QWidget *window = widget->window();
    for (QWidget *inside = window->nextInFocusChain(); inside && inside != window;
         inside = inside->nextInFocusChain()) {
        if (!widget->isAncestorOf(inside) || !mayTakeTab(inside) || stops.contains(inside))
            continue;
        bool partOfStop = false;
        for (QWidget *up = inside->parentWidget(); up && up != widget && !partOfStop; up = up->parentWidget())
            partOfStop = stops.contains(up);
        if (!partOfStop)
            stops << inside;
    }
}

} // namespace

QList<QWidget *> FocusOrder::stopsIn(QWidget *area)
{
    QList<QWidget *> stops;
    collect(area, stops);
    return stops;
}

QList<QWidget *> FocusOrder::stopsIn(QLayout *layout)
{
    QList<QWidget *> stops;
    collect(layout, stops);
    return stops;
}

void FocusOrder::chain(const QList<QWidget *> &stops)
{
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

void FocusOrder::followReadingOrder(QMainWindow *window)
{
    QList<QWidget *> stops;
    for (QToolBar *bar : window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        stops += stopsIn(bar);
    if (QWidget *central = window->centralWidget())
        stops += stopsIn(central);
    for (QDockWidget *dock : window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        stops += stopsIn(dock);
    stops += stopsIn(window->statusBar());
    chain(stops);
}

} // namespace Fetchpool::Gui
