// fetchpool-testserver: the in-process test server as a program, for
// benchmarks and scripts. Prints "listening http://127.0.0.1:PORT/" once
// ready (and with --tls a second line for HTTPS) and serves until SIGINT or
// SIGTERM.

#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop through the pipe.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

bool installTerminationHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

int parseNumber(const QCommandLineParser &parser, const QString &option, int minimum, int maximum, bool *ok)
{
    const int value = parser.value(option).toInt(ok);
    *ok = *ok && value >= minimum && value <= maximum;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fetchpool-testserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FETCHPOOL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loopback HTTP/1.1 test server of Fetchpool (see tests/server/README.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Delay before every response, in milliseconds."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Worker threads serving connections."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
                                       QStringLiteral("Also serve HTTPS (self-signed test certificate) on a free port."));
    parser.addOptions({portOption, latencyOption, threadsOption, tlsOption});
    parser.process(app);

    bool portOk = false;
    bool latencyOk = false;
    bool threadsOk = false;
    const int port = parseNumber(parser, portOption.names().constFirst(), 0, 65535, &portOk);
    const int latency = parseNumber(parser, latencyOption.names().constFirst(), 0, 3'600'000, &latencyOk);
    const int threads = parseNumber(parser, threadsOption.names().constFirst(), 1, 256, &threadsOk);
    if (!portOk || !latencyOk || !threadsOk) {
        std::fprintf(stderr, "fetchpool-testserver: --port must be 0-65535, --latency 0-3600000, --threads 1-256\n");
        return 2;
    }

    if (!installTerminationHandlers()) {
        std::perror("fetchpool-testserver: signal handlers");
        return 1;
    }
    QSocketNotifier stopNotifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &app, [&stopNotifier] {
        stopNotifier.setEnabled(false);
        QCoreApplication::quit();
    });

    Fetchpool::Test::TestServer server(threads);
    server.setLatency(latency);
    if (!server.start(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "fetchpool-testserver: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    if (parser.isSet(tlsOption) && !server.startTls()) {
        std::fprintf(stderr, "fetchpool-testserver: cannot serve HTTPS (no TLS backend?)\n");
        return 1;
    }
    std::printf("listening http://127.0.0.1:%u/\n", unsigned(server.port()));
    if (parser.isSet(tlsOption))
        std::printf("listening https://127.0.0.1:%u/\n", unsigned(server.tlsPort()));
    std::fflush(stdout);

    const int status = app.exec();
    server.stop();
    return status;
}
