#pragma once

#include <QObject>

class QToolBar;

namespace Fetchpool::Gui {

// Keeps every control of a toolbar on the bar: when the texts beside the
// icons no longer fit, the buttons show their icons only (their names stay
// in the tooltips), and the texts come back once there is room again. The
// bar's minimum width is its icons-only width, so the window is never made
// narrower than that and nothing ends up behind the » overflow button,
// where keyboard users cannot reach it.
class ToolBarFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolBarFit)

public:
    explicit ToolBarFit(QToolBar *bar);

    bool isCompact() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    int widthWith(Qt::ToolButtonStyle style);

    QToolBar *const m_bar;
    int m_fullWidth = 0; // with the texts beside the icons; 0 until measured
};

} // namespace Fetchpool::Gui
