#include "pathseed.h"

#include <QByteArray>

namespace Fetchpool::Demo {

quint32 seedForPath(QStringView path)
{
    quint32 hash = 2166136261u;
    for (const char byte : path.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace Fetchpool::Demo
