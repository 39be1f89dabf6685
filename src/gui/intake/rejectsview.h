#pragma once

#include "intake/intakeresult.h"

#include <QTreeWidget>

namespace Fetchpool::Gui {

// The lines that yielded no URL, each with where it came from and why.
class RejectsView final : public QTreeWidget
{
    Q_OBJECT

public:
    // Beyond this many the list says how many more there are: a table of
    // 100,000 bad lines helps nobody, and building it would freeze the window.
    static constexpr int MaxShown = 2000;

    explicit RejectsView(QWidget *parent = nullptr);

    void setRejects(const QVector<IntakeReject> &rejects);
    // Off where every line comes from the same place (the Add URLs editor).
    void setSourceVisible(bool visible);
};

} // namespace Fetchpool::Gui
