#pragma once

#include <QToolButton>

namespace Fetchpool::Gui {

// The global speed limit in the status bar, visible at a glance ("Unlimited",
// "2 MiB/s"): a compact button that opens the limit's menu, the same menu
// as Run → Speed Limit, which is the keyboard's way to it.
class SpeedLimitButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedLimitButton)

public:
    // `menu` holds the choices (Run → Speed Limit); the caller owns it.
    SpeedLimitButton(QMenu *menu, QWidget *parent = nullptr);

    void showLimit(qint64 bytesPerSecond); // 0 = Unlimited
};

} // namespace Fetchpool::Gui
