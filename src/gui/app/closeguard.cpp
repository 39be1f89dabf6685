#include "app/closeguard.h"

#include "app/guisettings.h"
#include "desktop/trayicon.h"
#include "run/runcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Fetchpool::Gui {

namespace {

constexpr int StatusShownMs = 12'000;

} // namespace

CloseGuard::CloseGuard(QMainWindow *window, RunController &runs, GuiSettings &settings, TrayIcon &tray)
    : QObject(window)
    , m_window(window)
    , m_runs(runs)
    , m_settings(settings)
    , m_tray(tray)
{
    connect(&m_runs, &RunController::runningChanged, this, [this](bool running) {
        // Queued: the run may end inside the close event that stopped it.
        if (!running && m_quitting)
            QMetaObject::invokeMethod(m_window, &QWidget::close, Qt::QueuedConnection);
    });
}

bool CloseGuard::mayClose()
{
    if (!m_runs.isRunning()) {
        m_quitting = false; // done; a window shown again starts afresh
        return true;
    }
    if (m_quitting)
        return false; // being stopped; closes when it has ended
    switch (m_settings.closing().whenClosed) {
    case CloseWhileRunning::StopDownloads:
        closeForGood();
        break;
    case CloseWhileRunning::KeepDownloading:
        keepDownloading();
        break;
    case CloseWhileRunning::Ask:
        askOnClose();
        break;
    }
    return false;
}

void CloseGuard::quit()
{
    if (m_runs.isRunning() && m_settings.closing().askBeforeQuitting)
        askOnQuit();
    else
        closeForGood();
}

void CloseGuard::quitWithoutAsking()
{
    dismissQuestion();
    // Whatever else is open (a file dialog, About, Preferences) would keep
    // its own event loop or the window waiting.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    closeForGood();
}

QMessageBox *CloseGuard::newQuestion(const QString &title, const QString &text)
{
    dismissQuestion();
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Stopping keeps the partial files that can be continued; the next Start "
                               "continues them. A remembered answer can be changed in Preferences."));
    box->setCheckBox(new QCheckBox(tr("&Don't ask again"), box));
    m_question = box;
    return box;
}

void CloseGuard::askOnClose()
{
    const bool tray = m_tray.isShown();
    QMessageBox *box = newQuestion(
            tr("Downloads in Progress"),
            tray ? tr("Fetchpool is still downloading. Stop the downloads and quit, or keep downloading "
                      "in the system tray?")
                 : tr("Fetchpool is still downloading. Stop the downloads and quit, or keep downloading "
                      "with the window minimized?"));
    QPushButton *stop = box->addButton(tr("&Stop and Quit"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopButton"));
    QPushButton *keep = box->addButton(tray ? tr("&Keep Downloading in the Tray") : tr("&Keep Downloading"),
                                       QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, stop, keep] {
        QAbstractButton *clicked = box->clickedButton();
        if (clicked != stop && clicked != keep)
            return; // Cancel: the window stays, the run goes on
        if (box->checkBox()->isChecked()) {
            ClosingSettings closing = m_settings.closing();
            closing.whenClosed = clicked == stop ? CloseWhileRunning::StopDownloads : CloseWhileRunning::KeepDownloading;
            m_settings.setClosing(closing);
        }
        if (clicked == stop)
            closeForGood();
        else
            keepDownloading();
    });
    box->open();
}

void CloseGuard::askOnQuit()
{
    QMessageBox *box = newQuestion(tr("Quit Fetchpool"),
                                   tr("Fetchpool is still downloading. Stop the downloads and quit?"));
    QPushButton *stop = box->addButton(tr("&Stop and Quit"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(stop);
    connect(box, &QMessageBox::finished, this, [this, box, stop] {
        if (box->clickedButton() != stop)
            return;
        if (box->checkBox()->isChecked()) {
            ClosingSettings closing = m_settings.closing();
            closing.askBeforeQuitting = false;
            m_settings.setClosing(closing);
        }
        closeForGood();
    });
    box->open();
}

void CloseGuard::keepDownloading()
{
    if (!m_runs.isRunning()) {
        closeForGood(); // it ended while the question was open: nothing left to keep
        return;
    }
    if (m_tray.isShown()) {
        m_window->hide();
        m_tray.showMessage(tr("Fetchpool keeps downloading"),
                           tr("The downloads go on in the background. Click the icon to show the window; "
                              "its menu pauses the downloads or quits."));
        return;
    }
    m_window->statusBar()->showMessage(tr("Downloading goes on with the window minimized."), StatusShownMs);
    m_window->showMinimized();
}

void CloseGuard::closeForGood()
{
    m_quitting = true;
    dismissQuestion();
    if (m_runs.isRunning())
        m_runs.stop(); // the window closes when the run has ended
    else
        QMetaObject::invokeMethod(m_window, &QWidget::close, Qt::QueuedConnection);
}

void CloseGuard::dismissQuestion()
{
    if (!m_question)
        return;
    QMessageBox *box = m_question;
    m_question = nullptr;
    disconnect(box, nullptr, this, nullptr);
    box->close();
}

} // namespace Fetchpool::Gui
