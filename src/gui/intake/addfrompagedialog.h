#pragma once

#include "downloadtypes.h"
#include "intake/intakeresult.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QThreadPool;

namespace Ui {
class AddFromPageDialog;
}

namespace Fetchpool {
class PageFetch;
class SizeProbe;
struct PageFetchResult;
struct ProbeResult;
} // namespace Fetchpool

namespace Fetchpool::Gui {

class PageLinkFilter;
class PageLinkModel;

// "Add from Web Page…": reads a page through the engine (PageFetch) with
// the window's request options and lists what it offers to tick: sizes
// arrive from a HEAD probe, thumbnails from small images, all in the
// background. Filters narrow the list; what is ticked and shown is added,
// each with the page as the page its link came from (its Referer).
class AddFromPageDialog final : public QDialog
{
    Q_OBJECT

public:
    // Reads and decodes on `pool`, the window's own threads.
    AddFromPageDialog(QThreadPool &pool, EngineOptions requestOptions, QWidget *parent = nullptr);
    ~AddFromPageDialog() override;

    // Puts `url` in the page field; with `fetch`, reads it at once.
    void setPage(const QString &url, bool fetch = false);
    // The URLs to add, once accepted.
    const IntakeResult &result() const { return m_result; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The page has been read (or not), and the list shows what it offers.
    void pageShown();
    // Every size the probe could learn is in (also when it ran out of time).
    void sizesKnown();

private:
    void fetch();
    void onPage(const PageFetchResult &page);
    void onProbed(const ProbeResult &probe);
    void setAllChecked(Qt::CheckState state);
    void invertChecked();
    void updateFilter();
    void updateAddButton();
    QVector<int> chosenRows() const; // ticked and shown, in page order
    qint64 minimumSizeBytes() const;

    std::unique_ptr<Ui::AddFromPageDialog> m_ui;
    QThreadPool &m_pool;
    const EngineOptions m_requestOptions;
    PageFetch *m_fetch;
    SizeProbe *m_probe;
    PageLinkModel *m_model;
    PageLinkFilter *m_filter;
    QPushButton *m_addButton;
    QUrl m_page; // the final URL of the page shown
    quint64 m_generation = 0;
    IntakeResult m_result;
};

} // namespace Fetchpool::Gui
