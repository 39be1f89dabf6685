#include "login/loginflow.h"

#include "app/guisettings.h"
#include "curlerrors.h"
#include "list/downloadmodel.h"
#include "login/loginprompt.h"
#include "login/secretstore.h"
#include "logintable.h"
#include "requestsetup.h"
#include "run/runcontroller.h"

#include <QLoggingCategory>

#include <utility>

namespace Fetchpool::Gui {

namespace {

Q_LOGGING_CATEGORY(lcLogins, "fetchpool.gui.logins")

bool isUnauthorized(const ItemResult &result)
{
    return result.state == ItemState::Failed && result.error.kind == ErrorKind::Unauthorized;
}

} // namespace

LoginFlow::LoginFlow(RunController &runs, const DownloadModel &model, GuiSettings &settings, SecretStore &secrets,
                     std::function<void(const QVector<quint64> &)> fetchAgain, QWidget *window)
    : QObject(window)
    , m_runs(runs)
    , m_model(model)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_fetchAgain(std::move(fetchAgain))
    , m_window(window)
    , m_logins(std::make_shared<LoginTable>())
{
    m_runs.setLogins(m_logins);
    // Connected after the controller: the rows hold the results by then.
    connect(&m_runs.engine(), &TransferEngine::itemsFinished, this, &LoginFlow::onItemsFinished);
    connect(&m_runs, &RunController::runStarted, this, [this] { m_declined.clear(); });
}

LoginFlow::~LoginFlow() = default;

void LoginFlow::onItemsFinished(const QVector<ItemResult> &results)
{
    QHash<QString, Request> round;
    QStringList order;
    for (const ItemResult &result : results) {
        // A login is never sent to another host a redirect leads to, and one
        // in the URL comes before the table's: asking would not help.
        if (!isUnauthorized(result) || !result.url.userName().isEmpty()
            || (!result.finalUrl.isEmpty() && !RequestSetup::sameOrigin(result.url, result.finalUrl)))
            continue;
        Request request;
        request.url = result.url;
        request.origin = LoginTable::originOf(result.url);
        request.realm = result.error.realm;
        Request &grouped = round[request.key()];
        if (grouped.ids.isEmpty()) {
            grouped = request;
            order << request.key();
        }
        grouped.refused = grouped.refused || result.error.loginRefused;
        grouped.ids.insert(result.id);
    }
    for (const QString &key : std::as_const(order))
        handle(round.value(key));
}

void LoginFlow::handle(Request request)
{
    if (m_declined.contains(request.key()))
        return;
    for (Request &waiting : m_waiting) {
        if (waiting.key() == request.key()) {
            waiting.ids.unite(request.ids);
            if (m_prompt && &waiting == &m_waiting.first())
                m_prompt->setItemCount(int(failedRows(waiting.origin, waiting.ids).size()));
            return;
        }
    }
    if (auto reading = m_reading.find(request.origin); reading != m_reading.end()) {
        reading->ids.unite(request.ids);
        return;
    }
    if (!request.refused && m_logins->find(request.url)) {
        // Asked before the login was given: the next request sends it.
        fetchAgain(request);
        return;
    }
    const QString user = m_settings.loginUser(request.origin);
    if (!request.refused && !user.isEmpty() && !m_triedRemembered.contains(request.origin)
        && m_secrets.availability() != SecretStore::Availability::Unavailable) {
        tryRemembered(request, user);
        return;
    }
    m_waiting.push_back(request);
    showNext();
}

void LoginFlow::tryRemembered(Request request, const QString &user)
{
    m_triedRemembered.insert(request.origin);
    const QString origin = request.origin;
    m_reading.insert(origin, request);
    m_secrets.read(SecretStore::loginKey(origin, user), [this, origin, user](std::optional<QString> password) {
        Request waiting = m_reading.take(origin);
        if (password) {
            qCInfo(lcLogins) << "trying the remembered login for" << origin;
            m_logins->set(waiting.url, Login{user, *password});
            fetchAgain(waiting);
            return;
        }
        m_waiting.push_back(waiting);
        showNext();
    });
}

void LoginFlow::showNext()
{
    if (m_prompt || m_waiting.isEmpty())
        return;
    const Request &request = m_waiting.first();
    LoginPrompt::Question question;
    question.site = CurlErrors::hostAndPort(request.url);
    question.realm = request.realm;
    question.refused = request.refused;
    const auto current = m_logins->find(request.url);
    question.user = current ? current->user : m_settings.loginUser(request.origin);
    question.items = int(failedRows(request.origin, request.ids).size());
    m_prompt = new LoginPrompt(question, m_secrets, m_window);
    m_prompt->setObjectName(QStringLiteral("loginPrompt"));
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_prompt, &QDialog::finished, this, &LoginFlow::answered);
    m_prompt->open();
}

void LoginFlow::answered(int result)
{
    LoginPrompt *prompt = m_prompt;
    m_prompt = nullptr;
    const Request request = m_waiting.takeFirst();
    if (result == QDialog::Accepted) {
        const Login login{prompt->user(), prompt->password()};
        m_logins->set(request.url, login);
        m_triedRemembered.insert(request.origin); // the user's own answer comes before a remembered one
        m_settings.setLoginUser(request.origin, login.user);
        const QString key = SecretStore::loginKey(request.origin, login.user);
        if (prompt->remember())
            m_secrets.write(key, login.password);
        else
            m_secrets.remove(key); // a password remembered before is forgotten when unticked
        fetchAgain(request);
    } else {
        // They stay failed with their message, until the user runs them again.
        m_declined.insert(request.key());
    }
    showNext();
}

QVector<quint64> LoginFlow::failedRows(const QString &origin, const QSet<quint64> &ids) const
{
    QVector<quint64> rows;
    for (const DownloadItem &item : m_model.items()) {
        if (isUnauthorized(item.result)
            && (ids.contains(item.result.id) || LoginTable::originOf(item.result.url) == origin))
            rows.push_back(item.result.id);
    }
    return rows;
}

void LoginFlow::fetchAgain(const Request &request)
{
    const QVector<quint64> rows = failedRows(request.origin, request.ids);
    if (!rows.isEmpty())
        m_fetchAgain(rows);
}

} // namespace Fetchpool::Gui
