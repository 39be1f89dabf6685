#include "list/listfilterbar.h"

#include "list/downloadmodel.h"
#include "list/downloadsortproxy.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QToolButton>

#include <array>
#include <iterator>

namespace Fetchpool::Gui {

namespace {

constexpr int RecountMs = 250;
constexpr int TypingPauseMs = 150;
constexpr RowGroup Groups[] = {RowGroup::All, RowGroup::Active, RowGroup::Failed, RowGroup::Done};
static_assert(std::size(Groups) == ListFilterBar::GroupCount);

QString buttonText(RowGroup group, int count)
{
    switch (group) {
    case RowGroup::All: return ListFilterBar::tr("&All (%L1)").arg(count);
    case RowGroup::Active: return ListFilterBar::tr("A&ctive (%L1)").arg(count);
    case RowGroup::Failed: return ListFilterBar::tr("Fai&led (%L1)").arg(count);
    case RowGroup::Done: return ListFilterBar::tr("&Done (%L1)").arg(count);
    }
    return {};
}

QString buttonToolTip(RowGroup group)
{
    switch (group) {
    case RowGroup::All: return ListFilterBar::tr("Show every item");
    case RowGroup::Active: return ListFilterBar::tr("Show the items being downloaded right now");
    case RowGroup::Failed: return ListFilterBar::tr("Show the failed and cancelled items: what Retry Failed takes");
    case RowGroup::Done: return ListFilterBar::tr("Show the downloaded items");
    }
    return {};
}

const char *buttonName(RowGroup group)
{
    switch (group) {
    case RowGroup::All: return "filterAll";
    case RowGroup::Active: return "filterActive";
    case RowGroup::Failed: return "filterFailed";
    case RowGroup::Done: return "filterDone";
    }
    return "";
}

} // namespace

ListFilterBar::ListFilterBar(DownloadSortProxy &proxy, const DownloadModel &model, QAbstractItemView *list,
                             QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_model(model)
    , m_list(list)
    , m_text(new QLineEdit(this))
{
    setObjectName(QStringLiteral("listFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *choice = new QButtonGroup(this);
    for (RowGroup group : Groups) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(buttonName(group)));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(buttonToolTip(group));
        choice->addButton(button, int(group));
        layout->addWidget(button);
        m_groups[int(group)] = button;
    }
    // One Tab stop for the four, on the checked one, as Qt does for a
    // group once it has had the focus; the arrows move within.
    connect(choice, &QButtonGroup::idToggled, this, [this](int group, bool checked) {
        groupButton(RowGroup(group))->setFocusPolicy(checked ? Qt::TabFocus : Qt::NoFocus);
        if (checked)
            m_proxy.setRowGroup(RowGroup(group));
    });
    for (RowGroup group : Groups)
        groupButton(group)->setFocusPolicy(Qt::NoFocus);
    groupButton(RowGroup::All)->setChecked(true);

    layout->addSpacing(8);
    m_text->setObjectName(QStringLiteral("listFilterText"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Filter by name or URL"));
    m_text->setToolTip(tr("Show only the items whose name or URL contains this text (%1); Escape clears it")
                               .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    const int charWidth = m_text->fontMetrics().averageCharWidth();
    m_text->setMinimumWidth(charWidth * 16);
    m_text->setMaximumWidth(charWidth * 40);
    m_text->installEventFilter(this);
    m_list->installEventFilter(this);
    layout->addWidget(m_text, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &ListFilterBar::applyText);
    connect(m_text, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));

    m_recount.setSingleShot(true);
    m_recount.setInterval(RecountMs);
    connect(&m_recount, &QTimer::timeout, this, &ListFilterBar::showCounts);
    auto recount = [this] {
        if (!m_recount.isActive())
            m_recount.start();
    };
    connect(&m_model, &QAbstractItemModel::dataChanged, this, recount);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, recount);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(&m_model, &QAbstractItemModel::modelReset, this, recount);
    showCounts();
}

QToolButton *ListFilterBar::groupButton(RowGroup group) const
{
    return m_groups[int(group)];
}

void ListFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void ListFilterBar::clear()
{
    groupButton(RowGroup::All)->setChecked(true);
    m_text->clear();
    applyText();
}

void ListFilterBar::reveal(int row)
{
    if (!m_proxy.mapFromSource(m_model.index(row, 0)).isValid())
        clear();
}

bool ListFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // The list's page hides and shows it explicitly (the gallery takes its
    // place); a window that hides takes both along.
    if (watched == m_list && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        setVisible(!m_list->isHidden());
    if (watched != m_text || event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        applyText();
        return true;
    }
    if (key == Qt::Key_Escape || key == Qt::Key_Down) {
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return false;
}

void ListFilterBar::showCounts()
{
    std::array<int, GroupCount> counts{};
    for (const DownloadItem &item : m_model.items()) {
        for (RowGroup group : Groups)
            counts[int(group)] += inRowGroup(item.result.state, group) ? 1 : 0;
    }
    for (RowGroup group : Groups)
        groupButton(group)->setText(buttonText(group, counts[int(group)]));
}

void ListFilterBar::applyText()
{
    m_typing.stop();
    m_proxy.setTextFilter(m_text->text());
}

} // namespace Fetchpool::Gui
