#pragma once

// What the window suites share: the application set up as the program sets
// itself up, in test mode, and a main window on a fresh destination whose
// models are checked by QAbstractItemModelTester.
#include "app/apptranslations.h"
#include "app/mainwindow.h"
#include "gallery/gallerymodel.h"
#include "intake/urlintake.h"
#include "modeltest.h"

#include <QAction>
#include <QAbstractButton>
#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Fetchpool::Test {

// For initTestCase(): settings and standard paths in test mode, under the
// suite's own name (Qt's default application name is the executable's), and
// the window in English as the program starts it for an English locale,
// plural forms included ("1 URL", "3 URLs"), whatever the machine's locale.
inline void setUpGuiTestApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FetchpoolTests"));
    Gui::AppTranslations::install(QLocale(QLocale::English));
}

// The list's model, the sort proxy the list shows it through, and the gallery's model.
inline void checkWindowModels(Gui::MainWindow &window)
{
    checkModel(&window.model());
    if (auto *list = window.findChild<QTableView *>(QStringLiteral("listView")))
        checkModel(list->model());
    checkModel(window.galleryModel());
}

// A main window as the window suites drive it: settings cleared, a fresh
// temporary folder as its destination, its models checked, shown and exposed.
// Reads like the window it holds: m_window->model().
class TestWindow
{
public:
    // For init(): QVERIFY(m_window.open()).
    [[nodiscard]] bool open(const QSize &size = {})
    {
        close();
        QSettings().clear();
        m_destination = std::make_unique<QTemporaryDir>();
        if (!m_destination->isValid())
            return false;
        m_window = std::make_unique<Gui::MainWindow>();
        checkWindowModels(*m_window);
        m_window->setDestination(m_destination->path());
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // For cleanup(): the window first, then its folder.
    void close()
    {
        m_window.reset();
        m_destination.reset();
    }

    Gui::MainWindow *operator->() const { return m_window.get(); }
    Gui::MainWindow *get() const { return m_window.get(); }
    QString destination() const { return m_destination->path(); }

    // The window's action `name`. A missing one fails the test and hands
    // back a disabled stand-in, so the test ends at its next check instead
    // of dereferencing null.
    QAction *action(const char *name)
    {
        if (auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name)))
            return found;
        QTest::qFail(qPrintable(QStringLiteral("the window has no action %1").arg(QLatin1String(name))),
                     __FILE__, __LINE__);
        m_missing.setEnabled(false);
        return &m_missing;
    }

    // Presses Start and waits for the run's end; its figures and wall time
    // (RunController::runFinished's arguments) land in *end.
    [[nodiscard]] bool runToEnd(QList<QVariant> *end = nullptr, int timeoutMs = 60'000)
    {
        QSignalSpy finished(&m_window->runs(), &Gui::RunController::runFinished);
        action("actionStart")->trigger();
        // Start on a finished list asks what to do with its files; the suites
        // that run a list again compare runs: new copies, as before the question.
        answerRunAgain("downloadAgain");
        if (!m_window->runs().isRunning()) {
            qWarning("the run did not start: %s", qPrintable(m_window->statusBar()->currentMessage()));
            return false;
        }
        if (!finished.wait(timeoutMs)) {
            qWarning("the run did not end within %d ms", timeoutMs);
            return false;
        }
        if (end)
            *end = finished.first();
        return true;
    }

    // Answers the open "Run the List Again" question with the button
    // `buttonName` (skipExisting, updateIfNewer, downloadAgain); false when
    // none is open.
    bool answerRunAgain(const char *buttonName)
    {
        for (auto *question : m_window->findChildren<QMessageBox *>(QStringLiteral("runAgainQuestion"))) {
            if (!question->isVisible())
                continue; // answered, waiting to be deleted
            if (auto *button = question->findChild<QAbstractButton *>(QString::fromLatin1(buttonName))) {
                button->click();
                return true;
            }
        }
        return false;
    }

    // Drags `data` over the window and drops it, as a file manager or a
    // browser would; false (and why) when the window refused it or the
    // intake did not finish, else what it yielded in *result.
    [[nodiscard]] bool drop(QMimeData &data, Gui::IntakeResult *result = nullptr)
    {
        QSignalSpy finished(&m_window->intake(), &Gui::UrlIntake::finished);
        const QPoint where(m_window->width() / 2, m_window->height() / 2);
        QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted()) {
            qWarning("the window refused the drag");
            return false;
        }
        QDropEvent dropEvent(QPointF(where), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &dropEvent);
        if (!dropEvent.isAccepted()) {
            qWarning("the window refused the drop");
            return false;
        }
        if (!finished.wait(10'000)) {
            qWarning("the intake did not finish");
            return false;
        }
        if (result)
            *result = finished.first().first().value<Gui::IntakeResult>();
        return true;
    }

private:
    std::unique_ptr<QTemporaryDir> m_destination;
    std::unique_ptr<Gui::MainWindow> m_window;
    QAction m_missing;
};

} // namespace Fetchpool::Test
