#include "intake/addurlsdialog.h"

#include "intake/intakebuilder.h"
#include "ui_addurlsdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

namespace {

constexpr int ParseDelayMs = 250;
constexpr int PatternsShown = 3;

// The URLs of one pattern without the start they all share up to its last
// "/": "img001.jpg" for https://example.org/photos/img[001-045].jpg.
QStringList distinctParts(const UrlPattern &pattern)
{
    const QStringList urls = pattern.first + pattern.last;
    QStringView common = urls.constFirst();
    for (const QString &url : urls) {
        qsizetype same = 0;
        while (same < common.size() && same < url.size() && common.at(same) == url.at(same))
            ++same;
        common = common.left(same);
    }
    const qsizetype cut = common.lastIndexOf(QLatin1Char('/')) + 1;
    QStringList parts;
    for (const QString &url : urls)
        parts << url.mid(cut);
    return parts;
}

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
    m_ui->patternsLabel->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(ParseDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &AddUrlsDialog::startParse);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &AddUrlsDialog::scheduleParse);
    connect(m_ui->expandPatterns, &QCheckBox::toggled, this, [this](bool expand) {
        m_ui->nameLabel->setEnabled(expand);
        m_ui->nameEdit->setEnabled(expand);
        scheduleParse();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AddUrlsDialog::scheduleParse);
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
    m_parser.setFuture(QtConcurrent::run(&m_pool, &AddUrlsDialog::parse, m_ui->editor->toPlainText(), globOptions()));
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

GlobOptions AddUrlsDialog::globOptions() const
{
    GlobOptions glob;
    glob.enabled = m_ui->expandPatterns->isChecked();
    glob.maxExpand = m_maxExpand;
    glob.namePattern = m_ui->nameEdit->text().trimmed();
    return glob;
}

IntakeResult AddUrlsDialog::parse(const QString &text, const GlobOptions &glob)
{
    // The same reading as a paste: aria2 options and sums lines included.
    IntakeBuilder builder;
    builder.addList(UrlListParser({}, glob).parseText(text), QString());
    return builder.take();
}

void AddUrlsDialog::showPatterns(const QVector<UrlPattern> &patterns)
{
    m_ui->patternsLabel->setVisible(!patterns.isEmpty());
    QStringList lines;
    QStringList fullUrls;
    for (const UrlPattern &pattern : patterns.mid(0, PatternsShown)) {
        const QStringList parts = distinctParts(pattern);
        QString shown = parts.mid(0, int(pattern.first.size())).join(QStringLiteral(", "));
        if (!pattern.last.isEmpty()) {
            const bool gap = pattern.count > pattern.first.size() + pattern.last.size();
            shown += (gap ? QStringLiteral(" … ") : QStringLiteral(", ")) + parts.mid(int(pattern.first.size())).join(QStringLiteral(", "));
        }
        const int count = int(qMin<qint64>(pattern.count, INT_MAX));
        lines << (pattern.expanded
                          ? tr("Line %1: %Ln URL(s), %2", nullptr, count).arg(pattern.line).arg(shown)
                          : tr("Line %1: %Ln URL(s), more than %L2, so Add asks first: %3", nullptr, count)
                                    .arg(pattern.line)
                                    .arg(m_maxExpand)
                                    .arg(shown));
        fullUrls << pattern.first + pattern.last;
    }
    if (patterns.size() > PatternsShown)
        lines << tr("and %n more pattern(s)", nullptr, int(patterns.size() - PatternsShown));
    m_ui->patternsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->patternsLabel->setToolTip(fullUrls.join(QLatin1Char('\n')));
}

bool AddUrlsDialog::confirmLargePatterns()
{
    qint64 largest = 0;
    int line = 0;
    int over = 0;
    for (const UrlPattern &pattern : std::as_const(m_result.patterns)) {
        if (pattern.expanded)
            continue;
        ++over;
        if (pattern.count > largest) {
            largest = pattern.count;
            line = pattern.line;
        }
    }
    if (over == 0)
        return true;
    QMessageBox question(QMessageBox::Question, tr("Add URLs"),
                         over == 1 ? tr("The pattern on line %1 stands for %L2 URLs.").arg(line).arg(largest)
                                   : tr("%n patterns stand for more than %L1 URLs each; the largest, on line %2, for %L3.",
                                        nullptr, over)
                                             .arg(m_maxExpand)
                                             .arg(line)
                                             .arg(largest),
                         QMessageBox::Cancel, this);
    question.setInformativeText(tr("Every URL becomes a row in the list. Add them all?"));
    QPushButton *addAll = question.addButton(tr("Add &All"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != addAll)
        return false;
    m_maxExpand = largest;
    scheduleParse(); // the same text, now with room for every pattern
    return true;
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
    showPatterns(result.patterns);

    const bool anyRejects = !result.rejects.isEmpty() || !result.notes.isEmpty();
    m_ui->rejectsLabel->setText(result.rejects.isEmpty()
                                        ? tr("%n option line(s) ignored:", nullptr, int(result.notes.size()))
                                        : result.malformedPatterns > 0
                                        ? tr("%n line(s) rejected (for URLs with [ ] or { } of their own, untick Expand patterns):",
                                             nullptr, int(result.rejects.size()))
                                        : tr("%n line(s) rejected:", nullptr, int(result.rejects.size())));
    m_ui->rejectsLabel->setVisible(anyRejects);
    m_ui->rejectsView->setVisible(anyRejects);
    m_ui->rejectsView->setRejects(result.rejects + result.notes);
    // Checksums alone are worth adding too: they go to the rows already listed.
    const bool anyUnexpanded = std::any_of(result.patterns.cbegin(), result.patterns.cend(),
                                           [](const UrlPattern &pattern) { return !pattern.expanded; });
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(found > listed || !result.digests.isEmpty() || anyUnexpanded);
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
    if (!confirmLargePatterns())
        return;
    if (m_parsedGeneration != m_generation) { // agreed: parsed again, then added
        accept();
        return;
    }
    if (m_result.urls.isEmpty() && m_result.digests.isEmpty())
        return;
    QDialog::accept();
}

} // namespace Fetchpool::Gui
