#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <optional>

namespace Fetchpool {

// An expected digest for a download: the algorithm and the hex value the
// finished file must hash to (Fetcher checks it before the final rename).
struct Checksum
{
    enum class Algorithm : quint8 { None, Sha256, Sha1, Md5 };

    Algorithm algorithm = Algorithm::None;
    QByteArray hex; // lower case, exactly hexLength(algorithm) digits

    bool isValid() const { return algorithm != Algorithm::None && !hex.isEmpty(); }
    // "sha-256", "sha-1", "md5": aria2's spelling, also used in reports.
    QString algorithmName() const { return algorithmName(algorithm); }

    static QString algorithmName(Algorithm algorithm);
    // Accepts aria2's and coreutils' spellings: "sha-256", "sha256", "SHA256",
    // "sha-1", "sha1", "md5" (any case). None for anything else.
    static Algorithm algorithmFromName(const QString &name);
    static int hexLength(Algorithm algorithm);
    static QCryptographicHash::Algorithm hashAlgorithm(Algorithm algorithm);

    // `algorithm` with `hex`; nothing, with the reason, when the digits are
    // not hex or not as many as the algorithm's digest has.
    static std::optional<Checksum> make(Algorithm algorithm, const QString &hex, QString *reason = nullptr);
    // "TYPE=HEX" as aria2's checksum= option and --checksum write it.
    static std::optional<Checksum> parse(const QString &spec, QString *reason = nullptr);

    friend bool operator==(const Checksum &a, const Checksum &b)
    {
        return a.algorithm == b.algorithm && a.hex == b.hex;
    }
};

} // namespace Fetchpool
