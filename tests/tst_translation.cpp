// The German translation: loaded by locale, the window's menus, actions and
// messages in German (plural forms included), Qt's own buttons too, back to
// English when the locale switches back; and the .ts file itself complete,
// with the same placeholders in every translation as in its source.
#include "app/apptranslations.h"
#include "desktop/runnotifier.h"
#include "desktop/taskbarprogress.h"
#include "guitestwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QXmlStreamReader>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

QString menuTitle(const QWidget &window, const char *name)
{
    const auto *menu = window.findChild<QMenu *>(QString::fromLatin1(name));
    return menu ? menu->title() : QStringLiteral("<no menu %1>").arg(QString::fromLatin1(name));
}

QString actionText(const QWidget &window, const char *name)
{
    const auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
    return action ? action->text() : QStringLiteral("<no action %1>").arg(QString::fromLatin1(name));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(n|L?\\d+)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class tst_Translation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void germanLocaleTranslatesTheWindow();
    void germanPluralForms();
    void qtsOwnButtonsFollow();
    void switchingBackGivesEnglish();
    void noTranslationForEnglish();
    void translationFileIsComplete();
};

void tst_Translation::initTestCase()
{
    setUpGuiTestApplication(); // the plural rule first, as the program installs it
    QSettings().clear();
}

void tst_Translation::cleanup()
{
    AppTranslations::remove();
}

void tst_Translation::germanLocaleTranslatesTheWindow()
{
    QVERIFY(AppTranslations::install(QLocale(QLocale::German, QLocale::Germany)));
    MainWindow window;
    checkWindowModels(window);
    QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("&Datei"));
    QCOMPARE(menuTitle(window, "menuEdit"), QStringLiteral("&Bearbeiten"));
    QCOMPARE(actionText(window, "actionStop"), QStringLiteral("S&topp"));
    QCOMPARE(actionText(window, "actionSequential"), QStringLiteral("&Nacheinander"));
    QCOMPARE(actionText(window, "actionParallel"), QStringLiteral("&Parallel"));
    QCOMPARE(actionText(window, "actionAddUrls"), QStringLiteral("URLs &hinzufügen…"));
    // Strings from code, not only from the form.
    QCOMPARE(TaskbarProgress::titleWithProgress(42, QStringLiteral("Fetchpool")), QStringLiteral("42 % — Fetchpool"));
    // The engine's messages that reach the window.
    QCOMPARE(QCoreApplication::translate("Fetchpool::UrlListParser", "missing host"), QStringLiteral("Host fehlt"));
}

void tst_Translation::germanPluralForms()
{
    QVERIFY(AppTranslations::install(QLocale(QLocale::German)));
    RunProgress run;
    run.total = 1;
    run.done = 1;
    QCOMPARE(RunNotifier::summary(run, 850'000), QStringLiteral("1 von 1 erledigt in 850 ms"));
    run.total = 3;
    run.done = 1;
    run.failed = 2;
    QCOMPARE(RunNotifier::summary(run, 850'000), QStringLiteral("1 von 3 erledigt in 850 ms, 2 fehlgeschlagen"));
    QCOMPARE(QCoreApplication::translate("Fetchpool::Gui::MainWindow", "%n item(s)", nullptr, 1),
             QStringLiteral("1 Eintrag"));
    QCOMPARE(QCoreApplication::translate("Fetchpool::Gui::MainWindow", "%n item(s)", nullptr, 5),
             QStringLiteral("5 Einträge"));
}

void tst_Translation::qtsOwnButtonsFollow()
{
    QVERIFY(AppTranslations::install(QLocale(QLocale::German)));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    // Whether the button shows a mnemonic depends on the platform theme.
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
}

void tst_Translation::switchingBackGivesEnglish()
{
    QVERIFY(AppTranslations::install(QLocale(QLocale::German)));
    {
        MainWindow german;
        checkWindowModels(german);
        QCOMPARE(actionText(german, "actionStop"), QStringLiteral("S&topp"));
    }
    QVERIFY(!AppTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    MainWindow english;
    checkWindowModels(english);
    QCOMPARE(menuTitle(english, "menuFile"), QStringLiteral("&File"));
    QCOMPARE(actionText(english, "actionStart"), QStringLiteral("&Start"));
    // English plurals still come from the built-in plural rule.
    QCOMPARE(QCoreApplication::translate("Fetchpool::Gui::MainWindow", "%n item(s)", nullptr, 5),
             QStringLiteral("5 items"));
}

void tst_Translation::noTranslationForEnglish()
{
    QVERIFY(!AppTranslations::install(QLocale(QLocale::English)));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
}

void tst_Translation::translationFileIsComplete()
{
    QFile ts(QStringLiteral(FETCHPOOL_TS_DE));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.errorString()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList problems;
    QString context;
    QString source;
    bool numerus = false;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty()) {
                problems << QStringLiteral("%1: '%2' is %3").arg(context, source, type);
                continue;
            }
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                if (forms.size() != 2)
                    problems << QStringLiteral("%1: '%2' has %3 plural forms, German needs 2")
                                        .arg(context, source).arg(forms.size());
            } else {
                forms << xml.readElementText();
            }
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1: '%2' is empty").arg(context, source);
                QSet<QString> expected = placeholders(source);
                QSet<QString> got = placeholders(form);
                // A singular form may spell out the one ("ein Eintrag").
                if (numerus && !got.contains(QStringLiteral("%n")))
                    expected.remove(QStringLiteral("%n"));
                if (got != expected)
                    problems << QStringLiteral("%1: '%2' → '%3' changes the placeholders").arg(context, source, form);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
