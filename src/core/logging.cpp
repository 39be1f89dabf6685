#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "fetchpool.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "fetchpool.net", QtWarningMsg)
