#include "app/apptranslations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Fetchpool::Gui {

namespace {

// Object names mark the translators this class owns among the
// application's children.
const char *const OwnTranslatorName = "fetchpool-translation";
const char *const QtTranslatorName = "fetchpool-qt-translation";

QTranslator *loaded(const QLocale &locale, const QString &name, const QString &folder, const char *objectName)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QString::fromLatin1(objectName));
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcGui).noquote() << "loaded" << translator->filePath() << "for" << locale.name();
    return translator;
}

} // namespace

bool AppTranslations::install(const QLocale &locale)
{
    remove();
    loaded(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), QtTranslatorName);
    const QString folder = QStringLiteral(":/i18n");
    if (loaded(locale, QStringLiteral("fetchpool"), folder, OwnTranslatorName))
        return true;
    // No translation: the window shows the English source text, whose
    // "%n URL(s)" needs fetchpool_en's plural forms.
    loaded(QLocale(QLocale::English), QStringLiteral("fetchpool"), folder, OwnTranslatorName);
    return false;
}

void AppTranslations::remove()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    for (const char *name : {OwnTranslatorName, QtTranslatorName}) {
        const auto translators =
                app->findChildren<QTranslator *>(QString::fromLatin1(name), Qt::FindDirectChildrenOnly);
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

} // namespace Fetchpool::Gui
