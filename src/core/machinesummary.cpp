#include "machinesummary.h"

#include <QSysInfo>
#include <QThread>

namespace Fetchpool {

QString machineDescription()
{
    return QStringLiteral("%1 · %2 %3 · %4 CPUs")
            .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion())
            .arg(QThread::idealThreadCount());
}

QString machineSummary()
{
    return QStringLiteral("%1 · Qt %2").arg(machineDescription(), QString::fromLatin1(qVersion()));
}

} // namespace Fetchpool
