#pragma once

#include "transferengine.h"

#include <QMetaObject>
#include <QVector>

namespace Fetchpool::Gui {

// The one TransferEngine the window connects to: it forwards every call to
// the engine chosen for the runs (the local DownloadEngine or an
// Aria2Engine) and re-emits that engine's signals as its own, so the model,
// the timeline, the list pages and the login flow connect once and follow
// whichever engine runs. The engine changes only between runs.
class EngineSwitch final : public TransferEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSwitch)

public:
    // `initial` is used until use() names another; it outlives the switch.
    explicit EngineSwitch(TransferEngine &initial, QObject *parent = nullptr);
    ~EngineSwitch() override;

    // Runs go to `engine` from now on. Refused (false) while a run is going:
    // its signals would be lost half way.
    bool use(TransferEngine &engine);
    TransferEngine &current() const { return *m_current; }

    bool start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error = nullptr) override
    {
        return m_current->start(jobs, options, error);
    }
    bool isRunning() const override { return m_current->isRunning(); }
    void cancel() override { m_current->cancel(); }
    void cancelItem(quint64 id) override { m_current->cancelItem(id); }
    bool pauseItem(quint64 id) override { return m_current->pauseItem(id); }
    bool enqueue(const QVector<DownloadJob> &jobs) override { return m_current->enqueue(jobs); }
    void reorder(const QVector<quint64> &ids) override { m_current->reorder(ids); }
    RunProgress progress() const override { return m_current->progress(); }
    void setRateLimit(qint64 bytesPerSecond) override { m_current->setRateLimit(bytesPerSecond); }
    void setItemRateLimit(quint64 id, qint64 bytesPerSecond) override
    {
        m_current->setItemRateLimit(id, bytesPerSecond);
    }
    QByteArray listFingerprint() const override { return m_current->listFingerprint(); }

private:
    void connectCurrent();
    void disconnectCurrent();

    TransferEngine *m_current;
    QVector<QMetaObject::Connection> m_connections;
};

} // namespace Fetchpool::Gui
