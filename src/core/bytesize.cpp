#include "bytesize.h"

#include <QRegularExpression>

#include <cmath>

namespace Fetchpool {

std::optional<qint64> parseByteSize(const QString &text)
{
    // Always a "." decimal point, as in curl: a command line reads the same in every locale.
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(?:([KMG])(?:I?B)?)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    double factor = 1;
    switch (match.capturedView(2).isEmpty() ? '\0' : match.capturedView(2).at(0).toUpper().toLatin1()) {
    case 'G': factor *= 1024; Q_FALLTHROUGH();
    case 'M': factor *= 1024; Q_FALLTHROUGH();
    case 'K': factor *= 1024; break;
    default: break;
    }
    const double bytes = std::round(number * factor);
    if (bytes > double(qint64(1) << 62))
        return std::nullopt;
    return qint64(bytes);
}

} // namespace Fetchpool
