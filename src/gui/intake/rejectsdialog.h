#pragma once

#include "intake/intakeresult.h"

#include <QDialog>

namespace Fetchpool::Gui {

// Shows the lines the last paste, drop or opened file could not use.
class RejectsDialog final : public QDialog
{
    Q_OBJECT

public:
    RejectsDialog(const QVector<IntakeReject> &rejects, QWidget *parent = nullptr);
};

} // namespace Fetchpool::Gui
