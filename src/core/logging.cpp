#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "fetchpool.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "fetchpool.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "fetchpool.gui", QtWarningMsg)

namespace Fetchpool {

void enableVerboseLogging()
{
    // "fetchpool.*.debug=true" alone would leave qCInfo off: the categories
    // default to warnings and above.
    QLoggingCategory::setFilterRules(QStringLiteral("fetchpool.*=true"));
}

} // namespace Fetchpool
