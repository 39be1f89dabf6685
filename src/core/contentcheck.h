#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace Fetchpool {

// Tells whether a saved file's bytes are what its name and the server say
// they are: an HTML error page saved as `photo.jpg` is flagged, a PNG named
// `.png` is not. Uses QMimeDatabase's magic on the first bytes; thread-safe.
// A file whose extension and Content-Type both claim nothing (data.bin,
// application/octet-stream) is not sniffed: nothing could be contradicted.
class ContentCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ContentCheck)
public:
    struct Verdict
    {
        QString detectedMimeType; // empty for an empty file or one not sniffed
        QString mismatch;         // human-readable reason, empty when consistent
    };

    // How many leading bytes the check needs.
    static constexpr int HeadBytes = 4096;

    static Verdict check(const QByteArray &head, const QString &fileName,
                         const QString &declaredMimeType);
};

} // namespace Fetchpool
