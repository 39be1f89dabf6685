#include "app/pluraltranslator.h"

#include <QCoreApplication>

namespace Fetchpool::Gui {

void PluralTranslator::install()
{
    auto *app = QCoreApplication::instance();
    if (!app || app->findChild<PluralTranslator *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    QCoreApplication::installTranslator(new PluralTranslator(app));
}

QString PluralTranslator::translate(const char *context, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !context || qstrncmp(context, "Fetchpool::", 11) != 0)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {};
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace Fetchpool::Gui
