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

void RejectsButton::setRejects(const QVector<IntakeReject> &rejects, const QVector<IntakeReject> &notes)
{
    m_rejects = rejects + notes;
    setVisible(!m_rejects.isEmpty());
    // Option lines that were only ignored are no rejected lines: the URLs they belong to were taken.
    if (rejects.isEmpty()) {
        setText(tr("I&gnored Options…"));
        setToolTip(tr("Show the %n option line(s) the last addition read but did not follow", nullptr, int(notes.size())));
    } else {
        setText(tr("Re&jected Lines…"));
        setToolTip(tr("Show the %n line(s) the last addition could not use", nullptr, int(m_rejects.size())));
    }
}

void RejectsButton::showRejects()
{
    auto *dialog = new RejectsDialog(m_rejects, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Fetchpool::Gui
