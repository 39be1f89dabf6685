#pragma once

#include "login/secretstore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginPrompt;
}

namespace Fetchpool::Gui {

// The question a 401 asks (ui/loginprompt.ui): which site and realm want a
// login, whether the last one was refused or none was given, and a user name,
// a password and whether to remember it. "Remember" is offered only while the
// secret store may keep it; without one the dialog says the password won't be
// remembered.
class LoginPrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPrompt)

public:
    struct Question
    {
        QString site;   // "host:port", as the item's error names it
        QString realm;  // empty: the server named none
        QString user;   // the user name last used or remembered for the site
        bool refused = false; // a login was sent and refused
        int items = 0;  // how many items wait for the answer
    };

    LoginPrompt(const Question &question, SecretStore &secrets, QWidget *parent = nullptr);
    ~LoginPrompt() override;

    QString user() const;
    QString password() const;
    bool remember() const; // checked, and a store to keep it in

    // More items of the same site failed while the dialog was open.
    void setItemCount(int items);

private:
    void showStore(SecretStore::Availability availability);

    std::unique_ptr<Ui::LoginPrompt> m_ui;
};

} // namespace Fetchpool::Gui
