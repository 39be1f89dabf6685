#pragma once

#include "intake/intakeresult.h"

#include <QToolButton>

namespace Fetchpool::Gui {

// "Rejected Lines…" in the status bar: there only while the last addition
// left lines it could not use or option lines it ignored ("Ignored
// Options…" when those are all), and opens them with their reasons.
class RejectsButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsButton)

public:
    explicit RejectsButton(QWidget *parent = nullptr);

    // The last addition's rejects and ignored option lines; none hides the button.
    void setRejects(const QVector<IntakeReject> &rejects, const QVector<IntakeReject> &notes);

private:
    void showRejects();

    QVector<IntakeReject> m_rejects;
};

} // namespace Fetchpool::Gui
