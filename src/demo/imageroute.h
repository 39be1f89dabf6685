#pragma once

#include "imagecache.h"
#include "route.h"

#include <QUrl>
#include <QVector>

namespace Fetchpool::Demo {

// /image/<name>.png|.jpg|.jpeg?w=W&h=H: a picture drawn from the path's seed,
// encoded once per (path, size) and then served from memory.
class ImageRoute final : public Route
{
public:
    bool matches(const QString &path) const override;
    ResponsePlan respond(const RouteRequest &request) const override;

    // Renders the pictures behind these /image/ URLs into the cache now, on
    // all cores, and returns when they are ready; other URLs are ignored.
    void prerender(const QVector<QUrl> &urls) const;

private:
    void prerender(const QUrl &url) const;

    mutable ImageCache m_images;
};

} // namespace Fetchpool::Demo
