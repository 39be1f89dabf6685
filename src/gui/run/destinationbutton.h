#pragma once

#include <QToolButton>

namespace Fetchpool::Gui {

// The toolbar's "Save to" button: shows the destination folder and lets the
// user pick another one.
class DestinationButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit DestinationButton(QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

public Q_SLOTS:
    void chooseFolder();

Q_SIGNALS:
    void folderChosen(const QString &folder);

private:
    QString m_folder;
};

} // namespace Fetchpool::Gui
