#include "run/engineswitch.h"

namespace Fetchpool::Gui {

EngineSwitch::EngineSwitch(TransferEngine &initial, QObject *parent)
    : TransferEngine(parent)
    , m_current(&initial)
{
    connectCurrent();
}

EngineSwitch::~EngineSwitch()
{
    disconnectCurrent();
}

bool EngineSwitch::use(TransferEngine &engine)
{
    if (&engine == m_current)
        return true;
    if (m_current->isRunning())
        return false;
    disconnectCurrent();
    m_current = &engine;
    connectCurrent();
    return true;
}

void EngineSwitch::connectCurrent()
{
    // Signal to signal: each arrives here as the engine emits it, in order.
    m_connections = {
        connect(m_current, &TransferEngine::runStarted, this, &TransferEngine::runStarted),
        connect(m_current, &TransferEngine::progressed, this, &TransferEngine::progressed),
        connect(m_current, &TransferEngine::itemsFinished, this, &TransferEngine::itemsFinished),
        connect(m_current, &TransferEngine::listIdentified, this, &TransferEngine::listIdentified),
        connect(m_current, &TransferEngine::runFinished, this, &TransferEngine::runFinished),
    };
}

void EngineSwitch::disconnectCurrent()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

} // namespace Fetchpool::Gui
