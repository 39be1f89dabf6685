#pragma once

#include <QWidget>

namespace Fetchpool::Gui {

class TimelineRecorder;
class TimelineView;

// The timeline dock's content: the legend, zoom and export buttons above
// the chart, which follows the recorder's runs live.
class TimelinePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(TimelineRecorder *recorder, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }

    // Writes the whole chart; the format follows the suffix (.png or .svg).
    bool exportTo(const QString &path, QString *error) const;

private:
    void chooseExportFile(const QString &suffix);

    TimelineRecorder *const m_recorder;
    TimelineView *m_view;
};

} // namespace Fetchpool::Gui
