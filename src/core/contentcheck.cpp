#include "contentcheck.h"

#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QMimeType>
#include <QMutex>

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

// "photo.jpg" and "data.bin" have one; "photo", ".profile" and "Makefile" do not.
bool hasExtension(const QString &fileName)
{
    return fileName.lastIndexOf(QLatin1Char('.')) > 0;
}

const QString OctetStream = QStringLiteral("application/octet-stream");

// The name of the type a file name claims by its extension; octet-stream
// when it claims none. QMimeDatabase matches the whole name against every
// glob, compiling the complex ones into regular expressions on each call:
// about 0.35 M instructions for an unknown extension such as .bin, under the
// database's process-wide lock. The answer depends only on the extension, so
// it is remembered, looked up as "x.<last two suffixes>" (enough for
// .tar.gz), once for the whole process: with 256 workers, a cache per thread
// still made 256 lookups of ".bin". Globs on whole names (Makefile,
// README*) are not name claims for the check.
QString typeNameClaimedByName(const QString &fileName)
{
    if (!hasExtension(fileName))
        return OctetStream;
    const int lastDot = fileName.lastIndexOf(QLatin1Char('.'));
    const int previousDot = fileName.lastIndexOf(QLatin1Char('.'), lastDot - 1);
    const QString suffixes = fileName.mid(previousDot > 0 ? previousDot + 1 : lastDot + 1);

    constexpr int MaxRemembered = 1024;
    static QMutex mutex;
    static QHash<QString, QString> remembered;
    {
        const QMutexLocker lock(&mutex);
        const auto known = remembered.constFind(suffixes);
        if (known != remembered.constEnd())
            return *known;
    }
    const QString typeName = QMimeDatabase().mimeTypeForFile(QStringLiteral("x.") + suffixes,
                                                             QMimeDatabase::MatchExtension).name();
    const QMutexLocker lock(&mutex);
    if (remembered.size() >= MaxRemembered)
        remembered.clear();
    remembered.insert(suffixes, typeName);
    return typeName;
}

} // namespace

ContentCheck::Verdict ContentCheck::check(const QByteArray &head, const QString &fileName,
                                          const QString &declaredMimeType)
{
    Verdict verdict;
    if (head.isEmpty())
        return verdict;
    // A name like data.bin served as octet-stream claims nothing the bytes
    // could contradict, and sniffing costs about a million instructions under
    // QMimeDatabase's process-wide lock: skipped, decided on the type names
    // alone so that such files never take that lock. A name without an
    // extension is still sniffed, so a picture served as "photo" is seen.
    const QString nameClaim = typeNameClaimedByName(fileName);
    const bool declaresNothing = declaredMimeType.isEmpty() || declaredMimeType == OctetStream;
    if (nameClaim == OctetStream && declaresNothing && hasExtension(fileName))
        return verdict;

    const QMimeDatabase db;
    const QMimeType byName = db.mimeTypeForName(nameClaim);
    const QMimeType declared = db.mimeTypeForName(declaredMimeType);
    const bool claimed = !byName.isDefault() || (declared.isValid() && !declared.isDefault());
    if (!claimed && hasExtension(fileName))
        return verdict;

    const QMimeType detected = db.mimeTypeForData(head);
    verdict.detectedMimeType = detected.name();
    if (!compatible(detected, byName)) {
        const QString suffix = QFileInfo(fileName).suffix();
        verdict.mismatch = tr("content is %1, but the name ends in .%2 (%3)")
                                   .arg(describe(detected), suffix, byName.name());
        return verdict;
    }
    if (declared.isValid() && !compatible(detected, declared)) {
        verdict.mismatch = tr("content is %1, but the server said %2")
                                   .arg(describe(detected), declared.name());
    }
    return verdict;
}

} // namespace Fetchpool
