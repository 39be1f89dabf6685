#include "desktop/trayicon.h"

#include "desktop/runtooltip.h"
#include "run/runcontroller.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QWidget>

namespace Fetchpool::Gui {

namespace {

// The icon with the count in a red disc at its top right, as chat and mail
// programs show theirs: seen at a glance, even where tooltips are slow.
QIcon withBadge(const QIcon &icon, int count)
{
    if (count <= 0)
        return icon;
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QIcon badged;
    for (const int side : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = icon.pixmap(side, side);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal disc = side * 0.6;
        const QRectF badge(pixmap.width() / pixmap.devicePixelRatio() - disc, 0, disc, disc);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xda, 0x44, 0x53));
        painter.drawEllipse(badge);
        // Digits smaller than 8 px are a smudge: small icons show the disc
        // alone, and the tooltip has the count.
        const int fontPixels = int(disc * (text.size() > 1 ? 0.5 : 0.7));
        if (fontPixels >= 8) {
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(fontPixels);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, text);
        }
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace

TrayIcon::TrayIcon(QWidget *window, RunController &runs, const Commands &commands)
    : QObject(window)
    , m_window(window)
    , m_runs(runs)
    , m_commands(commands)
    , m_toolTip(new RunToolTip(runs, this))
    , m_menu(std::make_unique<QMenu>())
{
    buildMenu();
    connect(m_toolTip, &RunToolTip::changed, this, &TrayIcon::updateToolTip);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = std::make_unique<QSystemTrayIcon>(m_window->windowIcon());
    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(toolTip());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::buildMenu()
{
    m_menu->setToolTipsVisible(true);
    m_show = m_menu->addAction(tr("&Show Fetchpool"), this, &TrayIcon::showWindow);
    m_addNewLinks = m_menu->addAction(tr("&Add New Links"), this, &TrayIcon::addNewLinksRequested);
    m_addNewLinks->setVisible(false);
    m_menu->addSeparator();
    m_pauseAll = addMirror(m_commands.stop, tr("&Pause All"),
                           tr("Stop every download now. Partial files are kept where the server allows "
                              "continuing them, and Resume continues them."));
    m_resume = addMirror(m_commands.start, tr("&Resume"), {});
    m_menu->addSeparator();
    if (m_commands.watchClipboard) {
        // The window's action itself: its check mark and the setting cannot drift apart.
        m_menu->addAction(m_commands.watchClipboard);
        m_menu->addSeparator();
    }
    m_quit = addMirror(m_commands.quit, m_commands.quit->text(), m_commands.quit->statusTip());
    updateResume();
    connect(m_commands.start, &QAction::changed, this, &TrayIcon::updateResume);
    connect(&m_runs, &RunController::runningChanged, this, &TrayIcon::updateResume);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::updateResume);
}

// An entry standing for one of the window's actions: it triggers that action
// and is enabled exactly when it is.
QAction *TrayIcon::addMirror(QAction *command, const QString &text, const QString &toolTip)
{
    auto *mirror = m_menu->addAction(command->icon(), text);
    mirror->setToolTip(toolTip.isEmpty() ? text : toolTip);
    mirror->setEnabled(command->isEnabled());
    connect(command, &QAction::changed, mirror, [command, mirror] { mirror->setEnabled(command->isEnabled()); });
    connect(mirror, &QAction::triggered, command, &QAction::trigger);
    return mirror;
}

// Start continues what Pause All stopped, and then says so; otherwise it is
// the window's plain Start (queued items, or the whole list again).
void TrayIcon::updateResume()
{
    if (m_runs.startContinuesStopped()) {
        m_resume->setText(tr("&Resume"));
        m_resume->setToolTip(tr("Start again, continuing the partial files Pause All kept."));
    } else {
        m_resume->setText(m_commands.start->text());
        m_resume->setToolTip(m_commands.start->statusTip());
    }
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

QString TrayIcon::toolTip() const
{
    if (m_newLinks == 0)
        return m_toolTip->text();
    return m_toolTip->text() + QLatin1Char('\n') + tr("%n new link(s) copied", nullptr, m_newLinks);
}

void TrayIcon::updateToolTip()
{
    const QString text = toolTip();
    if (m_icon)
        m_icon->setToolTip(text);
    Q_EMIT toolTipChanged(text);
}

void TrayIcon::setNewLinks(int count)
{
    if (count == m_newLinks)
        return;
    m_newLinks = count;
    m_addNewLinks->setText(count > 0 ? tr("&Add %n New Link(s)", nullptr, count) : tr("&Add New Links"));
    m_addNewLinks->setVisible(count > 0);
    if (m_icon)
        m_icon->setIcon(withBadge(m_window->windowIcon(), count));
    updateToolTip();
}

bool TrayIcon::showMessage(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    if (!isShown() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_icon->showMessage(title, message, icon);
    Q_EMIT messageShown(title, message);
    return true;
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        showWindow();
}

} // namespace Fetchpool::Gui
