#pragma once

#include <QLayout>
#include <QVector>

namespace Fetchpool::Gui {

// Lays its items out side by side while their minimum widths fit, and wraps
// the rest onto further rows, so a panel of labels reflows in a narrow window
// instead of running its texts together or cutting them. Within a row, extra
// width goes first to items below their preferred width, then by stretch.
// The gaps between two items of one row are where a parent draws its
// separators (separatorLines()); a row's end has none.
class WrapLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLayout)

public:
    explicit WrapLayout(QWidget *parent = nullptr);
    ~WrapLayout() override;

    void addWidget(QWidget *widget, int stretch);
    // How many rows the items took at the last setGeometry().
    int rowCount() const { return m_rowCount; }
    // The middle of each gap between two items of one row, top to bottom of the row.
    QVector<QLine> separatorLines() const { return m_separatorLines; }

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    void invalidate() override;

private:
    struct Entry
    {
        QLayoutItem *item = nullptr;
        int stretch = 0;
    };
    struct Arrangement
    {
        QVector<QRect> rects; // per item, from (0, 0)
        QVector<QLine> separators;
        int height = 0;
        int rows = 0;
    };

    // Where each item goes in a rectangle `width` wide.
    Arrangement arrange(int width) const;
    void placeRow(int first, int last, int width, int y, Arrangement *arrangement) const;
    int gap() const;
    static int itemHeight(const QLayoutItem *item, int width);

    QVector<Entry> m_items;
    int m_rowCount = 0;
    QVector<QLine> m_separatorLines;
    mutable QSize m_cachedHeightForWidth{-1, -1};
    // The width last laid out: the minimum height is the height the blocks
    // need at that width, so a window that wraps them grows to hold them.
    int m_laidOutWidth = -1;
};

} // namespace Fetchpool::Gui
