#include "limit/speedlimitchoices.h"

#include "limit/speedlimitdialog.h"

#include <QActionGroup>
#include <QLocale>
#include <QMenu>

namespace Fetchpool::Gui {

SpeedLimitChoices::SpeedLimitChoices(QMenu *menu, QWidget *window)
    : QObject(menu)
    , m_menu(menu)
    , m_window(window)
    , m_group(new QActionGroup(this))
{
    m_unlimited = m_menu->addAction(tr("&Unlimited"));
    m_unlimited->setData(qint64(0));
    m_group->addAction(m_unlimited);
    m_menu->addSeparator();
    for (qint64 rate : presets()) {
        QAction *action = m_menu->addAction(rateText(rate));
        action->setData(rate);
        m_group->addAction(action);
    }
    m_menu->addSeparator();
    m_custom = m_menu->addAction(tr("&Custom…"));
    m_group->addAction(m_custom);
    for (QAction *action : m_group->actions())
        action->setCheckable(true);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        if (action == m_custom) {
            chooseCustom();
            return;
        }
        setCurrent(action->data().toLongLong());
        Q_EMIT limitChosen(m_current);
    });
    setCurrent(0);
}

QVector<qint64> SpeedLimitChoices::presets()
{
    return {128 * KiB, 256 * KiB, 512 * KiB, 1 * MiB, 2 * MiB, 5 * MiB, 10 * MiB, 20 * MiB, 50 * MiB};
}

QString SpeedLimitChoices::rateText(qint64 bytesPerSecond)
{
    // Whole units without decimals ("512 KiB/s", "2 MiB/s"), others with one.
    const bool whole = (bytesPerSecond >= MiB && bytesPerSecond % MiB == 0)
            || (bytesPerSecond < MiB && bytesPerSecond % KiB == 0);
    //: A speed limit; %1 is an amount of data such as "2 MiB".
    return tr("%1/s").arg(QLocale().formattedDataSize(bytesPerSecond, whole ? 0 : 1));
}

void SpeedLimitChoices::setCurrent(qint64 bytesPerSecond)
{
    m_current = qMax(qint64(0), bytesPerSecond);
    QAction *match = nullptr;
    for (QAction *action : m_group->actions()) {
        if (action != m_custom && action->data().toLongLong() == m_current)
            match = action;
    }
    m_custom->setText(match ? tr("&Custom…") : tr("&Custom (%1)…").arg(rateText(m_current)));
    (match ? match : m_custom)->setChecked(true);
}

void SpeedLimitChoices::chooseCustom()
{
    const auto rate = SpeedLimitDialog::ask(m_window, m_current > 0 ? m_current : MiB);
    if (!rate) {
        setCurrent(m_current); // the check goes back where it was
        return;
    }
    setCurrent(*rate);
    Q_EMIT limitChosen(m_current);
}

} // namespace Fetchpool::Gui
