#include "limit/speedlimitbutton.h"

#include "app/appicons.h"
#include "limit/speedlimitchoices.h"

namespace Fetchpool::Gui {

SpeedLimitButton::SpeedLimitButton(QMenu *menu, QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("speedLimitButton"));
    setIcon(AppIcons::icon(QStringLiteral("fetchpool-speed-limit")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    // Not a tab stop: its text is a rate, no mnemonic fits it; the keyboard
    // reaches the same menu as Run → Speed Limit (Alt+R, L).
    setFocusPolicy(Qt::NoFocus);
    setMenu(menu);
    setAccessibleName(tr("Speed limit"));
    showLimit(0);
}

void SpeedLimitButton::showLimit(qint64 bytesPerSecond)
{
    const QString rate = bytesPerSecond > 0 ? SpeedLimitChoices::rateText(bytesPerSecond) : tr("Unlimited");
    setText(rate);
    setToolTip(bytesPerSecond > 0 ? tr("Speed limit of all downloads together: %1. Click to change it, "
                                       "also during a run.").arg(rate)
                                  : tr("No speed limit. Click to limit the speed of all downloads together, "
                                       "also during a run."));
    setAccessibleDescription(toolTip());
}

} // namespace Fetchpool::Gui
