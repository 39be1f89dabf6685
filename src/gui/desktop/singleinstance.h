#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

class QLocalSocket;

namespace Fetchpool::Gui {

// One Fetchpool window per user and display. The first launch listens on a
// local socket; a later launch hands its files and URLs to it and exits, so
// two windows never edit the same saved list.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,   // listening: this process opens the window
        Forwarded, // the running window took the arguments
        Unshared,  // no window runs, but further launches cannot reach this one: `error` says why
        Failed,    // a window runs but did not take the arguments: `error` says why
    };

    // `serverName` is a socket path or a bare name (see QLocalServer::listen).
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // In the user's runtime folder, one per display, so a window on another
    // X or Wayland display (or a headless run) is a separate instance.
    static QString defaultServerName();

    // Arguments as another process sees them: existing files (also as file:
    // URLs) become absolute paths against `workingDirectory`; URLs and
    // anything else pass unchanged.
    static QStringList resolveArguments(const QStringList &arguments, const QString &workingDirectory);

    // Becomes the primary instance, or forwards `arguments` (already
    // resolved) to it and waits for its acknowledgement. Blocks for at most a
    // few seconds: call it before any window exists. A socket left behind by
    // a crashed instance is removed and taken over.
    Role claimOrForward(const QStringList &arguments, QString *error = nullptr);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // Primary only: another launch asked to add these (empty: just show the window).
    void argumentsReceived(const QStringList &arguments);

private:
    bool forward(QLocalSocket &socket, const QStringList &arguments, QString *error);
    bool listen(QString *error);
    void onNewConnection();

    const QString m_serverName;
    QLocalServer m_server;
};

} // namespace Fetchpool::Gui
