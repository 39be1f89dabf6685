#include "app/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "app/enginespage.h"
#include "login/secretstore.h"

#include "downloadengine.h"
#include "fetcher.h"
#include "requestsetup.h"

#include <QDir>
#include <QComboBox>
#include <QFileDialog>
#include <QLayout>
#include <QPlainTextEdit>
#include <QTimer>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace Fetchpool::Gui {

namespace {

constexpr qint64 KiB = 1024;

} // namespace

PreferencesDialog::PreferencesDialog(const RunDefaults &run, const ConnectionSettings &connection,
                                     const RequestSettings &requests, const ClosingSettings &closing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_engines = new EnginesPage(*m_ui, this);
    // Its two lines whole: the form layout otherwise squeezes a note under
    // a field by the few pixels the tallest page lacks.
    m_ui->caHint->setMinimumHeight(m_ui->caHint->sizeHint().height());
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
    m_ui->userAgent->setPlaceholderText(Fetcher::userAgent());
    m_ui->proxyMode->addItem(tr("As the environment says (http_proxy, https_proxy)"), int(ProxyMode::System));
    m_ui->proxyMode->addItem(tr("None: always connect directly"), int(ProxyMode::None));
    m_ui->proxyMode->addItem(tr("This proxy:"), int(ProxyMode::Manual));
    connect(m_ui->proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        const bool manual = ProxyMode(m_ui->proxyMode->currentData().toInt()) == ProxyMode::Manual;
        m_ui->proxyUrl->setEnabled(manual);
        m_ui->proxyUser->setEnabled(manual);
        m_ui->proxyPassword->setEnabled(manual);
        m_ui->problem->hide();
    });
    connect(m_ui->proxyUrl, &QLineEdit::textEdited, m_ui->problem, &QWidget::hide);
    show(run);
    show(connection);
    show(requests);
    show(closing);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                show(RunDefaults::factory());
                show(ConnectionSettings());
                show(RequestSettings());
                show(ClosingSettings());
            });
    connect(m_ui->browseCa, &QPushButton::clicked, this, &PreferencesDialog::browseForCaFile);
    connect(m_ui->browseFolder, &QPushButton::clicked, this, &PreferencesDialog::browseForFolder);
    connect(m_ui->browseCookies, &QPushButton::clicked, this, &PreferencesDialog::browseForCookies);
    connect(m_ui->cookieFile, &QLineEdit::textEdited, m_ui->problem, &QWidget::hide);
    connect(m_ui->extraHeaders, &QPlainTextEdit::textChanged, m_ui->problem, &QWidget::hide);
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
    connection.proxyMode = ProxyMode(m_ui->proxyMode->currentData().toInt());
    connection.proxyUrl = m_ui->proxyUrl->text().trimmed();
    connection.proxyUser = m_ui->proxyUser->text().trimmed();
    connection.proxyPassword = connection.proxyUser.isEmpty() ? QString() : m_ui->proxyPassword->text();
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
    const QString proxy = proxyProblem();
    if (!proxy.isEmpty()) {
        showProblem(m_ui->proxyUrl, proxy);
        return;
    }
    QWidget *field = nullptr;
    const QString requestProblem = requestsProblem(&field);
    if (!requestProblem.isEmpty()) {
        showProblem(field, requestProblem);
        return;
    }
    const QString daemonProblem = m_engines->problem(&field);
    if (!daemonProblem.isEmpty()) {
        showProblem(field, daemonProblem);
        return;
    }
    // Plain-text RPC to another machine only once the user said yes to it.
    if (const int unconfirmed = m_engines->unconfirmedPlainText(); unconfirmed >= 0) {
        m_ui->pages->setCurrentWidget(m_ui->enginesPage);
        m_engines->confirmPlainText(unconfirmed, [this] { accept(); });
        return;
    }
    QDialog::accept();
}

QString PreferencesDialog::proxyProblem() const
{
    const ConnectionSettings connection = this->connection();
    if (connection.proxyMode != ProxyMode::Manual)
        return {};
    QString error;
    const auto proxy = ProxySettings::manual(connection.proxyUrl, &error);
    if (!proxy)
        return error;
    if (!proxy->user.isEmpty())
        return tr("Leave the login out of the proxy address: give it as the proxy user and password below.");
    return {};
}

RequestSettings PreferencesDialog::requests() const
{
    RequestSettings requests;
    requests.userAgent = m_ui->userAgent->text().trimmed();
    requests.referer = m_ui->referer->text().trimmed();
    const QStringList lines = m_ui->extraHeaders->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            requests.headers << line.trimmed();
    }
    const QString cookies = m_ui->cookieFile->text().trimmed();
    requests.cookieFile = cookies.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(cookies));
    requests.netrc = m_ui->useNetrc->isChecked();
    requests.refererFromPage = m_ui->refererFromPage->isChecked();
    return requests;
}

// What is wrong on the Requests page, and the field to fix; reads the cookie
// file (small, and only when the user confirms) into m_requestOptions.
QString PreferencesDialog::requestsProblem(QWidget **field)
{
    const RequestSettings requests = this->requests();
    const QUrl referer(requests.referer, QUrl::StrictMode);
    if (!requests.referer.isEmpty() && (!referer.isValid() || referer.isRelative())) {
        *field = m_ui->referer;
        return tr("The Referer must be a full URL, such as https://example.org/gallery.html.");
    }
    const QStringList lines = m_ui->extraHeaders->toPlainText().split(QLatin1Char('\n'));
    for (int line = 0; line < lines.size(); ++line) {
        const QString text = lines.at(line).trimmed();
        if (!text.isEmpty() && !RequestSetup::isHeaderLine(text)) {
            *field = m_ui->extraHeaders;
            //: %1 is a line number, %2 the text on it.
            return tr("Extra headers, line %1: \"%2\" is not \"Name: value\".").arg(line + 1).arg(text);
        }
    }
    QString problem;
    m_requestOptions = RequestOptions::load(requests, &problem);
    if (!problem.isEmpty())
        *field = m_ui->cookieFile;
    return problem;
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
    m_ui->proxyMode->setCurrentIndex(m_ui->proxyMode->findData(int(connection.proxyMode)));
    m_ui->proxyUrl->setText(connection.proxyUrl);
    m_ui->proxyUrl->setEnabled(connection.proxyMode == ProxyMode::Manual);
    m_ui->proxyUser->setText(connection.proxyUser);
    m_ui->proxyPassword->setText(connection.proxyPassword);
    m_ui->proxyUser->setEnabled(connection.proxyMode == ProxyMode::Manual);
    m_ui->proxyPassword->setEnabled(connection.proxyMode == ProxyMode::Manual);
    m_ui->proxyPasswordNote->hide();
    m_ui->problem->hide();
}

void PreferencesDialog::show(const RequestSettings &requests)
{
    m_ui->userAgent->setText(requests.userAgent);
    m_ui->referer->setText(requests.referer);
    m_ui->extraHeaders->setPlainText(requests.headers.join(QLatin1Char('\n')));
    m_ui->cookieFile->setText(QDir::toNativeSeparators(requests.cookieFile));
    m_ui->useNetrc->setChecked(requests.netrc);
    m_ui->refererFromPage->setChecked(requests.refererFromPage);
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

void PreferencesDialog::browseForCookies()
{
    const QString current = m_ui->cookieFile->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(this, tr("Cookies to Send"),
                                                      current.isEmpty() ? QDir::homePath() : current,
                                                      tr("Cookie files (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_ui->cookieFile->setText(QDir::toNativeSeparators(file));
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

void PreferencesDialog::watchSecretStore(SecretStore &secrets)
{
    // Room for the note once shown (the store may answer later), beyond
    // adjustSize()'s two thirds of a small screen if need be: wrapped lines
    // above it would be cut otherwise.
    const auto makeRoom = [this] {
        QLayout *layout = this->layout();
        const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width()) : sizeHint().height();
        if (wanted > height())
            resize(width(), wanted);
    };
    const auto showStore = [this, &secrets, makeRoom] {
        m_ui->proxyPasswordNote->setVisible(secrets.availability() == SecretStore::Availability::Unavailable);
        m_engines->setSecretsRemembered(secrets.availability() != SecretStore::Availability::Unavailable);
        if (isVisible())
            makeRoom();
    };
    showStore();
    connect(&secrets, &SecretStore::availabilityKnown, this, showStore);
    QTimer::singleShot(0, this, makeRoom); // once open() has shown the dialog
    secrets.probe();
}

void PreferencesDialog::showDaemons(const QVector<DaemonSettings> &daemons)
{
    m_engines->show(daemons);
}

QVector<DaemonSettings> PreferencesDialog::daemons() const
{
    return m_engines->daemons();
}

} // namespace Fetchpool::Gui
