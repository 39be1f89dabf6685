#include "demobatch.h"

#include <QSize>

#include <iterator>

namespace Fetchpool::Demo {

QVector<QUrl> demoBatchUrls(const QByteArray &origin, int count)
{
    static const QSize sizes[] = {{640, 480}, {800, 600}, {480, 640}, {1024, 768}, {512, 512}};
    QVector<QUrl> urls;
    urls.reserve(count);
    // A small linear congruential sequence: deterministic "random" latencies.
    quint32 state = 20261123u;
    for (int i = 0; i < count; ++i) {
        state = state * 1664525u + 1013904223u;
        const int latencyMs = 60 + int((state >> 8) % 141u);
        const QSize size = sizes[i % int(std::size(sizes))];
        const QString extension = i % 4 == 3 ? QStringLiteral("jpg") : QStringLiteral("png");
        urls << QUrl(QString::fromLatin1(origin)
                             + QStringLiteral("/image/photo-%1.%2?w=%3&h=%4&latency=%5")
                                       .arg(i + 1, 3, 10, QLatin1Char('0'))
                                       .arg(extension)
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(latencyMs),
                     QUrl::TolerantMode);
    }
    return urls;
}

} // namespace Fetchpool::Demo
