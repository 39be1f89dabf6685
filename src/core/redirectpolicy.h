#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace Fetchpool {

// Fetchpool follows redirects itself, one hop at a time, so the rules are its
// own and every refusal says exactly why: at most `maxRedirects` hops, no
// loops, never from https to http, never to a scheme other than http(s).
class RedirectPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::RedirectPolicy)

public:
    RedirectPolicy(const QUrl &start, int maxRedirects);

    // Checks the hop from the current URL to `next`; when allowed, `next`
    // becomes the current URL and no error is returned.
    FetchError follow(const QUrl &next);
    const QUrl &current() const { return m_visited.last(); }

private:
    QList<QUrl> m_visited;
    const int m_maxRedirects;
};

} // namespace Fetchpool
