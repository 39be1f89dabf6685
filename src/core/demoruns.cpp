#include "demoruns.h"

namespace Fetchpool::DemoRuns {

QVector<int> workerCounts(int parallelWorkers)
{
    return {1, parallelWorkers > 1 ? parallelWorkers : DefaultParallelWorkers};
}

QString folderName(int workers)
{
    return workers == 1 ? QStringLiteral("sequential") : QStringLiteral("parallel-%1").arg(workers);
}

} // namespace Fetchpool::DemoRuns
