#include "remotelogging.h"

Q_LOGGING_CATEGORY(lcRemote, "fetchpool.remote", QtWarningMsg)
