#pragma once

#include "app/guisettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Fetchpool::Gui {

// Edit → Preferences…: how runs talk to servers (timeout, retries, a cap per
// host, an extra CA), and what closing the window or quitting does during a
// run (CloseGuard's questions, or the answers remembered from them). The
// connection settings apply from the next run on; a run in progress keeps
// the settings it started with.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const ConnectionSettings &connection, const ClosingSettings &closing,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    ConnectionSettings connection() const;
    ClosingSettings closing() const;

    // Refuses a CA file that cannot be used, saying why, and stays open.
    void accept() override;

private:
    void show(const ConnectionSettings &connection);
    void show(const ClosingSettings &closing);
    void browseForCaFile();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Fetchpool::Gui
