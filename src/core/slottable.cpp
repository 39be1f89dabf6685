#include "slottable.h"

#include "runstate.h"

namespace Fetchpool {

SlotTable::SlotTable(int count)
{
    m_chunks[0].items.reset(new ItemSlot[size_t(qMax(count, 1))]);
    m_chunks[0].capacity = qMax(count, 1);
    m_chunkCount.store(1, std::memory_order_release);
}

SlotTable::~SlotTable() = default;

ItemSlot &SlotTable::at(int index)
{
    // Newest chunk first: chunk 0 holds most slots, so this is one step
    // for almost every lookup of a run that never grew.
    int chunk = m_chunkCount.load(std::memory_order_acquire) - 1;
    while (chunk > 0 && index < m_chunks[size_t(chunk)].first)
        --chunk;
    const Chunk &found = m_chunks[size_t(chunk)];
    return found.items[size_t(index - found.first)];
}

bool SlotTable::grow(int count, int added)
{
    const int chunks = m_chunkCount.load(std::memory_order_relaxed);
    const Chunk &last = m_chunks[size_t(chunks - 1)];
    if (count + added <= last.first + last.capacity)
        return true; // room left in the newest chunk
    if (chunks == MaxChunks)
        return false;
    Chunk &next = m_chunks[size_t(chunks)];
    next.first = count;
    next.capacity = qMax(added, MinChunk << qMin(chunks - 1, 24));
    next.items.reset(new ItemSlot[size_t(next.capacity)]);
    m_chunkCount.store(chunks + 1, std::memory_order_release);
    return true;
}

} // namespace Fetchpool
