#include "run/existingfilesmenu.h"

#include "app/guisettings.h"

#include <QActionGroup>

namespace Fetchpool::Gui {

ExistingFilesMenu::ExistingFilesMenu(QWidget *parent)
    : QMenu(tr("When a File &Exists"), parent)
    , m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuExistingFiles"));
    struct Choice
    {
        ExistingFiles policy;
        const char *objectName;
        QString text;
        QString tip;
    };
    const Choice choices[] = {
        {ExistingFiles::Rename, "actionExistingRename", tr("&Rename New Copy"),
         tr("Save the new download beside the file, as \"name (1).ext\"")},
        {ExistingFiles::Skip, "actionExistingSkip", tr("&Skip"),
         tr("Leave the file as it is and download nothing")},
        {ExistingFiles::Update, "actionExistingUpdate", tr("&Update if Newer"),
         tr("Ask the server whether the file changed; replace it only with a complete newer copy")},
    };
    const ExistingFiles current = GuiSettings().existingFiles();
    for (const Choice &choice : choices) {
        QAction *action = addAction(choice.text);
        action->setObjectName(QString::fromLatin1(choice.objectName));
        action->setStatusTip(choice.tip);
        action->setToolTip(choice.tip);
        action->setCheckable(true);
        action->setChecked(choice.policy == current);
        action->setData(int(choice.policy));
        m_choices->addAction(action);
    }
    setToolTipsVisible(true);
    connect(m_choices, &QActionGroup::triggered, this,
            [](QAction *action) { GuiSettings().setExistingFiles(ExistingFiles(action->data().toInt())); });
}

ExistingFiles ExistingFilesMenu::policy() const
{
    const QAction *checked = m_choices->checkedAction();
    return checked ? ExistingFiles(checked->data().toInt()) : ExistingFiles::Rename;
}

void ExistingFilesMenu::choose(ExistingFiles policy)
{
    for (QAction *action : m_choices->actions()) {
        if (ExistingFiles(action->data().toInt()) == policy)
            action->trigger();
    }
}

} // namespace Fetchpool::Gui
