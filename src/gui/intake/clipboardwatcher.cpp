#include "intake/clipboardwatcher.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <utility>

namespace Fetchpool::Gui {

namespace {

// The mark on Fetchpool's own copies. A format of its own travels with the
// data through X11 and Wayland, so another Fetchpool window sees it too.
const QString &ownFormat()
{
    static const QString format = QStringLiteral("application/x-fetchpool-own-copy");
    return format;
}

} // namespace

ClipboardWatcher::ClipboardWatcher(QThreadPool &pool, ListedCheck isListed, QObject *parent)
    : QObject(parent)
    , m_parser(pool)
    , m_isListed(std::move(isListed))
{
    // Only the clipboard: X11's selection changes with every text selected.
    // Wayland tells a window of new clipboard contents when it has the focus,
    // so copies made elsewhere arrive as the user comes back to Fetchpool.
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardWatcher::onClipboardChanged);
    connect(&m_parser, &UrlIntake::finished, this, &ClipboardWatcher::onParsed);
    // A copy holds links as they are: a bracket in one is no pattern to
    // multiply into thousands of offers.
    GlobOptions literal;
    literal.enabled = false;
    m_parser.setGlobOptions(literal);
}

void ClipboardWatcher::setEnabled(bool enabled)
{
    // What was on the clipboard before is not a new copy: only later ones count.
    m_enabled = enabled;
}

QMimeData *ClipboardWatcher::ownCopy(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(ownFormat(), QByteArrayLiteral("1"));
    return data;
}

void ClipboardWatcher::onClipboardChanged()
{
    if (!m_enabled)
        return;
    // Fetchpool's own copies are no news: whatever the window copied (a URL
    // from the details pane, a line of Add URLs…) where the platform can tell,
    // and Copy URL's marked ones everywhere.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->ownsClipboard())
        return;
    const QMimeData *data = clipboard->mimeData(QClipboard::Clipboard);
    if (!data || data->hasFormat(ownFormat()))
        return;
    // Remote links, else HTML, else text, each within bounds, and the page
    // they came from. Files copied in a file manager are not links the user
    // wants downloaded: they are left alone, never opened as lists.
    m_parser.takeMimeData(data, tr("clipboard"), MimeReading{true, MaxTextChars});
}

void ClipboardWatcher::onParsed(const IntakeResult &result)
{
    if (!m_enabled)
        return; // turned off while it was parsed
    // Lines that are no URL are left unsaid: a copied paragraph is not a
    // list the user handed in.
    int added = 0;
    for (const QUrl &url : result.urls) {
        if (m_seen.contains(url) || (m_isListed && m_isListed(url)))
            continue;
        m_seen.insert(url);
        m_offer.urls << url;
        if (const auto options = result.options.constFind(url); options != result.options.cend())
            m_offer.options.insert(url, *options);
        ++added;
    }
    if (added > 0)
        Q_EMIT offerChanged(count());
}

IntakeResult ClipboardWatcher::take()
{
    IntakeResult offer = std::exchange(m_offer, {});
    Q_EMIT offerChanged(0);
    return offer;
}

void ClipboardWatcher::dismiss()
{
    m_offer = {};
    Q_EMIT offerChanged(0);
}

} // namespace Fetchpool::Gui
