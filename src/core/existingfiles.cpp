#include "existingfiles.h"

namespace Fetchpool {

QString existingFilesName(ExistingFiles policy)
{
    switch (policy) {
    case ExistingFiles::Rename:
        return QStringLiteral("rename");
    case ExistingFiles::Skip:
        return QStringLiteral("skip");
    case ExistingFiles::Update:
        return QStringLiteral("update");
    }
    return QStringLiteral("rename");
}

std::optional<ExistingFiles> existingFilesFromName(const QString &name)
{
    for (ExistingFiles policy : {ExistingFiles::Rename, ExistingFiles::Skip, ExistingFiles::Update}) {
        if (name == existingFilesName(policy))
            return policy;
    }
    return std::nullopt;
}

QString existingOutcomeName(ExistingOutcome outcome)
{
    switch (outcome) {
    case ExistingOutcome::None:
        return QStringLiteral("none");
    case ExistingOutcome::Skipped:
        return QStringLiteral("skipped");
    case ExistingOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case ExistingOutcome::Updated:
        return QStringLiteral("updated");
    }
    return QStringLiteral("none");
}

ExistingOutcome existingOutcomeFromName(const QString &name)
{
    for (ExistingOutcome outcome : {ExistingOutcome::Skipped, ExistingOutcome::Unchanged, ExistingOutcome::Updated}) {
        if (name == existingOutcomeName(outcome))
            return outcome;
    }
    return ExistingOutcome::None;
}

} // namespace Fetchpool
