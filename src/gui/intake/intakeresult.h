#pragma once

#include "checksumfile.h"
#include "list/itemoptions.h"
#include "urllistparser.h"

#include <QHash>

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
    // Option lines read but not followed (aria2 options Fetchpool does not
    // know), with their lines like rejects; their URLs were taken.
    QVector<IntakeReject> notes;
    // What the input said about its URLs beyond the URL: aria2 options, the
    // page the links came from. Only URLs that have any are in it.
    QHash<QUrl, ItemOptions> options;
    // Digests from sums files and sums lines, by file name: for the rows of
    // these URLs and of the list already there.
    ChecksumFile::Digests digests;
    int schemeAdded = 0;            // bare `www.` URLs taken as https:// (appended)
    // (appended) Lines that were URL patterns, with what they stand for;
    // lines as in the whole input.
    QVector<UrlPattern> patterns;
    int malformedPatterns = 0; // rejects among them: perhaps URLs with literal brackets
};

} // namespace Fetchpool::Gui
