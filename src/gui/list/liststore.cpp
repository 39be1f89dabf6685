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
// 1: each row's own fields. 2: each row as the engine's ItemResult JSON, so
// error kinds, timings and every attempt survive a restart (the attempt
// history is an optional key: lists saved without it still load).
constexpr int FormatVersion = 2;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// What the user and the list gave a row, kept whatever its state: its own
// speed limit and its options (an optional key of version 2: lists saved
// without it still load).
QJsonObject withRowSettings(QJsonObject json, const DownloadItem &item)
{
    if (item.rateLimit > 0)
        json.insert(key("rateLimit"), item.rateLimit);
    if (item.options && !item.options->isEmpty())
        json.insert(key("options"), item.options->toJson());
    return json;
}

QJsonObject itemToJson(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    // No login is ever written to disk: a URL's user name and password are
    // left out, and after a restart the site's 401 brings up the login
    // prompt, whose "Remember" keeps the password in the desktop's secret
    // store instead.
    const QString url = result.url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo);
    // A row that has not ended comes back queued: the URL is all it needs,
    // which keeps big pasted lists small.
    if (!isFinal(result.state))
        return withRowSettings({{key("url"), url}, {key("state"), stateName(result.state)}}, item);
    QJsonObject json = result.toJson();
    json.insert(key("url"), url);
    return withRowSettings(json, item);
}

std::optional<DownloadItem> itemFromJson(const QJsonObject &json, int version)
{
    DownloadItem item;
    item.result = ItemResult::fromJson(json);
    // Version 1 had the same keys for what it kept, but the error was a bare
    // message (its kind was not kept) and there were no timings.
    if (version < 2)
        item.result.error.message = json.value(key("error")).toString();
    item.result.url = QUrl(json.value(key("url")).toString(), QUrl::StrictMode);
    if (!item.result.url.isValid() || item.result.url.isRelative())
        return std::nullopt;
    if (!isFinal(item.result.state))
        item.requeue(); // was queued or in flight when the window closed (or crashed)
    item.rateLimit = qMax(qint64(0), json.value(key("rateLimit")).toInteger());
    if (const QJsonObject options = json.value(key("options")).toObject(); !options.isEmpty()) {
        ItemOptions read = ItemOptions::fromJson(options);
        if (!read.isEmpty())
            item.options = std::make_shared<const ItemOptions>(std::move(read));
    }
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
    // What was downloaded from where is the owner's business alone.
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
    const int version = root.value(key("version")).toInt(1);
    const QJsonArray items = root.value(key("items")).toArray();
    list.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (auto item = itemFromJson(value.toObject(), version))
            list.items.push_back(std::move(*item));
    }
    return list;
}

} // namespace Fetchpool::Gui
