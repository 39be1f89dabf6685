#pragma once

// A real aria2c daemon for the suites of the remote engine: JSON-RPC on a
// free loopback port with a random secret, saving into a fresh folder of its
// own, killed with the fixture.
#include "aria2endpoint.h"
#include "aria2rpcclient.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Fetchpool::Test {

class Aria2Daemon final
{
    Q_DISABLE_COPY_MOVE(Aria2Daemon)

public:
    enum class Rpc {
        Plain, // aria2://
        Tls,   // aria2s://: --rpc-secure with the test server's self-signed identity (127.0.0.1)
    };

    // `slotCount`: its --max-concurrent-downloads.
    explicit Aria2Daemon(int slotCount = 5, Rpc rpc = Rpc::Plain);
    ~Aria2Daemon(); // kills it

    // Starts aria2c and waits (at most ~10 s) until it answers a call; false
    // with the reason in *why when it cannot start or does not answer.
    bool start(QString *why);
    // Kills it at once (SIGKILL), as a daemon that goes away.
    void kill();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString secret() const { return m_secret; }
    QString folder() const { return m_folder ? m_folder->path() : QString(); }
    // aria2://SECRET@127.0.0.1:PORT, or with another token; with TLS
    // aria2s://SECRET@127.0.0.1:PORT/?cert=CERTIFICATE, its certificate pinned.
    QString endpointText() const;
    QString endpointText(const QString &token) const;
    Aria2Endpoint endpoint() const;
    // What aria2c wrote to stdout and stderr so far.
    QString output();
    // With TLS: the PEM file of the certificate it shows.
    QString certificateFile() const;
    // One call, answered within 5 s (a failed reply otherwise).
    Aria2Reply call(const QString &method, const QJsonArray &params = {}) const;
    // Its max-overall-download-limit, as aria2 reports it.
    QString overallLimit() const;

    // Whether aria2c is there at all, with the reason when not.
    static bool available(QString *why);

private:
    int m_slotCount;
    Rpc m_rpc;
    quint16 m_port = 0;
    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QTemporaryDir> m_tlsFolder; // with TLS: its certificate and key
    QProcess m_process;
    QString m_output;
};

} // namespace Fetchpool::Test
