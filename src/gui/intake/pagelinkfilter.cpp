#include "intake/pagelinkfilter.h"

#include "intake/pagelinkmodel.h"

#include <QRegularExpression>

namespace Fetchpool::Gui {

PageLinkFilter::PageLinkFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A size that arrives can hide a row under the minimum.
    setDynamicSortFilter(true);
}

void PageLinkFilter::setImagesOnly(bool imagesOnly)
{
    if (m_imagesOnly == imagesOnly)
        return;
    m_imagesOnly = imagesOnly;
    invalidateFilter();
}

void PageLinkFilter::setExtensions(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList extensions;
    for (QString extension : text.split(separators, Qt::SkipEmptyParts)) {
        while (extension.startsWith(QLatin1Char('*')) || extension.startsWith(QLatin1Char('.')))
            extension.remove(0, 1);
        if (!extension.isEmpty())
            extensions << extension.toLower();
    }
    if (m_extensions == extensions)
        return;
    m_extensions = extensions;
    invalidateFilter();
}

void PageLinkFilter::setMinimumSize(qint64 bytes)
{
    if (m_minimumSize == bytes)
        return;
    m_minimumSize = bytes;
    invalidateFilter();
}

void PageLinkFilter::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

bool PageLinkFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_imagesOnly && index.data(PageLinkModel::KindRole).toInt() != int(PageLinkKind::Image))
        return false;
    if (!m_extensions.isEmpty() && !m_extensions.contains(index.data(PageLinkModel::ExtensionRole).toString()))
        return false;
    const qint64 size = index.data(PageLinkModel::SizeRole).toLongLong();
    if (m_minimumSize > 0 && size >= 0 && size < m_minimumSize)
        return false;
    return m_text.isEmpty() || index.data(PageLinkModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Fetchpool::Gui
