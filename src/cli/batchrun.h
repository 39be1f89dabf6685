#pragma once

#include "clioptions.h"
#include "transferengine.h"
#include "runreport.h"

#include <QObject>
#include <QVector>

#include <memory>
#include <utility>

namespace Fetchpool {
class Aria2Engine;
class MixedEngine;
}

namespace Fetchpool::Cli {

class ProgressLine;

// One run of the engine as the console shows it: the progress line, every
// failure as it happens, the summary, what crosses over to the next run
// (parts kept and continued), and the reports asked for. The engine is the
// local DownloadEngine, an Aria2Engine when --engine names daemons, or a
// MixedEngine when --engine local goes with them.
class BatchRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRun)

public:
    // The report paths come from `options`; `progress` is drawn while a run goes.
    BatchRun(const CliOptions &options, ProgressLine &progress, QObject *parent = nullptr);

    // Starts a run of `urls`; false, with the reason in *error, when nothing starts.
    bool start(const QVector<QUrl> &urls, const EngineOptions &options, QString *error);
    // The same for jobs made already (with list options and checksums).
    bool start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error);
    void cancel() { m_engine->cancel(); }
    bool isRunning() const { return m_engine->isRunning(); }
    // The run's list identity, when its options asked for it.
    QByteArray listFingerprint() const { return m_engine->listFingerprint(); }

Q_SIGNALS:
    // The engine's batches of finished items, for whoever compares runs.
    void itemsFinished(const QVector<Fetchpool::ItemResult> &results);
    // After the summary is printed and the reports are written.
    void finished(const Fetchpool::RunProgress &run, qint64 wallUs);

private:
    void onItemsFinished(const QVector<Fetchpool::ItemResult> &results);
    void onRunFinished(const Fetchpool::RunProgress &run, qint64 wallUs);
    void printSummary(const RunProgress &run, qint64 wallUs) const;
    void printResumeSummary() const;
    void printEngines() const; // --engine: a line per daemon
    void printExisting(const ItemResult &result);
    void printMirror(const ItemResult &result);
    void writeReports() const;
    void exportFailed() const; // --export-failed

    std::unique_ptr<TransferEngine> m_engine;
    Aria2Engine *m_remote = nullptr; // m_engine, when it is one
    MixedEngine *m_mixed = nullptr;  // m_engine, when --engine local goes with daemons
    ProgressLine &m_progress;
    QVector<std::pair<QString, ReportFormat>> m_reports; // the paths asked for, in the order written
    RunReport m_report; // items only when a report is written
    int m_partsKept = 0;      // this run: stopped items whose part a later run can continue
    int m_partsContinued = 0; // this run: items that continued an earlier run's part
    int m_skipped = 0;        // this run: done because the file was there (--existing skip)
    int m_unchanged = 0;      // this run: done because the server said the file is current (--existing update)
    int m_verified = 0;       // this run: done and matching their checksum
    int m_fromMirror = 0;     // this run: done, served by a mirror rather than the listed URL
    QString m_exportFailedPath;        // --export-failed FILE; empty: none
    QVector<DownloadJob> m_jobs;       // the run's jobs by id, kept only for --export-failed
    QVector<quint64> m_failedIds;      // this run: failed or stopped, in the order they ended
    bool m_refusalShown = false;       // this run: Aria2Engine::refusal() printed
};

} // namespace Fetchpool::Cli
