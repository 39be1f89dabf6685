#include "list/sizetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Fetchpool::Gui::SizeText {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}

QString rate(double bytesPerSecond)
{
    //: A transfer rate: %1 is a size such as "2.00 MiB".
    return QCoreApplication::translate("Fetchpool::Gui::SizeText", "%1/s").arg(size(std::llround(bytesPerSecond)));
}

} // namespace Fetchpool::Gui::SizeText
