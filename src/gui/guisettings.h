#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace Fetchpool::Gui {

// The window's remembered choices, in one place with their defaults.
class GuiSettings final
{
public:
    static constexpr int DefaultWorkers = 16;

    // The Downloads folder: the one default that is created when missing.
    static QString defaultDestination();

    QString destination() const;
    void setDestination(const QString &folder);

    bool parallel() const;
    void setParallel(bool parallel);
    int workers() const; // the Parallel worker count, 1..256
    void setWorkers(int workers);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray headerState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &header);

private:
    QSettings m_settings;
};

} // namespace Fetchpool::Gui
