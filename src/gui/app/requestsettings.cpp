#include "app/requestsettings.h"

#include "cookiejar.h"
#include "downloadtypes.h"

namespace Fetchpool::Gui {

bool RequestSettings::operator==(const RequestSettings &other) const
{
    return userAgent == other.userAgent && referer == other.referer && headers == other.headers
            && cookieFile == other.cookieFile && netrc == other.netrc
            && refererFromPage == other.refererFromPage;
}

RequestOptions RequestOptions::load(const RequestSettings &settings, QString *problem)
{
    RequestOptions options;
    options.m_settings = settings;
    if (!settings.cookieFile.isEmpty()) {
        if (auto jar = CookieJar::load(settings.cookieFile, problem))
            options.m_cookies = std::make_shared<const CookieJar>(std::move(*jar));
    }
    return options;
}

void RequestOptions::applyTo(EngineOptions &options) const
{
    options.userAgent = m_settings.userAgent;
    options.referer = m_settings.referer;
    options.headers.clear();
    for (const QString &line : m_settings.headers)
        options.headers.push_back(line.toUtf8());
    options.cookies = m_cookies;
    options.netrc = m_settings.netrc;
}

} // namespace Fetchpool::Gui
