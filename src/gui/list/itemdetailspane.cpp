#include "list/itemdetailspane.h"

#include "list/downloadmodel.h"
#include "list/itemdetailstext.h"
#include "list/statuscell.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace Fetchpool::Gui {

namespace {

constexpr int PreferredLines = 9;

QLabel *selectableLabel(Qt::TextFormat format, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction); // select, copy, follow links
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

ItemDetailsPane::ItemDetailsPane(const DownloadModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("itemDetailsPane"));
    auto *content = new QWidget;
    m_heading = selectableLabel(Qt::PlainText, content);
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_details = new QWidget(content);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_url = addRow(tr("URL:"), "detailsUrl", Qt::PlainText);
    m_finalUrl = addRow(tr("After redirects:"), "detailsFinalUrl", Qt::PlainText);
    m_file = addRow(tr("File:"), "detailsFile", Qt::RichText);
    m_response = addRow(tr("Response:"), "detailsResponse", Qt::PlainText);
    m_times = addRow(tr("Times:"), "detailsTimes", Qt::PlainText);
    m_checksum = addRow(tr("Checksum:"), "detailsChecksum", Qt::PlainText);
    m_sourcePage = addRow(tr("Links came from:"), "detailsSourcePage", Qt::PlainText);
    m_grid->setRowStretch(m_grid->rowCount(), 1); // the rows stay together at the top
    m_attempts = selectableLabel(Qt::RichText, m_details);
    m_attempts->setObjectName(QStringLiteral("detailsAttempts"));
    m_attempts->setWordWrap(false);
    connect(m_file, &QLabel::linkActivated, this, &ItemDetailsPane::openLink);

    // The facts on the left, the attempts beside them: the pane is wide and low.
    auto *columns = new QHBoxLayout(m_details);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(m_grid, 3);
    columns->addWidget(m_attempts, 2, Qt::AlignTop);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onDataChanged(topLeft.row(), bottomRight.row());
            });
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(&m_model, signal, this, &ItemDetailsPane::refresh);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ItemDetailsPane::refresh);
    showNothing();
}

QLabel *ItemDetailsPane::addRow(const QString &title, const char *objectName, Qt::TextFormat format)
{
    auto *titleLabel = new QLabel(title, m_details);
    titleLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QLabel *label = selectableLabel(format, m_details);
    label->setObjectName(QString::fromLatin1(objectName));
    titleLabel->setBuddy(label);
    const int row = m_grid->rowCount();
    m_grid->addWidget(titleLabel, row, 0);
    m_grid->addWidget(label, row, 1);
    m_titles.insert(label, titleLabel);
    return label;
}

QSize ItemDetailsPane::sizeHint() const
{
    return {QWidget::sizeHint().width(), fontMetrics().lineSpacing() * PreferredLines};
}

void ItemDetailsPane::showItem(quint64 id)
{
    m_id = id;
    m_shown = true;
    refresh();
}

void ItemDetailsPane::showNothing()
{
    m_shown = false;
    refresh();
}

void ItemDetailsPane::onDataChanged(int firstRow, int lastRow)
{
    if (!m_shown)
        return;
    const int row = m_model.rowOf(m_id);
    if (row >= firstRow && row <= lastRow)
        refresh();
}

void ItemDetailsPane::refresh()
{
    const int row = m_shown ? m_model.rowOf(m_id) : -1;
    m_details->setVisible(row >= 0);
    if (row < 0) {
        m_heading->setText(tr("Select an item in the list to see its details here."));
        return;
    }
    fill(m_model.item(row));
}

void ItemDetailsPane::fill(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    //: The item's name and its status in full.
    m_heading->setText(tr("%1 — %2").arg(item.displayName(), StatusCell::text(item)));
    setRow(m_url, item.displayUrl());
    const bool redirected = result.finalUrl.isValid() && result.finalUrl != result.url;
    setRow(m_finalUrl, redirected ? result.finalUrl.toDisplayString() : QString());
    setRow(m_file, ItemDetailsText::fileLinks(item));
    setRow(m_response, ItemDetailsText::response(item));
    setRow(m_times, ItemDetailsText::times(item));
    setRow(m_checksum, ItemDetailsText::checksum(item));
    setRow(m_sourcePage, item.options ? item.options->sourcePage.toDisplayString() : QString());
    const QString attempts = ItemDetailsText::attemptsTable(item);
    m_attempts->setVisible(!attempts.isEmpty());
    m_attempts->setText(attempts);
}

// A row shows only when it has something to say. QLabel keeps a selection
// while its text stays the same, so live updates do not disturb copying.
void ItemDetailsPane::setRow(QLabel *label, const QString &text)
{
    m_titles.value(label)->setVisible(!text.isEmpty());
    label->setVisible(!text.isEmpty());
    label->setText(text);
}

void ItemDetailsPane::openLink(const QString &link)
{
    QDesktopServices::openUrl(QUrl(link));
}

} // namespace Fetchpool::Gui
