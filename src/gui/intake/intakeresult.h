#pragma once

#include "urllistparser.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace Fetchpool::Gui {

// A rejected line together with where it came from ("urls.txt", "clipboard").
struct IntakeReject
{
    QString source;
    UrlReject reject;
};

// What one paste, drop or opened set of files yielded.
struct IntakeResult
{
    QVector<QUrl> urls;             // unique, in first-seen order
    QVector<IntakeReject> rejects;  // lines, files or links that gave no URL
    int duplicates = 0;             // repeated within the input itself
    int schemeAdded = 0;            // bare `www.` URLs taken as https:// (appended)
};

} // namespace Fetchpool::Gui
