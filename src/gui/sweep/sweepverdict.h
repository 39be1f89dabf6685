#pragma once

#include "sweepreport.h"

#include <QCoreApplication>
#include <QString>

namespace Fetchpool::Gui {

// What a finished sweep recommends, in the Measure dialog's words: the count
// to use and why, on how many completed steps that rests when the sweep was
// cut short, or why there is no recommendation.
class SweepVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::SweepDialog)

public:
    explicit SweepVerdict(const SweepResult &result);

    int workers() const { return m_workers; } // 0: no recommendation
    QString text() const { return m_text; }   // rich text; empty when the status line says it all

private:
    QString recommendation(const SweepResult &result, const SweepStep &base, const SweepStep &chosen) const;
    static QString noRecommendation(const SweepResult &result);

    int m_workers = 0;
    QString m_text;
};

} // namespace Fetchpool::Gui
