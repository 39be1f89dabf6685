#pragma once

#include "sweepreport.h"

#include <QString>

namespace Fetchpool::Cli {

// A worker-count sweep as the console shows it: what is measured, a table
// row per worker count, the point of diminishing returns and the
// recommendation, and the CSV and JSON files asked for.
class SweepPrinter final
{
    Q_DISABLE_COPY_MOVE(SweepPrinter)

public:
    SweepPrinter(QString csvPath, QString jsonPath);

    // `measured` of `listSize` URLs (a sample when fewer) at `steps` worker counts.
    void printStart(int measured, int listSize, quint32 seed, int steps) const;
    void printStep(const SweepResult &result, const SweepStep &step) const;
    // The conclusion, and the files; false when a file could not be written
    // (the reason is printed).
    bool printEnd(const SweepResult &result) const;

private:
    void printRecommendation(const SweepResult &result) const;
    bool writeFiles(const SweepResult &result) const;

    const QString m_csvPath;
    const QString m_jsonPath;
};

} // namespace Fetchpool::Cli
