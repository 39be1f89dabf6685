#include "app/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "downloadengine.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace Fetchpool::Gui {

PreferencesDialog::PreferencesDialog(const ConnectionSettings &connection, const ClosingSettings &closing,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->problem->hide();
    m_ui->timeout->setMaximum(GuiSettings::MaxTimeoutSeconds);
    m_ui->retries->setMaximum(GuiSettings::MaxRetries);
    m_ui->perHost->setMaximum(GuiSettings::MaxPerHost);
    m_ui->maxSplit->setMaximum(GuiSettings::MaxSplit);
    m_ui->minSplitMiB->setMaximum(GuiSettings::MaxMinSplitMiB);
    // Keeping on downloading means the tray where there is one.
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_ui->whenClosed->addItem(tr("Ask what to do"), QVariant::fromValue(int(CloseWhileRunning::Ask)));
    m_ui->whenClosed->addItem(tr("Stop the downloads and quit"),
                              QVariant::fromValue(int(CloseWhileRunning::StopDownloads)));
    m_ui->whenClosed->addItem(tray ? tr("Keep downloading in the system tray")
                                   : tr("Keep downloading with the window minimized"),
                              QVariant::fromValue(int(CloseWhileRunning::KeepDownloading)));
    show(connection);
    show(closing);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                show(ConnectionSettings());
                show(ClosingSettings());
            });
    connect(m_ui->browseCa, &QPushButton::clicked, this, &PreferencesDialog::browseForCaFile);
    connect(m_ui->caFile, &QLineEdit::textEdited, m_ui->problem, &QWidget::hide);
}

PreferencesDialog::~PreferencesDialog() = default;

ConnectionSettings PreferencesDialog::connection() const
{
    ConnectionSettings connection;
    connection.timeoutSeconds = m_ui->timeout->value();
    connection.retries = m_ui->retries->value();
    connection.maxPerHost = m_ui->perHost->value();
    connection.maxSplit = m_ui->maxSplit->value();
    connection.minSplitMiB = m_ui->minSplitMiB->value();
    const QString caFile = m_ui->caFile->text().trimmed();
    connection.caCertificateFile = caFile.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(caFile));
    return connection;
}

ClosingSettings PreferencesDialog::closing() const
{
    ClosingSettings closing;
    closing.whenClosed = CloseWhileRunning(m_ui->whenClosed->currentData().toInt());
    closing.askBeforeQuitting = m_ui->askBeforeQuitting->isChecked();
    return closing;
}

void PreferencesDialog::accept()
{
    // A small local file, read once when the user confirms.
    const QString problem = DownloadEngine::checkCaCertificates(connection().caCertificateFile);
    if (!problem.isEmpty()) {
        m_ui->problem->setText(problem);
        m_ui->problem->show();
        adjustSize(); // room for the reason
        m_ui->caFile->setFocus();
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::show(const ConnectionSettings &connection)
{
    m_ui->timeout->setValue(connection.timeoutSeconds);
    m_ui->retries->setValue(connection.retries);
    m_ui->perHost->setValue(connection.maxPerHost);
    m_ui->maxSplit->setValue(connection.maxSplit);
    m_ui->minSplitMiB->setValue(connection.minSplitMiB);
    m_ui->caFile->setText(QDir::toNativeSeparators(connection.caCertificateFile));
    m_ui->problem->hide();
}

void PreferencesDialog::show(const ClosingSettings &closing)
{
    m_ui->whenClosed->setCurrentIndex(m_ui->whenClosed->findData(int(closing.whenClosed)));
    m_ui->askBeforeQuitting->setChecked(closing.askBeforeQuitting);
}

void PreferencesDialog::browseForCaFile()
{
    const QString current = m_ui->caFile->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
            this, tr("Certificate Authorities to Trust"), current.isEmpty() ? QDir::homePath() : current,
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->caFile->setText(QDir::toNativeSeparators(file));
    m_ui->problem->hide();
}

} // namespace Fetchpool::Gui
