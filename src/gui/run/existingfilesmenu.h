#pragma once

#include "existingfiles.h"

#include <QMenu>

class QActionGroup;

namespace Fetchpool::Gui {

// Run → When a File Exists ▸ Rename / Skip / Update if Newer: the policy a
// run follows for a final name already in its folder, one choice of three,
// remembered in the settings. Start reads it from there for each run; a
// finished list asks instead (RunAgainQuestion).
class ExistingFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExistingFilesMenu)

public:
    explicit ExistingFilesMenu(QWidget *parent = nullptr);

    ExistingFiles policy() const;
    // Chooses `policy` as its entry would: checked, and remembered.
    void choose(ExistingFiles policy);

private:
    QActionGroup *const m_choices;
};

} // namespace Fetchpool::Gui
