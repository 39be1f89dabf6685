#include "intake/pagelinkmodel.h"

#include "units.h"

#include <QPixmap>

#include <algorithm>

namespace Fetchpool::Gui {

PageLinkModel::PageLinkModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PageLinkModel::setLinks(const QVector<PageLink> &links)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_rows.reserve(links.size());
    for (const PageLink &link : links) {
        Row row;
        row.link = link;
        const QString path = link.url.path();
        row.name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        if (row.name.isEmpty())
            row.name = link.url.host() + path;
        m_rowOf.insert(link.url, int(m_rows.size()));
        m_rows << row;
    }
    endResetModel();
}

void PageLinkModel::setProbed(const ProbeResult &result)
{
    const int row = m_rowOf.value(result.url, -1);
    if (row < 0)
        return;
    m_rows[row].size = result.size;
    m_rows[row].mimeType = result.mimeType;
    m_rows[row].sized = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PageLinkModel::probeEnded()
{
    for (Row &row : m_rows)
        row.sized = true;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SizeColumn), index(rowCount() - 1, SizeColumn));
}

void PageLinkModel::setThumbnail(const QUrl &url, const QImage &image)
{
    const int row = m_rowOf.value(url, -1);
    if (row < 0 || image.isNull())
        return;
    m_rows[row].thumbnail = QIcon(QPixmap::fromImage(image));
    Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::DecorationRole});
}

bool PageLinkModel::hasImages() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row &row) { return row.link.kind == PageLinkKind::Image; });
}

QStringList PageLinkModel::extensions() const
{
    QHash<QString, int> counts;
    for (const Row &row : m_rows) {
        const QString extension = PageLinks::extension(row.link.url);
        if (!extension.isEmpty())
            ++counts[extension];
    }
    QStringList found = counts.keys();
    std::sort(found.begin(), found.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return found;
}

int PageLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PageLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PageLinkModel::sizeText(const Row &row) const
{
    if (row.size >= 0)
        return formatBytes(row.size);
    return row.sized ? tr("size unknown") : tr("…");
}

QVariant PageLinkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case TypeColumn: {
            const QString extension = PageLinks::extension(row.link.url).toUpper();
            const QString kind = PageLinks::kindName(row.link.kind);
            return extension.isEmpty() ? kind : tr("%1 (%2)").arg(kind, extension);
        }
        case SizeColumn: return sizeText(row);
        case TextColumn: return row.link.text;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return row.thumbnail.isNull() ? m_icons.icon(row.mimeType, row.name) : row.thumbnail;
        break;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        return row.link.text.isEmpty() ? row.link.url.toDisplayString()
                                       : QString(row.link.text + QLatin1Char('\n') + row.link.url.toDisplayString());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindRole: return int(row.link.kind);
    case SizeRole: return row.size;
    case ExtensionRole: return PageLinks::extension(row.link.url);
    case SearchTextRole: return QString(row.link.url.toDisplayString() + QLatin1Char('\n') + row.link.text);
    }
    return {};
}

bool PageLinkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (m_rows[index.row()].checked == checked)
        return true;
    m_rows[index.row()].checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags PageLinkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PageLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size");
    case TextColumn: return tr("Description");
    }
    return {};
}

} // namespace Fetchpool::Gui
