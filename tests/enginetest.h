#pragma once

// What the suites that drive the engine end to end share: the sequential and
// parallel rows every case runs under, the options of a test run, and a look
// at what a run left in its folder.
#include "downloadtypes.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Fetchpool::Test {

// For initTestCase_data(): every case once sequentially and once in parallel.
inline void addWorkerRows()
{
    QTest::addColumn<int>("workers");
    QTest::newRow("sequential") << 1;
    QTest::newRow("parallel") << 16;
}

// The worker count of the row the current case runs under (addWorkerRows()).
inline int rowWorkers()
{
    QFETCH_GLOBAL(int, workers);
    return workers;
}

// A test run into `destination`: no retries, so every failure shows as it
// is, and timeouts that only a transfer left hanging on purpose reaches. A
// case that is about retries or timeouts sets its own.
inline EngineOptions engineOptions(const QString &destination, int workers)
{
    EngineOptions options;
    options.destination = destination;
    options.workers = workers;
    options.retries = 0;
    options.retryBaseDelayMs = 10;
    options.responseTimeoutMs = 20'000;
    options.stallTimeoutMs = 20'000;
    return options;
}

// The same with the worker count of the current row.
inline EngineOptions engineOptions(const QString &destination)
{
    return engineOptions(destination, rowWorkers());
}

// Every file in `folder`, hidden ones and parts included, sorted.
inline QStringList filesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

// The bytes of `path`; empty when it cannot be read.
inline QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The part files in `folder` that already hold some of their body.
inline int partsWithBytes(const QString &folder)
{
    int parts = 0;
    for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.part")}, QDir::Files))
        parts += info.size() > 0 ? 1 : 0;
    return parts;
}

} // namespace Fetchpool::Test
