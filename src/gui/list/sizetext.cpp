#include "list/sizetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Fetchpool::Gui::SizeText {

QString size(qint64 bytes)
{
    // Below 1 KiB Qt writes "1 bytes"; "B" is the unit the larger sizes
    // abbreviate too, and needs no plural.
    if (bytes < 1024)
        return QLocale().toString(bytes) + QStringLiteral(" B");
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}

QString rate(double bytesPerSecond)
{
    //: A transfer rate: %1 is a size such as "2.00 MiB".
    return QCoreApplication::translate("Fetchpool::Gui::SizeText", "%1/s").arg(size(std::llround(bytesPerSecond)));
}

} // namespace Fetchpool::Gui::SizeText
