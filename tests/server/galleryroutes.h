#pragma once

#include "route.h"

namespace Fetchpool::Test {

// Pages for picking links (Add from Web Page…, fetchpool-cli --from-page):
//   /gallery/page.html     images with srcset, <picture>, og:image and
//                          twitter:image, links to image and other files,
//                          <video> sources, CSS url() in style attributes,
//                          relative links and duplicates
//   /gallery/based.html    relative links under <base href="/image/based/">
//   /gallery/moved         302 to /gallery/deep/moved.html, whose relative
//                          link only resolves right against the final URL
//   /gallery/private.html  403 without the cookie `gallery=letmein`
//   /gallery/nohead.jpg    405 to HEAD, 4000 bytes to GET
//   /gallery/large.html    a page of 17 MiB, over PageFetch's cap
class GalleryRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;

    static constexpr const char *Cookie = "gallery=letmein";
};

} // namespace Fetchpool::Test
