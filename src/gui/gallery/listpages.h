#pragma once

#include <QStackedWidget>

class QAction;

namespace Fetchpool {
class TransferEngine;
}

namespace Fetchpool::Gui {

class DownloadModel;
class GalleryModel;
class GalleryView;

// The window's middle: the list, or the gallery of its downloaded pictures
// (View → List / Gallery). The gallery takes the engine's finished items and
// forgets the ones the list no longer has.
class ListPages final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPages)

public:
    // Takes `list`'s place in its parent's layout and shows it first.
    ListPages(QWidget *list, const DownloadModel &model, TransferEngine &engine, QAction *listAction,
              QAction *galleryAction);

    GalleryModel *galleryModel() const { return m_galleryModel; }
    GalleryView *gallery() const { return m_gallery; }
    bool isGalleryShown() const;
    void showGallery(bool gallery);

private:
    QWidget *const m_list;
    QAction *const m_listAction;
    QAction *const m_galleryAction;
    GalleryModel *m_galleryModel;
    GalleryView *m_gallery;
};

} // namespace Fetchpool::Gui
