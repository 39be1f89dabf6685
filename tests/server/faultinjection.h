#pragma once

#include <QString>
#include <QStringView>

namespace Fetchpool::Test {

// The faults `/files/<path>?faultrate=P&faultseed=S` injects. Which path gets
// which fault depends only on (path, P, S), so a test computes the outcome
// it must see for every URL without asking the server.
enum class InjectedFault {
    None,
    NotFound,     // 404 on every request: fails for good
    Unavailable,  // the first request gets 503 with Retry-After: 0, later ones the file
    Truncate,     // every request: the full length promised, half the body sent, closed
    Stall,        // the body pauses mid-way (faultstall=MS, default 200), then completes
    CloseMidBody, // the first request: half the body, then the connection closes; later ones the file
    Redirect,     // 302 to the same URL with nofault=1, which serves the file
};

// The fault for `path` (percent-decoded, no query) at `ratePercent` (0-100).
InjectedFault injectedFault(QStringView path, int ratePercent, quint32 seed);
QString faultName(InjectedFault fault);

} // namespace Fetchpool::Test
