#pragma once

#include "runrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Fetchpool {

// The last Sequential and the last Parallel run over one list of URLs, and
// how they compare.
//
// Only runs over the whole list are recorded, failures and cancellations
// included; a run over a different list (another listFingerprint()) starts a
// new comparison instead of mixing figures. The two runs are compared on the
// items both fetched whole: when that is every item, on the runs' own wall
// times; otherwise on the time each run spent on those items (coveredUs()).
// A run over part of the list (queued rows, a retry, continuing stopped
// rows) is only noted: it never replaces a run of the whole list.
class RunComparison final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::RunComparison)

public:
    // The figures of two runs compared on their common items.
    struct Figures
    {
        qint64 sequentialUs = 0;
        qint64 parallelUs = 0;
        int compared = 0;  // fetched whole in both runs
        int items = 0;     // in the list
        int failed = 0;    // failed in either run
        int cancelled = 0; // cancelled in either run (and failed in neither)
        int continued = 0; // continued an earlier part in either run, or missing from one

        // Every item in both runs: the figures are the runs' wall times.
        bool isWholeList() const { return compared == items; }
    };

    // Why there are no figures.
    enum class Missing : quint8 {
        Nothing,        // the figures are there
        BothRuns,       // neither mode has run the whole list
        SequentialRun,
        ParallelRun,
        CommonItems,    // no item was fetched whole in both runs
    };

    // A run over part of the list, not compared.
    struct PartialRun
    {
        int items = 0;
        int listSize = 0;
        int workers = 0;
        int keptExisting = 0; // items skipped or unchanged (ExistingFilePolicy): nothing to time
    };

    // A run over the whole list whose identity is `listFingerprint`.
    void record(const QByteArray &listFingerprint, RunRecord run);
    // A run over `items` of the list's `listSize`, not compared; or over
    // all of them, with `keptExisting` left as they were.
    void notePartialRun(int items, int listSize, int workers, int keptExisting = 0);
    void clear();

    QByteArray listFingerprint() const { return m_fingerprint; }
    const std::optional<RunRecord> &sequential() const { return m_sequential; }
    const std::optional<RunRecord> &parallel() const { return m_parallel; }
    const std::optional<PartialRun> &lastPartialRun() const { return m_partial; }
    const std::optional<Figures> &figures() const { return m_figures; }
    Missing missing() const;
    std::optional<double> speedUp() const; // sequential / parallel time on the common items

    // The time shown for a mode: on the common items when compared, its wall time otherwise.
    std::optional<qint64> shownUs(bool parallel) const;

    // "Sequential 41.2 s · Parallel ×16 3.1 s · 13.3× faster"
    QString summary() const;

private:
    void compare();

    QByteArray m_fingerprint;
    std::optional<RunRecord> m_sequential;
    std::optional<RunRecord> m_parallel;
    std::optional<Figures> m_figures;
    std::optional<PartialRun> m_partial;
};

} // namespace Fetchpool
