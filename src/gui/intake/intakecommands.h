#pragma once

#include "intake/intakeresult.h"

#include <QObject>

#include <functional>

namespace Fetchpool {
struct EngineOptions;
}

class QMainWindow;
class QThreadPool;

namespace Fetchpool::Gui {

class DownloadModel;
class RejectsButton;
class UrlIntake;

// The window's ways in for URLs (Paste, drops, Open Link Lists…, Add URLs…;
// the command line goes to UrlIntake directly) and where each addition
// lands: in the list, summed up for the status bar, its rejected lines
// behind the Rejected Lines… button.
class IntakeCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeCommands)

public:
    // Makes `window` a drop target and puts the rejects button in its status bar.
    IntakeCommands(UrlIntake &intake, DownloadModel &model, QThreadPool &pool, QMainWindow *window);

    void paste();
    void openLists();
    void showAddDialog();
    // Add from Web Page…: reads the page with what `requestOptions` gives
    // at that moment (the window's runs' headers, cookies, logins, proxy).
    void showAddFromPage();
    void setRequestOptions(std::function<EngineOptions()> requestOptions) { m_requestOptions = std::move(requestOptions); }
    // Add URLs… holding `urls`, to see and edit before adding. As text: what
    // else was known of them (the page they came from) does not go along.
    void reviewUrls(const QVector<QUrl> &urls);
    // What another way in (Watch Clipboard for Links) collected, added as a
    // paste is: the list skips what it has, the status bar sums it up.
    void addResult(const IntakeResult &result);
    // Calls `then` once every pending read has landed in the list: at once
    // when none is pending.
    void whenSettled(std::function<void()> then);

Q_SIGNALS:
    // For the status bar: what an addition came to, or why nothing was taken.
    void reported(const QString &message);

private:
    void openAddDialog(const QString &text);
    void onFinished(const IntakeResult &result);

    UrlIntake &m_intake;
    DownloadModel &m_model;
    QThreadPool &m_pool;
    QMainWindow *const m_window;
    RejectsButton *m_rejects;
    std::function<void()> m_whenSettled;
    std::function<EngineOptions()> m_requestOptions;
};

} // namespace Fetchpool::Gui
