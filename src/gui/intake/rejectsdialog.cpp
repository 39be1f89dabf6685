#include "intake/rejectsdialog.h"

#include "intake/rejectsview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Fetchpool::Gui {

RejectsDialog::RejectsDialog(const QVector<IntakeReject> &rejects, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rejected Lines"));
    auto *summary = new QLabel(tr("%n line(s) did not give a usable http or https URL:", nullptr,
                                  int(rejects.size())), this);
    auto *view = new RejectsView(this);
    view->setRejects(rejects);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(720, 400);
}

} // namespace Fetchpool::Gui
