#include "intake/rejectsview.h"

#include <QHeaderView>

namespace Fetchpool::Gui {

namespace {

enum Column { SourceColumn, LineColumn, TextColumn, ReasonColumn };

} // namespace

RejectsView::RejectsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Source"), tr("Line"), tr("Text"), tr("Reason")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(true);
    setColumnWidth(SourceColumn, 110);
    setColumnWidth(LineColumn, 50);
    setColumnWidth(TextColumn, 240);
}

void RejectsView::setRejects(const QVector<IntakeReject> &rejects)
{
    clear();
    QList<QTreeWidgetItem *> rows;
    const int shown = qMin(int(rejects.size()), MaxShown);
    rows.reserve(shown + 1);
    for (int i = 0; i < shown; ++i) {
        const IntakeReject &entry = rejects[i];
        auto *row = new QTreeWidgetItem;
        row->setText(SourceColumn, entry.source);
        row->setText(LineColumn, entry.reject.line > 0 ? QString::number(entry.reject.line) : QString());
        row->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(TextColumn, entry.reject.text);
        row->setToolTip(TextColumn, entry.reject.text);
        row->setText(ReasonColumn, entry.reject.reason);
        row->setToolTip(ReasonColumn, entry.reject.reason);
        rows << row;
    }
    if (rejects.size() > shown) {
        auto *more = new QTreeWidgetItem;
        more->setText(TextColumn, tr("… and %n more", nullptr, int(rejects.size()) - shown));
        more->setFlags(Qt::ItemIsEnabled);
        rows << more;
    }
    addTopLevelItems(rows);
}

void RejectsView::setSourceVisible(bool visible)
{
    setColumnHidden(SourceColumn, !visible);
}

} // namespace Fetchpool::Gui

