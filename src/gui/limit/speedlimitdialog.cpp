#include "limit/speedlimitdialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Fetchpool::Gui {

std::optional<qint64> SpeedLimitDialog::ask(QWidget *parent, qint64 initialBytesPerSecond)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Custom Speed Limit"));
    auto *amount = new QSpinBox(&dialog);
    amount->setRange(1, 999'999);
    auto *unit = new QComboBox(&dialog);
    unit->addItem(tr("KiB/s"), KiB);
    unit->addItem(tr("MiB/s"), MiB);
    const bool inMiB = initialBytesPerSecond >= MiB && initialBytesPerSecond % MiB == 0;
    unit->setCurrentIndex(inMiB ? 1 : 0);
    amount->setValue(int(qBound(qint64(1), initialBytesPerSecond / (inMiB ? MiB : KiB), qint64(999'999))));
    amount->setAccessibleName(tr("Speed limit"));
    unit->setAccessibleName(tr("Unit"));

    auto *row = new QHBoxLayout;
    row->addWidget(amount, 1);
    row->addWidget(unit);
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLabel(tr("&Limit:"), &dialog);
    label->setBuddy(amount);
    form->addRow(label, row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    amount->selectAll();
    amount->setFocus();

    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return amount->value() * unit->currentData().toLongLong();
}

} // namespace Fetchpool::Gui
