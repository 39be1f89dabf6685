#include "gallerymodel.h"


#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Fetchpool::Gui {

namespace {

bool isImageType(const QString &mimeType)
{
    return mimeType.startsWith(QStringLiteral("image/"));
}

} // namespace

GalleryModel::GalleryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const GalleryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(entry.filePath).fileName();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2")
                              .arg(QFileInfo(entry.filePath).fileName().toHtmlEscaped(),
                                   QDir::toNativeSeparators(entry.filePath).toHtmlEscaped());
        if (!entry.mismatch.isEmpty())
            tip += QStringLiteral("<br><b>%1</b>").arg(tr("Warning: %1").arg(entry.mismatch).toHtmlEscaped());
        return tip;
    }
    case PathRole:
        return entry.filePath;
    case MismatchRole:
        return entry.mismatch;
    case MimeTypeRole:
        return entry.mimeType;
    case IdRole:
        return entry.id;
    default:
        return {};
    }
}

bool GalleryModel::isImage(const QString &declared, const QString &detected, const QString &path) const
{
    if (isImageType(declared) || isImageType(detected))
        return true;
    return isImageType(m_mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name());
}

void GalleryModel::addResults(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        if (result.state != ItemState::Done || result.filePath.isEmpty()
            || !isImage(result.mimeType, result.detectedMimeType, result.filePath)) {
            continue;
        }
        put({result.id, result.filePath,
             result.detectedMimeType.isEmpty() ? result.mimeType : result.detectedMimeType,
             result.contentMismatch});
    }
}

void GalleryModel::addItems(const QVector<DownloadItem> &items)
{
    // A restored row holds the result its last run ended with.
    QVector<ItemResult> results;
    results.reserve(items.size());
    for (const DownloadItem &item : items)
        results << item.result;
    addResults(results);
}

void GalleryModel::put(GalleryEntry entry)
{
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry.id,
                                     [](const GalleryEntry &existing, quint64 id) { return existing.id < id; });
    const int row = int(at - m_entries.begin());
    if (at != m_entries.end() && at->id == entry.id) {
        *at = std::move(entry);
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    beginInsertRows({}, row, row);
    m_entries.insert(row, std::move(entry));
    endInsertRows();
}

void GalleryModel::retainListed(const std::function<bool(quint64)> &isListed)
{
    // From the end, so each removal leaves the rows still to visit in place.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (isListed(m_entries.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !isListed(m_entries.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_entries.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void GalleryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int GalleryModel::rowOf(quint64 id) const
{
    const auto at = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                                     [](const GalleryEntry &existing, quint64 wanted) { return existing.id < wanted; });
    return at != m_entries.cend() && at->id == id ? int(at - m_entries.cbegin()) : -1;
}

} // namespace Fetchpool::Gui
