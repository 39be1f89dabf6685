#pragma once

#include "httprequest.h"
#include "requestobserver.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QVector>

namespace Fetchpool::Test {

// The header fields of every request, per path, for tests that check what
// a client sent. Thread-safe.
class HeaderLog final : public Demo::RequestObserver
{
    Q_DISABLE_COPY_MOVE(HeaderLog)

public:
    HeaderLog() = default;

    void requestReceived(const Demo::HttpRequest &request) override;

    // The value of `name` in each request to `path`, in arrival order; an
    // empty string for a request that did not send it.
    QStringList values(const QString &path, const QByteArray &name) const;
    // The path of every request, in arrival order.
    QStringList paths() const;
    void reset();

private:
    mutable QMutex m_mutex;
    QHash<QString, QVector<Demo::HeaderList>> m_paths;
    QStringList m_order;
};

} // namespace Fetchpool::Test
