#include "remote/remoterunview.h"

#include "remote/daemonsettings.h"
#include "run/enginechoice.h"
#include "run/runcommands.h"
#include "run/runcontroller.h"
#include "run/timingpanel.h"
#include "timeline/timelinepanel.h"
#include "units.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Fetchpool::Gui {

RemoteRunView::RemoteRunView(const Parts &parts, QWidget *window, std::function<void(const QString &)> showStatus)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
    , m_showStatus(std::move(showStatus))
    , m_retryHere(new QAction(tr("Retry on T&his Computer"), this))
    , m_problems(new QLabel(parts.statusBar))
{
    m_problems->setObjectName(QStringLiteral("engineProblems"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_parts.statusBar->addWidget(m_problems, 1); // left, where messages go: a message covers it for a while
    m_retryHere->setObjectName(QStringLiteral("actionRetryHere"));
    m_retryHere->setStatusTip(tr("Download here the items that failed because no aria2 daemon was left to take them"));
    m_retryHere->setEnabled(false);
    m_parts.runMenu->insertAction(m_parts.insertBefore, m_retryHere);
    connect(m_retryHere, &QAction::triggered, this, &RemoteRunView::retryHere);

    connect(&m_parts.runs, &RunController::runStarting, this, [this] {
        m_problemLines.clear();
        m_problems->hide();
    });
    connect(&m_parts.runs, &RunController::runStarted, this, &RemoteRunView::onRunStarted);
    connect(&m_parts.runs, &RunController::progressed, this, [this] {
        if (m_parts.runs.isRemote())
            showFigures();
    });
    connect(&m_parts.runs, &RunController::runFinished, this, &RemoteRunView::onRunFinished);
    connect(&m_parts.runs, &RunController::runningChanged, this, &RemoteRunView::updateAction);
    connect(&m_parts.runs, &RunController::endpointProblem, this, [this](const QString &message) {
        m_problemLines << message;
        //: A daemon of the run was left out or went away; %1 names it (never its secret) and says why.
        m_problems->setText(tr("⚠ %1").arg(m_problemLines.join(QStringLiteral("; "))));
        m_problems->setToolTip(m_problemLines.join(QLatin1Char('\n')));
        m_problems->show();
        m_showStatus(message);
    });
}

QString RemoteRunView::problemsText() const
{
    return m_problemLines.join(QLatin1Char('\n'));
}

void RemoteRunView::onRunStarted()
{
    const bool remote = m_parts.runs.isRemote();
    m_parts.timeline->setNote(remote ? tr("Times on aria2 daemons are polled every %1 ms, not measured at the "
                                          "worker: each may be late by up to that much.")
                                               .arg(Aria2Engine::PollIntervalMs)
                                     : QString());
    m_parts.timing->setRemote(remote);
    m_parts.timing->setMixed(m_parts.runs.isMixed());
    if (remote)
        showFigures();
    else
        m_parts.timing->showEngineFigures({});
    updateAction();
}

void RemoteRunView::showFigures()
{
    QStringList lines;
    if (m_parts.runs.isMixed()) {
        const LocalSideFigures local = m_parts.runs.localFigures();
        const double seconds = double(m_parts.runs.engine().progress().elapsedUs) / 1e6;
        //: %1 is this computer's worker count, %2 how many files it completed, %3 their size, %4 the rate.
        lines << tr("This computer (workers: %1): files done %2, %3, %4")
                         .arg(local.workers)
                         .arg(local.files)
                         .arg(formatBytes(local.bytes), formatRate(seconds > 0 ? double(local.bytes) / seconds : 0));
    }
    for (const Aria2EndpointFigures &figures : m_parts.runs.remoteFigures()) {
        //: %1 is the daemon's address, %2 how many files it completed, %3 their size, %4 the rate.
        QString line = tr("%1: files done %2, %3, %4")
                               .arg(figures.endpoint)
                               .arg(figures.files)
                               .arg(formatBytes(figures.bytes), formatRate(figures.bytesPerSecond));
        if (!figures.problem.isEmpty())
            line += tr(" (%1)").arg(figures.problem);
        lines << line;
    }
    m_parts.timing->showEngineFigures(lines);
}

void RemoteRunView::onRunFinished(const RunProgress &)
{
    if (!m_parts.runs.isRemote())
        return;
    showFigures();
    updateAction();
    const int stranded = int(m_parts.runs.strandedIds().size());
    if (stranded > 0)
        offerRetryHere(stranded);
}

void RemoteRunView::offerRetryHere(int items)
{
    const QString text = tr("%n item(s) failed because no aria2 daemon was left to take them.", nullptr, items);
    m_showStatus(tr("%1 Run → Retry on This Computer downloads them here.").arg(text));
    auto *offer = new QMessageBox(QMessageBox::Warning, tr("No aria2 Daemon Left"), text, QMessageBox::NoButton,
                                  m_window);
    offer->setObjectName(QStringLiteral("retryHereOffer"));
    offer->setInformativeText(tr("Download them on this computer instead? Nothing else is downloaded again."));
    QPushButton *retry = offer->addButton(tr("Retry on This Computer"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryHere"));
    offer->addButton(tr("Not Now"), QMessageBox::RejectRole);
    offer->setDefaultButton(retry);
    offer->setAttribute(Qt::WA_DeleteOnClose);
    connect(offer, &QMessageBox::buttonClicked, this, [this, retry](QAbstractButton *button) {
        if (button == retry)
            retryHere();
    });
    offer->open();
}

void RemoteRunView::retryHere()
{
    const QVector<quint64> ids = m_parts.runs.strandedIds();
    if (ids.isEmpty() || m_parts.runs.isRunning())
        return;
    m_parts.choice.choose(EngineChoiceKey::local());
    m_parts.commands.fetchAgain(ids); // Retry Failed for these rows: each once, in list order
    updateAction();
}

void RemoteRunView::updateAction()
{
    m_retryHere->setEnabled(!m_parts.runs.isRunning() && !m_parts.runs.strandedIds().isEmpty());
}

} // namespace Fetchpool::Gui
