#include "run/runagainquestion.h"

#include <QDir>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace Fetchpool::Gui {

void RunAgainQuestion::ask(QWidget *window, int files, const QString &folder, ExistingFiles preferred,
                           std::function<void(ExistingFiles)> chosen)
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Run the List Again"),
                                     tr("Every item has finished. What should happen to the %n file(s) "
                                        "already in the folder?", nullptr, files),
                                     QMessageBox::Cancel, window);
    question->setObjectName(QStringLiteral("runAgainQuestion"));
    question->setInformativeText(
            tr("Skip leaves them as they are. Update asks the server and replaces a file only with a complete "
               "newer copy. Download Again saves new copies beside them in %1.")
                    .arg(QDir::toNativeSeparators(folder)));
    struct Answer
    {
        ExistingFiles policy;
        const char *objectName;
        QString text;
    };
    const Answer answers[] = {
        {ExistingFiles::Skip, "skipExisting", tr("&Skip Existing")},
        {ExistingFiles::Update, "updateIfNewer", tr("&Update if Newer")},
        {ExistingFiles::Rename, "downloadAgain", tr("Download &Again")},
    };
    QHash<QAbstractButton *, ExistingFiles> policies;
    for (const Answer &answer : answers) {
        QPushButton *button = question->addButton(answer.text, QMessageBox::AcceptRole);
        button->setObjectName(QString::fromLatin1(answer.objectName));
        policies.insert(button, answer.policy);
        if (answer.policy == preferred)
            question->setDefaultButton(button);
    }
    question->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(question, &QMessageBox::buttonClicked, question,
                     [policies, chosen = std::move(chosen)](QAbstractButton *button) {
                         const auto answer = policies.constFind(button);
                         if (answer != policies.cend())
                             chosen(*answer);
                     });
    question->open();
}

} // namespace Fetchpool::Gui
