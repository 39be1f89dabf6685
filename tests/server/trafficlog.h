#pragma once

#include "sendobserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QVector>

namespace Fetchpool::Test {

// The bytes the server sent, in total and per path, with the time each
// write reached the operating system on the server's own clock: a client's
// speed measured where it cannot be flattered. Thread-safe.
class TrafficLog final : public Demo::SendObserver
{
    Q_DISABLE_COPY_MOVE(TrafficLog)

public:
    TrafficLog();

    void bytesSent(const QString &path, qint64 bytes) override;

    // Milliseconds on the log's clock, which starts with the server.
    qint64 nowMs() const;
    // The bytes sent for `path` (all paths when empty) up to `ms` on that
    // clock; -1 for any time still to come.
    qint64 bytesSentBy(qint64 ms, const QString &path = {}) const;
    void reset();

private:
    struct Sample
    {
        qint64 us;    // when
        qint64 bytes; // sent so far
    };
    static void append(QVector<Sample> &samples, qint64 us, qint64 bytes);
    static qint64 sentBy(const QVector<Sample> &samples, qint64 us);

    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QVector<Sample> m_total;
    QHash<QString, QVector<Sample>> m_paths;
};

} // namespace Fetchpool::Test
