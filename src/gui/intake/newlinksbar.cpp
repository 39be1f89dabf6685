#include "intake/newlinksbar.h"

#include "app/appicons.h"
#include "app/colorblend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace Fetchpool::Gui {

namespace {
constexpr int LinksInToolTip = 10;
} // namespace

NewLinksBar::NewLinksBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(tr("Add to L&ist"), this))
    , m_show(new QPushButton(tr("Sh&ow…"), this))
    , m_dismiss(new QPushButton(tr("Dis&miss"), this))
{
    setObjectName(QStringLiteral("newLinksBar"));
    m_add->setObjectName(QStringLiteral("addNewLinks"));
    m_show->setObjectName(QStringLiteral("showNewLinks"));
    m_dismiss->setObjectName(QStringLiteral("dismissNewLinks"));
    m_add->setToolTip(tr("Add the copied links to the list, as Paste would"));
    m_show->setToolTip(tr("See the copied links in Add URLs… before adding them"));
    m_dismiss->setToolTip(tr("Forget these links; they are not offered again"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(AppIcons::icon(QStringLiteral("edit-paste")).pixmap(iconSize, iconSize));
    // The count may be long in other languages: the label gives way, the buttons do not.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);

    connect(m_add, &QPushButton::clicked, this, &NewLinksBar::addRequested);
    connect(m_show, &QPushButton::clicked, this, &NewLinksBar::showRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &NewLinksBar::dismissRequested);
    hide();
}

void NewLinksBar::setLinks(const QVector<QUrl> &links)
{
    const int count = int(links.size());
    m_text->setText(tr("%n new link(s) copied", nullptr, count));
    QStringList shown;
    for (int i = 0; i < count && i < LinksInToolTip; ++i)
        shown << links[i].toDisplayString();
    if (count > LinksInToolTip)
        shown << tr("and %n more", nullptr, count - LinksInToolTip);
    m_text->setToolTip(shown.join(QLatin1Char('\n')));
    setVisible(count > 0);
}

QString NewLinksBar::text() const
{
    return m_text->text();
}

// A message widget's look: a rounded box tinted with the palette's highlight.
void NewLinksBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(blend(accent, palette().color(QPalette::Window), 0.15));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace Fetchpool::Gui
