#pragma once

#include <QString>
#include <QVector>

namespace Fetchpool {

// The demo's runs of its batch, shared by both faces: Sequential first, then
// Parallel, and each run saving into a subfolder of its own. Every run of
// the demo saves the same file names, so a second run into one folder would
// only add "name (1).png" copies.
namespace DemoRuns {

constexpr int DefaultParallelWorkers = 16;

// The worker counts in the order they run: 1, then `parallelWorkers`, or
// DefaultParallelWorkers when that is not more than 1.
QVector<int> workerCounts(int parallelWorkers);
// The subfolder of a run with `workers` workers: "sequential", "parallel-16".
QString folderName(int workers);

} // namespace DemoRuns

} // namespace Fetchpool
