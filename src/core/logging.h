#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="fetchpool.*.debug=true"
// or the front ends' --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // fetchpool.engine: runs, workers, scheduling
Q_DECLARE_LOGGING_CATEGORY(lcNet)    // fetchpool.net: requests, redirects, retries
