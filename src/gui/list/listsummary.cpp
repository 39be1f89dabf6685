#include "list/listsummary.h"

#include "list/downloadmodel.h"

namespace Fetchpool::Gui {

ListSummary::ListSummary(const DownloadModel &model, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("listSummary"));
    connect(&m_model, &DownloadModel::listChanged, this, &ListSummary::refresh);
    refresh();
}

void ListSummary::refresh()
{
    const int total = m_model.rowCount();
    if (total == 0) {
        setText(tr("List empty"));
        return;
    }
    const int done = m_model.countInState({ItemState::Done});
    const int failed = m_model.countInState({ItemState::Failed});
    QString text = tr("%n item(s)", nullptr, total) + tr(" · %1 done").arg(done);
    if (failed > 0)
        text += tr(" · %1 failed").arg(failed);
    setText(text);
}

} // namespace Fetchpool::Gui
