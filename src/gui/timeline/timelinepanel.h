#pragma once

#include "timelinepainter.h"

#include <QWidget>

class QLabel;

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
    // A line above the chart about how its times were taken (on aria2
    // daemons: polled); empty hides it.
    void setNote(const QString &note);
    QString note() const;

    // Writes the whole chart; the format follows the suffix (.png or .svg).
    bool exportTo(const QString &path, QString *error) const;
    // The whole chart, every lane and the whole time axis, `width` pixels wide.
    QSize exportSize(int width) const;

private:
    TimelineLayout exportLayout() const; // every lane at the view's lane height
    void paintExport(QPainter &painter, const QSize &size) const;
    void chooseExportFile(const QString &suffix);

    TimelineRecorder *const m_recorder;
    TimelineView *m_view;
    QLabel *m_note;
};

} // namespace Fetchpool::Gui
