#pragma once

#include "list/downloaditem.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QThreadPool;

namespace Fetchpool::Gui {

// What survives a restart: the rows and the folder they go to.
struct StoredList
{
    QString destination;
    QVector<DownloadItem> items;
};

// Keeps the download list in a JSON file. Saves are debounced (at most one a
// second while things change), written on a worker thread from a snapshot and
// replaced atomically (QSaveFile), so neither a crash nor a slow disk costs
// the list or a frame.
class ListStore final : public QObject
{
    Q_OBJECT

public:
    using SnapshotProvider = std::function<StoredList()>;

    static QString defaultPath(); // list.json in the application data folder

    explicit ListStore(QString path, QObject *parent = nullptr);
    // Background saves run on `pool`, the window's own threads; without one
    // the store only saves when asked to, with saveNow().
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    ~ListStore() override; // finishes a write in progress

    QString path() const { return m_path; }

    // Items interrupted mid-run come back Queued, so Start continues the run.
    std::optional<StoredList> load(QString *error) const;

    void setSnapshotProvider(SnapshotProvider provider) { m_provider = std::move(provider); }
    void scheduleSave();
    // Writes the current snapshot now, on the calling thread (closing the window).
    bool saveNow(QString *error = nullptr);
    bool isSaving() const { return m_writer.isRunning(); }

    static QByteArray serialize(const StoredList &list);
    static std::optional<StoredList> deserialize(const QByteArray &json, QString *error);
    // Atomically, readable by its owner only; the error, or empty.
    static QString write(const QString &path, const StoredList &list);

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &reason);

private:
    void startBackgroundSave();
    void onWriteFinished();

    const QString m_path;
    QThreadPool *m_pool = nullptr;
    SnapshotProvider m_provider;
    QTimer m_debounce;
    QFutureWatcher<QString> m_writer;
    bool m_saveAgain = false;
};

} // namespace Fetchpool::Gui
