#include "ratetext.h"

#include <QRegularExpression>

#include <cmath>

namespace Fetchpool {

std::optional<qint64> parseRate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)([KMG]?)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    // Always a "." decimal point, as in curl: a command line reads the same in every locale.
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    double factor = 1;
    const QString unit = match.captured(2).toUpper();
    switch (unit.isEmpty() ? '\0' : unit.at(0).toLatin1()) {
    case 'G': factor *= 1024; Q_FALLTHROUGH();
    case 'M': factor *= 1024; Q_FALLTHROUGH();
    case 'K': factor *= 1024; break;
    default: break;
    }
    const double bytes = std::round(number * factor);
    constexpr double MaxRate = 1024.0 * 1024 * 1024 * 1024;
    if (bytes > MaxRate)
        return std::nullopt;
    return qint64(bytes);
}

} // namespace Fetchpool
