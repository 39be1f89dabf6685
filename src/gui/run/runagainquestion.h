#pragma once

#include "existingfiles.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Fetchpool::Gui {

// Start on a list whose items have all finished, with files of theirs in the
// run's folder: instead of saving a second copy of each without a word, asks
// what this run does with them: Skip Existing, Update if Newer, Download
// Again (new copies beside them) or Cancel. Window-modal, not waited for.
class RunAgainQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::RunAgainQuestion)

public:
    // `preferred` (the default of Run → When a File Exists) is the default
    // button. `chosen` is called with the answer, and not at all on Cancel.
    static void ask(QWidget *window, int files, const QString &folder, ExistingFiles preferred,
                    std::function<void(ExistingFiles)> chosen);
};

} // namespace Fetchpool::Gui
