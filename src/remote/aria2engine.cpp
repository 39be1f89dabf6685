#include "aria2engine.h"

#include "aria2errors.h"
#include "aria2rpcclient.h"
#include "downloadengine.h"
#include "fetcher.h"
#include "listfingerprint.h"
#include "remotelogging.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <numeric>
#include <utility>

namespace Fetchpool {

namespace {

// What a poll asks of each item: no more.
const QJsonArray &statusKeys()
{
    static const QJsonArray keys{QStringLiteral("gid"), QStringLiteral("status"), QStringLiteral("totalLength"),
                                 QStringLiteral("completedLength"), QStringLiteral("errorCode"),
                                 QStringLiteral("errorMessage"), QStringLiteral("files")};
    return keys;
}

qint64 number(const QJsonObject &object, const QString &key, qint64 fallback = 0)
{
    bool ok = false;
    const qint64 value = object.value(key).toString().toLongLong(&ok);
    return ok ? value : fallback;
}

QString headerName(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return QString::fromLatin1(colon < 0 ? line : line.left(colon)).trimmed().toLower();
}

// `problem` (a client's message, which names the daemon) without the name:
// "Connection refused" of "cannot reach aria2://h:p: Connection refused",
// "refused the secret (...)" of "aria2://h:p refused the secret (...)".
QString bareReason(const QString &problem, const QString &name)
{
    const QString unreachable = QStringLiteral("cannot reach %1: ").arg(name);
    if (problem.startsWith(unreachable))
        return problem.mid(unreachable.size());
    if (problem.startsWith(name + QStringLiteral(": ")))
        return problem.mid(name.size() + 2);
    if (problem.startsWith(name + QLatin1Char(' ')))
        return problem.mid(name.size() + 1);
    return problem;
}

// `problem` naming the daemon once, at its start: "aria2://h:p refused the
// secret (...)", "aria2://h:p: Connection refused".
QString namedReason(const QString &problem, const QString &name)
{
    if (problem.startsWith(name + QLatin1Char(' ')))
        return problem;
    return name + QStringLiteral(": ") + bareReason(problem, name);
}

} // namespace

struct Aria2Engine::Daemon
{
    Aria2RpcClient *client = nullptr; // a child of the engine
    QString version;
    int capacity = 0;  // max-concurrent-downloads
    // Its own max-overall-download-limit as the run found it (bytes per
    // second, 0 = none): a run's limit never lifts it, and it is put back
    // when the run ends or its limit is lifted.
    qint64 ownLimit = 0;
    bool limitChanged = false; // the run set max-overall-download-limit
    int firstLane = 0;
    bool answered = false; // took part in the run
    bool gone = false;     // went away during it
    bool polling = false;
    qint64 failingSinceUs = -1;
    QString problem;
    QVector<int> lanes; // per lane: the item aria2 runs on it, -1 when free
    // The run's unfinished items handed to it (being added, waiting there or
    // running), in the order handed; paused ones it keeps are not.
    QVector<int> held;
    // Downloads of other clients on it, active or waiting, at the last poll.
    int others = 0;
    int files = 0;
    qint64 bytes = 0;
};

struct Aria2Engine::Item
{
    DownloadJob job;
    ItemState state = ItemState::Queued;
    int daemon = -1;   // where it is (or was paused), -1 in our queue
    int lane = -1;     // its lane on that daemon, from when aria2 runs it
    bool held = false; // in m_daemons[daemon].held
    QString gid;
    quint64 handOver = 0; // counts hand-overs: answers to an earlier one are dropped
    bool adding = false;  // addUri or unpause sent, not answered yet
    bool pauseWanted = false;
    bool cancelWanted = false;
    // A paused download on a daemon that this item resumes (enqueue()).
    QString resumeGid;
    int resumeDaemon = -1;
    qint64 received = 0;
    qint64 total = -1;
    qint64 startUs = -1;
    qint64 firstByteUs = -1;
    qint64 endUs = -1;
    // The last time it was known not to run yet: handed over, or a poll
    // (when sent) found it waiting. One a poll finds already ended started
    // after it.
    qint64 idleUs = -1;
    int attempts = 0;
    QString filePath;
};

Aria2Engine::Aria2Engine(QVector<Aria2Endpoint> endpoints, QObject *parent)
    : TransferEngine(parent)
    , m_endpoints(std::move(endpoints))
{
    m_daemons.resize(m_endpoints.size());
    for (qsizetype d = 0; d < m_endpoints.size(); ++d)
        m_daemons[d].client = new Aria2RpcClient(m_endpoints[d], this);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &Aria2Engine::poll);
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(30);
    connect(&m_publishTimer, &QTimer::timeout, this, &Aria2Engine::publish);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &Aria2Engine::endProbing);
}

Aria2Engine::~Aria2Engine()
{
    // The clients first: no answer reaches an engine that is going.
    for (Daemon &daemon : m_daemons)
        delete std::exchange(daemon.client, nullptr);
}

qint64 Aria2Engine::nowUs() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
}

bool Aria2Engine::usable(int daemon) const
{
    return m_daemons[daemon].answered && !m_daemons[daemon].gone;
}

bool Aria2Engine::start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return refuse(tr("A run is already in progress."));
    if (jobs.isEmpty())
        return refuse(tr("Nothing to download."));
    if (m_endpoints.isEmpty())
        return refuse(tr("No aria2 daemon given."));
    const bool needsDestination = std::any_of(m_endpoints.cbegin(), m_endpoints.cend(), [](const Aria2Endpoint &e) {
        return e.isLoopback() && e.directory().isEmpty();
    });
    if (needsDestination) {
        const QString why = DownloadEngine::checkDestination(options.destination);
        if (!why.isEmpty())
            return refuse(why);
    }

    ++m_run;
    m_options = options;
    if (!m_options.destination.isEmpty())
        m_options.destination = QDir(m_options.destination).absolutePath();
    m_options.workers = 0;
    for (Daemon &daemon : m_daemons) {
        Aria2RpcClient *client = daemon.client;
        daemon = Daemon{};
        daemon.client = client;
    }

    m_items.clear();
    m_items.reserve(jobs.size());
    m_queue.clear();
    m_idToIndex.clear();
    for (const DownloadJob &job : jobs) {
        Item item;
        item.job = job;
        m_idToIndex.insert(job.id, int(m_items.size()));
        m_queue.push_back(int(m_items.size()));
        m_items.push_back(std::move(item));
    }
    m_dirty.clear();
    m_finished.clear();
    m_counts = RunProgress{};
    m_counts.total = int(jobs.size());
    m_finishedBytes = 0;
    m_lastGone.clear();
    m_refusal.clear();
    m_listFingerprint.clear();
    m_fingerprintPending = options.fingerprintList;
    if (options.fingerprintList)
        m_listFingerprint = Fetchpool::listFingerprint(jobs);
    m_rateLimit = options.rateLimit;
    m_clock.start();
    m_wallUs = 0;
    m_running = true;

    // Every daemon at once, each bounded by ProbeTimeoutMs; the run starts
    // with the last answer (endProbing).
    m_probing = true;
    m_probesLeft = int(m_daemons.size());
    for (int d = 0; d < m_daemons.size(); ++d)
        probe(d);
    m_probeTimer.start(ProbeTimeoutMs + 1'000);
    return true;
}

void Aria2Engine::probe(int d)
{
    const quint64 run = m_run;
    m_daemons[d].client->multicall(
            {{QStringLiteral("aria2.getVersion"), {}},
             {QStringLiteral("aria2.getGlobalOption"), {}},
             {QStringLiteral("aria2.getGlobalStat"), {}}},
            [this, d, run](const QVector<Aria2Reply> &replies, const Aria2RpcError &transport) {
                if (run != m_run || !m_probing)
                    return;
                Daemon &daemon = m_daemons[d];
                const auto answered = [this] {
                    if (--m_probesLeft == 0)
                        endProbing();
                };
                if (transport.isError()) {
                    daemon.problem = transport.message;
                    answered();
                    return;
                }
                for (const Aria2Reply &reply : replies) {
                    if (!reply.ok()) {
                        daemon.problem = reply.error.message;
                        answered();
                        return;
                    }
                }
                daemon.version = replies[0].result.toObject().value(QStringLiteral("version")).toString();
                bool ok = false;
                const int capacity = replies[1]
                                             .result.toObject()
                                             .value(QStringLiteral("max-concurrent-downloads"))
                                             .toString()
                                             .toInt(&ok);
                daemon.capacity = ok && capacity > 0 ? capacity : 5;
                daemon.ownLimit = qMax<qint64>(0, replies[1]
                                                          .result.toObject()
                                                          .value(QStringLiteral("max-overall-download-limit"))
                                                          .toString()
                                                          .toLongLong());
                // Other clients' downloads there, until the first poll says.
                const QJsonObject stat = replies[2].result.toObject();
                daemon.others = int(number(stat, QStringLiteral("numActive")) + number(stat, QStringLiteral("numWaiting")));
                daemon.answered = true;
                qCInfo(lcRemote).noquote() << m_endpoints[d].displayName() << "aria2" << daemon.version << "with"
                                           << daemon.capacity << "download slots";
                answered();
            },
            ProbeTimeoutMs);
}

// Every daemon has answered or timed out, or every item ended before they
// did: the run starts on the daemons that answered. With none, its items
// fail naming each daemon and why.
void Aria2Engine::endProbing()
{
    if (!m_probing)
        return;
    m_probing = false;
    m_probeTimer.stop();
    // Everything ended (cancelled, paused) while the daemons were asked.
    const bool over = m_counts.finished() >= m_counts.total;

    QStringList problems;
    int lanes = 0;
    for (int d = 0; d < m_daemons.size(); ++d) {
        Daemon &daemon = m_daemons[d];
        const QString name = m_endpoints[d].displayName();
        if (!daemon.answered) {
            if (daemon.problem.isEmpty())
                daemon.problem = over ? tr("%1 had not answered when the run ended").arg(name)
                                      : tr("%1 did not answer within %2 s").arg(name).arg(ProbeTimeoutMs / 1000);
            if (!over)
                problems << namedReason(daemon.problem, name);
            continue;
        }
        daemon.firstLane = lanes;
        daemon.lanes = QVector<int>(daemon.capacity, -1);
        lanes += daemon.capacity;
    }
    for (const QString &problem : std::as_const(problems)) {
        qCInfo(lcRemote).noquote() << "left out:" << problem;
        Q_EMIT endpointProblem(tr("left out: %1").arg(problem));
    }
    m_counts.workers = lanes;
    m_options.workers = lanes;
    qCInfo(lcRemote) << "run of" << m_counts.total << "items on" << lanes << "lanes";
    Q_EMIT runStarted(m_counts.total, lanes);
    if (over || !m_running) {
        publishSoon();
        return;
    }
    if (lanes == 0) {
        m_refusal = tr("no aria2 daemon could take the run: %1").arg(problems.join(QStringLiteral("; ")));
        qCInfo(lcRemote).noquote() << m_refusal;
        const QList<int> queued = std::exchange(m_queue, {});
        for (int index : queued)
            finishItem(index, ItemState::Failed, FetchError::make(ErrorKind::Network, m_refusal));
        publishSoon();
        return;
    }
    applyRateLimit();
    dispatch();
    m_pollTimer.start();
    publishSoon();
}

// How many more of the run's items daemon d takes now: its slots plus as
// many waiting, less ours and other clients' downloads on it.
int Aria2Engine::room(int d) const
{
    if (!usable(d))
        return 0;
    const Daemon &daemon = m_daemons[d];
    return daemon.capacity * (1 + BacklogPerSlot) - int(daemon.held.size()) - daemon.others;
}

int Aria2Engine::roomyDaemon() const
{
    int best = -1;
    int bestRoom = 0;
    for (int d = 0; d < m_daemons.size(); ++d) {
        const int free = room(d);
        if (free > bestRoom) {
            best = d;
            bestRoom = free;
        }
    }
    return best;
}

void Aria2Engine::hold(int index, int d)
{
    Item &item = m_items[index];
    Q_ASSERT(!item.held);
    item.daemon = d;
    item.held = true;
    m_daemons[d].held.push_back(index);
}

void Aria2Engine::release(int index)
{
    Item &item = m_items[index];
    if (!item.held)
        return;
    item.held = false;
    m_daemons[item.daemon].held.removeOne(index);
}

// A lane for an item aria2 runs (or ran: one that ended between two polls
// takes a lane for the moment it ends); none while every lane is taken.
void Aria2Engine::takeLane(int index, bool ending)
{
    Item &item = m_items[index];
    if (item.lane >= 0 || item.daemon < 0)
        return;
    Daemon &daemon = m_daemons[item.daemon];
    const auto lane = std::find(daemon.lanes.begin(), daemon.lanes.end(), -1);
    if (lane != daemon.lanes.end()) {
        *lane = index;
        item.lane = int(lane - daemon.lanes.begin());
    } else if (ending && !daemon.lanes.isEmpty()) {
        // Its own lane was taken since by one the poll saw running: drawn on
        // the lane of the item counted last, without holding it.
        item.lane = daemon.files % int(daemon.lanes.size());
    } else {
        return;
    }
    if (item.startUs < 0) {
        // Started and ended between two polls: from the earliest moment it
        // can have started, so that its time is an upper bound and its speed
        // a lower one, never the zero time of a start seen with its end.
        item.startUs = ending && item.idleUs >= 0 ? item.idleUs : nowUs();
    }
    markDirty(index);
}

// The queue in order, each item to the daemon with the most room; an item
// resuming a paused download waits for room on that download's daemon.
void Aria2Engine::dispatch()
{
    if (!m_running || m_probing)
        return;
    QMap<int, QVector<Handed>> handed; // by daemon, in the queue's order
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const int index = *it;
        Item &item = m_items[index];
        if (item.resumeDaemon >= 0 && usable(item.resumeDaemon)) {
            if (room(item.resumeDaemon) <= 0) {
                ++it;
                continue;
            }
            it = m_queue.erase(it);
            resumeOn(index, item.resumeDaemon);
            continue;
        }
        const int d = roomyDaemon();
        if (d < 0)
            break;
        it = m_queue.erase(it);
        handed[d].push_back({index, reserve(index, d)});
    }
    for (auto it = handed.cbegin(); it != handed.cend(); ++it)
        handOver(it.key(), it.value());
}

QJsonObject Aria2Engine::addOptions(const DownloadJob &job, const Aria2Endpoint &endpoint) const
{
    QJsonObject options;
    QString dir = endpoint.directory();
    if (dir.isEmpty() && endpoint.isLoopback())
        dir = m_options.destination;
    if (!dir.isEmpty())
        options.insert(QStringLiteral("dir"), job.subdir.isEmpty() ? dir : dir + QLatin1Char('/') + job.subdir);
    if (!job.outName.isEmpty())
        options.insert(QStringLiteral("out"), job.outName);

    // The run's headers, then the item's, which replace the run's of the same name.
    QVector<QByteArray> lines = m_options.headers;
    const QString referer = job.headers && !job.headers->referer.isEmpty() ? job.headers->referer : m_options.referer;
    if (job.headers) {
        for (const QByteArray &line : job.headers->headers) {
            const QString name = headerName(line);
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                                       [&name](const QByteArray &l) { return headerName(l) == name; }),
                        lines.end());
            lines.push_back(line);
        }
    }
    QJsonArray header;
    bool userAgentGiven = false;
    for (const QByteArray &line : lines) {
        userAgentGiven = userAgentGiven || headerName(line) == QLatin1String("user-agent");
        header.append(QString::fromLatin1(line));
    }
    if (!userAgentGiven)
        options.insert(QStringLiteral("user-agent"),
                       m_options.userAgent.isEmpty() ? Fetcher::userAgent() : m_options.userAgent);
    if (!referer.isEmpty())
        options.insert(QStringLiteral("referer"), referer);
    if (!header.isEmpty())
        options.insert(QStringLiteral("header"), header);
    if (job.checksum.isValid())
        options.insert(QStringLiteral("checksum"),
                       QString(job.checksum.algorithmName() + QLatin1Char('=') + QString::fromLatin1(job.checksum.hex)));
    options.insert(QStringLiteral("max-tries"), QString::number(qMax(0, m_options.retries) + 1));
    options.insert(QStringLiteral("timeout"), QString::number(qMax(1, m_options.stallTimeoutMs / 1000)));
    options.insert(QStringLiteral("connect-timeout"), QString::number(qMax(1, m_options.responseTimeoutMs / 1000)));
    // Never overwrite anything: a name that is taken gets a new one.
    options.insert(QStringLiteral("auto-file-renaming"), QStringLiteral("true"));
    options.insert(QStringLiteral("allow-overwrite"), QStringLiteral("false"));
    if (job.rateLimit > 0)
        options.insert(QStringLiteral("max-download-limit"), QString::number(job.rateLimit));
    return options;
}

// Holds the item on daemon `d`, where it counts against the room, until
// its addUri is answered; returns which hand-over of the item this is.
quint64 Aria2Engine::reserve(int index, int d)
{
    Item &item = m_items[index];
    hold(index, d);
    item.adding = true;
    item.gid.clear();
    item.idleUs = nowUs();
    ++item.attempts;
    // Still Queued, and without a lane, until a poll sees aria2 run it.
    return ++item.handOver;
}

// One aria2.addUri per item, and all the items one dispatch gives daemon `d`
// in one system.multicall: a batch of a thousand files asks each daemon a
// few times, not a thousand.
void Aria2Engine::handOver(int d, const QVector<Handed> &handed)
{
    QVector<Aria2Call> calls;
    calls.reserve(handed.size());
    for (const Handed &one : handed) {
        const Item &item = m_items[one.index];
        QJsonArray uris{item.job.url.toString(QUrl::FullyEncoded)};
        for (const QUrl &mirror : item.job.mirrors)
            uris.append(mirror.toString(QUrl::FullyEncoded));
        calls.push_back({QStringLiteral("aria2.addUri"), {uris, addOptions(item.job, m_endpoints[d])}});
    }
    qCDebug(lcRemote).noquote() << m_endpoints[d].displayName() << "adds" << handed.size() << "downloads";
    const quint64 run = m_run;
    m_daemons[d].client->multicall(
            calls, [this, run, d, handed](const QVector<Aria2Reply> &replies, const Aria2RpcError &transport) {
                if (run != m_run || !m_running)
                    return;
                QVector<int> back; // not added for want of an answer: to the front of the queue, in order
                for (qsizetype i = 0; i < handed.size(); ++i) {
                    if (!onAdded(d, handed[i], transport.isError() ? Aria2Reply{{}, transport} : replies[i]))
                        back.push_back(handed[i].index);
                }
                requeueFront(back);
                if (transport.isError())
                    noteFailure(d, transport);
                dispatch();
            });
}

// False when the item goes back to the queue: the daemon did not answer.
bool Aria2Engine::onAdded(int d, const Handed &handed, const Aria2Reply &reply)
{
    const int index = handed.index;
    Item &item = m_items[index];
    if (item.handOver != handed.handOver || isFinal(item.state) || item.daemon != d) {
        // Stopped or moved meanwhile: a download the daemon made is not wanted.
        if (reply.ok() && usable(d)) {
            const QString gid = reply.result.toString();
            m_daemons[d].client->call(QStringLiteral("aria2.forceRemove"), {gid},
                                      [this, d, gid](const Aria2Reply &) { forget(d, gid); });
        }
        return true;
    }
    item.adding = false;
    if (reply.error.isTransport()) {
        freeLane(index);
        release(index);
        item.daemon = -1;
        item.state = ItemState::Queued;
        return false;
    }
    if (!reply.ok()) {
        finishItem(index, ItemState::Failed, FetchError::make(ErrorKind::InvalidInput, reply.error.message));
        return true;
    }
    noteSuccess(d);
    item.gid = reply.result.toString();
    if (item.cancelWanted || item.pauseWanted)
        stopOnDaemon(index, item.pauseWanted && !item.cancelWanted);
    return true;
}

// Resumes a download paused on daemon `d` (aria2.unpause); one the daemon no
// longer has is added again, continuing from its control file.
void Aria2Engine::resumeOn(int index, int d)
{
    Item &item = m_items[index];
    Daemon &daemon = m_daemons[d];
    hold(index, d);
    item.adding = true;
    item.idleUs = nowUs();
    ++item.attempts;
    const quint64 handOver = ++item.handOver;
    const QString gid = item.resumeGid;
    item.resumeGid.clear();
    item.resumeDaemon = -1;
    markDirty(index);
    const quint64 run = m_run;
    daemon.client->call(QStringLiteral("aria2.unpause"), {gid},
                        [this, run, index, handOver, d, gid](const Aria2Reply &reply) {
                            if (run != m_run || !m_running)
                                return;
                            Item &item = m_items[index];
                            if (item.handOver != handOver || isFinal(item.state) || item.daemon != d)
                                return;
                            if (!reply.ok()) {
                                // Gone from the daemon (or the daemon is): add it anew.
                                freeLane(index);
                                release(index);
                                item.daemon = -1;
                                item.adding = false;
                                item.state = ItemState::Queued;
                                requeueFront({index});
                                if (reply.error.isTransport())
                                    noteFailure(d, reply.error);
                                dispatch();
                                return;
                            }
                            item.adding = false;
                            item.gid = gid;
                            if (item.cancelWanted || item.pauseWanted)
                                stopOnDaemon(index, item.pauseWanted && !item.cancelWanted);
                        });
}

void Aria2Engine::poll()
{
    if (!m_running)
        return;
    for (int d = 0; d < m_daemons.size(); ++d) {
        Daemon &daemon = m_daemons[d];
        if (!usable(d) || daemon.polling)
            continue;
        QVector<Aria2Call> calls;
        QVector<int> indexes;
        for (int index : std::as_const(daemon.held)) {
            if (m_items[index].gid.isEmpty() || isFinal(m_items[index].state))
                continue;
            calls.push_back({QStringLiteral("aria2.tellStatus"), {m_items[index].gid, statusKeys()}});
            indexes.push_back(index);
        }
        calls.push_back({QStringLiteral("aria2.getGlobalStat"), {}});
        daemon.polling = true;
        const quint64 run = m_run;
        const qint64 sentUs = nowUs();
        daemon.client->multicall(
                calls,
                [this, run, d, indexes, sentUs](const QVector<Aria2Reply> &replies, const Aria2RpcError &transport) {
                    if (run != m_run)
                        return;
                    m_daemons[d].polling = false;
                    if (!m_running || !usable(d))
                        return;
                    if (transport.isError()) {
                        noteFailure(d, transport);
                    } else {
                        noteSuccess(d);
                        onPolled(d, indexes, replies, sentUs);
                    }
                    dispatch();
                    publishSoon();
                },
                PollTimeoutMs);
    }
}

void Aria2Engine::onPolled(int d, const QVector<int> &indexes, const QVector<Aria2Reply> &replies, qint64 sentUs)
{
    // Ended items first, so that the lanes they free go to those the same
    // poll sees running; then those running; then the rest.
    const auto rank = [&replies](qsizetype i) {
        const QString state = replies[i].result.toObject().value(QStringLiteral("status")).toString();
        return state == QLatin1String("active") ? 1 : state == QLatin1String("waiting") || state == QLatin1String("paused") ? 2 : 0;
    };
    QVector<qsizetype> order(indexes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rank](qsizetype a, qsizetype b) { return rank(a) < rank(b); });
    int oursThere = 0; // of the run's items, those aria2 counts as active or waiting
    for (qsizetype i : std::as_const(order)) {
        const int index = indexes[i];
        Item &item = m_items[index];
        const Aria2Reply &reply = replies[i];
        if (isFinal(item.state) || item.daemon != d || item.gid.isEmpty()
            || (reply.ok() && reply.result.toObject().value(QStringLiteral("gid")).toString() != item.gid))
            continue;
        if (!reply.ok()) {
            finishItem(index, ItemState::Failed,
                       FetchError::make(ErrorKind::Network,
                                        tr("%1 no longer knows the download: %2")
                                                .arg(m_endpoints[d].displayName(), reply.error.message)));
            continue;
        }
        oursThere += rank(i) > 0 ? 1 : 0;
        if (rank(i) == 2)
            item.idleUs = sentUs;
        applyStatus(index, reply.result.toObject());
    }
    // Other clients' downloads there take room too (paused ones of ours
    // kept there for enqueue() count with aria2's waiting ones).
    const QJsonObject stat = replies.last().result.toObject();
    int pausedThere = 0;
    for (const Item &item : std::as_const(m_items))
        pausedThere += item.resumeDaemon == d ? 1 : 0;
    m_daemons[d].others = qMax(0, int(number(stat, QStringLiteral("numActive")) + number(stat, QStringLiteral("numWaiting")))
                                          - oursThere - pausedThere);
}

void Aria2Engine::applyStatus(int index, const QJsonObject &status)
{
    Item &item = m_items[index];
    const QString state = status.value(QStringLiteral("status")).toString();
    const qint64 received = number(status, QStringLiteral("completedLength"));
    const qint64 total = number(status, QStringLiteral("totalLength"), -1);
    const QJsonArray files = status.value(QStringLiteral("files")).toArray();
    const QString path = files.isEmpty() ? QString() : files.first().toObject().value(QStringLiteral("path")).toString();
    if (!path.isEmpty())
        item.filePath = path;
    const bool ran = state == QLatin1String("active") || state == QLatin1String("complete")
            || state == QLatin1String("error");
    if (ran)
        takeLane(index, state != QLatin1String("active"));
    if (received != item.received || (total > 0 && total != item.total)) {
        item.received = received;
        if (total > 0)
            item.total = total;
        markDirty(index);
    }
    // Polled: the first poll that saw bytes, not the moment they came.
    if (received > 0 && item.firstByteUs < 0)
        item.firstByteUs = nowUs();

    if (state == QLatin1String("complete")) {
        item.received = received;
        item.total = total > 0 ? total : received;
        finishItem(index, ItemState::Done);
    } else if (state == QLatin1String("error")) {
        finishItem(index, ItemState::Failed,
                   aria2Error(int(number(status, QStringLiteral("errorCode"), 1)),
                              status.value(QStringLiteral("errorMessage")).toString()));
    } else if (state == QLatin1String("removed")) {
        finishItem(index, ItemState::Cancelled,
                   FetchError::make(ErrorKind::Cancelled,
                                    tr("removed on %1").arg(m_endpoints[item.daemon].displayName())));
    } else if (state == QLatin1String("paused")) {
        if (item.pauseWanted)
            finishItem(index, ItemState::Paused);
    } else if (state == QLatin1String("active")) {
        const ItemState now = received > 0 ? ItemState::Receiving : ItemState::Connecting;
        if (now != item.state) {
            item.state = now;
            markDirty(index);
        }
    }
}

void Aria2Engine::noteSuccess(int d)
{
    m_daemons[d].failingSinceUs = -1;
}

void Aria2Engine::noteFailure(int d, const Aria2RpcError &error)
{
    Daemon &daemon = m_daemons[d];
    if (!usable(d))
        return;
    daemon.problem = error.message;
    const qint64 now = nowUs();
    if (daemon.failingSinceUs < 0)
        daemon.failingSinceUs = now;
    qCDebug(lcRemote).noquote() << m_endpoints[d].displayName() << "failing for"
                                << (now - daemon.failingSinceUs) / 1000 << "ms:" << error.message;
    if (now - daemon.failingSinceUs >= qint64(GoneAfterMs) * 1000)
        daemonGone(d);
}

void Aria2Engine::daemonGone(int d)
{
    Daemon &daemon = m_daemons[d];
    daemon.gone = true;
    const QString reason = bareReason(daemon.problem, m_endpoints[d].displayName());
    m_lastGone = tr("engine %1 went away: %2").arg(m_endpoints[d].displayName(), reason);
    daemon.problem = tr("went away: %1").arg(reason);
    qCInfo(lcRemote).noquote() << m_lastGone;
    Q_EMIT endpointProblem(m_lastGone);

    // Its unfinished items, running or waiting there, go back to the front
    // of the queue, in list order, for the daemons that remain.
    QVector<int> back = std::exchange(daemon.held, {});
    daemon.lanes.fill(-1);
    daemon.others = 0;
    std::sort(back.begin(), back.end());
    for (int index : std::as_const(back)) {
        Item &item = m_items[index];
        item.held = false;
        item.daemon = -1;
        item.lane = -1;
        item.gid.clear();
        item.adding = false;
        item.received = 0;
        item.total = -1;
        item.firstByteUs = -1;
        item.state = ItemState::Queued;
        ++item.handOver;
        markDirty(index);
    }
    // Paused ones there can only be added anew.
    for (Item &item : m_items) {
        if (item.resumeDaemon == d) {
            item.resumeDaemon = -1;
            item.resumeGid.clear();
        }
    }
    requeueFront(back);

    const bool anyLeft = std::any_of(m_daemons.cbegin(), m_daemons.cend(),
                                     [](const Daemon &other) { return other.answered && !other.gone; });
    if (!anyLeft) {
        const QList<int> queued = m_queue;
        m_queue.clear();
        for (int index : queued)
            finishItem(index, ItemState::Failed, FetchError::make(ErrorKind::Network, m_lastGone));
        // Paused items whose daemon is gone cannot be resumed either; they stay paused.
    }
    publishSoon();
}

void Aria2Engine::requeueFront(const QVector<int> &indexes)
{
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        m_queue.push_front(*it);
}

void Aria2Engine::freeLane(int index)
{
    Item &item = m_items[index];
    if (item.daemon >= 0 && item.lane >= 0 && m_daemons[item.daemon].lanes.value(item.lane) == index)
        m_daemons[item.daemon].lanes[item.lane] = -1;
    item.lane = -1;
}

void Aria2Engine::finishItem(int index, ItemState state, const FetchError &error)
{
    Item &item = m_items[index];
    if (isFinal(item.state))
        return;
    const int d = item.daemon;
    const int lane = item.lane;
    freeLane(index);
    release(index);
    item.state = state;
    item.endUs = nowUs();
    item.adding = false;
    m_queue.removeOne(index);

    ItemResult result;
    result.id = item.job.id;
    result.url = item.job.url;
    result.finalUrl = item.job.url;
    result.state = state;
    result.error = error;
    result.filePath = item.filePath;
    result.bytes = item.received;
    result.totalBytes = item.total;
    result.httpStatus = error.httpStatus;
    result.attempts = item.attempts;
    result.worker = d >= 0 && lane >= 0 ? m_daemons[d].firstLane + lane : -1;
    result.startUs = item.startUs;
    result.firstByteUs = item.firstByteUs;
    result.endUs = item.endUs;
    if (state == ItemState::Done) {
        result.verified = item.job.checksum.isValid();
        result.servedBy = item.job.url;
        ++m_counts.done;
        m_finishedBytes += item.received;
        if (d >= 0) {
            ++m_daemons[d].files;
            m_daemons[d].bytes += item.received;
        }
    } else if (state == ItemState::Failed) {
        ++m_counts.failed;
    } else if (state == ItemState::Cancelled) {
        ++m_counts.cancelled;
    } else if (state == ItemState::Paused) {
        ++m_counts.paused;
    }
    if (d >= 0 && !item.gid.isEmpty() && state != ItemState::Paused && state != ItemState::Cancelled)
        forget(d, item.gid);
    if (state != ItemState::Paused) {
        item.gid.clear();
    } else if (d >= 0 && !item.gid.isEmpty()) {
        // Stays on the daemon, paused, for enqueue() to resume.
        item.resumeGid = item.gid;
        item.resumeDaemon = d;
        item.gid.clear();
    }
    m_finished.push_back(result);
    markDirty(index);
    publishSoon();
}

void Aria2Engine::forget(int d, const QString &gid)
{
    if (usable(d))
        m_daemons[d].client->call(QStringLiteral("aria2.removeDownloadResult"), {gid}, [](const Aria2Reply &) {});
}

// aria2.forcePause or aria2.forceRemove for an item on a daemon.
void Aria2Engine::stopOnDaemon(int index, bool pause)
{
    Item &item = m_items[index];
    const int d = item.daemon;
    const QString gid = item.gid;
    if (!usable(d) || gid.isEmpty())
        return;
    const quint64 run = m_run;
    if (pause) {
        m_daemons[d].client->call(QStringLiteral("aria2.forcePause"), {gid},
                                  [this, run, index, gid](const Aria2Reply &reply) {
                                      if (run != m_run || !m_running)
                                          return;
                                      Item &item = m_items[index];
                                      // Refused (it completed or failed meanwhile): the next poll tells.
                                      if (reply.ok() && item.gid == gid && !isFinal(item.state))
                                          finishItem(index, ItemState::Paused);
                                  });
        return;
    }
    // Ends at once; the daemon's answer only tidies up.
    m_daemons[d].client->call(QStringLiteral("aria2.forceRemove"), {gid},
                              [this, d, gid](const Aria2Reply &) { forget(d, gid); });
    finishItem(index, ItemState::Cancelled, FetchError::make(ErrorKind::Cancelled, tr("Cancelled.")));
}

void Aria2Engine::cancel()
{
    if (!m_running)
        return;
    for (int index = 0; index < m_items.size(); ++index) {
        if (!isFinal(m_items[index].state))
            cancelItem(m_items[index].job.id);
    }
}

void Aria2Engine::cancelItem(quint64 id)
{
    const int index = indexOf(id);
    if (!m_running || index < 0 || isFinal(m_items[index].state))
        return;
    Item &item = m_items[index];
    if (item.daemon >= 0 && !item.gid.isEmpty()) {
        stopOnDaemon(index, false);
    } else if (item.adding) {
        // The download the daemon is making is removed when its gid comes.
        ++item.handOver;
        finishItem(index, ItemState::Cancelled, FetchError::make(ErrorKind::Cancelled, tr("Cancelled.")));
    } else {
        finishItem(index, ItemState::Cancelled, FetchError::make(ErrorKind::Cancelled, tr("Cancelled.")));
    }
}

bool Aria2Engine::pauseItem(quint64 id)
{
    const int index = indexOf(id);
    if (!m_running || index < 0 || isFinal(m_items[index].state))
        return false;
    Item &item = m_items[index];
    if (item.daemon < 0) {
        finishItem(index, ItemState::Paused);
        return true;
    }
    item.pauseWanted = true;
    if (!item.gid.isEmpty())
        stopOnDaemon(index, true);
    return true;
}

bool Aria2Engine::enqueue(const QVector<DownloadJob> &jobs)
{
    if (!m_running || m_counts.finished() >= m_counts.total)
        return false;
    for (const DownloadJob &job : jobs) {
        const int earlier = indexOf(job.id);
        if (earlier >= 0 && !isFinal(m_items[earlier].state))
            continue;
        Item item;
        item.job = job;
        if (earlier >= 0 && m_items[earlier].state == ItemState::Paused && m_items[earlier].resumeDaemon >= 0
            && usable(m_items[earlier].resumeDaemon)) {
            item.resumeGid = m_items[earlier].resumeGid;
            item.resumeDaemon = m_items[earlier].resumeDaemon;
            m_items[earlier].resumeGid.clear();
            m_items[earlier].resumeDaemon = -1;
        }
        m_idToIndex.insert(job.id, int(m_items.size()));
        m_queue.push_back(int(m_items.size()));
        m_items.push_back(std::move(item));
        ++m_counts.total;
    }
    dispatch();
    publishSoon();
    return true;
}

// Named items in our queue go to its front; named ones waiting on a daemon
// go to the front of its waiting queue (aria2.changePosition), in order.
void Aria2Engine::reorder(const QVector<quint64> &ids)
{
    QList<int> first;
    QHash<int, QVector<int>> waiting; // per daemon
    for (quint64 id : ids) {
        const int index = indexOf(id);
        if (index < 0)
            continue;
        const Item &item = m_items[index];
        if (m_queue.removeOne(index))
            first.push_back(index);
        else if (item.held && item.lane < 0 && !item.gid.isEmpty() && !isFinal(item.state) && usable(item.daemon))
            waiting[item.daemon].push_back(index);
    }
    m_queue = first + m_queue;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        // Each to the front, the last named first: they end up in order.
        for (auto index = it.value().crbegin(); index != it.value().crend(); ++index) {
            // Refused for one aria2 started meanwhile: nothing to move then.
            m_daemons[it.key()].client->call(QStringLiteral("aria2.changePosition"),
                                             {m_items[*index].gid, 0, QStringLiteral("POS_SET")},
                                             [](const Aria2Reply &) {});
        }
    }
}

RunProgress Aria2Engine::progress() const
{
    RunProgress progress = m_counts;
    progress.bytes = m_finishedBytes;
    for (const Daemon &daemon : m_daemons) {
        for (int index : daemon.lanes) {
            if (index >= 0) {
                ++progress.inFlight;
                progress.bytes += m_items[index].received;
            }
        }
    }
    progress.elapsedUs = m_running ? nowUs() : m_wallUs;
    return progress;
}

void Aria2Engine::applyRateLimit()
{
    if (m_probing)
        return; // applied when the run starts
    int live = 0;
    for (int d = 0; d < m_daemons.size(); ++d)
        live += usable(d) ? 1 : 0;
    if (live == 0)
        return;
    const qint64 share = m_rateLimit > 0 ? qMax<qint64>(1, m_rateLimit / live) : 0;
    for (int d = 0; d < m_daemons.size(); ++d) {
        if (!usable(d))
            continue;
        Daemon &daemon = m_daemons[d];
        if (share == 0) {
            restoreOwnLimit(d);
            continue;
        }
        // The daemon's owner may have capped it lower: that cap stands.
        setOverallLimit(d, daemon.ownLimit > 0 ? qMin(share, daemon.ownLimit) : share);
        daemon.limitChanged = true;
    }
}

void Aria2Engine::restoreOwnLimit(int d)
{
    if (!m_daemons[d].limitChanged)
        return;
    m_daemons[d].limitChanged = false;
    setOverallLimit(d, m_daemons[d].ownLimit);
}

void Aria2Engine::setOverallLimit(int d, qint64 bytesPerSecond)
{
    m_daemons[d].client->call(QStringLiteral("aria2.changeGlobalOption"),
                              {QJsonObject{{QStringLiteral("max-overall-download-limit"),
                                            QString::number(bytesPerSecond)}}},
                              [](const Aria2Reply &) {});
}

void Aria2Engine::setRateLimit(qint64 bytesPerSecond)
{
    if (!m_running)
        return;
    m_rateLimit = qMax<qint64>(0, bytesPerSecond);
    applyRateLimit();
}

void Aria2Engine::setItemRateLimit(quint64 id, qint64 bytesPerSecond)
{
    const int index = indexOf(id);
    if (!m_running || index < 0)
        return;
    Item &item = m_items[index];
    item.job.rateLimit = qMax<qint64>(0, bytesPerSecond);
    if (item.daemon >= 0 && !item.gid.isEmpty() && usable(item.daemon))
        m_daemons[item.daemon].client->call(
                QStringLiteral("aria2.changeOption"),
                {item.gid, QJsonObject{{QStringLiteral("max-download-limit"), QString::number(item.job.rateLimit)}}},
                [](const Aria2Reply &) {});
}

void Aria2Engine::markDirty(int index)
{
    if (!m_dirty.contains(index))
        m_dirty.push_back(index);
}

void Aria2Engine::publishSoon()
{
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void Aria2Engine::publish()
{
    if (!m_running)
        return;
    // Nothing of the run before its runStarted: while the daemons are asked,
    // only an end of every item (a cancel) moves on, starting and ending it.
    if (m_probing) {
        if (m_counts.finished() < m_counts.total)
            return;
        endProbing();
    }
    if (!m_dirty.isEmpty()) {
        QVector<ItemProgress> items;
        items.reserve(m_dirty.size());
        for (int index : std::as_const(m_dirty)) {
            const Item &item = m_items[index];
            ItemProgress progress;
            progress.id = item.job.id;
            progress.state = item.state;
            progress.received = item.received;
            progress.total = item.total;
            progress.worker = item.daemon >= 0 && item.lane >= 0 ? m_daemons[item.daemon].firstLane + item.lane : -1;
            progress.startUs = item.startUs;
            progress.firstByteUs = item.firstByteUs;
            progress.attempt = item.attempts;
            progress.maxAttempts = m_options.retries + 1;
            items.push_back(progress);
        }
        m_dirty.clear();
        Q_EMIT progressed(progress(), items);
    }
    if (!m_finished.isEmpty()) {
        const QVector<ItemResult> finished = std::exchange(m_finished, {});
        Q_EMIT itemsFinished(finished);
    }
    if (m_fingerprintPending) {
        m_fingerprintPending = false;
        Q_EMIT listIdentified(m_listFingerprint);
    }
    if (!m_running || m_counts.finished() < m_counts.total)
        return;

    // The last item has ended: paused downloads left on the daemons are
    // removed there (their files and control files stay), and the run ends.
    m_wallUs = nowUs();
    m_pollTimer.stop();
    for (Item &item : m_items) {
        if (item.resumeDaemon >= 0 && usable(item.resumeDaemon)) {
            const int d = item.resumeDaemon;
            const QString gid = item.resumeGid;
            m_daemons[d].client->call(QStringLiteral("aria2.forceRemove"), {gid},
                                      [this, d, gid](const Aria2Reply &) { forget(d, gid); });
        }
        item.resumeDaemon = -1;
        item.resumeGid.clear();
    }
    for (int d = 0; d < m_daemons.size(); ++d) {
        if (usable(d))
            restoreOwnLimit(d);
    }
    m_running = false;
    const RunProgress final = progress();
    qCInfo(lcRemote) << "run ended:" << final.done << "done," << final.failed << "failed," << final.cancelled
                     << "cancelled," << final.paused << "paused";
    Q_EMIT runFinished(final, m_wallUs);
}

QVector<Aria2EndpointFigures> Aria2Engine::figures() const
{
    QVector<Aria2EndpointFigures> all;
    const double seconds = double(m_running ? nowUs() : m_wallUs) / 1e6;
    for (int d = 0; d < m_daemons.size(); ++d) {
        const Daemon &daemon = m_daemons[d];
        Aria2EndpointFigures figures;
        figures.endpoint = m_endpoints[d].displayName();
        figures.version = daemon.version;
        figures.lanes = daemon.capacity;
        figures.files = daemon.files;
        figures.bytes = daemon.bytes;
        figures.bytesPerSecond = seconds > 0 ? double(daemon.bytes) / seconds : 0;
        figures.tookPart = daemon.answered;
        figures.problem = daemon.problem;
        if (daemon.answered && !daemon.gone)
            figures.problem.clear();
        all.push_back(figures);
    }
    return all;
}

} // namespace Fetchpool
