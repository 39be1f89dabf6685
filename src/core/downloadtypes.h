#pragma once

#include "checksum.h"
#include "existingfiles.h"
#include "proxysettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVector>

#include <memory>

namespace Fetchpool {

class CookieJar;
class LoginTable;
struct ItemHeaders;

// Where an item is in its life. Queued -> Connecting -> Receiving -> one final state.
enum class ItemState : quint8 {
    Queued,
    Connecting, // request sent, waiting for the response headers
    Receiving,  // body bytes arriving
    Done,
    Failed,
    Cancelled,
    // Held back by the user (pauseItem): it ends the run without counting as
    // failed, keeping a resumable part for the run that resumes it.
    Paused,
};

bool isFinal(ItemState state);
QString stateName(ItemState state);
// The inverse of stateName(); Queued for a name it does not know.
ItemState stateFromName(const QString &name);

// The one error taxonomy shared by the engine, the CLI and the window.
enum class ErrorKind : quint8 {
    None,
    InvalidInput, // a URL the engine refuses to fetch
    Network,      // the connection failed: refused, reset, not found, TLS, ... (see NetworkError)
    Http,         // the server answered with a status that is not a success
    Redirect,     // too many redirects, a loop, or a redirect the policy forbids
    Timeout,      // no response headers in time, or the body stalled
    FileSystem,   // creating, writing or renaming a file failed
    Cancelled,
    // The server answered 401: it wants a login, or refused the one sent.
    // Never retried as it is; FetchError::realm names what it asked for.
    Unauthorized,
    // (appended) the complete file does not hash to the expected digest;
    // never transient: the same bytes would come again.
    Checksum,
};

QString errorKindName(ErrorKind kind);
// The inverse of errorKindName(); None for a name it does not know.
ErrorKind errorKindFromName(const QString &name);

// What went wrong on the wire, for ErrorKind::Network: it decides whether a
// retry can help, and lets front ends and tests tell failures apart without
// reading the message.
enum class NetworkError : quint8 {
    None,
    HostNotFound,      // the name does not resolve
    ConnectionRefused, // nothing listens on that port
    Unreachable,       // no route to the host, or the connection attempt timed out
    ConnectionClosed,  // the server closed the connection before the response was complete
    ConnectionReset,   // the connection broke (reset, send or receive error)
    TlsFailed,         // TLS handshake failed or the certificate was refused
    ProxyFailed,       // the proxy refused or failed the connection
    // The proxy turned the request down as configured: it wants another
    // login (407, SOCKS), forbids the target (403, SOCKS rules), or its name
    // does not resolve. Another attempt cannot help.
    ProxyRejected,
    ProtocolError,     // a malformed response, an HTTP/2 stream error
    Other,
};

QString networkErrorName(NetworkError error);
// The inverse of networkErrorName(); None for a name it does not know.
NetworkError networkErrorFromName(const QString &name);

struct FetchError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0; // for Http (and whatever status came with other errors)
    NetworkError network = NetworkError::None; // for Network
    QString message;    // complete, specific, human readable
    // For Unauthorized: the realm of the server's WWW-Authenticate challenge
    // (empty when it named none), for a prompt to show with the host.
    QString realm = {};
    // (appended) For Unauthorized: a login went with the request and the
    // server refused it, rather than none being given.
    bool loginRefused = false;

    bool isError() const { return kind != ErrorKind::None; }
    // Worth another attempt: refused/reset connections, timeouts, 408, 429, 500, 502, 503, 504.
    bool isTransient() const;

    static FetchError make(ErrorKind kind, QString message);
};

// One attempt at an item: a request and the redirect hops it led to. An
// item takes one, or more when transient failures are retried.
struct AttemptRecord
{
    // Microseconds since the run started, -1 when it did not happen.
    qint64 startUs = -1;
    qint64 firstByteUs = -1; // the attempt's last response head arrived
    qint64 endUs = -1;
    int httpStatus = 0;      // of that response; 0 when none came
    FetchError error;        // why the attempt failed; none for the one that succeeded
    // (appended) The URI the attempt asked: the listed one, or one of the
    // item's mirrors (DownloadJob::mirrors).
    QUrl url = {};

    QJsonObject toJson() const;
    static AttemptRecord fromJson(const QJsonObject &json);
};

// One URL to fetch; the id is the caller's (a list row, a line number...).
struct DownloadJob
{
    quint64 id = 0;
    QUrl url;
    // The absolute path of a file an earlier download of this item saved in
    // the destination folder, to be replaced by this one: the new copy takes
    // exactly that name, and only once it is complete (one atomic rename);
    // until then, and whenever it fails or is stopped, the file stays as it
    // was. Only a regular file directly in the folder is ever replaced.
    // Empty: a new file, never replacing anything.
    QString replaces = {};
    // This item's own speed limit in bytes per second, on top of the run's
    // (0 = none); DownloadEngine::setItemRateLimit() changes it live.
    qint64 rateLimit = 0;
    // Headers of this item's own (from a list, or the page its link came
    // from): they win over the run's EngineOptions. Null: the run's only.
    std::shared_ptr<const ItemHeaders> headers = {};

    // Checksums and aria2 lists (appended). The digest the complete file
    // must have, checked before it gets its final name (none: unchecked).
    Checksum checksum = {};
    // The file name to save as instead of the one the response suggests
    // (aria2's out=), already a safe single name (FileNamer::sanitize).
    QString outName = {};
    // A subfolder of the destination (aria2's dir=), relative, without "..":
    // the file is saved there (ItemFolders creates it, and refuses one that
    // leads out of the destination).
    QString subdir = {};
    // (appended) Other URIs of the same file (aria2's tab-separated mirrors),
    // tried in order when `url` fails in a way another copy could fix
    // (MirrorRotation).
    QVector<QUrl> mirrors = {};

    // One job per URL, with ids counting up from `firstId` in list order.
    static QVector<DownloadJob> fromUrls(const QVector<QUrl> &urls, quint64 firstId = 0);
};

struct EngineOptions
{
    QString destination;             // existing, writable folder
    int workers = 16;                // 1 = sequential; clamped to 1..256
    int maxPerHost = 0;              // simultaneous transfers per host, 0 = no cap
    int responseTimeoutMs = 30'000;  // connect + request until the response headers
    int stallTimeoutMs = 30'000;     // no body bytes for this long
    int retries = 3;                 // extra attempts for transient failures
    int retryBaseDelayMs = 500;      // doubled per attempt
    int maxRetryDelayMs = 30'000;    // upper bound for backoff and Retry-After
    int maxRedirects = 10;
    // libcurl's receive buffer per worker: bodies reach the part file in
    // chunks of up to this size.
    int receiveBufferBytes = 256 * 1024;
    // A PEM file of extra certificate authorities to trust besides the
    // system's (a self-hosted server's own CA). Never turns verification off.
    QString caCertificateFile;
    // Run the workers at a lower CPU priority (Linux nice 5) so that a busy
    // machine keeps serving the owner thread first: the window asks for it,
    // the console tool does not. Pool threads keep it once set.
    bool backgroundWorkers = false;
    // Hash the run's list (listFingerprint()) on a thread of the engine's
    // own while it runs, for whoever compares runs of one list; a run that
    // compares nothing does not pay for sorting its URLs.
    bool fingerprintList = false;
    // What to do when an item's final name already exists in the folder:
    // a new "name (n).ext", skip the item, or update the file if the server
    // has a newer copy (ExistingFilePolicy).
    ExistingFiles existingFiles = ExistingFiles::Rename;
    // The speed limit the run starts with, in bytes per second shared by all
    // transfers (0 = none); DownloadEngine::setRateLimit() changes it live.
    qint64 rateLimit = 0;

    static constexpr int MaxWorkers = 256;

    // Segmented downloads (SegmentedPart): a file of at least minSplitSize
    // whose server takes ranges under a strong validator is fetched in up to
    // maxSplit segments at once, by idle workers of the same pool. 0 = the
    // worker count; 1 = never split.
    int maxSplit = 0;
    qint64 minSplitSize = 16 * 1024 * 1024;

    // Request options (RequestSetup applies them to every request).
    QString userAgent;             // empty: Fetcher::userAgent(), "Fetchpool/<version>"
    QString referer;               // empty: none
    QVector<QByteArray> headers;   // extra "Name: value" lines; one of the same name replaces the default
    // Cookies from a cookies.txt, sent only where they match; never written anywhere.
    std::shared_ptr<const CookieJar> cookies;
    // Logins (Basic or Digest, whichever the server asks for), only ever
    // sent to the host and port of the item's listed URL: never to another
    // host a redirect leads to. Credentials in the URL come first, then
    // httpUser/httpPassword, then a .netrc entry.
    QString httpUser;
    QString httpPassword;          // never in reports, logs or saved lists
    bool netrc = false;            // look the listed host up in netrcFile
    QString netrcFile;             // empty: ~/.netrc

    // The proxy every request goes through (ProxyRoute): libcurl's
    // environment handling (the default), none, or a manual one.
    ProxySettings proxy;

    // (appended) Logins per origin (the window's 401 prompt): consulted after
    // the URL's own and before httpUser and .netrc, and sent only to the
    // origin of the item's listed URL, like httpUser. Read once per request,
    // so a login the owner adds while a run goes on reaches the requests
    // that follow, items added to the run included. Null: none.
    std::shared_ptr<const LoginTable> logins;
};

// Request headers an item carries of its own (DownloadJob::headers).
struct ItemHeaders
{
    QString referer;               // empty: the run's
    QVector<QByteArray> headers;   // "Name: value"; replaces the run's header of that name
};

// One segment of a file fetched in pieces: which worker fetched which bytes,
// and when. A range fetched again after a failure is a segment of its own.
struct SegmentRecord
{
    int worker = -1;
    qint64 offset = 0;
    qint64 length = 0;   // as it ended: a segment that was split shrinks
    qint64 received = 0; // bytes of it written so far
    qint64 startUs = -1; // run clock
    qint64 endUs = -1;   // -1 while it runs

    QJsonObject toJson() const;
    static SegmentRecord fromJson(const QJsonObject &json);
    friend bool operator==(const SegmentRecord &a, const SegmentRecord &b)
    {
        return a.worker == b.worker && a.offset == b.offset && a.length == b.length
                && a.received == b.received && a.startUs == b.startUs && a.endUs == b.endUs;
    }
};

// A live snapshot of one item, published in coalesced batches.
struct ItemProgress
{
    quint64 id = 0;
    ItemState state = ItemState::Queued;
    qint64 received = 0;
    qint64 total = -1; // -1 while unknown
    int worker = -1;
    // Microseconds since the run started, -1 until they happen.
    qint64 startUs = -1;     // a worker picked the item up
    qint64 firstByteUs = -1; // response headers of the current attempt arrived
    int attempt = 0;     // the attempt under way or about to begin, from 1; 0 before the first
    int maxAttempts = 0; // 1 + the run's retries
    // Only for an item that has retried: the attempts that ended so far, and
    // while it waits for the next one, how long until that begins, as of
    // this batch (-1 when not waiting).
    QVector<AttemptRecord> pastAttempts;
    qint64 retryInMs = -1;

    bool isWaitingToRetry() const { return retryInMs >= 0; }

    // A file fetched in segments: every segment so far (empty otherwise).
    QVector<SegmentRecord> segments;
};

// The end of one item: exactly one per job per run.
struct ItemResult
{
    quint64 id = 0;
    QUrl url;
    QUrl finalUrl;      // after redirects
    ItemState state = ItemState::Queued;
    FetchError error;
    QString filePath;   // absolute path of the saved file (Done) or of a kept .part
    QString mimeType;   // from the response Content-Type
    // Sniffed from the saved bytes (QMimeDatabase), for Done items.
    QString detectedMimeType;
    // Why the saved bytes do not match the file's extension or the server's
    // Content-Type ("HTML page saved as .jpg"); empty when they match.
    QString contentMismatch;
    qint64 resumedFrom = 0; // bytes kept from an interrupted earlier run
    qint64 bytes = 0;   // body bytes written
    qint64 totalBytes = -1;
    int httpStatus = 0;
    QString protocol;   // of the last response: "HTTP/1.1", "HTTP/2"
    int attempts = 0;
    // Every attempt in order, the last one included. A failure's message
    // above says how many there were; each keeps its own reason here.
    QVector<AttemptRecord> attemptHistory;
    int worker = -1;
    // Microseconds since the run started.
    qint64 startUs = -1;     // a worker picked the item up
    qint64 firstByteUs = -1; // response headers of the final attempt arrived
    qint64 endUs = -1;
    // Whether the item's end was decided by a file already in the folder:
    // skipped or unchanged (Done, filePath names that file, nothing was
    // written), or updated (a newer copy replaced it).
    ExistingOutcome existing = ExistingOutcome::None;
    // A file fetched in segments: each segment and the worker that fetched it.
    QVector<SegmentRecord> segments;
    // (appended) The job carried a checksum and the saved file matched it.
    bool verified = false;
    // (appended) The URI that served the file: `url`, or the mirror that
    // did when `url` failed (MirrorRotation). Empty when nothing was served.
    QUrl servedBy = {};

    // (appended) The result of a job that ended before any request
    // (skipped, or refused), in `state` with the job's id and URL.
    static ItemResult beforeRequest(const DownloadJob &job, ItemState state);

    QJsonObject toJson() const;
    // The inverse of toJson(). The URLs come back without the credentials
    // toJson() leaves out; a result without "finalUrl" was not redirected.
    static ItemResult fromJson(const QJsonObject &json);
};

// Run-level counters published with every progress batch.
struct RunProgress
{
    int total = 0;
    int done = 0;
    int failed = 0;
    int cancelled = 0;
    int inFlight = 0;   // requests open right now, across all workers
    int retrying = 0;   // items waiting to try again right now
    int workers = 0;
    qint64 bytes = 0;   // body bytes received so far
    qint64 elapsedUs = 0;
    int paused = 0;     // items paused (appended: ended, neither failed nor cancelled)

    int finished() const { return done + failed + cancelled + paused; }
};

} // namespace Fetchpool

Q_DECLARE_METATYPE(Fetchpool::ItemProgress)
Q_DECLARE_METATYPE(Fetchpool::ItemResult)
Q_DECLARE_METATYPE(Fetchpool::RunProgress)
