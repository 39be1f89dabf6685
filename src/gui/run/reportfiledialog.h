#pragma once

#include "runreport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Fetchpool::Gui {

// File → Export Report…'s save dialog: a file type filter for each report
// format, CSV first. The filter chosen decides the format, not the name:
// "report" saved under the JSON filter becomes report.json.
class ReportFileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::ReportFileDialog)

public:
    struct Choice
    {
        QString path; // with the format's suffix when the name had none
        ReportFormat format = ReportFormat::Csv;
    };

    // Offers fetchpool-report.csv in `folder`; nothing when cancelled.
    static std::optional<Choice> ask(QWidget *parent, const QString &folder);

private:
    // The format a filter of the dialog stands for; CSV for anything else.
    static ReportFormat formatFor(const QString &filter);
    static QString suffixFor(ReportFormat format);
};

} // namespace Fetchpool::Gui
