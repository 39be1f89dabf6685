#pragma once

#include "list/rowgroup.h"

#include <QTimer>
#include <QWidget>

class QAbstractItemView;
class QLineEdit;
class QToolButton;

namespace Fetchpool::Gui {

class DownloadModel;
class DownloadSortProxy;

// The quick filter above the list: All / Active / Failed / Done with their
// counts, one choice at a time (one Tab stop, arrows move within, each has
// a mnemonic), and a text field for the name or URL. It sets the list's
// proxy; Escape clears the text, and in an empty field hands the focus to
// the list. It shows while the list does (not with the gallery).
class ListFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFilterBar)

public:
    static constexpr int GroupCount = 4; // RowGroup's values

    ListFilterBar(DownloadSortProxy &proxy, const DownloadModel &model, QAbstractItemView *list,
                  QWidget *parent = nullptr);

    QToolButton *groupButton(RowGroup group) const;
    QLineEdit *textField() const { return m_text; }
    // Edit → Filter List: the text field, its text selected.
    void focusText();
    // Every row again, at once.
    void clear();
    // Clears the filter when it hides the model's `row`, which the user asked to see.
    void reveal(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCounts();
    void applyText();

    DownloadSortProxy &m_proxy;
    const DownloadModel &m_model;
    QAbstractItemView *const m_list;
    QToolButton *m_groups[GroupCount] = {};
    QLineEdit *m_text;
    QTimer m_recount; // counts follow the run a few times a second, not per batch
    QTimer m_typing;  // the text applies once the user pauses: each pass reads every row
};

} // namespace Fetchpool::Gui
