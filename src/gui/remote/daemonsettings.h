#pragma once

#include "aria2endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace Fetchpool::Gui {

// One aria2 daemon the user added in Preferences → Engines. Everything but
// the secret is a setting; the secret lives in the desktop's secret store
// and only in memory here.
struct DaemonSettings
{
    Q_DECLARE_TR_FUNCTIONS(DaemonSettings)

public:
    QString id;      // stable: keys the secret and the toolbar's engine choice
    QString name;    // what the toolbar shows
    QString address; // host:port
    bool tls = false; // aria2s: JSON-RPC over HTTPS
    QString folder;   // on the daemon's machine; empty: the daemon's own --dir
    QString certificate; // with TLS: the PEM file of the daemon's certificate, pinned; empty: the system's store
    // The user accepted plain-text RPC to another machine after the warning.
    bool plainTextAccepted = false;
    QString secret; // never written to the settings file

    // A new daemon with a fresh id.
    static DaemonSettings create();

    // "aria2[s]://host:port[/?dir=…][&cert=…]" without the secret, as the user sees it.
    QString addressText() const;
    // The endpoint a run uses, secret included; nothing, with the reason in
    // *error, when the address is wrong or plain-text RPC to another machine
    // was not accepted.
    std::optional<Aria2Endpoint> endpoint(QString *error) const;
    // The host is this machine, or the address cannot be read: no warning
    // about plain text is due.
    bool needsPlainTextWarning() const;

    // The fields of `text` when it is a pasted aria2:// or aria2s:// address
    // (host:port, TLS, the folder, the token); false when it is not one.
    static bool fromAddressText(const QString &text, DaemonSettings *daemon, QString *error);

    bool operator==(const DaemonSettings &other) const;
    bool operator!=(const DaemonSettings &other) const { return !(*this == other); }
};

// What the engine choice stores for the entries that are no single daemon.
namespace EngineChoiceKey {
inline QString local() { return QStringLiteral("local"); }
inline QString all() { return QStringLiteral("all"); }
// This computer's workers and every daemon, sharing one batch.
inline QString mixed() { return QStringLiteral("local+all"); }
} // namespace EngineChoiceKey

} // namespace Fetchpool::Gui
