#pragma once

#include "downloadtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QWidget;

namespace Fetchpool {
class LoginTable;
}

namespace Fetchpool::Gui {

class DownloadModel;
class GuiSettings;
class LoginPrompt;
class RunController;
class SecretStore;

// What the window does when items fail with a 401. It asks once per site and
// realm, not once per item, one question at a time; the items of that site
// that failed so wait for the answer together. A login given (or remembered
// in the secret store, tried first and only once) goes into the runs' login
// table, and the items are fetched again: into the run going on, or as a
// retry of them. Cancel leaves them failed. A refused login fails them again
// and asks again: every question follows a failure of the user's last
// answer, never a loop of its own. Passwords stay in memory and the secret
// store; the settings keep only the user name per site.
class LoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginFlow)

public:
    // `fetchAgain` puts failed rows back into the run, or retries them.
    LoginFlow(RunController &runs, const DownloadModel &model, GuiSettings &settings, SecretStore &secrets,
              std::function<void(const QVector<quint64> &)> fetchAgain, QWidget *window);
    ~LoginFlow() override;

private:
    // One question: a site and realm, and the items waiting for the answer.
    struct Request
    {
        QUrl url;      // the first item's listed URL: its origin gets the login
        QString origin; // LoginTable::originOf(url)
        QString realm;
        bool refused = false;
        QSet<quint64> ids;

        QString key() const { return origin + QLatin1Char('\n') + realm; }
    };

    void onItemsFinished(const QVector<ItemResult> &results);
    void handle(Request request);
    void tryRemembered(Request request, const QString &user);
    void showNext();
    void answered(int result);
    // Rows of `origin` that failed with a 401, `ids` among them, as they are now.
    QVector<quint64> failedRows(const QString &origin, const QSet<quint64> &ids) const;
    void fetchAgain(const Request &request);

    RunController &m_runs;
    const DownloadModel &m_model;
    GuiSettings &m_settings;
    SecretStore &m_secrets;
    std::function<void(const QVector<quint64> &)> m_fetchAgain;
    QWidget *const m_window;
    std::shared_ptr<LoginTable> m_logins;

    QVector<Request> m_waiting;         // questions to ask, the one shown first
    QPointer<LoginPrompt> m_prompt;     // the question shown, if any
    QHash<QString, Request> m_reading;  // by origin: a remembered password being read
    QSet<QString> m_declined;           // keys answered Cancel in this run
    QSet<QString> m_triedRemembered;    // origins whose remembered password was tried
};

} // namespace Fetchpool::Gui
