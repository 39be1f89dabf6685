#pragma once

#include <QWidget>

class QListView;
class QSlider;

namespace Fetchpool::Gui {

class GalleryDelegate;
class GalleryModel;
class ThumbnailCache;

// The downloaded images as thumbnails, with a slider for their size.
// Double-click or Return asks for the file to be opened.
class GalleryView final : public QWidget
{
    Q_OBJECT

public:
    explicit GalleryView(GalleryModel *model, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    GalleryDelegate *delegate() const { return m_delegate; }
    void setThumbnailSize(int edge);
    int thumbnailSize() const;

    static constexpr int MinThumbnail = 48;
    static constexpr int MaxThumbnail = 320;

Q_SIGNALS:
    void openRequested(quint64 id);

private:
    GalleryModel *const m_model;
    ThumbnailCache *m_thumbnails;
    GalleryDelegate *m_delegate;
    QListView *m_list;
    QSlider *m_size;
};

} // namespace Fetchpool::Gui
