#include "run/comparisontext.h"

#include "runcomparison.h"

#include <QStringList>

namespace Fetchpool::Gui {

QString ComparisonText::basis(const RunComparison &comparison)
{
    switch (comparison.missing()) {
    case RunComparison::Missing::BothRuns:
        return tr("Run the list in Sequential and in Parallel to compare.");
    case RunComparison::Missing::SequentialRun:
        return tr("Run the list in Sequential too to compare.");
    case RunComparison::Missing::ParallelRun:
        return tr("Run the list in Parallel too to compare.");
    case RunComparison::Missing::CommonItems:
        return tr("Not compared: no item succeeded in both runs.");
    case RunComparison::Missing::Nothing:
        break;
    }
    const RunComparison::Figures &figures = *comparison.figures();
    if (figures.isWholeList())
        return tr("Compared on all %n item(s).", nullptr, figures.items);
    QStringList left;
    if (figures.failed > 0)
        left << tr("%n failed", nullptr, figures.failed);
    if (figures.cancelled > 0)
        left << tr("%n cancelled", nullptr, figures.cancelled);
    if (figures.continued > 0)
        left << tr("%n resumed from a kept part", nullptr, figures.continued);
    return tr("Compared on %1 of %n item(s); %2.", nullptr, figures.items)
            .arg(figures.compared)
            .arg(left.join(tr(", ")));
}

QString ComparisonText::partialRunNote(const RunComparison &comparison)
{
    if (!comparison.lastPartialRun())
        return {};
    if (const int kept = comparison.lastPartialRun()->keptExisting; kept > 0)
        return tr("Last run left %n existing file(s) as they were: not compared.", nullptr, kept);
    return tr("Last run was partial (%1 of %n item(s)): not compared.", nullptr, comparison.lastPartialRun()->listSize)
            .arg(comparison.lastPartialRun()->items);
}

} // namespace Fetchpool::Gui
