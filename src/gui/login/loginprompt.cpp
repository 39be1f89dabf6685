#include "login/loginprompt.h"

#include "ui_loginprompt.h"

#include <QPushButton>

namespace Fetchpool::Gui {

LoginPrompt::LoginPrompt(const Question &question, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginPrompt>())
{
    m_ui->setupUi(this);
    m_ui->host->setText(question.site);
    m_ui->realm->setText(question.realm);
    m_ui->realm->setVisible(!question.realm.isEmpty());
    m_ui->realmLabel->setVisible(!question.realm.isEmpty());
    m_ui->user->setText(question.user);
    if (question.refused && !question.user.isEmpty()) {
        m_ui->message->setText(tr("The password for %1 on %2 was not accepted. Enter it again, or another login.")
                                       .arg(question.user, question.site));
    } else if (question.refused) {
        m_ui->message->setText(tr("The login sent to %1 was not accepted. Enter another one.").arg(question.site));
    } else {
        m_ui->message->setText(tr("%1 asks for a user name and password, and none was given.").arg(question.site));
    }
    setItemCount(question.items);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Log In"));
    ok->setEnabled(!question.user.isEmpty());
    connect(m_ui->user, &QLineEdit::textChanged, ok, [ok](const QString &user) { ok->setEnabled(!user.isEmpty()); });
    (question.user.isEmpty() ? m_ui->user : m_ui->password)->setFocus();

    showStore(secrets.availability());
    connect(&secrets, &SecretStore::availabilityKnown, this, [this, &secrets] { showStore(secrets.availability()); });
    secrets.probe();
}

LoginPrompt::~LoginPrompt() = default;

QString LoginPrompt::user() const
{
    return m_ui->user->text();
}

QString LoginPrompt::password() const
{
    return m_ui->password->text();
}

bool LoginPrompt::remember() const
{
    return m_ui->remember->isEnabled() && m_ui->remember->isChecked();
}

void LoginPrompt::setItemCount(int items)
{
    m_ui->items->setText(tr("%n item(s) will be downloaded again with this login.", nullptr, items));
}

void LoginPrompt::showStore(SecretStore::Availability availability)
{
    // While unknown, the box may be ticked: the store's answer comes before
    // anything is kept, and without one nothing is.
    const bool none = availability == SecretStore::Availability::Unavailable;
    m_ui->remember->setEnabled(!none);
    if (none)
        m_ui->remember->setChecked(false);
    if (m_ui->rememberNote->isVisibleTo(this) == none)
        return;
    m_ui->rememberNote->setVisible(none);
    if (isVisible())
        adjustSize(); // the store answered after the dialog was shown: make room for the note
}

} // namespace Fetchpool::Gui
