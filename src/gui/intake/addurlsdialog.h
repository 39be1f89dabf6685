#pragma once

#include "intake/intakeresult.h"

#include <QDialog>

class QThreadPool;
#include <QFutureWatcher>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class AddUrlsDialog;
}

namespace Fetchpool::Gui {

// "Add URLs…": a multi-line editor that shows, while the user types or pastes,
// how many URLs it found and which lines it rejected and why. Parsing runs
// off the UI thread, a moment after the last keystroke.
class AddUrlsDialog final : public QDialog
{
    Q_OBJECT

public:
    using ListedCheck = std::function<bool(const QUrl &)>;

    // Parses on `pool`, the window's own threads.
    explicit AddUrlsDialog(QThreadPool &pool, QWidget *parent = nullptr);
    ~AddUrlsDialog() override;

    // Lets the count say how many of the URLs are already in the list.
    void setListedCheck(ListedCheck isListed) { m_isListed = std::move(isListed); }
    void setText(const QString &text);

    // The URLs and rejects of the text as accepted.
    const IntakeResult &result() const { return m_result; }

    // Adds once the text as it stands is parsed; when it was just edited,
    // that is as soon as the parse in the background ends.
    void accept() override;

private:
    void scheduleParse();
    void startParse();
    void showResult(const IntakeResult &result);
    static IntakeResult parse(const QString &text);

    void onParsed();

    std::unique_ptr<Ui::AddUrlsDialog> m_ui;
    QThreadPool &m_pool;
    bool m_acceptWhenParsed = false;
    QTimer m_debounce;
    QFutureWatcher<IntakeResult> m_parser;
    quint64 m_generation = 0;        // edits so far
    quint64 m_parsedGeneration = 0;  // the edit m_result describes
    IntakeResult m_result;
    ListedCheck m_isListed;
};

} // namespace Fetchpool::Gui
