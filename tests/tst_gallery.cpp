// The image gallery: real downloads from the in-process test server become
// thumbnails decoded off the UI thread at the size shown; a file whose bytes
// are not the image its name or the server promised gets a warning badge
// instead of a broken thumbnail; the gallery follows the list.
#include "gallery/gallerydelegate.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "gallery/thumbnailcache.h"
#include "guitestwindow.h"
#include "testserver.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

class tst_Gallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void downloadedImagesBecomeThumbnails();
    void undecodableImageGetsABadge();
    void mismatchedFileGetsABadgeInsteadOfAThumbnail();
    void thumbnailsFollowTheSizeSlider();
    void galleryFollowsTheList();
    void activatingACellAsksToOpenIt();
    void selectedCellIsHighlightedWithAReadableCaption_data();
    void selectedCellIsHighlightedWithAReadableCaption();
    void selectionShowsInTheView();
    void aReplacedFileIsDecodedAgain();

private:
    // Lists `urls` and runs them to the end on four workers.
    [[nodiscard]] bool runList(const QVector<QUrl> &urls);
    QModelIndex galleryIndexOf(const QString &fileName) const;
    bool badgeShown(const QModelIndex &index) const;
    // The gallery's cell of `index` painted by its delegate on a `palette`'s Base.
    QImage renderCell(const QModelIndex &index, const QPalette &palette, bool selected) const;
    // How far the caption's darkest or lightest pixel stands from its background (0..255 in grey).
    static int captionContrast(const QImage &cell, const QRect &caption);

    TestServer m_server{4};
    TestWindow m_window;
};

void tst_Gallery::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_Gallery::init()
{
    QVERIFY(m_window.open(QSize(1000, 800)));
}

void tst_Gallery::cleanup()
{
    m_window.close();
}

bool tst_Gallery::runList(const QVector<QUrl> &urls)
{
    m_window->model().addUrls(urls);
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    return m_window.runToEnd();
}

QModelIndex tst_Gallery::galleryIndexOf(const QString &fileName) const
{
    GalleryModel *model = m_window->galleryModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(Qt::DisplayRole).toString() == fileName)
            return model->index(row);
    }
    return {};
}

bool tst_Gallery::badgeShown(const QModelIndex &index) const
{
    GalleryView *gallery = m_window->gallery();
    QListView *list = gallery->listView();
    list->scrollTo(index);
    const QRect cell = list->visualRect(index);
    const QRect badge = gallery->delegate()->badgeRect(cell);
    const QImage shot = list->viewport()->grab().toImage();
    // Inside the triangle, beside the "!" in its middle.
    const QPoint probe(badge.left() + badge.width() / 4, badge.bottom() - 2);
    return QColor(shot.pixel(probe)) == GalleryDelegate::badgeColor();
}

void tst_Gallery::downloadedImagesBecomeThumbnails()
{
    QVERIFY(runList({m_server.url(QStringLiteral("/image/wide.png?w=1600&h=800")),
                     m_server.url(QStringLiteral("/image/photo.jpg?w=300&h=400")),
                     m_server.url(QStringLiteral("/files/data.bin?size=300"))}));
    GalleryModel *model = m_window->galleryModel();
    // Only the images: the .bin is no picture.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("wide.png"));
    QCOMPARE(model->index(1).data(Qt::DisplayRole).toString(), QStringLiteral("photo.jpg"));

    QVERIFY(!m_window->isGalleryShown());
    m_window.action("actionShowGallery")->trigger();
    QVERIFY(m_window->isGalleryShown());
    QVERIFY(m_window->gallery()->isVisible());
    QVERIFY(m_window.action("actionShowGallery")->isChecked());

    ThumbnailCache *thumbnails = m_window->gallery()->thumbnails();
    const int edge = m_window->gallery()->thumbnailSize();
    const QString widePath = model->index(0).data(GalleryModel::PathRole).toString();
    const QString photoPath = model->index(1).data(GalleryModel::PathRole).toString();
    // Painting asked for them; they arrive from the decoding threads.
    QTRY_VERIFY(!thumbnails->thumbnail(widePath, edge).isNull());
    QTRY_VERIFY(!thumbnails->thumbnail(photoPath, edge).isNull());
    // Decoded at the size shown, with the aspect ratio kept.
    QCOMPARE(thumbnails->thumbnail(widePath, edge).size(), QSize(edge, edge / 2));
    QCOMPARE(thumbnails->thumbnail(photoPath, edge).size(), QSize(edge * 3 / 4, edge));
    QVERIFY(!badgeShown(model->index(0)));
    QVERIFY(!badgeShown(model->index(1)));

    m_window.action("actionShowList")->trigger();
    QVERIFY(!m_window->isGalleryShown());
}

void tst_Gallery::undecodableImageGetsABadge()
{
    // Declared a JPEG and named .jpg, but the bytes are no JPEG at all.
    QVERIFY(runList({m_server.url(QStringLiteral("/files/broken.jpg?size=3000&type=image/jpeg")),
                     m_server.url(QStringLiteral("/image/fine.png"))}));
    const QModelIndex broken = galleryIndexOf(QStringLiteral("broken.jpg"));
    QVERIFY(broken.isValid());
    m_window.action("actionShowGallery")->trigger();
    QTRY_VERIFY(badgeShown(broken));
    QVERIFY(!m_window->gallery()->delegate()->warningFor(broken).isEmpty());
    QVERIFY(!badgeShown(galleryIndexOf(QStringLiteral("fine.png"))));
}

void tst_Gallery::mismatchedFileGetsABadgeInsteadOfAThumbnail()
{
    // An HTML page saved as .jpg, flagged by the engine's content sniffing.
    const QString path = QDir(m_window.destination()).filePath(QStringLiteral("login.jpg"));
    QFile page(path);
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in</body></html>\n");
    page.close();
    ItemResult result;
    result.id = 42;
    result.url = m_server.url(QStringLiteral("/files/login.jpg"));
    result.state = ItemState::Done;
    result.filePath = path;
    result.mimeType = QStringLiteral("image/jpeg");
    result.detectedMimeType = QStringLiteral("text/html");
    result.contentMismatch = QStringLiteral("HTML page saved as .jpg");

    GalleryModel model;
    checkModel(&model);
    model.addResults({result});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(GalleryModel::MismatchRole).toString(), result.contentMismatch);
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(result.contentMismatch));

    GalleryView view(&model);
    view.resize(500, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = view.listView()->visualRect(model.index(0));
    const QRect badge = view.delegate()->badgeRect(cell);
    const QImage shot = view.listView()->viewport()->grab().toImage();
    QCOMPARE(QColor(shot.pixel(badge.left() + badge.width() / 4, badge.bottom() - 2)), GalleryDelegate::badgeColor());
    QCOMPARE(view.delegate()->warningFor(model.index(0)), result.contentMismatch);
    // Flagged files are never handed to the image decoder.
    QVERIFY(!view.thumbnails()->isPending(path, view.thumbnailSize()));
    QVERIFY(view.thumbnails()->failure(path).isEmpty());
}

void tst_Gallery::thumbnailsFollowTheSizeSlider()
{
    QVERIFY(runList({m_server.url(QStringLiteral("/image/square.png?w=500&h=500"))}));
    m_window.action("actionShowGallery")->trigger();
    GalleryView *gallery = m_window->gallery();
    const QString path = m_window->galleryModel()->index(0).data(GalleryModel::PathRole).toString();
    QTRY_VERIFY(!gallery->thumbnails()->thumbnail(path, gallery->thumbnailSize()).isNull());

    auto *slider = gallery->findChild<QSlider *>(QStringLiteral("thumbnailSize"));
    QVERIFY(slider);
    slider->setValue(64);
    QCOMPARE(gallery->thumbnailSize(), 64);
    QCOMPARE(gallery->listView()->visualRect(m_window->galleryModel()->index(0)).width() < 120, true);
    QTRY_COMPARE(gallery->thumbnails()->thumbnail(path, 64).size(), QSize(64, 64));
    slider->setValue(GalleryView::MaxThumbnail + 100);
    QCOMPARE(gallery->thumbnailSize(), GalleryView::MaxThumbnail);
    QTRY_COMPARE(gallery->thumbnails()->thumbnail(path, GalleryView::MaxThumbnail).size(),
                 QSize(GalleryView::MaxThumbnail, GalleryView::MaxThumbnail));
}

void tst_Gallery::galleryFollowsTheList()
{
    QVERIFY(runList({m_server.url(QStringLiteral("/image/a.png")), m_server.url(QStringLiteral("/image/b.png")),
                     m_server.url(QStringLiteral("/image/c.png"))}));
    GalleryModel *model = m_window->galleryModel();
    QCOMPARE(model->rowCount(), 3);
    // Removing a row from the list takes its picture out of the gallery.
    m_window->runs().remove({m_window->model().item(1).result.id});
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!galleryIndexOf(QStringLiteral("b.png")).isValid());
    m_window->runs().clearFinished();
    QCOMPARE(model->rowCount(), 0);

    // A restored list shows the images it had downloaded.
    DownloadItem restored;
    restored.result.id = 7;
    restored.result.state = ItemState::Done;
    restored.result.filePath = QDir(m_window.destination()).filePath(QStringLiteral("old.png"));
    restored.result.mimeType = QStringLiteral("image/png");
    DownloadItem text = restored;
    text.result.id = 8;
    text.result.filePath = QDir(m_window.destination()).filePath(QStringLiteral("notes.txt"));
    text.result.mimeType = QStringLiteral("text/plain");
    model->addItems({restored, text});
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(7), 0);
    QCOMPARE(model->rowOf(8), -1);
}

void tst_Gallery::activatingACellAsksToOpenIt()
{
    GalleryModel model;
    checkModel(&model);
    ItemResult result;
    result.id = 5;
    result.state = ItemState::Done;
    result.filePath = QDir(m_window.destination()).filePath(QStringLiteral("x.png"));
    result.mimeType = QStringLiteral("image/png");
    model.addResults({result});
    GalleryView view(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &GalleryView::openRequested);
    const QPoint centre = view.listView()->visualRect(model.index(0)).center();
    // A double-click is a press, a release and a double-click event.
    QTest::mouseClick(view.listView()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(open.count(), 0);
    QTest::mouseDClick(view.listView()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toULongLong(), quint64(5));
    // Return on the current cell does the same.
    QTest::keyClick(view.listView(), Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    // The missing file cannot be decoded: it says so with a badge, not a blank.
    QTRY_VERIFY(!view.thumbnails()->failure(result.filePath).isEmpty());
}

QImage tst_Gallery::renderCell(const QModelIndex &index, const QPalette &palette, bool selected) const
{
    GalleryView *gallery = m_window->gallery();
    QStyleOptionViewItem option;
    option.widget = gallery->listView();
    option.palette = palette;
    option.font = gallery->listView()->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    option.rect = QRect(QPoint(0, 0), gallery->delegate()->sizeHint(option, index));
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Active, QPalette::Base));
    QPainter painter(&image);
    gallery->delegate()->paint(&painter, option, index);
    return image;
}

int tst_Gallery::captionContrast(const QImage &cell, const QRect &caption)
{
    // The caption is centred: its rect's left edge is background.
    const int background = qGray(cell.pixel(caption.left(), caption.center().y()));
    int contrast = 0;
    for (int y = caption.top(); y <= caption.bottom(); ++y) {
        for (int x = caption.left(); x <= caption.right(); ++x)
            contrast = qMax(contrast, qAbs(qGray(cell.pixel(x, y)) - background));
    }
    return contrast;
}

void tst_Gallery::selectedCellIsHighlightedWithAReadableCaption_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    light.setColor(QPalette::HighlightedText, Qt::white);
    QTest::newRow("light") << light;
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    QTest::newRow("dark") << dark;
}

void tst_Gallery::selectedCellIsHighlightedWithAReadableCaption()
{
    QFETCH(QPalette, palette);
    QVERIFY(runList({m_server.url(QStringLiteral("/image/selected.png?w=200&h=100"))}));
    const QModelIndex index = galleryIndexOf(QStringLiteral("selected.png"));
    QVERIFY(index.isValid());
    m_window.action("actionShowGallery")->trigger();
    GalleryDelegate *delegate = m_window->gallery()->delegate();

    const QImage plain = renderCell(index, palette, false);
    const QImage selected = renderCell(index, palette, true);
    const QRect caption = delegate->captionRect(plain.rect(), QFontMetrics(m_window->gallery()->listView()->font()));
    // A highlight is drawn: the cell's margin takes the Highlight colour, not the Base.
    const QPoint margin(2, 2);
    QCOMPARE(QColor(plain.pixel(margin)), palette.color(QPalette::Base));
    QCOMPARE(QColor(selected.pixel(margin)), palette.color(QPalette::Highlight));
    QCOMPARE(QColor(selected.pixel(caption.left(), caption.center().y())), palette.color(QPalette::Highlight));
    // And the file name stands out from what is behind it, selected or not
    // (white on white drew a contrast of 0).
    const int plainContrast = captionContrast(plain, caption);
    const int selectedContrast = captionContrast(selected, caption);
    QVERIFY2(plainContrast >= 90, qPrintable(QString::number(plainContrast)));
    QVERIFY2(selectedContrast >= 90, qPrintable(QString::number(selectedContrast)));
}

void tst_Gallery::selectionShowsInTheView()
{
    QVERIFY(runList({m_server.url(QStringLiteral("/image/one.png")), m_server.url(QStringLiteral("/image/two.png"))}));
    m_window.action("actionShowGallery")->trigger();
    QListView *list = m_window->gallery()->listView();
    const QModelIndex one = galleryIndexOf(QStringLiteral("one.png"));
    const QModelIndex two = galleryIndexOf(QStringLiteral("two.png"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(one).center());
    QVERIFY(list->selectionModel()->isSelected(one));
    QVERIFY(!list->selectionModel()->isSelected(two));

    const QImage shot = list->viewport()->grab().toImage();
    const QRect selectedCell = list->visualRect(one);
    const QRect plainCell = list->visualRect(two);
    const QPalette palette = list->palette();
    // Within a few steps of the Highlight: the style's focus frame may tint it.
    const QColor highlight = QColor(shot.pixel(selectedCell.topLeft() + QPoint(2, 2)));
    const QColor expected = palette.color(list->isActiveWindow() ? QPalette::Active : QPalette::Inactive,
                                          QPalette::Highlight);
    QVERIFY2(qAbs(highlight.red() - expected.red()) <= 12 && qAbs(highlight.green() - expected.green()) <= 12
                     && qAbs(highlight.blue() - expected.blue()) <= 12,
             qPrintable(highlight.name() + QStringLiteral(" for ") + expected.name()));
    QCOMPARE(QColor(shot.pixel(plainCell.topLeft() + QPoint(2, 2))), palette.color(QPalette::Base));
    const QFontMetrics metrics(list->font());
    const QRect selectedCaption = m_window->gallery()->delegate()->captionRect(selectedCell, metrics);
    const QRect plainCaption = m_window->gallery()->delegate()->captionRect(plainCell, metrics);
    QVERIFY2(captionContrast(shot, selectedCaption) >= 90, qPrintable(QString::number(captionContrast(shot, selectedCaption))));
    QVERIFY2(captionContrast(shot, plainCaption) >= 90, qPrintable(QString::number(captionContrast(shot, plainCaption))));
}

void tst_Gallery::aReplacedFileIsDecodedAgain()
{
    QVERIFY(runList({m_server.url(QStringLiteral("/image/again.png?w=400&h=200"))}));
    m_window.action("actionShowGallery")->trigger();
    GalleryModel *model = m_window->galleryModel();
    ThumbnailCache *thumbnails = m_window->gallery()->thumbnails();
    const int edge = m_window->gallery()->thumbnailSize();
    const ItemResult result = m_window->model().item(0).result;
    QTRY_COMPARE(thumbnails->thumbnail(result.filePath, edge).size(), QSize(edge, edge / 2));

    // A retry replaced the file under the same name: the gallery gets the
    // item's result again and shows the new picture, not the cached one.
    QImage portrait(100, 200, QImage::Format_RGB32);
    portrait.fill(Qt::darkGreen);
    QVERIFY(portrait.save(result.filePath, "PNG"));
    model->addResults({result});
    QCOMPARE(model->rowCount(), 1);
    QTRY_COMPARE(thumbnails->thumbnail(result.filePath, edge).size(), QSize(edge / 2, edge));
}

QTEST_MAIN(tst_Gallery)
#include "tst_gallery.moc"
