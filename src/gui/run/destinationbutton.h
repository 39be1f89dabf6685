#pragma once

#include <QToolButton>

namespace Fetchpool::Gui {

// The "Save to" button above the list: shows the destination folder and lets
// the user pick another one (Alt+S, or File → Choose Folder…).
class DestinationButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit DestinationButton(QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    // The user's choice from elsewhere (Preferences): shown, and announced as
    // one made with the button.
    void choose(const QString &folder);

public Q_SLOTS:
    void chooseFolder();

Q_SIGNALS:
    void folderChosen(const QString &folder);

private:
    QString m_folder;
};

} // namespace Fetchpool::Gui
