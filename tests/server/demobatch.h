#pragma once

#include <QUrl>
#include <QVector>

namespace Fetchpool::Test {

class TestServer;

// The offline demo: images served by an in-process TestServer, each with its
// own realistic latency (60-200 ms), so a sequential run and a parallel run
// show the thread-pool lesson without any internet. The same list every time.
QVector<QUrl> demoBatchUrls(const TestServer &server, int count = 100);

} // namespace Fetchpool::Test
