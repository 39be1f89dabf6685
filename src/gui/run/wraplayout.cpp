#include "run/wraplayout.h"

#include <QMetaObject>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Fetchpool::Gui {

WrapLayout::WrapLayout(QWidget *parent)
    : QLayout(parent)
{
}

WrapLayout::~WrapLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void WrapLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.push_back({new QWidgetItem(widget), stretch});
    invalidate();
}

void WrapLayout::addItem(QLayoutItem *item)
{
    m_items.push_back({item, 0});
    invalidate();
}

QLayoutItem *WrapLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).item : nullptr;
}

QLayoutItem *WrapLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index).item;
    invalidate();
    return item;
}

void WrapLayout::invalidate()
{
    m_cachedHeightForWidth = QSize(-1, -1);
    QLayout::invalidate();
}

int WrapLayout::gap() const
{
    int spacing = QLayout::spacing();
    if (spacing < 0 && parentWidget())
        spacing = parentWidget()->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parentWidget());
    // Room for a separator line with ample spacing on either side: texts of
    // two blocks must not read as one.
    return 2 * std::max(spacing, 8) + 1;
}

int WrapLayout::itemHeight(const QLayoutItem *item, int width)
{
    const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
    return std::max(height, item->minimumSize().height());
}

WrapLayout::Arrangement WrapLayout::arrange(int width) const
{
    Arrangement arrangement;
    arrangement.rects.resize(m_items.size());
    const int rowGap = gap() / 2;
    int y = 0;
    int first = 0;
    while (first < m_items.size()) {
        if (m_items.at(first).item->isEmpty()) {
            ++first;
            continue;
        }
        // As many items as fit at their minimum widths; always at least one.
        int used = m_items.at(first).item->minimumSize().width();
        int last = first;
        for (int next = first + 1; next < m_items.size(); ++next) {
            const QLayoutItem *item = m_items.at(next).item;
            if (item->isEmpty())
                continue;
            const int wider = used + gap() + item->minimumSize().width();
            if (wider > width)
                break;
            used = wider;
            last = next;
        }
        if (arrangement.rows > 0)
            y += rowGap;
        placeRow(first, last, width, y, &arrangement);
        y += arrangement.height;
        ++arrangement.rows;
        first = last + 1;
    }
    arrangement.height = y;
    return arrangement;
}

// Places items first..last (the empty ones skipped) in one row at `y`; the
// row's height is left in arrangement->height.
void WrapLayout::placeRow(int first, int last, int width, int y, Arrangement *arrangement) const
{
    QVector<int> members;
    for (int i = first; i <= last; ++i) {
        if (!m_items.at(i).item->isEmpty())
            members << i;
    }
    QVector<int> widths;
    int extra = width - gap() * int(members.size() - 1);
    int deficit = 0;
    int stretch = 0;
    for (int i : std::as_const(members)) {
        const QLayoutItem *item = m_items.at(i).item;
        widths << item->minimumSize().width();
        extra -= widths.last();
        deficit += std::max(0, item->sizeHint().width() - widths.last());
        stretch += m_items.at(i).stretch;
    }
    if (extra < 0 && members.size() == 1) {
        widths[0] = std::max(0, width); // narrower than its minimum: the window's minimum width prevents it
        extra = 0;
    }
    // First towards each item's preferred width, then by stretch.
    int given = 0;
    for (qsizetype k = 0; k < members.size() && extra > 0; ++k) {
        const QLayoutItem *item = m_items.at(members.at(k)).item;
        const int wanted = std::max(0, item->sizeHint().width() - widths.at(k));
        const int share = deficit <= extra ? wanted : int(qint64(extra) * wanted / std::max(1, deficit));
        widths[k] += share;
        given += share;
    }
    extra -= given;
    for (qsizetype k = 0; k < members.size() && extra > 0; ++k) {
        const int weight = stretch > 0 ? m_items.at(members.at(k)).stretch : 1;
        const int total = stretch > 0 ? stretch : int(members.size());
        widths[k] += int(qint64(extra) * weight / total);
    }
    // Rounding leaves a few pixels: the last item takes them, so the row ends flush.
    int sum = gap() * int(members.size() - 1);
    for (int w : std::as_const(widths))
        sum += w;
    if (sum < width)
        widths.last() += width - sum;

    int height = 0;
    for (qsizetype k = 0; k < members.size(); ++k)
        height = std::max(height, itemHeight(m_items.at(members.at(k)).item, widths.at(k)));
    int x = 0;
    for (qsizetype k = 0; k < members.size(); ++k) {
        if (k > 0) {
            const int middle = x - gap() / 2 - 1;
            arrangement->separators << QLine(middle, y, middle, y + height - 1);
        }
        arrangement->rects[members.at(k)] = QRect(x, y, widths.at(k), height);
        x += widths.at(k) + gap();
    }
    arrangement->height = height;
}

int WrapLayout::heightForWidth(int width) const
{
    if (m_cachedHeightForWidth.width() != width) {
        const QMargins margins = contentsMargins();
        const int inner = width - margins.left() - margins.right();
        m_cachedHeightForWidth = QSize(width, arrange(inner).height + margins.top() + margins.bottom());
    }
    return m_cachedHeightForWidth.height();
}

QSize WrapLayout::minimumSize() const
{
    int width = 0;
    for (const Entry &entry : m_items) {
        if (!entry.item->isEmpty())
            width = std::max(width, entry.item->minimumSize().width());
    }
    const QMargins margins = contentsMargins();
    width += margins.left() + margins.right();
    // QMainWindow's layout does not ask for height-for-width: the minimum
    // height follows the width the blocks were last given instead.
    return {width, heightForWidth(std::max(width, m_laidOutWidth))};
}

QSize WrapLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const Entry &entry : m_items) {
        if (entry.item->isEmpty())
            continue;
        const int itemWidth = entry.item->sizeHint().width();
        width += itemWidth + (shown++ > 0 ? gap() : 0);
        height = std::max(height, itemHeight(entry.item, itemWidth));
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void WrapLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    if (rect.width() != m_laidOutWidth) {
        const int before = heightForWidth(std::max(m_laidOutWidth, 0));
        m_laidOutWidth = rect.width();
        // Another number of rows: the parents ask again, once this layout pass is over.
        if (heightForWidth(m_laidOutWidth) != before && parentWidget())
            QMetaObject::invokeMethod(parentWidget(), &QWidget::updateGeometry, Qt::QueuedConnection);
    }
    const QRect inner = rect.marginsRemoved(contentsMargins());
    const Arrangement arrangement = arrange(inner.width());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).item->isEmpty())
            m_items.at(i).item->setGeometry(arrangement.rects.at(i).translated(inner.topLeft()));
    }
    m_separatorLines.clear();
    for (const QLine &line : arrangement.separators)
        m_separatorLines << line.translated(inner.topLeft());
    m_rowCount = arrangement.rows;
}

} // namespace Fetchpool::Gui
