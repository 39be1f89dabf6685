#include "contentcheck.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QMimeType>

namespace Fetchpool {

namespace {

bool isText(const QMimeType &type)
{
    return type.inherits(QStringLiteral("text/plain"));
}

// Bytes of type `detected` are acceptable under the label `expected` when one
// is a kind of the other (a PNG is an image/png; plain text is a fine CSV),
// when both are text (HTML saved as .php is still readable text), or when
// the bytes are too generic to tell (octet-stream).
bool compatible(const QMimeType &detected, const QMimeType &expected)
{
    if (detected.isDefault() || expected.isDefault())
        return true;
    if (detected.inherits(expected.name()) || expected.inherits(detected.name()))
        return true;
    return isText(detected) && isText(expected);
}

QString describe(const QMimeType &type)
{
    return QStringLiteral("%1 (%2)").arg(type.comment(), type.name());
}

} // namespace

ContentCheck::Verdict ContentCheck::check(const QByteArray &head, const QString &fileName,
                                          const QString &declaredMimeType)
{
    Verdict verdict;
    if (head.isEmpty())
        return verdict;
    const QMimeDatabase db;
    const QMimeType detected = db.mimeTypeForData(head);
    verdict.detectedMimeType = detected.name();

    const QMimeType byName = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (!compatible(detected, byName)) {
        const QString suffix = QFileInfo(fileName).suffix();
        verdict.mismatch = tr("content is %1, but the name ends in .%2 (%3)")
                                   .arg(describe(detected), suffix, byName.name());
        return verdict;
    }
    const QMimeType declared = db.mimeTypeForName(declaredMimeType);
    if (declared.isValid() && !compatible(detected, declared)) {
        verdict.mismatch = tr("content is %1, but the server said %2")
                                   .arg(describe(detected), declared.name());
    }
    return verdict;
}

} // namespace Fetchpool
