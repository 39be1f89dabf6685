#pragma once

#include "downloadtypes.h"

#include <QElapsedTimer>

#include <cstdio>

namespace Fetchpool::Cli {

// The one live line on a terminal's stderr: done/total, failed, bytes, rate, ETA.
// Redrawn at most ten times a second; silent when stderr is not a terminal.
class ProgressLine final
{
    Q_DISABLE_COPY_MOVE(ProgressLine)

public:
    explicit ProgressLine(FILE *stream);

    bool isEnabled() const { return m_enabled; }
    void update(const RunProgress &progress);
    void clear();

private:
    FILE *const m_stream;
    const bool m_enabled;
    QElapsedTimer m_sinceDraw;
    bool m_drawn = false;
};

} // namespace Fetchpool::Cli
