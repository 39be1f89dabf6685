#include "intake/rejectsbutton.h"

#include "intake/rejectsdialog.h"

namespace Fetchpool::Gui {

RejectsButton::RejectsButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("rejectsButton"));
    setText(tr("Re&jected Lines…"));
    setAutoRaise(true);
    hide();
    connect(this, &QToolButton::clicked, this, &RejectsButton::showRejects);
}

void RejectsButton::setRejects(const QVector<IntakeReject> &rejects)
{
    m_rejects = rejects;
    const int rejected = int(rejects.size());
    setVisible(rejected > 0);
    setToolTip(tr("Show the %n line(s) the last addition could not use", nullptr, rejected));
}

void RejectsButton::showRejects()
{
    auto *dialog = new RejectsDialog(m_rejects, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Fetchpool::Gui
