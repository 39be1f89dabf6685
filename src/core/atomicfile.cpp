#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Fetchpool {

namespace {

QString cannotWrite(const QString &path, const QSaveFile &file)
{
    return QCoreApplication::translate("Fetchpool::AtomicFile", "cannot write '%1': %2").arg(path, file.errorString());
}

} // namespace

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    return true;
}

} // namespace Fetchpool
