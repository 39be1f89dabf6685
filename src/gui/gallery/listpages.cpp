#include "gallery/listpages.h"

#include "transferengine.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "list/downloadmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QLayout>
#include <QListView>

namespace Fetchpool::Gui {

ListPages::ListPages(QWidget *list, const DownloadModel &model, TransferEngine &engine, QAction *listAction,
                     QAction *galleryAction)
    : QStackedWidget(list->parentWidget())
    , m_list(list)
    , m_listAction(listAction)
    , m_galleryAction(galleryAction)
    , m_galleryModel(new GalleryModel(this))
    , m_gallery(new GalleryView(m_galleryModel, this))
{
    setObjectName(QStringLiteral("listPages"));
    // Before the list moves in here, or its layout would already have let it go.
    if (QLayout *layout = list->parentWidget()->layout())
        delete layout->replaceWidget(list, this);
    addWidget(list);
    addWidget(m_gallery);

    connect(&engine, &TransferEngine::itemsFinished, m_galleryModel, &GalleryModel::addResults);
    auto dropUnlisted = [this, &model] {
        m_galleryModel->retainListed([&model](quint64 id) { return model.rowOf(id) >= 0; });
    };
    connect(&model, &QAbstractItemModel::rowsRemoved, this, dropUnlisted);
    connect(&model, &QAbstractItemModel::modelReset, this, dropUnlisted);

    auto *pages = new QActionGroup(this);
    pages->addAction(m_listAction);
    pages->addAction(m_galleryAction);
    m_listAction->setChecked(true);
    connect(m_listAction, &QAction::triggered, this, [this] { showGallery(false); });
    connect(m_galleryAction, &QAction::triggered, this, [this] {
        showGallery(true);
        m_gallery->listView()->setFocus(Qt::ShortcutFocusReason); // the menu entry is the key to the gallery
    });
}

bool ListPages::isGalleryShown() const
{
    return currentWidget() == m_gallery;
}

void ListPages::showGallery(bool gallery)
{
    setCurrentWidget(gallery ? static_cast<QWidget *>(m_gallery) : m_list);
    (gallery ? m_galleryAction : m_listAction)->setChecked(true);
}

} // namespace Fetchpool::Gui
