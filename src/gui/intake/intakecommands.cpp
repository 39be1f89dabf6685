#include "intake/intakecommands.h"

#include "intake/addfrompagedialog.h"
#include "intake/addurlsdialog.h"
#include "intake/droptarget.h"
#include "intake/rejectsbutton.h"
#include "intake/urlintake.h"
#include "list/downloadmodel.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>

#include <utility>

namespace Fetchpool::Gui {

IntakeCommands::IntakeCommands(UrlIntake &intake, DownloadModel &model, QThreadPool &pool, QMainWindow *window)
    : QObject(window)
    , m_intake(intake)
    , m_model(model)
    , m_pool(pool)
    , m_window(window)
    , m_rejects(new RejectsButton(window->statusBar()))
{
    window->statusBar()->addPermanentWidget(m_rejects);
    auto *dropTarget = new DropTarget(window, window->centralWidget());
    connect(dropTarget, &DropTarget::dropped, this,
            [this](const QMimeData *data) { m_intake.takeMimeData(data, tr("dropped links")); });
    connect(&m_intake, &UrlIntake::finished, this, &IntakeCommands::onFinished);
}

void IntakeCommands::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!UrlIntake::canTake(data)) {
        Q_EMIT reported(tr("The clipboard holds no text or links."));
        return;
    }
    m_intake.takeMimeData(data, tr("clipboard"));
}

void IntakeCommands::openLists()
{
    const QStringList files = QFileDialog::getOpenFileNames(
            m_window, tr("Open Link Lists"), QDir::homePath(),
            tr("Link lists and checksums (*.txt *.list *.html *.htm *.url *.desktop SHA256SUMS SHA1SUMS MD5SUMS *.sha256 *.sha1 *.md5);;All files (*)"));
    if (!files.isEmpty())
        m_intake.takeFiles(files);
}

void IntakeCommands::showAddDialog()
{
    openAddDialog({});
}

void IntakeCommands::showAddFromPage()
{
    auto *dialog = new AddFromPageDialog(m_pool, m_requestOptions ? m_requestOptions() : EngineOptions(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onFinished(dialog->result()); });
    dialog->open();
}

void IntakeCommands::reviewUrls(const QVector<QUrl> &urls)
{
    QStringList lines;
    lines.reserve(urls.size());
    for (const QUrl &url : urls)
        lines << url.toString();
    openAddDialog(lines.join(QLatin1Char('\n')));
}

void IntakeCommands::addResult(const IntakeResult &result)
{
    onFinished(result);
}

void IntakeCommands::openAddDialog(const QString &text)
{
    auto *dialog = new AddUrlsDialog(m_pool, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!text.isEmpty())
        dialog->setText(text);
    dialog->setListedCheck([this](const QUrl &url) { return m_model.contains(url); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onFinished(dialog->result()); });
    dialog->open();
}

void IntakeCommands::whenSettled(std::function<void()> then)
{
    if (m_intake.pending() == 0)
        then();
    else
        m_whenSettled = std::move(then);
}

void IntakeCommands::onFinished(const IntakeResult &result)
{
    const int added = m_model.addUrls(result.urls, result.options);
    // After the URLs: the digests are for the new rows as much as for those already listed.
    const int checksummed = m_model.applyChecksums(result.digests);
    Q_EMIT reported(UrlIntake::summary(result, added, checksummed));
    m_rejects->setRejects(result.rejects, result.notes);
    if (m_whenSettled && m_intake.pending() == 0)
        std::exchange(m_whenSettled, nullptr)();
}

} // namespace Fetchpool::Gui
