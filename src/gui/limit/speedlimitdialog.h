#pragma once

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Fetchpool::Gui {

// The units speed limits are offered in.
inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * KiB;

// Custom… of a speed limit menu: a number and a unit (KiB/s or MiB/s).
class SpeedLimitDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::SpeedLimitDialog)

public:
    // The rate chosen, in bytes per second; nothing when cancelled.
    static std::optional<qint64> ask(QWidget *parent, qint64 initialBytesPerSecond);
};

} // namespace Fetchpool::Gui
