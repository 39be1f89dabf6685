#include "faultinjection.h"

#include "generatedbody.h"
#include "pathseed.h"

namespace Fetchpool::Test {

namespace {

constexpr quint32 FaultKinds = 6; // every InjectedFault but None

} // namespace

InjectedFault injectedFault(QStringView path, int ratePercent, quint32 seed)
{
    if (ratePercent <= 0)
        return InjectedFault::None;
    // Mixed, so that rate and kind come from unrelated bits of the path hash.
    using GeneratedBody::mix;
    const quint32 hash = mix(Demo::seedForPath(path) ^ mix(seed + 0x9e3779b9u));
    if (hash % 1000 >= quint32(qMin(ratePercent, 100)) * 10)
        return InjectedFault::None;
    return InjectedFault(1 + (hash / 1000) % FaultKinds);
}

QString faultName(InjectedFault fault)
{
    switch (fault) {
    case InjectedFault::None: return QStringLiteral("none");
    case InjectedFault::NotFound: return QStringLiteral("404");
    case InjectedFault::Unavailable: return QStringLiteral("503 once");
    case InjectedFault::Truncate: return QStringLiteral("truncate");
    case InjectedFault::Stall: return QStringLiteral("stall");
    case InjectedFault::CloseMidBody: return QStringLiteral("close mid-body once");
    case InjectedFault::Redirect: return QStringLiteral("redirect");
    }
    return {};
}

} // namespace Fetchpool::Test
