#pragma once

namespace Fetchpool::Gui {

// Lets every thread allocate from a heap (malloc arena) of its own, up to
// a few per possible worker. glibc otherwise shares arenas once there are
// more than 8 threads per core, the UI thread's included: a worker that is
// preempted while it holds that arena's lock then freezes the window until
// it runs again (measured: 200-400 ms at the start of a 64-worker run on 2
// cores). Call first thing in main(), before any thread exists.
void giveThreadsTheirOwnHeaps();

} // namespace Fetchpool::Gui
