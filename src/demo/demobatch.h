#pragma once

#include <QByteArray>
#include <QUrl>
#include <QVector>

namespace Fetchpool::Demo {

// The offline demo: pictures from a loopback server at `origin`
// ("http://127.0.0.1:PORT"), each with its own realistic latency
// (60-200 ms), so a sequential run and a parallel run show the thread-pool
// lesson without any internet. The same list every time.
QVector<QUrl> demoBatchUrls(const QByteArray &origin, int count = 100);

} // namespace Fetchpool::Demo
