#include "intake/addurlsdialog.h"

#include "intake/intakebuilder.h"
#include "ui_addurlsdialog.h"

#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

namespace {

constexpr int ParseDelayMs = 250;

} // namespace

AddUrlsDialog::AddUrlsDialog(QThreadPool &pool, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddUrlsDialog>())
    , m_pool(pool)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddUrlsDialog::accept);
    m_ui->rejectsLabel->hide();
    m_ui->rejectsView->hide();
    m_ui->rejectsView->setSourceVisible(false);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(ParseDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &AddUrlsDialog::startParse);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &AddUrlsDialog::scheduleParse);
    connect(&m_parser, &QFutureWatcher<IntakeResult>::finished, this, &AddUrlsDialog::onParsed);
}

AddUrlsDialog::~AddUrlsDialog()
{
    m_parser.waitForFinished();
}

void AddUrlsDialog::setText(const QString &text)
{
    m_ui->editor->setPlainText(text);
}

void AddUrlsDialog::scheduleParse()
{
    ++m_generation;
    m_debounce.start();
}

void AddUrlsDialog::startParse()
{
    if (m_parser.isRunning())
        return; // picked up again when the running parse ends
    m_parser.setProperty("generation", m_generation);
    m_parser.setFuture(QtConcurrent::run(&m_pool, &AddUrlsDialog::parse, m_ui->editor->toPlainText()));
}

void AddUrlsDialog::onParsed()
{
    const quint64 parsed = m_parser.property("generation").toULongLong();
    if (parsed != m_generation) {
        startParse(); // the text changed meanwhile
        return;
    }
    m_parsedGeneration = parsed;
    showResult(m_parser.result());
    if (m_acceptWhenParsed)
        accept();
}

IntakeResult AddUrlsDialog::parse(const QString &text)
{
    // The same reading as a paste: aria2 options and sums lines included.
    IntakeBuilder builder;
    builder.addList(UrlListParser().parseText(text), QString());
    return builder.take();
}

void AddUrlsDialog::showResult(const IntakeResult &result)
{
    m_result = result;
    const int found = int(result.urls.size());
    const int listed = m_isListed
            ? int(std::count_if(result.urls.cbegin(), result.urls.cend(), m_isListed))
            : 0;
    QString text = found == 0 ? tr("No URLs found") : tr("%n URL(s) found", nullptr, found);
    if (listed > 0)
        text += tr(", %n already in the list", nullptr, listed);
    if (result.duplicates > 0)
        text += tr(", %n repeated", nullptr, result.duplicates);
    if (!result.digests.isEmpty())
        text += tr(", %n checksum(s)", nullptr, int(result.digests.size()));
    if (result.schemeAdded > 0)
        text += tr("; %n without a scheme, taken as https://", nullptr, result.schemeAdded);
    m_ui->foundLabel->setText(text);

    const bool anyRejects = !result.rejects.isEmpty() || !result.notes.isEmpty();
    m_ui->rejectsLabel->setText(result.rejects.isEmpty()
                                        ? tr("%n option line(s) ignored:", nullptr, int(result.notes.size()))
                                        : tr("%n line(s) rejected:", nullptr, int(result.rejects.size())));
    m_ui->rejectsLabel->setVisible(anyRejects);
    m_ui->rejectsView->setVisible(anyRejects);
    m_ui->rejectsView->setRejects(result.rejects + result.notes);
    // Checksums alone are worth adding too: they go to the rows already listed.
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(found > listed || !result.digests.isEmpty());
}

void AddUrlsDialog::accept()
{
    if (m_parsedGeneration != m_generation) {
        // Typed or pasted just now: the result must describe the final text,
        // which is parsed in the background like every other edit.
        m_acceptWhenParsed = true;
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_ui->foundLabel->setText(tr("Reading the links…"));
        m_debounce.stop();
        startParse();
        return;
    }
    m_acceptWhenParsed = false;
    if (m_result.urls.isEmpty() && m_result.digests.isEmpty())
        return;
    QDialog::accept();
}

} // namespace Fetchpool::Gui
