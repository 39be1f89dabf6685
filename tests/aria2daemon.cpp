#include "aria2daemon.h"

#include "aria2rpcclient.h"
#include "tlsidentity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace Fetchpool::Test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString randomSecret()
{
    QString secret;
    for (int i = 0; i < 4; ++i)
        secret += QString::number(QRandomGenerator::global()->generate64(), 36);
    return QStringLiteral("s3") + secret;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

Aria2Daemon::Aria2Daemon(int slotCount, Rpc rpc)
    : m_slotCount(slotCount)
    , m_rpc(rpc)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

Aria2Daemon::~Aria2Daemon()
{
    kill();
}

bool Aria2Daemon::available(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("aria2c")).isEmpty()) {
        *why = QStringLiteral("aria2c is not installed (Debian: apt-get install aria2)");
        return false;
    }
    return true;
}

bool Aria2Daemon::start(QString *why)
{
    if (!available(why))
        return false;
    m_folder = std::make_unique<QTemporaryDir>();
    m_secret = randomSecret();
    QStringList tls;
    if (m_rpc == Rpc::Tls) {
        // In a folder of their own, not the download folder: the suites list that one.
        m_tlsFolder = std::make_unique<QTemporaryDir>();
        const QSslConfiguration identity = TlsIdentity::serverConfiguration();
        const QString key = m_tlsFolder->filePath(QStringLiteral("key.pem"));
        if (identity.isNull() || !writeFile(certificateFile(), identity.localCertificate().toPem())
            || !writeFile(key, identity.privateKey().toPem())) {
            *why = QStringLiteral("the test TLS identity cannot be written for aria2c");
            return false;
        }
        tls = QStringList{QStringLiteral("--rpc-secure=true"), QStringLiteral("--rpc-certificate=%1").arg(certificateFile()),
                          QStringLiteral("--rpc-private-key=%1").arg(key)};
    }
    // A port found free may be taken before aria2c binds it: a few tries.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        m_process.start(QStringLiteral("aria2c"),
                        QStringList{QStringLiteral("--enable-rpc"), QStringLiteral("--rpc-listen-port=%1").arg(m_port),
                         QStringLiteral("--rpc-secret=%1").arg(m_secret), QStringLiteral("--dir=%1").arg(folder()),
                         QStringLiteral("--no-conf"), QStringLiteral("--rpc-listen-all=false"),
                         QStringLiteral("--max-concurrent-downloads=%1").arg(m_slotCount),
                         QStringLiteral("--disable-ipv6"), QStringLiteral("--summary-interval=0"),
                         QStringLiteral("--console-log-level=warn"),
                         // Ends with the suite even when the suite does not end well.
                         QStringLiteral("--stop-with-process=%1").arg(QCoreApplication::applicationPid())}
                                + tls);
        if (!m_process.waitForStarted(10'000)) {
            *why = QStringLiteral("aria2c did not start: %1").arg(m_process.errorString());
            return false;
        }
        Aria2RpcClient client(endpoint());
        bool answered = false;
        QElapsedTimer clock;
        clock.start();
        while (!answered && m_process.state() == QProcess::Running && clock.elapsed() < 10'000) {
            bool replied = false;
            client.call(QStringLiteral("aria2.getVersion"), {}, [&](const Aria2Reply &reply) {
                replied = true;
                answered = reply.ok();
            }, 1'000);
            (void)QTest::qWaitFor([&] { return replied; }, 2'000);
            if (!answered)
                (void)QTest::qWaitFor([&] { return m_process.state() != QProcess::Running; }, 50);
        }
        if (answered)
            return true;
        const bool exited = m_process.state() != QProcess::Running;
        kill();
        *why = QStringLiteral("aria2c on port %1 %2: %3")
                       .arg(m_port)
                       .arg(exited ? QStringLiteral("exited") : QStringLiteral("did not answer within 10 s"))
                       .arg(output());
        if (!exited)
            return false;
    }
    return false;
}

void Aria2Daemon::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
    output();
}

bool Aria2Daemon::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString Aria2Daemon::endpointText() const
{
    return endpointText(m_secret);
}

QString Aria2Daemon::endpointText(const QString &token) const
{
    if (m_rpc == Rpc::Tls)
        return QStringLiteral("aria2s://%1@127.0.0.1:%2/?cert=%3").arg(token).arg(m_port).arg(certificateFile());
    return QStringLiteral("aria2://%1@127.0.0.1:%2").arg(token).arg(m_port);
}

QString Aria2Daemon::certificateFile() const
{
    return m_tlsFolder ? m_tlsFolder->filePath(QStringLiteral("cert.pem")) : QString();
}

Aria2Endpoint Aria2Daemon::endpoint() const
{
    QString error;
    return Aria2Endpoint::parse(endpointText(), &error).value_or(Aria2Endpoint());
}

QString Aria2Daemon::output()
{
    m_output += QString::fromLocal8Bit(m_process.readAll());
    return m_output;
}

Aria2Reply Aria2Daemon::call(const QString &method, const QJsonArray &params) const
{
    Aria2RpcClient client(endpoint());
    Aria2Reply answer;
    answer.error.kind = Aria2RpcError::Kind::Timeout;
    bool replied = false;
    client.call(method, params, [&](const Aria2Reply &reply) {
        answer = reply;
        replied = true;
    });
    if (!QTest::qWaitFor([&] { return replied; }, 5'000))
        qWarning("no answer to %s", qPrintable(method));
    return answer;
}

QString Aria2Daemon::overallLimit() const
{
    return call(QStringLiteral("aria2.getGlobalOption"))
            .result.toObject()
            .value(QStringLiteral("max-overall-download-limit"))
            .toString();
}

} // namespace Fetchpool::Test
