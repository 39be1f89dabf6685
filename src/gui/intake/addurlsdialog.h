#pragma once

#include "intake/intakeresult.h"
#include "urlglob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QThreadPool;

#include <functional>
#include <memory>

namespace Ui {
class AddUrlsDialog;
}

namespace Fetchpool::Gui {

// "Add URLs…": a multi-line editor that shows, while the user types or pastes,
// how many URLs it found, what each URL pattern stands for, and which lines
// it rejected and why. Parsing runs off the UI thread, a moment after the
// last keystroke. A pattern of more than GlobOptions::maxExpand URLs is added
// only once the user says so.
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
    void showPatterns(const QVector<UrlPattern> &patterns);
    // Asks before a pattern that stands for very many URLs is taken; true
    // when it is (then the text is parsed again with room for them).
    bool confirmLargePatterns();
    GlobOptions globOptions() const;
    static IntakeResult parse(const QString &text, const GlobOptions &glob);

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
    qint64 m_maxExpand = GlobOptions::DefaultMaxExpand; // raised when the user agrees
};

} // namespace Fetchpool::Gui
