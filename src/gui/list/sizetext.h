#pragma once

#include <QString>

// Byte counts and rates as the window shows them: in the user's locale, in
// binary units ("2.00 KiB", in German "2,00 KiB"). The console tool and the
// reports keep core's C-locale figures (units.h), which scripts read.
namespace Fetchpool::Gui::SizeText {

QString size(qint64 bytes);
QString rate(double bytesPerSecond); // "2.00 MiB/s"

} // namespace Fetchpool::Gui::SizeText
