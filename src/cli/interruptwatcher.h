#pragma once

#include <QObject>

class QSocketNotifier;

namespace Fetchpool::Cli {

// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe), so a
// Ctrl+C cancels the run cleanly instead of killing it mid-write. A second
// Ctrl+C gets the default behaviour back: it ends the process at once.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Fetchpool::Cli
