#include "app/threadheaps.h"

#include "downloadtypes.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Fetchpool::Gui {

void giveThreadsTheirOwnHeaps()
{
#if defined(__GLIBC__)
    // Workers, the engine's helpers, Qt's own threads and the demo server.
    constexpr int ArenasPerWorker = 2;
    mallopt(M_ARENA_MAX, ArenasPerWorker * EngineOptions::MaxWorkers);
#endif
}

} // namespace Fetchpool::Gui
