#pragma once

#include "app/guisettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Fetchpool::Gui {

// Edit → Preferences…: how runs talk to servers (timeout, retries, a cap per
// host, an extra CA). The choices apply from the next run on; a run in
// progress keeps the settings it started with.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const ConnectionSettings &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    ConnectionSettings connection() const;

    // Refuses a CA file that cannot be used, saying why, and stays open.
    void accept() override;

private:
    void show(const ConnectionSettings &connection);
    void browseForCaFile();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Fetchpool::Gui
