#pragma once

#include <QLabel>

namespace Fetchpool::Gui {

class DownloadModel;

// The status bar's account of the list: "120 items · 80 done · 3 failed",
// or "List empty". Follows the list's changes; refresh() after a run, whose
// last states may arrive without one.
class ListSummary final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSummary)

public:
    explicit ListSummary(const DownloadModel &model, QWidget *parent = nullptr);

    void refresh();

private:
    const DownloadModel &m_model;
};

} // namespace Fetchpool::Gui
