#pragma once

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Fetchpool::Gui {

class DownloadModel;
struct DownloadItem;

// Everything known about one item of the list: its status in full, the URL
// and where redirects led, the file (a link to it and to its folder), the
// response, the times, and every attempt with its status and reason. It
// follows the item as the model changes, live during a run; all text can be
// selected and copied.
class ItemDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDetailsPane)

public:
    explicit ItemDetailsPane(const DownloadModel &model, QWidget *parent = nullptr);

    // The item to show, by its id; none shows a hint instead.
    void showItem(quint64 id);
    void showNothing();
    bool isShowingItem() const { return m_shown; }
    quint64 itemId() const { return m_id; }

    // High enough for the facts and a few attempts, whatever is shown now.
    QSize sizeHint() const override;

private:
    void refresh();
    void onDataChanged(int firstRow, int lastRow);
    void fill(const DownloadItem &item);
    void setRow(QLabel *label, const QString &text);
    static void openLink(const QString &link);
    QLabel *addRow(const QString &title, const char *objectName, Qt::TextFormat format);

    const DownloadModel &m_model;
    quint64 m_id = 0;
    bool m_shown = false;

    QLabel *m_heading;
    QWidget *m_details;
    QGridLayout *m_grid; // a title and a value per row (QFormLayout's hidden rows crash Qt 6.4's height-for-width)
    QLabel *m_url;
    QLabel *m_finalUrl;
    QLabel *m_file;
    QLabel *m_response;
    QLabel *m_times;
    QLabel *m_checksum;
    QLabel *m_sourcePage;
    QLabel *m_attempts;
    QHash<QLabel *, QLabel *> m_titles; // value -> its title
};

} // namespace Fetchpool::Gui
