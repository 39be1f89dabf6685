#pragma once

#include "downloadtypes.h"

#include <QString>

namespace Fetchpool {

// What aria2's errorCode (its exit status numbers, `man aria2c`, EXIT
// STATUS) and errorMessage of a download mean in Fetchpool's taxonomy. The
// message keeps aria2's own words; a code aria2 gave no words for gets its
// meaning from the manual.
FetchError aria2Error(int errorCode, const QString &errorMessage);

// The manual's meaning of an aria2 error code, "" for one it does not list.
QString aria2ErrorMeaning(int errorCode);

} // namespace Fetchpool
