#pragma once

#include "list/downloaditem.h"
#include "runreport.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace Fetchpool::Gui {

// File → Export Report: the list as it stands, with the last run's figures,
// as CSV, JSON or a Markdown summary. The rows are taken as a snapshot (an
// implicitly shared copy, so nothing is copied on the UI thread); converting
// and writing happen on a thread of the exporter's own, through QSaveFile.
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    explicit ReportExporter(QObject *parent = nullptr);
    ~ReportExporter() override; // waits for a write in progress

    // The last finished run: its wall time and worker count go into the report.
    void recordRun(const RunProgress &run, qint64 wallUs);

    // Starts writing; false when a write is still going.
    bool exportTo(const QString &path, ReportFormat format, const QVector<DownloadItem> &items);
    bool isBusy() const { return m_write.isRunning(); }

    // The report of `items`, each as the engine's result it holds; counts and
    // bytes come from the rows themselves, so rows retried in a later run are
    // counted as they are now.
    static RunReport reportFor(const QVector<DownloadItem> &items, const RunProgress &lastRun, qint64 wallUs,
                               const QDateTime &startedAt);

Q_SIGNALS:
    // `error` is empty when the file was written.
    void finished(const QString &path, const QString &error);

private:
    QThreadPool m_pool;
    QFutureWatcher<QString> m_write;
    QString m_path;
    RunProgress m_lastRun;
    qint64 m_lastWallUs = 0;
    QDateTime m_lastStartedAt;
};

} // namespace Fetchpool::Gui
