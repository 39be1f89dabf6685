#pragma once

#include <QCoreApplication>
#include <QString>

namespace Fetchpool {
class RunComparison;
}

namespace Fetchpool::Gui {

// What a RunComparison was based on, in the window's words. These texts have
// plural forms, so they live with the window's translations: fetchpool-cli
// prints its own English (DemoFlow) without a translator.
class ComparisonText final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::ComparisonText)

public:
    // "Compared on 260 of 294 items; 34 failed.", or why nothing was compared.
    static QString basis(const RunComparison &comparison);
    // "Last run was partial (3 of 294 items): not compared.", or empty.
    static QString partialRunNote(const RunComparison &comparison);
};

} // namespace Fetchpool::Gui
