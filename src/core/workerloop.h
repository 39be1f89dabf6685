#pragma once

#include "segmentboard.h"

#include <QRunnable>

#include <memory>

namespace Fetchpool {

class Cancellation;
class Fetcher;
class RunState;
class SegmentFetch;
class SlotPool;
class WorkerSlot;

// One per worker of a run, on the engine's pool: checks out its worker slot
// and takes queued items until none is left, recording each item's progress
// and result in the run's shared state. Then, while items are in flight, it
// takes segments of files being fetched in segments (SegmentBoard).
class WorkerLoop final : public QRunnable
{
    Q_DISABLE_COPY_MOVE(WorkerLoop)

public:
    WorkerLoop(std::shared_ptr<RunState> run, SlotPool &slotPool, int worker);

    void run() override;

private:
    void runItems(RunState &run);
    void runItem(RunState &run, Fetcher &fetcher, WorkerSlot &workerSlot, int index);
    void runSegment(RunState &run, SegmentFetch &segments, WorkerSlot &slot, const SegmentBoard::Ticket &ticket,
                    Cancellation &helper);

    std::shared_ptr<RunState> m_run;
    SlotPool &m_slots;
    const int m_worker;
};

} // namespace Fetchpool
