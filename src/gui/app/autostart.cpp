#include "app/autostart.h"

#include "app/mainwindow.h"

#include <QStringList>
#include <QTimer>

namespace {

constexpr int PauseBetweenRunsMs = 1500;

} // namespace

namespace Fetchpool::Gui {

std::optional<QVector<AutoStart::Mode>> AutoStart::parse(const QString &text)
{
    QVector<Mode> modes;
    const QStringList names = text.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (name.trimmed() == QLatin1String("sequential"))
            modes << Mode::Sequential;
        else if (name.trimmed() == QLatin1String("parallel"))
            modes << Mode::Parallel;
        else
            return std::nullopt;
    }
    if (modes.isEmpty())
        return std::nullopt;
    return modes;
}

AutoStart::AutoStart(MainWindow *window, QVector<Mode> modes)
    : QObject(window)
    , m_window(window)
    , m_modes(std::move(modes))
{
    m_runFinished = connect(&window->runs(), &RunController::runFinished, this,
                            [this](const RunProgress &run, qint64) {
        const bool complete = run.done == run.total;
        // A moment to take in the finished run's figures before the next one.
        if (complete && !m_modes.isEmpty()) {
            QTimer::singleShot(PauseBetweenRunsMs, this, &AutoStart::startNext);
            return;
        }
        m_modes.clear();
        // Runs the user starts later are none of this object's business.
        disconnect(m_runFinished);
        Q_EMIT finished(complete);
    });
}

void AutoStart::begin()
{
    if (m_modes.isEmpty())
        return;
    m_window->setParallel(m_modes.first() == Mode::Parallel);
    m_modes.removeFirst();
    m_window->startWhenListReady();
}

void AutoStart::startNext()
{
    begin();
}

} // namespace Fetchpool::Gui
