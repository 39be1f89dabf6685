#pragma once

#include <QObject>
#include <QVector>

#include <optional>

namespace Fetchpool::Gui {

class MainWindow;

// --autostart: runs the list once per requested mode, one after the other
// (e.g. Sequential then Parallel for the demo), as soon as it is loaded.
// Stops after a run that did not complete, as a person would.
class AutoStart final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Sequential, Parallel };

    // "sequential", "parallel" or a comma-separated sequence; nothing when invalid.
    static std::optional<QVector<Mode>> parse(const QString &text);

    AutoStart(MainWindow *window, QVector<Mode> modes);

    void begin();

Q_SIGNALS:
    // The last requested run ended; `complete` is false when a run had
    // failed or cancelled items (and the remaining modes were dropped).
    void finished(bool complete);

private:
    void startNext();

    MainWindow *const m_window;
    QVector<Mode> m_modes;
    QMetaObject::Connection m_runFinished;
};

} // namespace Fetchpool::Gui
