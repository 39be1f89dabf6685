#include "checksum.h"

#include <QCoreApplication>

#include <algorithm>

namespace Fetchpool {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fetchpool::Checksum", text);
}

} // namespace

QString Checksum::algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None: return {};
    case Algorithm::Sha256: return QStringLiteral("sha-256");
    case Algorithm::Sha1: return QStringLiteral("sha-1");
    case Algorithm::Md5: return QStringLiteral("md5");
    }
    return {};
}

Checksum::Algorithm Checksum::algorithmFromName(const QString &name)
{
    QString plain = name.trimmed().toLower();
    plain.remove(QLatin1Char('-'));
    if (plain == QLatin1String("sha256"))
        return Algorithm::Sha256;
    if (plain == QLatin1String("sha1"))
        return Algorithm::Sha1;
    if (plain == QLatin1String("md5"))
        return Algorithm::Md5;
    return Algorithm::None;
}

int Checksum::hexLength(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None: return 0;
    case Algorithm::Sha256: return 64;
    case Algorithm::Sha1: return 40;
    case Algorithm::Md5: return 32;
    }
    return 0;
}

QCryptographicHash::Algorithm Checksum::hashAlgorithm(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1: return QCryptographicHash::Sha1;
    case Algorithm::Md5: return QCryptographicHash::Md5;
    case Algorithm::None:
    case Algorithm::Sha256: break;
    }
    return QCryptographicHash::Sha256;
}

std::optional<Checksum> Checksum::make(Algorithm algorithm, const QString &hex, QString *reason)
{
    const auto refuse = [reason](const QString &why) -> std::optional<Checksum> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (algorithm == Algorithm::None)
        return refuse(tr("unknown checksum type (use sha-256, sha-1 or md5)"));
    const QString digits = hex.trimmed().toLower();
    const bool allHex = std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (digits.isEmpty() || !allHex)
        return refuse(tr("the %1 digest is not hexadecimal").arg(algorithmName(algorithm)));
    if (digits.size() != hexLength(algorithm)) {
        //: %1 the algorithm ("sha-256"), %2 the number of hex digits it needs, %3 the number given
        return refuse(tr("a %1 digest has %2 hex digits, not %3")
                              .arg(algorithmName(algorithm)).arg(hexLength(algorithm)).arg(digits.size()));
    }
    return Checksum{algorithm, digits.toLatin1()};
}

std::optional<Checksum> Checksum::parse(const QString &spec, QString *reason)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals < 0) {
        if (reason)
            *reason = tr("expected TYPE=HEX, such as sha-256=<64 hex digits>");
        return std::nullopt;
    }
    return make(algorithmFromName(spec.left(equals)), spec.mid(equals + 1), reason);
}

} // namespace Fetchpool
