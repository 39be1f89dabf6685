#include "timelinepanel.h"

#include "timelinepainter.h"
#include "timelinerecorder.h"
#include "timelineview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QShortcut>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Fetchpool::Gui {

namespace {

constexpr int MinExportWidth = 1200;

// The legend, painted by the same code as the exported images.
class TimelineLegend final : public QWidget
{
public:
    explicit TimelineLegend(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("timelineLegend"));
    }

    QSize sizeHint() const override { return TimelinePainter({}, palette(), font()).legendSize(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        TimelinePainter({}, palette(), font()).paintLegend(painter, QPoint(0, (height() - sizeHint().height()) / 2));
    }
};

QToolButton *button(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *tool = new QToolButton(parent);
    tool->setText(text);
    tool->setToolTip(toolTip);
    tool->setAutoRaise(true);
    return tool;
}

} // namespace

TimelinePanel::TimelinePanel(TimelineRecorder *recorder, QWidget *parent)
    : QWidget(parent)
    , m_recorder(recorder)
    , m_view(new TimelineView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    // The zoom keys work where the focus is in the timeline; Fit and Export
    // have mnemonics.
    const QKeySequence zoomOutKey(QKeySequence::ZoomOut);
    const QKeySequence zoomInKey(QKeySequence::ZoomIn);
    auto *zoomOut = button(tr("−"),
                           tr("Zoom out on the time axis (%1 or Ctrl+wheel)")
                                   .arg(zoomOutKey.toString(QKeySequence::NativeText)),
                           this);
    auto *zoomIn = button(tr("+"),
                          tr("Zoom in on the time axis (%1 or Ctrl+wheel)")
                                  .arg(zoomInKey.toString(QKeySequence::NativeText)),
                          this);
    auto *fit = button(tr("Fi&t"), tr("Show the whole time axis"), this);
    auto *exportButton = button(tr("E&xport"), tr("Save the timeline as a PNG or SVG image"), this);
    zoomOut->setObjectName(QStringLiteral("timelineZoomOut"));
    zoomIn->setObjectName(QStringLiteral("timelineZoomIn"));
    fit->setObjectName(QStringLiteral("timelineFit"));
    exportButton->setObjectName(QStringLiteral("timelineExport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As PNG Image…"), this, [this] { chooseExportFile(QStringLiteral("png")); });
    exportMenu->addAction(tr("As SVG Drawing…"), this, [this] { chooseExportFile(QStringLiteral("svg")); });
    exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(new TimelineLegend(this));
    bar->addStretch();
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(4, 0, 4, 0);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    for (auto [key, tool] : {std::pair{zoomInKey, zoomIn}, std::pair{zoomOutKey, zoomOut}}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, tool, &QToolButton::click);
    }
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitToWidth);
    // Zooming and exporting wait for the first run: before it there is no time axis.
    const QList<QToolButton *> chartTools{zoomOut, zoomIn, fit, exportButton};
    auto showGroups = [this, chartTools] {
        const QVector<TimelineGroup> groups = m_recorder->groups();
        m_view->setGroups(groups);
        for (QToolButton *tool : chartTools)
            tool->setEnabled(!groups.isEmpty());
    };
    connect(recorder, &TimelineRecorder::changed, m_view, &TimelineView::refresh);
    connect(recorder, &TimelineRecorder::groupsChanged, this, showGroups);
    showGroups();
}

bool TimelinePanel::exportTo(const QString &path, QString *error) const
{
    const QSize size = exportSize(qMax(MinExportWidth, m_view->viewport()->width()));
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Fetchpool run timeline"));
        svg.setDescription(tr("One lane per worker, one bar per item"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("Cannot write %1: the SVG drawing could not be started.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        paintExport(painter, size);
        painter.end();
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    QImage image(size, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        paintExport(painter, size);
    }
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1: the PNG image could not be saved there.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

TimelineLayout TimelinePanel::exportLayout() const
{
    return TimelineLayout(m_view->groups(), TimelinePainter::captionHeight(m_view->font()),
                          m_view->layout().laneHeight());
}

QSize TimelinePanel::exportSize(int width) const
{
    const TimelinePainter painter(m_view->groups(), m_view->palette(), m_view->font());
    return {width, TimelinePainter::axisHeight(m_view->font()) + exportLayout().height()
                           + painter.legendSize().height() + 8};
}

void TimelinePanel::paintExport(QPainter &painter, const QSize &size) const
{
    const QVector<TimelineGroup> &groups = m_view->groups();
    const QFont font = m_view->font();
    const TimelinePainter timelinePainter(groups, m_view->palette(), font);
    const int legendHeight = timelinePainter.legendSize().height() + 8;
    TimelinePainter::Frame whole;
    whole.rect = QRect(0, 0, size.width(), size.height() - legendHeight);
    whole.gutter = TimelinePainter::gutterWidth(font);
    whole.axisHeight = TimelinePainter::axisHeight(font);
    whole.layout = exportLayout();
    whole.namer = m_view->itemNamer();
    // The whole time axis, from the start.
    if (!groups.isEmpty())
        whole.pxPerUs = double(size.width() - whole.gutter) / (double(m_view->longestUs()) * TimelineView::EndMargin);
    timelinePainter.paint(painter, whole);
    painter.fillRect(QRect(0, size.height() - legendHeight, size.width(), legendHeight),
                     m_view->palette().color(QPalette::Window));
    timelinePainter.paintLegend(painter, QPoint(whole.gutter, size.height() - legendHeight + 4));
}

void TimelinePanel::chooseExportFile(const QString &suffix)
{
    const QString filter = suffix == QStringLiteral("svg") ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
            this, tr("Export Timeline"),
            QDir(QDir::homePath()).filePath(QStringLiteral("fetchpool-timeline.") + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Timeline"), error);
}

void TimelinePanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString TimelinePanel::note() const
{
    return m_note->text();
}

} // namespace Fetchpool::Gui
