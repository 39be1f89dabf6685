#include "intake/addfrompagedialog.h"

#include "ui_addfrompagedialog.h"

#include "intake/intakebuilder.h"
#include "intake/pagelinkfilter.h"
#include "intake/pagelinkmodel.h"
#include "pagefetch.h"
#include "sizeprobe.h"
#include "urllistparser.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImageReader>
#include <QPushButton>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace Fetchpool::Gui {

namespace {

// A thumbnail of at most `edge` pixels, decoded at that size (on a pool thread).
QImage decodeThumbnail(const QByteArray &bytes, int edge)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge)) {
        size.scale(edge, edge, Qt::KeepAspectRatio);
        reader.setScaledSize(size.expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > edge || image.height() > edge))
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

AddFromPageDialog::AddFromPageDialog(QThreadPool &pool, EngineOptions requestOptions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddFromPageDialog>())
    , m_pool(pool)
    , m_requestOptions(std::move(requestOptions))
    , m_fetch(new PageFetch(pool, this))
    , m_probe(new SizeProbe(this))
    , m_model(new PageLinkModel(this))
    , m_filter(new PageLinkFilter(this))
{
    m_ui->setupUi(this);
    m_addButton = m_ui->buttons->addButton(tr("A&dd"), QDialogButtonBox::AcceptRole);
    m_addButton->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_ui->fetchButton->setDefault(true);

    m_filter->setSourceModel(m_model);
    QTableView *view = m_ui->links;
    view->setModel(m_filter);
    view->setIconSize(QSize(PageLinkModel::ThumbnailSize, PageLinkModel::ThumbnailSize));
    view->verticalHeader()->hide();
    // One height for every row, thumbnail or icon, so the list does not jump as thumbnails arrive.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(PageLinkModel::ThumbnailSize + 4);
    view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(PageLinkModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PageLinkModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PageLinkModel::SizeColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->resizeSection(PageLinkModel::NameColumn, fontMetrics().averageCharWidth() * 36);

    m_ui->minimumSizeUnit->addItem(tr("KiB"), qint64(1024));
    m_ui->minimumSizeUnit->addItem(tr("MiB"), qint64(1024 * 1024));
    m_ui->extensions->lineEdit()->setPlaceholderText(tr("all"));
    m_ui->extensions->lineEdit()->setClearButtonEnabled(true);
    m_ui->status->setText(tr("Enter the address of a web page and choose Fetch."));

    connect(m_ui->fetchButton, &QPushButton::clicked, this, &AddFromPageDialog::fetch);
    // Return fetches while the page field has the focus, and adds from the list.
    m_ui->pageEdit->installEventFilter(this);
    m_ui->links->installEventFilter(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddFromPageDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->selectAll, &QPushButton::clicked, this, [this] { setAllChecked(Qt::Checked); });
    connect(m_ui->selectNone, &QPushButton::clicked, this, [this] { setAllChecked(Qt::Unchecked); });
    connect(m_ui->invertSelection, &QPushButton::clicked, this, &AddFromPageDialog::invertChecked);
    connect(m_ui->imagesOnly, &QCheckBox::toggled, this, &AddFromPageDialog::updateFilter);
    connect(m_ui->extensions, &QComboBox::currentTextChanged, this, &AddFromPageDialog::updateFilter);
    connect(m_ui->minimumSize, &QSpinBox::valueChanged, this, &AddFromPageDialog::updateFilter);
    connect(m_ui->minimumSizeUnit, &QComboBox::currentIndexChanged, this, &AddFromPageDialog::updateFilter);
    connect(m_ui->textFilter, &QLineEdit::textChanged, this, &AddFromPageDialog::updateFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AddFromPageDialog::updateAddButton);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AddFromPageDialog::updateAddButton);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AddFromPageDialog::updateAddButton);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AddFromPageDialog::updateAddButton);
    connect(m_fetch, &PageFetch::finished, this, &AddFromPageDialog::onPage);
    connect(m_probe, &SizeProbe::probed, this, &AddFromPageDialog::onProbed);
    connect(m_probe, &SizeProbe::finished, this, [this] {
        m_model->probeEnded();
        Q_EMIT sizesKnown();
    });

    // A single web address on the clipboard is most likely the page meant.
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    if (!clipboard.contains(QLatin1Char('\n'))) {
        if (const auto url = UrlListParser::acceptUrl(clipboard))
            m_ui->pageEdit->setText(url->toString());
    }
    updateFilter();
}

AddFromPageDialog::~AddFromPageDialog() = default;

bool AddFromPageDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_ui->pageEdit)
            m_ui->fetchButton->setDefault(true);
        else if (watched == m_ui->links)
            m_addButton->setDefault(true);
    }
    return QDialog::eventFilter(watched, event);
}

void AddFromPageDialog::setPage(const QString &url, bool fetch)
{
    m_ui->pageEdit->setText(url);
    if (fetch)
        this->fetch();
}

void AddFromPageDialog::fetch()
{
    QString reason;
    const auto page = UrlListParser::acceptUrl(m_ui->pageEdit->text(), &reason);
    if (!page) {
        m_ui->status->setText(tr("Not a web address: %1").arg(reason));
        m_ui->pageEdit->setFocus();
        return;
    }
    ++m_generation;
    m_probe->cancel();
    m_model->setLinks({});
    m_page = QUrl();
    m_ui->status->setText(tr("Reading the page…"));
    m_ui->fetchButton->setEnabled(false);
    m_fetch->start(*page, m_requestOptions);
}

void AddFromPageDialog::onPage(const PageFetchResult &page)
{
    m_ui->fetchButton->setEnabled(true);
    if (!page.ok()) {
        m_ui->status->setText(tr("Could not read %1: %2").arg(page.pageUrl.toDisplayString(), page.error));
        Q_EMIT pageShown();
        return;
    }
    m_page = page.finalUrl;
    m_model->setLinks(page.links);
    m_ui->status->setText(tr("%n link(s) and image(s) found on %1", nullptr, int(page.links.size()))
                                  .arg(page.finalUrl.toDisplayString()));
    // Offered as choices; what the user typed stays.
    const QString typed = m_ui->extensions->currentText();
    m_ui->extensions->clear();
    m_ui->extensions->addItem(QString());
    for (const QString &extension : m_model->extensions())
        m_ui->extensions->addItem(extension);
    m_ui->extensions->setCurrentText(typed);
    m_ui->imagesOnly->setChecked(m_model->hasImages());
    updateFilter();
    if (!page.links.isEmpty()) {
        m_ui->links->setFocus();
        m_ui->links->setCurrentIndex(m_filter->index(0, 0));
    }

    QVector<QUrl> urls;
    QSet<QUrl> previews;
    for (const PageLink &link : page.links) {
        urls << link.url;
        if (link.kind == PageLinkKind::Image)
            previews.insert(link.url);
    }
    m_probe->start(urls, m_requestOptions, m_page, previews);
    Q_EMIT pageShown();
}

void AddFromPageDialog::onProbed(const ProbeResult &probe)
{
    m_model->setProbed(probe);
    if (probe.preview.isEmpty())
        return;
    const quint64 generation = m_generation;
    const QUrl url = probe.url;
    QtConcurrent::run(&m_pool, decodeThumbnail, probe.preview, int(PageLinkModel::ThumbnailSize))
            .then(this, [this, generation, url](const QImage &image) {
                if (generation == m_generation)
                    m_model->setThumbnail(url, image);
            });
}

void AddFromPageDialog::setAllChecked(Qt::CheckState state)
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_filter->setData(m_filter->index(row, PageLinkModel::NameColumn), state, Qt::CheckStateRole);
}

void AddFromPageDialog::invertChecked()
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, PageLinkModel::NameColumn);
        const bool checked = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_filter->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
}

qint64 AddFromPageDialog::minimumSizeBytes() const
{
    return qint64(m_ui->minimumSize->value()) * m_ui->minimumSizeUnit->currentData().toLongLong();
}

void AddFromPageDialog::updateFilter()
{
    m_filter->setImagesOnly(m_ui->imagesOnly->isChecked());
    m_filter->setExtensions(m_ui->extensions->currentText());
    m_filter->setMinimumSize(minimumSizeBytes());
    m_filter->setText(m_ui->textFilter->text().trimmed());
    updateAddButton();
}

QVector<int> AddFromPageDialog::chosenRows() const
{
    QVector<int> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (m_model->isChecked(source))
            rows << source;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AddFromPageDialog::updateAddButton()
{
    const int count = int(chosenRows().size());
    m_addButton->setText(tr("A&dd %n", nullptr, count));
    m_addButton->setEnabled(count > 0);
}

void AddFromPageDialog::accept()
{
    const QVector<int> rows = chosenRows();
    if (rows.isEmpty())
        return;
    IntakeBuilder builder;
    for (int row : rows)
        builder.addUrl(m_model->link(row).url, m_page);
    m_result = builder.take();
    m_fetch->cancel();
    m_probe->cancel();
    QDialog::accept();
}

} // namespace Fetchpool::Gui
