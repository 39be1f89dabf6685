#pragma once

#include "downloadtypes.h"
#include "filenamer.h"
#include "resumerecord.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace Fetchpool {

// The folder one item is saved in, with what hands out names there and the
// parts an earlier run left there.
struct ItemFolder
{
    QString path; // absolute
    FileNamer *namer = nullptr;
    ResumeIndex *resumable = nullptr;
};

// The destination and the subfolders of it that items ask for (aria2's
// dir=, DownloadJob::subdir). Each subfolder is made on first use and has a
// FileNamer and a ResumeIndex of its own, so names are reserved and parts
// found per folder. A subfolder never leads out of the destination: each
// existing step of its path is checked by its canonical path before the
// next is made (a symlink pointing elsewhere is refused, nothing is created
// through it), and the whole path is checked again once it exists.
class ItemFolders final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ItemFolders)
    Q_DISABLE_COPY_MOVE(ItemFolders)

public:
    // `destination` is the run's folder, whose namer and parts the run owns.
    ItemFolders(const QString &destination, FileNamer &rootNamer, ResumeIndex &rootParts);
    ~ItemFolders();

    // The folder for `subdir` (empty: the destination itself). Nothing when
    // it cannot be made or would lead out of the destination; *error then
    // says why and names the path. Thread-safe.
    std::optional<ItemFolder> open(const QString &subdir, QString *error);
    const ItemFolder &root() const { return m_root; }

    // A failed result for an item whose folder could not be opened.
    static ItemResult refused(const DownloadJob &job, const QString &error);

private:
    struct Subfolder;
    std::optional<QString> make(const QString &subdir, QString *error) const;
    bool isInside(const QString &canonicalPath) const;

    const QString m_destination; // canonical
    const ItemFolder m_root;
    QMutex m_mutex;
    std::map<QString, std::unique_ptr<Subfolder>> m_subfolders; // by subdir; addresses stay put
};

} // namespace Fetchpool
