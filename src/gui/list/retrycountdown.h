#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Fetchpool::Gui {

// The list's rows that wait for their next attempt, counted down in whole
// seconds. It wakes only when a shown number changes (about once a second
// per waiting row) and sleeps while no row waits: an idle list costs no
// timer at all.
class RetryCountdown final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryCountdown)

public:
    explicit RetryCountdown(QObject *parent = nullptr);

    // Row `id` begins its next attempt in `inMs`; counts from now.
    void wait(quint64 id, qint64 inMs);
    void forget(quint64 id);
    void clear();

    // Whole seconds left for `id`, rounded up; -1 when it is not waiting.
    int secondsLeft(quint64 id) const;
    QList<quint64> waitingIds() const { return m_deadlines.keys(); }

Q_SIGNALS:
    // Some row's seconds left may have changed.
    void ticked();

private:
    void schedule();
    void onTimeout();

    QElapsedTimer m_clock;
    QTimer m_timer;
    QHash<quint64, qint64> m_deadlines; // id -> m_clock time of the next attempt
};

} // namespace Fetchpool::Gui
