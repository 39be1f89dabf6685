#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace Fetchpool::Gui {

// Help → About Fetchpool: the version, the homepage, the Qt and libcurl the
// program runs on, and the credits with their licences (as Debian ships
// them). Window-modal and not waited for.
class AboutDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::AboutDialog)

public:
    // The project's homepage, from CMake's project(HOMEPAGE_URL).
    static QString homepage();
    // The dialog's text, rich text.
    static QString text();
    static QMessageBox *open(QWidget *parent);
};

} // namespace Fetchpool::Gui
