#include "itemfolders.h"

#include "listitemoptions.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>

namespace Fetchpool {

struct ItemFolders::Subfolder
{
    explicit Subfolder(const QString &path)
        : namer(path)
        , resumable(path)
    {
    }
    FileNamer namer;
    ResumeIndex resumable;
};

namespace {

QString canonicalOr(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(path).absolutePath()) : canonical;
}

} // namespace

ItemFolders::ItemFolders(const QString &destination, FileNamer &rootNamer, ResumeIndex &rootParts)
    : m_destination(canonicalOr(destination))
    , m_root{rootNamer.directory(), &rootNamer, &rootParts}
{
}

ItemFolders::~ItemFolders() = default;

std::optional<ItemFolder> ItemFolders::open(const QString &subdir, QString *error)
{
    if (subdir.isEmpty())
        return m_root;
    QMutexLocker lock(&m_mutex);
    const auto known = m_subfolders.find(subdir);
    if (known != m_subfolders.end())
        return ItemFolder{known->second->namer.directory(), &known->second->namer, &known->second->resumable};
    const auto path = make(subdir, error);
    if (!path)
        return std::nullopt;
    auto &folder = m_subfolders[subdir];
    folder = std::make_unique<Subfolder>(*path);
    qCDebug(lcEngine) << "subfolder" << subdir << "at" << *path;
    return ItemFolder{*path, &folder->namer, &folder->resumable};
}

bool ItemFolders::isInside(const QString &canonicalPath) const
{
    const QString prefix = m_destination.endsWith(QLatin1Char('/')) ? m_destination : m_destination + QLatin1Char('/');
    return canonicalPath.startsWith(prefix);
}

// Step by step: every part of the path that exists must resolve inside the
// destination before anything is made under it.
std::optional<QString> ItemFolders::make(const QString &subdir, QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto safe = Aria2Options::safeSubdir(subdir);
    if (!safe || *safe != subdir)
        return fail(tr("the subfolder '%1' is not a relative path inside the destination").arg(subdir));
    QString path = m_destination;
    for (const QString &segment : safe->split(QLatin1Char('/'))) {
        path += QLatin1Char('/') + segment;
        const QFileInfo step(path);
        if (!step.exists() && !step.isSymLink() && !QDir().mkdir(path) && !QFileInfo(path).isDir())
            return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(path)));
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !isInside(canonical))
            return fail(tr("the folder %1 leads out of the destination (to %2): not saved there")
                                .arg(QDir::toNativeSeparators(path),
                                     canonical.isEmpty() ? tr("nowhere") : QDir::toNativeSeparators(canonical)));
        if (!QFileInfo(canonical).isDir())
            return fail(tr("%1 is in the way of the subfolder: it is not a folder").arg(QDir::toNativeSeparators(path)));
    }
    return QFileInfo(path).canonicalFilePath();
}

ItemResult ItemFolders::refused(const DownloadJob &job, const QString &error)
{
    ItemResult result = ItemResult::beforeRequest(job, ItemState::Failed);
    result.error = FetchError::make(ErrorKind::FileSystem, error);
    return result;
}

} // namespace Fetchpool
