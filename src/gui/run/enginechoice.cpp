#include "run/enginechoice.h"

#include "app/guisettings.h"
#include "remote/daemonlist.h"
#include "run/runcontroller.h"
#include "run/runmode.h"

#include <QComboBox>
#include <QLabel>
#include <QToolBar>

namespace Fetchpool::Gui {

EngineChoice::EngineChoice(QToolBar *bar, DaemonList &daemons, GuiSettings &settings, RunController &runs,
                           RunMode &mode, QObject *parent)
    : QObject(parent)
    , m_daemons(daemons)
    , m_settings(settings)
    , m_runs(runs)
    , m_mode(mode)
    , m_label(new QLabel(tr("E&ngine"), bar))
    , m_box(new QComboBox(bar))
{
    m_label->setContentsMargins(8, 0, 4, 0);
    m_box->setObjectName(QStringLiteral("engineChoice"));
    m_box->setToolTip(tr("Where the next run downloads: on this computer, or on aria2 daemons "
                         "(Edit → Preferences → Engines)"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_box);
    bar->addWidget(m_label);
    bar->addWidget(m_box);

    fill();
    const int stored = m_box->findData(m_settings.engineChoice());
    m_box->setCurrentIndex(stored < 0 ? 0 : stored);
    apply();
    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            apply();
    });
    connect(&m_daemons, &DaemonList::changed, this, [this] {
        fill();
        apply();
    });
}

QString EngineChoice::current() const
{
    return m_box->currentData().toString();
}

bool EngineChoice::isRemote() const
{
    return current() != EngineChoiceKey::local();
}

void EngineChoice::choose(const QString &key)
{
    const int index = m_box->findData(key);
    if (index >= 0)
        m_box->setCurrentIndex(index);
}

void EngineChoice::setRunning(bool running)
{
    m_box->setEnabled(!running);
    m_label->setEnabled(!running);
}

void EngineChoice::fill()
{
    const QString chosen = m_box->count() > 0 ? current() : m_settings.engineChoice();
    m_filling = true;
    m_box->clear();
    m_box->addItem(tr("This Computer"), EngineChoiceKey::local());
    const QVector<DaemonSettings> &daemons = m_daemons.daemons();
    for (const DaemonSettings &daemon : daemons)
        m_box->addItem(daemon.name, daemon.id);
    if (daemons.size() >= 2)
        m_box->addItem(tr("All Daemons"), EngineChoiceKey::all());
    if (daemons.size() == 1) {
        //: %1 is the one daemon's name, as in the entry above.
        m_box->addItem(tr("This Computer and %1").arg(daemons.first().name), EngineChoiceKey::mixed());
    } else if (daemons.size() >= 2) {
        m_box->addItem(tr("This Computer and All Daemons"), EngineChoiceKey::mixed());
    }
    const int index = m_box->findData(chosen);
    m_box->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = false;
}

void EngineChoice::apply()
{
    const QString key = current();
    // A daemon removed in Preferences leaves This Computer chosen, and remembered.
    m_settings.setEngineChoice(key);
    QVector<Aria2Endpoint> endpoints;
    QString problem;
    for (const DaemonSettings &daemon : m_daemons.daemons()) {
        if (key != EngineChoiceKey::all() && key != EngineChoiceKey::mixed() && key != daemon.id)
            continue;
        QString why;
        if (const auto endpoint = daemon.endpoint(&why))
            endpoints << *endpoint;
        else if (problem.isEmpty())
            //: %1 is the daemon's name, %2 why its settings cannot be used.
            problem = tr("The aria2 daemon \"%1\" cannot be used: %2 Change it in Edit → Preferences → Engines.")
                              .arg(daemon.name, why);
    }
    const bool mixed = key == EngineChoiceKey::mixed();
    m_runs.setRemoteDaemons(endpoints, problem, mixed);
    // Mixed, the worker count is this computer's share.
    m_mode.setRemote(isRemote() && !mixed);
    Q_EMIT changed();
}

} // namespace Fetchpool::Gui
