#include "app/aboutdialog.h"

#include "app/appicons.h"
#include "curlruntime.h"

#include <QMessageBox>

namespace Fetchpool::Gui {

namespace {

constexpr int IconSize = 64;

QString item(const QString &text)
{
    return QStringLiteral("<li>") + text + QStringLiteral("</li>");
}

} // namespace

QString AboutDialog::homepage()
{
    return QStringLiteral(FETCHPOOL_HOMEPAGE);
}

QString AboutDialog::text()
{
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage().toHtmlEscaped());
    QString html;
    html += QStringLiteral("<h3>") + tr("Fetchpool %1").arg(QStringLiteral(FETCHPOOL_VERSION))
            + QStringLiteral("</h3>");
    html += QStringLiteral("<p>")
            + tr("Downloads a list of URLs into a folder, one at a time or with a pool of workers, "
                 "and shows how much time the pool saves.")
            + QStringLiteral("</p>");
    html += QStringLiteral("<p>") + tr("Homepage: %1").arg(link) + QStringLiteral("</p>");
    html += QStringLiteral("<p>")
            + tr("Fetchpool is free software under the GNU General Public License, version 3 or "
                 "(at your option) any later version. It comes with no warranty.")
            + QStringLiteral("</p>");
    html += QStringLiteral("<p>")
            + tr("Running on Qt %1 and %2.")
                      .arg(QString::fromLatin1(qVersion()), CurlRuntime::versionText().toHtmlEscaped())
            + QStringLiteral("</p>");
    html += QStringLiteral("<p><b>") + tr("Credits") + QStringLiteral("</b></p><ul>");
    html += item(tr("Qt: The Qt Company Ltd., under the GNU LGPL version 3 or the GNU GPL version 2."));
    html += item(tr("libcurl: Daniel Stenberg and contributors, under the curl license (MIT style)."));
    html += item(tr("OpenSSL: The OpenSSL Project Authors, under the Apache License 2.0."));
    html += item(tr("Icons: Fetchpool's own; where the desktop's icon theme has an icon of the same "
                    "name, the theme's is shown."));
    html += QStringLiteral("</ul>");
    return html;
}

QMessageBox *AboutDialog::open(QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Fetchpool"), text(), QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setIconPixmap(AppIcons::applicationIcon().pixmap(IconSize, IconSize));
    box->open();
    return box;
}

} // namespace Fetchpool::Gui
