#pragma once

#include <QString>

namespace Fetchpool {

// The machine a measurement was taken on, for reports.
// "Debian GNU/Linux 12 (bookworm) · linux 6.1.0 · 2 CPUs"
QString machineDescription();
// The same and the Qt it ran on: "… · 2 CPUs · Qt 6.4.2"
QString machineSummary();

} // namespace Fetchpool
