#pragma once

#include "downloadtypes.h"

namespace Fetchpool::Gui {

// The quick filter's groups of rows. Failed takes the cancelled rows too:
// they are what Retry Failed queues again.
enum class RowGroup { All, Active, Failed, Done };

inline bool inRowGroup(ItemState state, RowGroup group)
{
    switch (group) {
    case RowGroup::All: return true;
    case RowGroup::Active: return state == ItemState::Connecting || state == ItemState::Receiving;
    case RowGroup::Failed: return state == ItemState::Failed || state == ItemState::Cancelled;
    case RowGroup::Done: return state == ItemState::Done;
    }
    return true;
}

} // namespace Fetchpool::Gui
