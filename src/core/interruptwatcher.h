#pragma once

#include <QObject>

class QSocketNotifier;

namespace Fetchpool {

// Turns SIGINT/SIGTERM into a Qt signal on the thread that owns the watcher
// (the main thread), so Ctrl+C or a `kill` ends a run cleanly instead of
// killing the process mid-write: the console tool cancels, the window quits
// as Ctrl+Q does. The handler only writes the signal's number into a socket
// pair that a QSocketNotifier watches (the self-pipe pattern of Qt's "Calling
// Qt Functions From Unix Signal Handlers"), and puts the default action back:
// a second signal ends the process at once.
//
// One watcher per process: the handler has no other way to find it.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; // the default actions come back

    // False when the socket pair could not be made: signals keep their
    // default action.
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Fetchpool
