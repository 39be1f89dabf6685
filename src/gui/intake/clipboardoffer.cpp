#include "intake/clipboardoffer.h"

#include "app/guisettings.h"
#include "desktop/trayicon.h"
#include "intake/clipboardwatcher.h"
#include "intake/intakecommands.h"
#include "intake/newlinksbar.h"
#include "list/downloadmodel.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace Fetchpool::Gui {

ClipboardOffer::ClipboardOffer(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_watcher(new ClipboardWatcher(
              parts.pool, [model = &parts.model](const QUrl &url) { return model->contains(url); }, this))
{
    m_watcher->setObjectName(QStringLiteral("clipboardWatcher"));
    m_parts.toggle->setChecked(m_parts.settings.watchClipboard());
    m_watcher->setEnabled(m_parts.toggle->isChecked());
    connect(m_parts.toggle, &QAction::toggled, this, [this](bool watch) {
        m_parts.settings.setWatchClipboard(watch);
        m_watcher->setEnabled(watch);
    });
    connect(m_watcher, &ClipboardWatcher::offerChanged, this, &ClipboardOffer::showCount);
    connect(m_parts.bar, &NewLinksBar::addRequested, this, &ClipboardOffer::add);
    connect(m_parts.bar, &NewLinksBar::showRequested, this, &ClipboardOffer::review);
    connect(m_parts.bar, &NewLinksBar::dismissRequested, this, &ClipboardOffer::dismiss);
    if (m_parts.tray)
        connect(m_parts.tray, &TrayIcon::addNewLinksRequested, this, &ClipboardOffer::add);
}

void ClipboardOffer::add()
{
    if (m_watcher->count() > 0)
        m_parts.commands.addResult(m_watcher->take());
}

void ClipboardOffer::review()
{
    if (m_watcher->count() > 0)
        m_parts.commands.reviewUrls(m_watcher->take().urls);
}

void ClipboardOffer::dismiss()
{
    m_watcher->dismiss();
}

void ClipboardOffer::showCount()
{
    // A button that hides with the focus on it would leave the keyboard nowhere.
    const bool hadFocus = m_parts.bar->isAncestorOf(QApplication::focusWidget());
    m_parts.bar->setLinks(m_watcher->offer().urls);
    if (hadFocus && !m_parts.bar->isVisible())
        m_parts.list->setFocus(Qt::OtherFocusReason);
    if (m_parts.tray)
        m_parts.tray->setNewLinks(m_watcher->count());
}

} // namespace Fetchpool::Gui
