#pragma once

#include "intake/intakeresult.h"
#include "intake/urlintake.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QMimeData;
class QThreadPool;

namespace Fetchpool::Gui {

// Edit → Watch Clipboard for Links: while enabled, reads what is copied to
// the clipboard (links, HTML, plain text, as Paste reads it) and collects
// the URLs nobody has seen yet into an offer. It adds nothing itself; the
// offer goes into the list only when the user says so.
//
// A URL is offered at most once per session: not again after it was added
// or dismissed, and not while it is in the list. Fetchpool's own copies are
// passed over: whatever the window copied where the platform says who owns
// the clipboard, and Copy URL's, which carry a mark, everywhere.
class ClipboardWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardWatcher)

public:
    using ListedCheck = std::function<bool(const QUrl &)>;

    // Bigger text is no link someone copied: reading it is not worth a stall.
    static constexpr qsizetype MaxTextChars = 4 * 1024 * 1024;

    // Parses on `pool`, the window's own threads; `isListed` says whether a
    // URL is in the list already.
    ClipboardWatcher(QThreadPool &pool, ListedCheck isListed, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // The URLs collected and not yet added or dismissed, in the order copied.
    const IntakeResult &offer() const { return m_offer; }
    int count() const { return int(m_offer.urls.size()); }
    // Clipboard contents still being parsed.
    int pending() const { return m_parser.pending(); }

    // Hands the offer over (to add it) and forgets it; its URLs stay seen.
    IntakeResult take();
    void dismiss();

    // Text for the clipboard that this watcher, in any Fetchpool window, passes over.
    static QMimeData *ownCopy(const QString &text);

Q_SIGNALS:
    void offerChanged(int count);

private:
    void onClipboardChanged();
    void onParsed(const IntakeResult &result);

    UrlIntake m_parser; // its own, so that parsed copies never land in the list by themselves
    ListedCheck m_isListed;
    bool m_enabled = false;
    QSet<QUrl> m_seen; // offered this session
    IntakeResult m_offer;
};

} // namespace Fetchpool::Gui
