#pragma once

#include "downloadtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace Fetchpool {

// Everything measured about one finished run: what the CLI writes with
// --report and what the window keeps for its timing display.
struct RunReport
{
    QDateTime startedAt;
    int workers = 0;
    int maxPerHost = 0;
    qint64 wallUs = 0;
    RunProgress totals;
    QVector<ItemResult> items; // in job order when built by RunRecorder

    double bytesPerSecond() const;
    QJsonObject toJson() const;
    bool writeJson(const QString &path, QString *error) const; // atomic (QSaveFile)
};

// The last Sequential and the last Parallel run over one list of URLs.
// Runs over another list start a new comparison instead of mixing figures.
class RunComparison final
{
public:
    struct Entry
    {
        int workers = 0;
        qint64 wallUs = 0;
    };

    // Order-independent identity of a URL list.
    static QByteArray fingerprint(const QVector<QUrl> &urls);

    // Only complete runs (every item done) count: a run with failures or a
    // cancelled run measures something else.
    void record(const QByteArray &listFingerprint, int workers, qint64 wallUs);
    void clear();

    QByteArray listFingerprint() const { return m_fingerprint; }
    std::optional<Entry> sequential() const { return m_sequential; }
    std::optional<Entry> parallel() const { return m_parallel; }
    std::optional<double> speedUp() const; // sequential / parallel wall time

    // "Sequential 41.2 s · Parallel ×16 3.1 s · 13.3× faster"
    QString summary() const;
    static QString formatDuration(qint64 us); // "850 ms", "3.1 s", "2 min 05 s"

private:
    QByteArray m_fingerprint;
    std::optional<Entry> m_sequential;
    std::optional<Entry> m_parallel;
};

// Human-readable byte counts and rates shared by the CLI and the window.
QString formatBytes(qint64 bytes);          // "512 B", "16.0 KiB", "1.25 GiB"
QString formatRate(double bytesPerSecond);  // "3.4 MiB/s"

} // namespace Fetchpool
