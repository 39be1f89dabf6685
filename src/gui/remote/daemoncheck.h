#pragma once

#include "aria2endpoint.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Fetchpool {
class Aria2RpcClient;
}

namespace Fetchpool::Gui {

// Preferences → Engines → Check: asks one daemon for its version and its
// download slots, asynchronously, and says what it found ("aria2 1.36.0,
// download slots: 5") or why not (unreachable and the reason, a wrong
// secret, an answer that is not aria2's). A new check drops the one before.
class DaemonCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DaemonCheck)

public:
    static constexpr int TimeoutMs = 5'000;

    explicit DaemonCheck(QObject *parent = nullptr);
    ~DaemonCheck() override;

    void check(const Aria2Endpoint &endpoint);
    bool isChecking() const { return m_client != nullptr; }

Q_SIGNALS:
    // Once per check(); `text` is the version and slots, or the reason.
    void finished(bool ok, const QString &text);

private:
    std::unique_ptr<Aria2RpcClient> m_client; // the check going on
};

} // namespace Fetchpool::Gui
