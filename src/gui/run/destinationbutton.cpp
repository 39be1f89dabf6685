#include "run/destinationbutton.h"

#include "app/appicons.h"

#include <QDir>
#include <QFileDialog>

namespace Fetchpool::Gui {

namespace {

constexpr int MaxShownChars = 36;

// "~/Downloads/batch" rather than the full path; long paths keep both ends.
QString shortPath(const QString &folder)
{
    QString shown = QDir::toNativeSeparators(folder);
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (shown == home || shown.startsWith(home + QDir::separator()))
        shown = QLatin1Char('~') + shown.mid(home.size());
    if (shown.size() > MaxShownChars)
        shown = shown.left(MaxShownChars / 3) + QStringLiteral("…") + shown.right(MaxShownChars * 2 / 3);
    return shown;
}

} // namespace

DestinationButton::DestinationButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("destinationButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(AppIcons::icon(QStringLiteral("folder")));
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, &DestinationButton::chooseFolder);
}

void DestinationButton::setFolder(const QString &folder)
{
    m_folder = folder;
    // "&&": an ampersand in a folder's name is shown, not taken for the mnemonic.
    QString shown = shortPath(folder);
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    setText(tr("&Save to %1").arg(shown));
    setToolTip(tr("Downloads are saved to %1\nClick to choose another folder")
                       .arg(QDir::toNativeSeparators(folder)));
}

void DestinationButton::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(window(), tr("Save Downloads To"), m_folder);
    if (!chosen.isEmpty())
        choose(chosen);
}

void DestinationButton::choose(const QString &folder)
{
    setFolder(folder);
    Q_EMIT folderChosen(folder);
}

} // namespace Fetchpool::Gui
