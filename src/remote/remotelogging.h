#pragma once

#include <QLoggingCategory>

// fetchpool.remote: the remote engine's daemons, calls and hand-overs. Method
// names and endpoints' display names only: never a secret or a call's body.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
