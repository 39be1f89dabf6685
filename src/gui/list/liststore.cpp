#include "list/liststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

namespace {

constexpr int SaveDelayMs = 1000;
constexpr int FormatVersion = 1;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

ItemState stateFromName(const QString &name)
{
    for (ItemState state : {ItemState::Queued, ItemState::Connecting, ItemState::Receiving,
                            ItemState::Done, ItemState::Failed, ItemState::Cancelled}) {
        if (stateName(state) == name)
            return state;
    }
    return ItemState::Queued;
}

QJsonObject itemToJson(const DownloadItem &item)
{
    QJsonObject json{
        {key("url"), item.url.toString(QUrl::FullyEncoded)},
        {key("state"), stateName(item.state)},
    };
    // Only what a row in that state has, to keep big lists small.
    if (!item.fileName.isEmpty())
        json.insert(key("name"), item.fileName);
    if (!item.filePath.isEmpty())
        json.insert(key("file"), item.filePath);
    if (!item.mimeType.isEmpty())
        json.insert(key("mimeType"), item.mimeType);
    if (item.received > 0)
        json.insert(key("bytes"), item.received);
    if (item.total >= 0)
        json.insert(key("totalBytes"), item.total);
    if (item.durationUs >= 0)
        json.insert(key("durationUs"), item.durationUs);
    if (item.bytesPerSecond > 0)
        json.insert(key("bytesPerSecond"), item.bytesPerSecond);
    if (item.worker >= 0)
        json.insert(key("worker"), item.worker);
    if (item.httpStatus > 0)
        json.insert(key("httpStatus"), item.httpStatus);
    if (item.attempts > 0)
        json.insert(key("attempts"), item.attempts);
    if (!item.errorMessage.isEmpty())
        json.insert(key("error"), item.errorMessage);
    return json;
}

std::optional<DownloadItem> itemFromJson(const QJsonObject &json)
{
    DownloadItem item;
    item.url = QUrl(json.value(key("url")).toString(), QUrl::StrictMode);
    if (!item.url.isValid() || item.url.isRelative())
        return std::nullopt;
    item.state = stateFromName(json.value(key("state")).toString());
    if (!isFinal(item.state)) {
        // Was queued or in flight when the window closed (or crashed).
        item.requeue();
        return item;
    }
    item.fileName = json.value(key("name")).toString();
    item.filePath = json.value(key("file")).toString();
    item.mimeType = json.value(key("mimeType")).toString();
    item.received = json.value(key("bytes")).toInteger();
    item.total = json.value(key("totalBytes")).toInteger(-1);
    item.durationUs = json.value(key("durationUs")).toInteger(-1);
    item.bytesPerSecond = json.value(key("bytesPerSecond")).toDouble();
    item.worker = json.value(key("worker")).toInt(-1);
    item.httpStatus = json.value(key("httpStatus")).toInt();
    item.attempts = json.value(key("attempts")).toInt();
    item.errorMessage = json.value(key("error")).toString();
    return item;
}

} // namespace

QString ListStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/list.json");
}

ListStore::ListStore(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SaveDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &ListStore::startBackgroundSave);
    connect(&m_writer, &QFutureWatcher<QString>::finished, this, &ListStore::onWriteFinished);
}

ListStore::~ListStore()
{
    m_writer.waitForFinished();
}

std::optional<StoredList> ListStore::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return StoredList{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the saved list '%1': %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return std::nullopt;
    }
    auto list = deserialize(file.readAll(), error);
    if (!list) {
        // Kept aside: the next save would otherwise replace what may still be recoverable.
        const QString aside = m_path + QStringLiteral(".damaged");
        QFile::remove(aside);
        if (QFile::copy(m_path, aside))
            *error += QLatin1Char(' ') + tr("A copy was kept as '%1'.").arg(QDir::toNativeSeparators(aside));
    }
    return list;
}

void ListStore::scheduleSave()
{
    // Not restarted on every change: a busy run still saves once a second.
    if (!m_debounce.isActive())
        m_debounce.start();
}

bool ListStore::saveNow(QString *error)
{
    m_debounce.stop();
    m_writer.waitForFinished();
    m_saveAgain = false;
    if (!m_provider)
        return true;
    const QString problem = write(m_path, m_provider());
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void ListStore::startBackgroundSave()
{
    if (!m_provider || !m_pool)
        return;
    if (m_writer.isRunning()) {
        m_saveAgain = true; // one writer at a time; the next one takes a fresh snapshot
        return;
    }
    m_writer.setFuture(QtConcurrent::run(m_pool, &ListStore::write, m_path, m_provider()));
}

void ListStore::onWriteFinished()
{
    const QString problem = m_writer.result();
    if (problem.isEmpty())
        Q_EMIT saved();
    else
        Q_EMIT saveFailed(problem);
    if (m_saveAgain) {
        m_saveAgain = false;
        startBackgroundSave();
    }
}

QString ListStore::write(const QString &path, const StoredList &list)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder '%1' for the saved list.").arg(QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot save the list to '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString());
    // The list keeps URLs as given, credentials included: for its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(serialize(list));
    if (!file.commit())
        return tr("Cannot save the list to '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QByteArray ListStore::serialize(const StoredList &list)
{
    QJsonArray items;
    for (const DownloadItem &item : list.items)
        items.append(itemToJson(item));
    const QJsonObject root{
        {key("format"), key("fetchpool-list")},
        {key("version"), FormatVersion},
        {key("destination"), list.destination},
        {key("items"), items},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<StoredList> ListStore::deserialize(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = tr("The saved list is damaged: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(key("format")).toString() != key("fetchpool-list")) {
        *error = tr("The saved list is not a Fetchpool list.");
        return std::nullopt;
    }
    StoredList list;
    list.destination = root.value(key("destination")).toString();
    const QJsonArray items = root.value(key("items")).toArray();
    list.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (auto item = itemFromJson(value.toObject()))
            list.items.push_back(std::move(*item));
    }
    return list;
}

} // namespace Fetchpool::Gui
