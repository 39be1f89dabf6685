#pragma once

namespace Fetchpool::Demo {

struct HttpRequest;

// Told of every complete request, on the worker thread that read it, before
// it is routed: a place for what only some users of the server record (the
// tests keep every request's header fields).
class RequestObserver
{
public:
    virtual ~RequestObserver() = default;
    virtual void requestReceived(const HttpRequest &request) = 0;
};

} // namespace Fetchpool::Demo
