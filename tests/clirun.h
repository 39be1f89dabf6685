#pragma once

// fetchpool-cli run as a user runs it, for the suites that test it: the
// path comes from the suite's FETCHPOOL_CLI_PATH definition.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Fetchpool::Test {

struct CliOutcome
{
    int exitCode = -2; // -1: it crashed; -2: it did not start or end in time
    QString out;
    QString err;
};

// Runs fetchpool-cli with `arguments`, `input` on its standard input (then
// closed), in `environment`; kills it after `timeoutMs`.
inline CliOutcome runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120'000,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FETCHPOOL_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace Fetchpool::Test
