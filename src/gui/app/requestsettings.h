#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Fetchpool {
class CookieJar;
struct EngineOptions;
} // namespace Fetchpool

namespace Fetchpool::Gui {

// What every request of the window's runs carries: Preferences → Requests,
// the command line's --user-agent, --referer, --header, --load-cookies and
// --netrc.
struct RequestSettings
{
    QString userAgent;   // empty: "Fetchpool/<version>"
    QString referer;     // empty: none
    // Rows that know the page their link came from send that page instead.
    bool refererFromPage = true;
    QStringList headers; // "Name: value" lines
    QString cookieFile;  // a Netscape cookies.txt; empty: none
    bool netrc = false;  // logins from ~/.netrc

    bool operator==(const RequestSettings &other) const;
    bool operator!=(const RequestSettings &other) const { return !(*this == other); }
};

// The request settings with their cookies read: what a run applies. The file
// is read when the settings are confirmed and when the window opens, so a
// run never waits for the disk; a cookie file that cannot be read says why.
class RequestOptions final
{
public:
    RequestOptions() = default;
    static RequestOptions load(const RequestSettings &settings, QString *problem);

    const RequestSettings &settings() const { return m_settings; }
    bool refererFromPage() const { return m_settings.refererFromPage; }
    void applyTo(EngineOptions &options) const;

private:
    RequestSettings m_settings;
    std::shared_ptr<const CookieJar> m_cookies;
};

} // namespace Fetchpool::Gui
