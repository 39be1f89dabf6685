// RunController's part in pausing and resuming rows, and in keeping the
// running queue in the list's order.
#include "run/runcontroller.h"

#include "list/downloadmodel.h"

namespace Fetchpool::Gui {

namespace {

bool isInRunState(ItemState state)
{
    return state == ItemState::Queued || state == ItemState::Connecting || state == ItemState::Receiving;
}

} // namespace

QVector<quint64> RunController::pausable(const QVector<quint64> &ids) const
{
    QVector<quint64> found;
    for (quint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const ItemState state = m_model->item(row).result.state;
        // Outside a run a stopped row may be held back too, its part kept.
        if (isInRunState(state) || (!isRunning() && state == ItemState::Cancelled))
            found.push_back(id);
    }
    return found;
}

QVector<quint64> RunController::resumable(const QVector<quint64> &ids) const
{
    QVector<quint64> found;
    for (quint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->item(row).result.state == ItemState::Paused)
            found.push_back(id);
    }
    return found;
}

int RunController::pause(const QVector<quint64> &ids)
{
    int paused = 0;
    QVector<quint64> outsideTheRun;
    for (quint64 id : pausable(ids)) {
        // The engine's result marks the row Paused when it arrives.
        if (isRunning() && m_engine.pauseItem(id))
            ++paused;
        else
            outsideTheRun.push_back(id);
    }
    m_resumeNext.removeIf([&](quint64 id) { return outsideTheRun.contains(id); });
    return paused + m_model->hold(outsideTheRun);
}

bool RunController::resume(const QVector<quint64> &ids, const QString &destination, int workers, QString *error)
{
    QVector<quint64> rows = resumable(ids);
    if (rows.isEmpty())
        return true;
    // In list order: a run of their own takes them so.
    const QVector<quint64> order = m_model->orderedIds();
    std::sort(rows.begin(), rows.end(), [&](quint64 a, quint64 b) { return m_model->rowOf(a) < m_model->rowOf(b); });
    if (!isRunning()) {
        if (!startIds(rows, destination, workers, error))
            return false;
        m_model->requeue(rows); // the engine finds their kept parts by URL
        return true;
    }
    const QVector<DownloadJob> jobs = jobsFor(rows);
    m_model->requeue(rows);
    if (m_engine.enqueue(jobs)) {
        m_engine.reorder(order);
        return true;
    }
    // The run is ending: a run of their own follows it.
    m_resumeNext += rows;
    m_resumeFolder = destination;
    m_resumeWorkers = workers;
    return true;
}

bool RunController::fetchAgain(const QVector<quint64> &ids, const QString &destination, int workers, QString *error)
{
    if (ids.isEmpty())
        return true;
    if (!isRunning())
        return retry(ids, destination, workers, error);
    const QVector<DownloadJob> jobs = jobsFor(ids);
    m_model->requeue(ids);
    if (m_engine.enqueue(jobs)) {
        m_engine.reorder(m_model->orderedIds());
        return true;
    }
    // The run is ending: a run of their own follows it.
    m_resumeNext += ids;
    m_resumeFolder = destination;
    m_resumeWorkers = workers;
    return true;
}

void RunController::resumeWaiting()
{
    QVector<quint64> waiting;
    for (quint64 id : std::as_const(m_resumeNext)) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->item(row).result.state == ItemState::Queued)
            waiting.push_back(id);
    }
    m_resumeNext.clear();
    QString error;
    if (!waiting.isEmpty() && !startIds(waiting, m_resumeFolder, m_resumeWorkers, &error))
        m_model->hold(waiting); // paused again rather than silently queued
}

void RunController::followOrder()
{
    if (isRunning())
        m_engine.reorder(m_model->orderedIds());
}

} // namespace Fetchpool::Gui
