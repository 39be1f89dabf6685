#include "galleryview.h"

#include "gallerydelegate.h"
#include "gallerymodel.h"
#include "thumbnailcache.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QSlider>
#include <QVBoxLayout>

namespace Fetchpool::Gui {

GalleryView::GalleryView(GalleryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_thumbnails(new ThumbnailCache(this))
    , m_delegate(new GalleryDelegate(m_thumbnails, this))
    , m_list(new QListView(this))
    , m_size(new QSlider(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("gallery"));
    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true); // 10,000 cells are laid out without asking each
    m_list->setLayoutMode(QListView::Batched);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSpacing(2);
    m_list->setModel(model);
    m_list->setItemDelegate(m_delegate);

    m_size->setObjectName(QStringLiteral("thumbnailSize"));
    m_size->setRange(MinThumbnail, MaxThumbnail);
    m_size->setSingleStep(8);
    m_size->setPageStep(32);
    m_size->setMaximumWidth(220);
    m_size->setToolTip(tr("Thumbnail size"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("galleryCount"));
    bar->addWidget(count);
    bar->addStretch();
    auto *sizeLabel = new QLabel(tr("Si&ze"), this);
    sizeLabel->setBuddy(m_size);
    bar->addWidget(sizeLabel);
    bar->addWidget(m_size);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list, 1);
    layout->addLayout(bar);

    auto showCount = [this, count] {
        count->setText(m_model->rowCount() == 0 ? tr("No downloaded images yet")
                                                : tr("%n image(s)", nullptr, m_model->rowCount()));
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, showCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, showCount);
    connect(model, &QAbstractItemModel::modelReset, this, showCount);
    showCount();

    // An entry whose file was replaced shows the new file, not the cached picture of the old one.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        for (int row = first.row(); row <= last.row(); ++row)
            m_thumbnails->forget(m_model->index(row).data(GalleryModel::PathRole).toString());
    });
    connect(m_size, &QSlider::valueChanged, this, &GalleryView::setThumbnailSize);
    // Decoded thumbnails land in the cache; only the cells on screen repaint.
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(index.data(GalleryModel::IdRole).toULongLong()); });
    setThumbnailSize(128);
}

void GalleryView::setThumbnailSize(int edge)
{
    edge = qBound(MinThumbnail, edge, MaxThumbnail);
    m_delegate->setThumbnailSize(edge);
    m_size->setValue(edge);
    // The cells change size: let the view lay them out again.
    QStyleOptionViewItem option;
    option.fontMetrics = m_list->fontMetrics();
    m_list->setGridSize(m_delegate->sizeHint(option, QModelIndex()) + QSize(4, 4));
    m_list->doItemsLayout();
}

int GalleryView::thumbnailSize() const
{
    return m_delegate->thumbnailSize();
}

} // namespace Fetchpool::Gui
