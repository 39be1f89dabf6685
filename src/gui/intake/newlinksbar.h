#pragma once

#include <QFrame>
#include <QUrl>
#include <QVector>

class QLabel;
class QPushButton;

namespace Fetchpool::Gui {

// The quiet question above the list while Watch Clipboard for Links has
// links to offer: "3 new links copied", with Add to List, Show… and
// Dismiss. Not modal and never in the way: it hides when there is nothing
// to offer, and the buttons are on the Tab tour while it shows.
class NewLinksBar final : public QFrame
{
    Q_OBJECT

public:
    explicit NewLinksBar(QWidget *parent = nullptr);

    // The links on offer; none hides the bar.
    void setLinks(const QVector<QUrl> &links);
    QString text() const;

Q_SIGNALS:
    void addRequested();
    void showRequested();
    void dismissRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_add;
    QPushButton *m_show;
    QPushButton *m_dismiss;
};

} // namespace Fetchpool::Gui
