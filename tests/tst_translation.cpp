// The German translation: loaded by locale, the window's menus, actions and
// messages in German (plural forms included), Qt's own buttons too, back to
// English when the locale switches back. The English plural forms: "1 URL",
// "3 URLs" for an English locale and for one Fetchpool has no translation
// for. And both .ts files complete, with the same placeholders in every
// translation as in its source.
#include "app/apptranslations.h"
#include "desktop/runnotifier.h"
#include "desktop/taskbarprogress.h"
#include "guitestwindow.h"
#include "intake/addurlsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QThreadPool>
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

// What Add URLs… says of `urls` URLs: "%n URL(s) found" through the dialog's
// own code.
QString addUrlsCount(int urls)
{
    QThreadPool pool;
    AddUrlsDialog dialog(pool);
    QStringList lines;
    for (int i = 0; i < urls; ++i)
        lines << QStringLiteral("https://example.org/%1").arg(i);
    dialog.setText(lines.join(QLatin1Char('\n')));
    const auto *found = dialog.findChild<QLabel *>(QStringLiteral("foundLabel"));
    if (!found || !QTest::qWaitFor([&dialog, urls] { return dialog.result().urls.size() == urls; }, 10'000))
        return QStringLiteral("<no count for %1 URLs>").arg(urls);
    return found->text();
}

// A .ts file as the completeness checks see it.
struct TsFile
{
    int messages = 0;
    QSet<QString> plurals; // "context: source" of every plural message
    QSet<QString> pluralContexts;
    // Unfinished or empty translations, lost placeholders, plural messages
    // without exactly two forms (German and English both have a singular and
    // a plural).
    QStringList problems;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.problems << QStringLiteral("%1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++ts.messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            if (numerus) {
                ts.plurals.insert(context + QStringLiteral(": ") + source);
                ts.pluralContexts.insert(context);
            }
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty()) {
                ts.problems << QStringLiteral("%1: '%2' is %3").arg(context, source, type);
                continue;
            }
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                if (forms.size() != 2)
                    ts.problems << QStringLiteral("%1: '%2' has %3 plural forms, not 2")
                                           .arg(context, source).arg(forms.size());
            } else {
                forms << xml.readElementText();
            }
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    ts.problems << QStringLiteral("%1: '%2' is empty").arg(context, source);
                QSet<QString> expected = placeholders(source);
                QSet<QString> got = placeholders(form);
                // A singular form may spell out the one ("ein Eintrag").
                if (numerus && !got.contains(QStringLiteral("%n")))
                    expected.remove(QStringLiteral("%n"));
                if (got != expected)
                    ts.problems << QStringLiteral("%1: '%2' → '%3' changes the placeholders")
                                           .arg(context, source, form);
            }
        }
    }
    if (xml.hasError())
        ts.problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
    return ts;
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
    void englishPluralForms();
    void untranslatedLocaleGetsEnglishPlurals();
    void translationFileIsComplete();
    void englishPluralFileIsComplete();
};

void tst_Translation::initTestCase()
{
    setUpGuiTestApplication();
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
    QCOMPARE(QCoreApplication::translate("Fetchpool::Gui::ListSummary", "%n item(s)", nullptr, 1),
             QStringLiteral("1 Eintrag"));
    QCOMPARE(QCoreApplication::translate("Fetchpool::Gui::ListSummary", "%n item(s)", nullptr, 5),
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
    QVERIFY(AppTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    MainWindow english;
    checkWindowModels(english);
    QCOMPARE(menuTitle(english, "menuFile"), QStringLiteral("&File"));
    QCOMPARE(actionText(english, "actionStart"), QStringLiteral("&Start"));
    QCOMPARE(addUrlsCount(5), QStringLiteral("5 URLs found"));
}

void tst_Translation::englishPluralForms()
{
    // en_GB falls back to fetchpool_en.
    QVERIFY(AppTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QCOMPARE(addUrlsCount(1), QStringLiteral("1 URL found"));
    QCOMPARE(addUrlsCount(3), QStringLiteral("3 URLs found"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
}

void tst_Translation::untranslatedLocaleGetsEnglishPlurals()
{
    // Fetchpool has no Italian: the window stays English, its plurals too.
    QVERIFY(!AppTranslations::install(QLocale(QLocale::Italian)));
    QCOMPARE(addUrlsCount(1), QStringLiteral("1 URL found"));
    QCOMPARE(addUrlsCount(3), QStringLiteral("3 URLs found"));
}

void tst_Translation::translationFileIsComplete()
{
    const TsFile german = readTs(QStringLiteral(FETCHPOOL_TS_DE));
    QVERIFY(german.messages > 100);
    QVERIFY2(german.problems.isEmpty(), qPrintable(german.problems.join(QLatin1Char('\n'))));
}

void tst_Translation::englishPluralFileIsComplete()
{
    const TsFile english = readTs(QStringLiteral(FETCHPOOL_TS_EN));
    QVERIFY(english.plurals.size() > 20);
    QCOMPARE(english.messages, int(english.plurals.size())); // lupdate -pluralonly
    QVERIFY2(english.problems.isEmpty(), qPrintable(english.problems.join(QLatin1Char('\n'))));
    // update_translations refreshes both files from the same sources.
    const QSet<QString> german = readTs(QStringLiteral(FETCHPOOL_TS_DE)).plurals;
    const QStringList onlyGerman = QSet<QString>(german).subtract(english.plurals).values();
    const QStringList onlyEnglish = QSet<QString>(english.plurals).subtract(german).values();
    QVERIFY2(onlyGerman.isEmpty() && onlyEnglish.isEmpty(),
             qPrintable(QStringLiteral("plural messages only in German: %1; only in English: %2")
                                .arg(onlyGerman.join(QStringLiteral(", ")), onlyEnglish.join(QStringLiteral(", ")))));
    // fetchpool-cli prints the engine's messages without any translator, so
    // none of them may depend on plural forms.
    for (const QString &context : english.pluralContexts) {
        const bool engine = context.startsWith(QLatin1String("Fetchpool::"))
                && !context.startsWith(QLatin1String("Fetchpool::Gui::"));
        QVERIFY2(!engine, qPrintable(context + QStringLiteral(" has plural forms, which fetchpool-cli would print "
                                                               "as \"(s)\"")));
    }
}

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
