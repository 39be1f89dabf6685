#pragma once

#include "downloadtypes.h"

#include <QColor>
#include <QVector>
#include <QWidget>

namespace Fetchpool::Gui {

// The run's overall progress as one bar of segments: done, failed and
// cancelled items each in a colour of its own, the items still to come left
// empty. Its text gives the counts ("41 done · 19 failed"), where a plain
// progress bar said "100 %" over a run in which everything failed.
class RunProgressBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgressBar)

public:
    enum class Part : quint8 { Done, Failed, Cancelled };
    struct Segment
    {
        Part part = Part::Done;
        int count = 0;
        QColor colour;
    };

    explicit RunProgressBar(QWidget *parent = nullptr);

    void setRun(const RunProgress &run);
    QString text() const;
    // The parts with items, left to right.
    QVector<Segment> segments() const;
    // From the palette where a role fits: done is the highlight, cancelled a
    // grey between text and base; failed is red, which no role provides.
    QColor colour(Part part) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    RunProgress m_run;
};

} // namespace Fetchpool::Gui
