#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Fetchpool::Gui {

// Which of a page's links the picker shows: images only, some extensions,
// a minimum size (a size not known passes: it may well be large enough),
// and text in the URL or the link's text.
class PageLinkFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PageLinkFilter(QObject *parent = nullptr);

    void setImagesOnly(bool imagesOnly);
    // "jpg, png" or "*.jpg .PNG": any of them; empty: all.
    void setExtensions(const QString &text);
    void setMinimumSize(qint64 bytes);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_imagesOnly = false;
    QStringList m_extensions;
    qint64 m_minimumSize = 0;
    QString m_text;
};

} // namespace Fetchpool::Gui
