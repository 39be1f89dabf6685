#include "app/enginespage.h"

#include "ui_preferencesdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTimer>

namespace Fetchpool::Gui {

EnginesPage::EnginesPage(Ui::PreferencesDialog &ui, QWidget *dialog)
    : QObject(dialog)
    , m_ui(ui)
    , m_dialog(dialog)
{
    m_ui.daemonSecretNote->hide();
    m_dialog->installEventFilter(this); // growToFit() once shown
    connect(m_ui.daemonList, &QListWidget::currentRowChanged, this, &EnginesPage::select);
    connect(m_ui.addDaemon, &QPushButton::clicked, this, &EnginesPage::addDaemon);
    connect(m_ui.removeDaemon, &QPushButton::clicked, this, &EnginesPage::removeDaemon);
    connect(m_ui.checkDaemon, &QPushButton::clicked, this, &EnginesPage::check);
    for (QLineEdit *field :
         {m_ui.daemonName, m_ui.daemonAddress, m_ui.daemonSecret, m_ui.daemonFolder, m_ui.daemonCertificate})
        connect(field, &QLineEdit::textChanged, this, &EnginesPage::storeFields);
    connect(m_ui.daemonTls, &QCheckBox::toggled, this, &EnginesPage::storeFields);
    connect(m_ui.daemonTls, &QCheckBox::toggled, this, &EnginesPage::updateEnabled);
    connect(m_ui.browseDaemonCertificate, &QPushButton::clicked, this, &EnginesPage::browseForCertificate);
    connect(m_ui.daemonAddress, &QLineEdit::editingFinished, this, &EnginesPage::takePastedAddress);
    connect(&m_check, &DaemonCheck::finished, this, [this](bool, const QString &text) {
        m_ui.checkResult->setText(text);
        m_ui.checkDaemon->setEnabled(true);
        growToFit();
    });
    updateEnabled();
}

void EnginesPage::show(const QVector<DaemonSettings> &daemons)
{
    m_daemons = daemons;
    m_showing = true;
    m_ui.daemonList->clear();
    for (const DaemonSettings &daemon : daemons)
        m_ui.daemonList->addItem(daemon.name);
    m_showing = false;
    m_row = -1;
    m_ui.daemonList->setCurrentRow(daemons.isEmpty() ? -1 : 0);
    select(m_ui.daemonList->currentRow()); // also when the row was current already
}

void EnginesPage::select(int row)
{
    if (m_showing)
        return;
    m_row = row >= 0 && row < m_daemons.size() ? row : -1;
    m_ui.checkResult->clear();
    showFields();
    updateEnabled();
}

void EnginesPage::showFields()
{
    const DaemonSettings daemon = m_row >= 0 ? m_daemons.at(m_row) : DaemonSettings();
    m_showing = true;
    m_ui.daemonName->setText(daemon.name);
    m_ui.daemonAddress->setText(daemon.address);
    m_ui.daemonTls->setChecked(daemon.tls);
    m_ui.daemonSecret->setText(daemon.secret);
    m_ui.daemonFolder->setText(daemon.folder);
    m_ui.daemonCertificate->setText(QDir::toNativeSeparators(daemon.certificate));
    m_showing = false;
}

void EnginesPage::storeFields()
{
    if (m_showing || m_row < 0)
        return;
    DaemonSettings &daemon = m_daemons[m_row];
    const QString address = m_ui.daemonAddress->text().trimmed();
    // A yes to plain text was for the machine it named.
    if (address != daemon.address || m_ui.daemonTls->isChecked() != daemon.tls)
        daemon.plainTextAccepted = false;
    daemon.name = m_ui.daemonName->text().trimmed();
    daemon.address = address;
    daemon.tls = m_ui.daemonTls->isChecked();
    daemon.secret = m_ui.daemonSecret->text();
    daemon.folder = m_ui.daemonFolder->text().trimmed();
    const QString certificate = m_ui.daemonCertificate->text().trimmed();
    daemon.certificate = certificate.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(certificate));
    if (QListWidgetItem *item = m_ui.daemonList->item(m_row))
        item->setText(daemon.name);
    m_ui.checkResult->clear();
}

void EnginesPage::addDaemon()
{
    DaemonSettings daemon = DaemonSettings::create();
    QSet<QString> names;
    for (const DaemonSettings &known : std::as_const(m_daemons))
        names.insert(known.name);
    for (int number = 1; daemon.name.isEmpty() || names.contains(daemon.name); ++number)
        //: The name a new daemon gets until the user gives another; %1 counts.
        daemon.name = tr("aria2 daemon %1").arg(number);
    m_daemons.push_back(daemon);
    m_showing = true;
    m_ui.daemonList->addItem(daemon.name);
    m_showing = false;
    m_ui.daemonList->setCurrentRow(int(m_daemons.size()) - 1);
    m_ui.daemonAddress->setFocus();
}

void EnginesPage::removeDaemon()
{
    if (m_row < 0)
        return;
    const int row = m_row;
    m_daemons.removeAt(row);
    m_showing = true;
    delete m_ui.daemonList->takeItem(row);
    m_showing = false;
    m_row = -1;
    const int next = qMin(row, int(m_daemons.size()) - 1);
    m_ui.daemonList->setCurrentRow(next);
    select(next);
}

void EnginesPage::takePastedAddress()
{
    if (m_row < 0)
        return;
    DaemonSettings filled = m_daemons.at(m_row);
    QString error;
    if (DaemonSettings::fromAddressText(m_ui.daemonAddress->text(), &filled, &error)) {
        m_showing = true;
        m_ui.daemonAddress->setText(filled.address);
        m_ui.daemonTls->setChecked(filled.tls);
        m_ui.daemonFolder->setText(filled.folder);
        m_ui.daemonCertificate->setText(QDir::toNativeSeparators(filled.certificate));
        m_ui.daemonSecret->setText(filled.secret);
        m_showing = false;
        storeFields();
    } else if (!error.isEmpty()) {
        m_ui.checkResult->setText(error);
        growToFit();
    }
}

void EnginesPage::check()
{
    if (m_row < 0)
        return;
    takePastedAddress();
    const DaemonSettings &daemon = m_daemons.at(m_row);
    if (daemon.needsPlainTextWarning() && !daemon.plainTextAccepted) {
        confirmPlainText(m_row, [this] { check(); });
        return;
    }
    QString why;
    const auto endpoint = daemon.endpoint(&why);
    if (!endpoint) {
        m_ui.checkResult->setText(why);
        growToFit();
        return;
    }
    m_ui.checkResult->setText(tr("Checking %1…").arg(endpoint->displayName()));
    m_ui.checkDaemon->setEnabled(false);
    m_check.check(*endpoint);
}

QString EnginesPage::problem(QWidget **field)
{
    QSet<QString> names;
    for (int row = 0; row < m_daemons.size(); ++row) {
        const DaemonSettings &daemon = m_daemons.at(row);
        QString problem;
        if (daemon.name.isEmpty()) {
            problem = tr("Give each aria2 daemon a name.");
            *field = m_ui.daemonName;
        } else if (names.contains(daemon.name)) {
            problem = tr("Two aria2 daemons are called \"%1\": give each a name of its own.").arg(daemon.name);
            *field = m_ui.daemonName;
        } else {
            DaemonSettings accepted = daemon; // the plain-text question comes after
            accepted.plainTextAccepted = true;
            QString why;
            if (!accepted.endpoint(&why)) {
                problem = why;
                const QString folder = daemon.folder;
                if (!folder.isEmpty() && !folder.startsWith(QLatin1Char('/')))
                    *field = m_ui.daemonFolder;
                else if (daemon.tls && !daemon.certificate.isEmpty() && !QFileInfo(daemon.certificate).isReadable())
                    *field = m_ui.daemonCertificate;
                else
                    *field = m_ui.daemonAddress;
            }
        }
        if (!problem.isEmpty()) {
            m_ui.daemonList->setCurrentRow(row);
            return problem;
        }
        names.insert(daemon.name);
    }
    return {};
}

int EnginesPage::unconfirmedPlainText() const
{
    for (int row = 0; row < m_daemons.size(); ++row) {
        if (m_daemons.at(row).needsPlainTextWarning() && !m_daemons.at(row).plainTextAccepted)
            return row;
    }
    return -1;
}

void EnginesPage::confirmPlainText(int index, std::function<void()> then)
{
    const DaemonSettings daemon = m_daemons.at(index);
    m_ui.daemonList->setCurrentRow(index);
    auto *warning = new QMessageBox(
            QMessageBox::Warning, tr("Unencrypted Connection"),
            tr("\"%1\" (%2) is not on this computer, and without TLS its secret and the address of every download "
               "cross the network unencrypted.")
                    .arg(daemon.name, daemon.address),
            QMessageBox::Cancel, m_dialog);
    warning->setObjectName(QStringLiteral("plainTextWarning"));
    warning->setInformativeText(tr("Anyone on the way can read them, and with the secret control the daemon. "
                                   "Start aria2 with --rpc-secure and tick Use TLS to avoid this."));
    QPushButton *accept = warning->addButton(tr("Use Plain Text"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("usePlainText"));
    warning->setDefaultButton(qobject_cast<QPushButton *>(warning->button(QMessageBox::Cancel)));
    warning->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = daemon.id;
    connect(warning, &QMessageBox::buttonClicked, this, [this, accept, id, then = std::move(then)](QAbstractButton *button) {
        if (button != accept)
            return;
        for (DaemonSettings &known : m_daemons) {
            if (known.id == id)
                known.plainTextAccepted = true;
        }
        then();
    });
    warning->open();
}

void EnginesPage::setSecretsRemembered(bool remembered)
{
    m_ui.daemonSecretNote->setVisible(!remembered);
    growToFit();
}

void EnginesPage::updateEnabled()
{
    const bool selected = m_row >= 0;
    m_ui.daemonGroup->setEnabled(selected);
    m_ui.removeDaemon->setEnabled(selected);
    // A certificate is pinned for TLS only.
    for (QWidget *widget : {static_cast<QWidget *>(m_ui.daemonCertificateLabel),
                            static_cast<QWidget *>(m_ui.daemonCertificate),
                            static_cast<QWidget *>(m_ui.browseDaemonCertificate)})
        widget->setEnabled(m_ui.daemonTls->isChecked());
}

// A long answer of Check, or the note on secrets, wraps into more lines than
// the dialog was sized for: it grows to show them rather than squeeze them.
void EnginesPage::growToFit()
{
    if (!m_dialog->isVisible())
        return;
    m_dialog->layout()->activate();
    const int needed = qMax(m_dialog->minimumSizeHint().height(), m_dialog->heightForWidth(m_dialog->width()));
    if (needed > m_dialog->height())
        m_dialog->resize(m_dialog->width(), needed);
}

bool EnginesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &EnginesPage::growToFit); // once laid out
    return QObject::eventFilter(watched, event);
}

void EnginesPage::browseForCertificate()
{
    const QString current = m_ui.daemonCertificate->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
            m_dialog, tr("The Daemon's Certificate"), current.isEmpty() ? QDir::homePath() : current,
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui.daemonCertificate->setText(QDir::toNativeSeparators(file));
}

} // namespace Fetchpool::Gui
