#include "app/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "downloadengine.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace Fetchpool::Gui {

namespace {

constexpr qint64 KiB = 1024;

} // namespace

PreferencesDialog::PreferencesDialog(const RunDefaults &run, const ConnectionSettings &connection,
                                     const ClosingSettings &closing, QWidget *parent)
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
    m_ui->workers->setMaximum(EngineOptions::MaxWorkers);
    m_ui->existingFiles->addItem(tr("Save the new one as \"name (1).ext\""), int(ExistingFiles::Rename));
    m_ui->existingFiles->addItem(tr("Skip it and download nothing"), int(ExistingFiles::Skip));
    m_ui->existingFiles->addItem(tr("Replace it only with a newer copy"), int(ExistingFiles::Update));
    // Keeping on downloading means the tray where there is one.
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_ui->whenClosed->addItem(tr("Ask what to do"), QVariant::fromValue(int(CloseWhileRunning::Ask)));
    m_ui->whenClosed->addItem(tr("Stop the downloads and quit"),
                              QVariant::fromValue(int(CloseWhileRunning::StopDownloads)));
    m_ui->whenClosed->addItem(tray ? tr("Keep downloading in the system tray")
                                   : tr("Keep downloading with the window minimized"),
                              QVariant::fromValue(int(CloseWhileRunning::KeepDownloading)));
    show(run);
    show(connection);
    show(closing);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                show(RunDefaults::factory());
                show(ConnectionSettings());
                show(ClosingSettings());
            });
    connect(m_ui->browseCa, &QPushButton::clicked, this, &PreferencesDialog::browseForCaFile);
    connect(m_ui->browseFolder, &QPushButton::clicked, this, &PreferencesDialog::browseForFolder);
    connect(m_ui->caFile, &QLineEdit::textEdited, m_ui->problem, &QWidget::hide);
    connect(m_ui->folder, &QLineEdit::textEdited, m_ui->problem, &QWidget::hide);
}

RunDefaults PreferencesDialog::run() const
{
    RunDefaults run;
    const QString folder = m_ui->folder->text().trimmed();
    run.destination = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    run.workers = m_ui->workers->value();
    run.existingFiles = ExistingFiles(m_ui->existingFiles->currentData().toInt());
    const int limitKiB = m_ui->speedLimitKiB->value();
    run.speedLimit = limitKiB == m_shownSpeedLimitKiB ? m_shownSpeedLimit : qint64(limitKiB) * KiB;
    return run;
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
    const QString folder = run().destination;
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
        showProblem(m_ui->folder, folder.isEmpty() ? tr("Choose a folder to save downloads into.")
                                                   : tr("The folder needs a full path, such as %1.")
                                                             .arg(QDir::toNativeSeparators(QDir::homePath())));
        return;
    }
    // A small local file, read once when the user confirms.
    const QString problem = DownloadEngine::checkCaCertificates(connection().caCertificateFile);
    if (!problem.isEmpty()) {
        showProblem(m_ui->caFile, problem);
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::showProblem(QWidget *field, const QString &problem)
{
    m_ui->problem->setText(problem);
    m_ui->problem->show();
    adjustSize(); // room for the reason
    // The page that holds the field comes forward, with the field in focus.
    for (int page = 0; page < m_ui->pages->count(); ++page) {
        if (m_ui->pages->widget(page)->isAncestorOf(field))
            m_ui->pages->setCurrentIndex(page);
    }
    field->setFocus();
}

void PreferencesDialog::show(const RunDefaults &run)
{
    m_ui->folder->setText(QDir::toNativeSeparators(run.destination));
    m_ui->workers->setValue(run.workers);
    m_ui->existingFiles->setCurrentIndex(m_ui->existingFiles->findData(int(run.existingFiles)));
    // Shown in whole KiB/s; a limit set elsewhere in finer steps rounds up, never to "Unlimited".
    m_shownSpeedLimit = run.speedLimit;
    m_shownSpeedLimitKiB = int(qMin<qint64>(m_ui->speedLimitKiB->maximum(), (run.speedLimit + KiB - 1) / KiB));
    m_ui->speedLimitKiB->setValue(m_shownSpeedLimitKiB);
    m_ui->problem->hide();
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

void PreferencesDialog::browseForFolder()
{
    const QString current = m_ui->folder->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save Downloads To"),
                                                             current.isEmpty() ? QDir::homePath() : current);
    if (folder.isEmpty())
        return;
    m_ui->folder->setText(QDir::toNativeSeparators(folder));
    m_ui->problem->hide();
}

} // namespace Fetchpool::Gui
