#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QActionGroup;
class QMenu;

namespace Fetchpool::Gui {

// The choices of a speed limit in a menu: Unlimited, the common rates and
// Custom…, with the current one checked. Run → Speed Limit (also the status
// bar's limit button) and the rows' Speed Limit for Selected use it.
class SpeedLimitChoices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedLimitChoices)

public:
    // Fills `menu`, which it lives as long as; Custom…'s dialog opens over `window`.
    SpeedLimitChoices(QMenu *menu, QWidget *window);

    qint64 current() const { return m_current; }
    // Checks the entry of `bytesPerSecond` (0 = Unlimited); any other rate
    // shows on the Custom… entry.
    void setCurrent(qint64 bytesPerSecond);

    // "2 MiB/s", "1.5 MiB/s" in the user's locale.
    static QString rateText(qint64 bytesPerSecond);
    static QVector<qint64> presets();

Q_SIGNALS:
    void limitChosen(qint64 bytesPerSecond); // 0 = Unlimited

private:
    void chooseCustom();

    QMenu *const m_menu;
    QWidget *const m_window;
    QActionGroup *m_group;
    QAction *m_unlimited;
    QAction *m_custom;
    qint64 m_current = 0;
};

} // namespace Fetchpool::Gui
