#pragma once

#include <QObject>
#include <QWidget>

class QMimeData;

namespace Fetchpool::Gui {

// The highlight drawn over the list while something droppable is dragged
// over the window. Transparent for the mouse: it only shows where to let go.
class DropHighlight final : public QWidget
{
    Q_OBJECT

public:
    explicit DropHighlight(QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

// Makes a window a drop target for links and link files: accepts the drags
// UrlIntake can use, shows the highlight over `highlightArea` meanwhile, and
// hands the dropped data over through `dropped`.
class DropTarget final : public QObject
{
    Q_OBJECT

public:
    DropTarget(QWidget *window, QWidget *highlightArea);

Q_SIGNALS:
    // Valid during the emission only, like the drop event that carried it.
    void dropped(const QMimeData *data);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHighlight(bool visible);

    QWidget *const m_window;
    QWidget *const m_area;
    DropHighlight *const m_highlight;
};

} // namespace Fetchpool::Gui
