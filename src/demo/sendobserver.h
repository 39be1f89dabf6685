#pragma once

#include <QString>
#include <QtGlobal>

namespace Fetchpool::Demo {

// Told of the bytes the server hands to the operating system on a
// connection, on the worker thread that serves it, with the path of the
// request whose response they belong to: what a test that measures a
// client's speed at the server counts.
class SendObserver
{
public:
    virtual ~SendObserver() = default;
    virtual void bytesSent(const QString &path, qint64 bytes) = 0;
};

} // namespace Fetchpool::Demo
