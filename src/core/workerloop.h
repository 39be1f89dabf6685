#pragma once

#include <QRunnable>

#include <memory>

namespace Fetchpool {

class RunState;
class SlotPool;

// One per worker of a run, on the engine's pool: checks out its worker slot
// and takes queued items until none is left, recording each item's progress
// and result in the run's shared state.
class WorkerLoop final : public QRunnable
{
    Q_DISABLE_COPY_MOVE(WorkerLoop)

public:
    WorkerLoop(std::shared_ptr<RunState> run, SlotPool &slotPool, int worker);

    void run() override;

private:
    void runItems(RunState &run);

    std::shared_ptr<RunState> m_run;
    SlotPool &m_slots;
    const int m_worker;
};

} // namespace Fetchpool
