#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace Fetchpool {

// One run of a worker-count sweep: the same list fetched with `workers` workers.
struct SweepStep
{
    int workers = 0;
    qint64 wallUs = 0;
    int total = 0;
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    qint64 bytes = 0;
    // Cut off by its time limit (SweepOptions::stepTimeoutFactor): the step
    // waited far longer than the steps before it, on a stalled URL say.
    bool timedOut = false;
    qint64 timeoutUs = 0; // the step's time limit; 0 when it had none

    // Every item done: only such a step measures the list at that worker count.
    bool isComplete() const { return total > 0 && done == total && !timedOut; }
};

// What a sweep measured, and what it means.
//
// Speed-up is relative to the 1-worker step, or to the smallest count measured
// when 1 was not part of the sweep.
//
// The point of diminishing returns is the smallest worker count that no larger
// count beats by DiminishingGain (10 %) or more in wall time: past it, doubling
// the workers (or more) buys less than a tenth. Only complete steps count, so a
// count at which the server started refusing requests is never recommended.
// When every larger count still gains 10 % or more, the largest count measured
// is the point: the sweep did not reach the flat part of the curve.
//
// The recommendation is that point: the fewest workers that get (nearly) all
// of the speed-up, and no more threads, connections and server load than that.
// A sweep cancelled or cut short recommends from the steps it completed.
struct SweepResult
{
    static constexpr double DiminishingGain = 0.10;

    QDateTime startedAt;
    int urlCount = 0;      // the list the steps fetched (the sample when sampled)
    int listSize = 0;      // the list before sampling
    quint32 sampleSeed = 0;
    int maxPerHost = 0;
    int plannedSteps = 0;  // worker counts the sweep set out to measure
    bool cancelled = false;
    QString error;         // why the sweep stopped early, when it did
    QVector<SweepStep> steps; // in the order run

    const SweepStep *baseline() const; // the step speed-ups are relative to
    std::optional<double> speedUp(const SweepStep &step) const;
    // 0 when no step is complete.
    int diminishingReturnsWorkers() const { return diminishingReturnsWorkers(steps); }
    int recommendedWorkers() const { return diminishingReturnsWorkers(); }
    // Where the recommended count stands among the steps measured.
    enum class Standing : quint8 {
        None,             // no step is complete: nothing to recommend
        OnlyBaseline,     // one count complete and nothing larger measured: nothing to compare it with
        NoGain,           // the baseline: no larger complete count was DiminishingGain faster
        Diminishing,      // larger complete counts gain less than DiminishingGain
        StillRising,      // the largest count measured: larger ones may be faster yet
        LargerNotCounted, // larger counts were measured but did not fetch every URL in time
    };
    Standing standing() const;
    int completeSteps() const;
    int timedOutSteps() const;
    // Fewer steps complete than planned: a recommendation rests on those that are.
    bool isPartial() const { return completeSteps() < plannedSteps; }

    static int diminishingReturnsWorkers(const QVector<SweepStep> &steps);

    QJsonObject toJson() const;
    QByteArray toCsv() const;
    // Written atomically (QSaveFile); on failure *error names the path and the reason.
    bool writeJson(const QString &path, QString *error) const;
    bool writeCsv(const QString &path, QString *error) const;
};

} // namespace Fetchpool
