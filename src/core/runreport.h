#pragma once

#include <QCoreApplication>

#include "downloadtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Fetchpool {

// Where one item's time went. All items are queued when the run starts, so
// the time an item waited in the queue is its start time.
struct ItemTiming
{
    qint64 queuedUs = -1;    // run start -> a worker picked it up
    qint64 firstByteUs = -1; // picked up -> response headers of the final attempt
    qint64 bodyUs = -1;      // response headers -> the end
    double bytesPerSecond = 0; // body bytes over body time; 0 when unknown

    static ItemTiming of(const ItemResult &item);
};

// Everything measured about one finished run: what the CLI writes with
// --report and what the window exports.
//
// No report ever shows credentials: URLs lose their user info, and the
// user info of an item's URL is cut out of its error message as well.
struct RunReport
{
    enum class Format { Json, Csv, Markdown };

    QDateTime startedAt;
    int workers = 0;
    int maxPerHost = 0;
    qint64 wallUs = 0;
    RunProgress totals;
    QVector<ItemResult> items; // in job order when built by RunRecorder

    double bytesPerSecond() const;
    QJsonObject toJson() const;
    // One header line, then one line per item (RFC 4180 quoting).
    QByteArray toCsv() const;
    // A short summary for people: the machine, the settings, the outcome and
    // where the time went. The per-item table is only in CSV and JSON.
    QString toMarkdown() const;
    QByteArray serialized(Format format) const;

    // Written atomically (QSaveFile); on failure *error names the path and the reason.
    bool write(const QString &path, Format format, QString *error) const;
    bool writeJson(const QString &path, QString *error) const { return write(path, Format::Json, error); }

    // .csv -> Csv, .md/.markdown -> Markdown, anything else Json.
    static Format formatForPath(const QString &path);
    static QStringList csvHeader();
};

// A URL as reports show it: no user name, no password.
QString reportUrl(const QUrl &url);
// `text` with the user info of `url` cut out wherever it appears.
QString withoutCredentials(QString text, const QUrl &url);
// "Debian GNU/Linux 12 (bookworm) · linux 6.1.0 · 2 CPUs · Qt 6.4.2"
QString machineSummary();

// One CSV line (RFC 4180: fields with commas, quotes or line breaks quoted), ending in "\r\n".
QByteArray csvLine(const QStringList &fields);
// `bytes` to `path` through QSaveFile; on failure *error names the path and the reason.
bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// The last Sequential and the last Parallel run over one list of URLs.
// Runs over another list start a new comparison instead of mixing figures.
class RunComparison final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::RunComparison)

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
