#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>
#include <memory>

namespace Fetchpool {

struct ItemSlot;

// A run's item slots, which stay where they are while more are added: a
// worker holds on to its item's slot for the whole transfer while the owner
// thread appends items that join the running run. The first chunk holds
// the run's jobs exactly; later ones start small (64 slots) and double, so
// one item added to a long run costs little and many additions need few
// chunks.
//
// Appending is the owner thread's, under the run queue's lock; whoever reads
// a slot learnt its index after it was added (from the queue, or from a
// list a worker filled), so the slot is fully there.
class SlotTable final
{
    Q_DISABLE_COPY_MOVE(SlotTable)

public:
    explicit SlotTable(int count);
    ~SlotTable();

    ItemSlot &at(int index);
    // Makes room for slots count … count+added-1 (count: the slots so far);
    // false when no more chunks can be had.
    bool grow(int count, int added);

private:
    static constexpr int MaxChunks = 32;
    static constexpr int MinChunk = 64;
    struct Chunk
    {
        std::unique_ptr<ItemSlot[]> items;
        int first = 0;
        int capacity = 0;
    };
    std::array<Chunk, MaxChunks> m_chunks;
    std::atomic<int> m_chunkCount{0};
};

} // namespace Fetchpool
