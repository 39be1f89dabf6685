#pragma once

#include "intake/intakeresult.h"
#include "urlglob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QMimeData;
class QThreadPool;

namespace Fetchpool::Gui {

// How UrlIntake::takeMimeData() reads a drop or a copy.
struct MimeReading
{
    // Links only: files (local URLs) are left alone, and data of files
    // only is read for its HTML or text instead. What the clipboard
    // watcher wants: files copied in a file manager are no links.
    bool linksOnly = false;
    // HTML or text longer than this is not read at all; -1: no bound.
    qsizetype maxTextChars = -1;
};

// Turns what the user hands the window (clipboard or drag data, list files,
// command-line arguments) into URLs plus the rejected lines and reasons.
// Reading and parsing run on a worker thread because lists can be huge; each
// request ends with exactly one `finished`.
class UrlIntake final : public QObject
{
    Q_OBJECT

public:
    // Extensions read as URL lists when dropped or opened; other local files
    // are read only when their content is text.
    static const QStringList &listFileSuffixes();

    // Reads and parses on `pool`, the window's own threads.
    explicit UrlIntake(QThreadPool &pool, QObject *parent = nullptr);
    ~UrlIntake() override; // waits for reads in progress

    // Whether a drag carries anything worth offering a drop for.
    static bool canTake(const QMimeData *data);

    // Reads links, else HTML, else text from `data`, and the page they came
    // from. Copies what it needs at once: the caller may free it right after.
    void takeMimeData(const QMimeData *data, const QString &sourceLabel, MimeReading reading = {});
    void takeText(const QString &text, const QString &sourceLabel);
    void takeFiles(const QStringList &paths);
    // Command-line arguments, in order: each one a list file or a URL.
    void takeArguments(const QStringList &arguments);

    int pending() const { return m_pending; }

    // What URL patterns (`img[001-045].jpg`) in lists and text give, from
    // the next request on. By default they expand as in Add URLs.
    void setGlobOptions(const GlobOptions &glob) { m_glob = glob; }

    // What an addition came to, for the status bar, once `added` of its URLs
    // were new to the list and `checksummed` rows took a digest from it:
    // "Added 5 URLs, skipped 2 already in the list, 1 repeated, 3 lines rejected".
    static QString summary(const IntakeResult &result, int added, int checksummed = 0);

Q_SIGNALS:
    void finished(const Fetchpool::Gui::IntakeResult &result);

private:
    struct Request;
    void submit(Request request);
    static IntakeResult process(const Request &request, QThreadPool &pool);

    QThreadPool &m_pool;
    QList<QFutureWatcher<IntakeResult> *> m_reads; // in progress, in order
    int m_pending = 0;
    GlobOptions m_glob;
};

} // namespace Fetchpool::Gui

Q_DECLARE_METATYPE(Fetchpool::Gui::IntakeResult)
