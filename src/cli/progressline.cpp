#include "progressline.h"

#include "units.h"

#include <unistd.h>

namespace Fetchpool::Cli {

ProgressLine::ProgressLine(FILE *stream)
    : m_stream(stream)
    , m_enabled(::isatty(::fileno(stream)) == 1)
{
}

void ProgressLine::update(const RunProgress &progress)
{
    if (!m_enabled)
        return;
    if (m_drawn && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100)
        return;
    m_sinceDraw.start();

    const double seconds = double(progress.elapsedUs) / 1e6;
    const double rate = seconds > 0 ? double(progress.bytes) / seconds : 0;
    const int finished = progress.finished();
    QString eta = QStringLiteral("--");
    if (finished > 0 && finished < progress.total) {
        const double remainingUs = double(progress.elapsedUs) / finished * (progress.total - finished);
        eta = formatDuration(qint64(remainingUs));
    }
    const int width = int(QString::number(progress.total).size());
    QString line = QStringLiteral("[%1/%2]").arg(finished, width).arg(progress.total);
    if (progress.failed)
        line += QStringLiteral(" %1 failed").arg(progress.failed);
    if (progress.retrying)
        line += QStringLiteral(" %1 waiting to retry").arg(progress.retrying);
    line += QStringLiteral(" · %1 · %2 · %3/%4 in flight · ETA %5")
                    .arg(formatBytes(progress.bytes), formatRate(rate))
                    .arg(progress.inFlight)
                    .arg(progress.workers)
                    .arg(eta);
    std::fprintf(m_stream, "\r%s\x1b[K", line.toLocal8Bit().constData());
    std::fflush(m_stream);
    m_drawn = true;
}

void ProgressLine::clear()
{
    if (!m_enabled || !m_drawn)
        return;
    std::fputs("\r\x1b[K", m_stream);
    std::fflush(m_stream);
    m_drawn = false;
}

} // namespace Fetchpool::Cli
