#pragma once

#include "listfingerprint.h"
#include "units.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Fetchpool {

// The last Sequential and the last Parallel run over one list of URLs.
// Runs over another list (another listFingerprint()) start a new comparison
// instead of mixing figures.
class RunComparison final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::RunComparison)

public:
    struct Entry
    {
        int workers = 0;
        qint64 wallUs = 0;
    };

    // Only complete runs (every item done) count: a run with failures or a
    // cancelled run measures something else. The caller checks that.
    void record(const QByteArray &listFingerprint, int workers, qint64 wallUs);
    void clear();

    QByteArray listFingerprint() const { return m_fingerprint; }
    std::optional<Entry> sequential() const { return m_sequential; }
    std::optional<Entry> parallel() const { return m_parallel; }
    std::optional<double> speedUp() const; // sequential / parallel wall time

    // "Sequential 41.2 s · Parallel ×16 3.1 s · 13.3× faster"
    QString summary() const;

private:
    QByteArray m_fingerprint;
    std::optional<Entry> m_sequential;
    std::optional<Entry> m_parallel;
};

} // namespace Fetchpool
