#include "run/runmode.h"

#include "app/guisettings.h"
#include "downloadtypes.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QSpinBox>
#include <QToolBar>

namespace Fetchpool::Gui {

RunMode::RunMode(QAction *sequential, QAction *parallel, QToolBar *bar, GuiSettings &settings, QObject *parent)
    : QObject(parent)
    , m_sequential(sequential)
    , m_parallel(parallel)
    , m_settings(settings)
{
    m_workersLabel = new QLabel(tr("&Workers"), bar);
    m_workersLabel->setContentsMargins(8, 0, 4, 0);
    m_workers = new QSpinBox(bar);
    m_workers->setObjectName(QStringLiteral("workerCount"));
    m_workers->setRange(1, EngineOptions::MaxWorkers);
    m_workers->setValue(m_settings.workers());
    m_workers->setAccelerated(true);
    m_workersLabel->setBuddy(m_workers);
    bar->addWidget(m_workersLabel);
    bar->addWidget(m_workers);
    connect(m_workers, &QSpinBox::valueChanged, this, [this](int workers) { m_settings.setWorkers(workers); });

    auto *modes = new QActionGroup(this);
    modes->addAction(m_sequential);
    modes->addAction(m_parallel);
    modes->setExclusive(true);
    (m_settings.parallel() ? m_parallel : m_sequential)->setChecked(true);
    connect(modes, &QActionGroup::triggered, this, &RunMode::onModeChanged);
    onModeChanged();
}

bool RunMode::isParallel() const
{
    return m_parallel->isChecked();
}

int RunMode::workerCount() const
{
    return isParallel() ? m_workers->value() : 1;
}

void RunMode::setParallel(bool parallel)
{
    (parallel ? m_parallel : m_sequential)->setChecked(true);
    onModeChanged();
}

void RunMode::setParallelWorkers(int workers)
{
    m_workers->setValue(workers);
}

void RunMode::setRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

void RunMode::setRemote(bool remote)
{
    m_remote = remote;
    updateEnabled();
}

void RunMode::onModeChanged()
{
    m_settings.setParallel(isParallel());
    updateEnabled();
}

void RunMode::updateEnabled()
{
    m_sequential->setEnabled(!m_running);
    m_parallel->setEnabled(!m_running);
    m_workers->setEnabled(!m_running && isParallel() && !m_remote);
    m_workers->setToolTip(m_remote ? tr("On aria2 daemons, each daemon's own download slots decide how many "
                                        "files download at once")
                                   : tr("Downloads at the same time in Parallel (1–%1)").arg(EngineOptions::MaxWorkers));
    m_workersLabel->setEnabled(m_workers->isEnabled());
}

} // namespace Fetchpool::Gui
