#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="fetchpool.*=true"
// or the front ends' --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // fetchpool.engine: runs, workers, scheduling
Q_DECLARE_LOGGING_CATEGORY(lcNet)    // fetchpool.net: requests, redirects, retries
Q_DECLARE_LOGGING_CATEGORY(lcGui)    // fetchpool.gui: the window, single instance, translations

namespace Fetchpool {

// --verbose: every message of every Fetchpool category (debug and info), on
// top of rules the user set in QT_LOGGING_RULES.
void enableVerboseLogging();

} // namespace Fetchpool
