#include "redirectpolicy.h"

#include <QStringList>

namespace Fetchpool {

namespace {

FetchError refused(QString message)
{
    FetchError error;
    error.kind = ErrorKind::Redirect;
    error.message = std::move(message);
    return error;
}

} // namespace

RedirectPolicy::RedirectPolicy(const QUrl &start, int maxRedirects)
    : m_visited{start}
    , m_maxRedirects(maxRedirects)
{
}

FetchError RedirectPolicy::follow(const QUrl &next)
{
    const QString scheme = next.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return refused(tr("redirect to unsupported scheme '%1' refused: %2")
                               .arg(scheme, next.toDisplayString()));
    }
    if (current().scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http"))
        return refused(tr("redirect from https to http refused: %1").arg(next.toDisplayString()));
    if (m_visited.contains(next)) {
        QStringList chain;
        for (const QUrl &url : std::as_const(m_visited))
            chain << url.toDisplayString();
        chain << next.toDisplayString();
        return refused(tr("redirect loop: %1").arg(chain.join(QStringLiteral(" → "))));
    }
    if (m_visited.size() > m_maxRedirects) {
        return refused(tr("too many redirects (more than %1), last to %2")
                               .arg(m_maxRedirects)
                               .arg(next.toDisplayString()));
    }
    m_visited << next;
    return {};
}

} // namespace Fetchpool
