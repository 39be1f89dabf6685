// Fuzzes FileNamer::sanitize() and FileNamer::chooseName().
//
// The whole input is a name twice over: decoded as UTF-8 (what servers and
// URLs send) and read as raw UTF-16 code units (every QString, lone
// surrogates included). It is also split at the first two newlines into a URL,
// a Content-Disposition header and a MIME type for chooseName(), so seed files
// stay readable:
//     https://example.com/files/report.pdf
//     attachment; filename="../../etc/passwd"
//     application/pdf
// Every name is then reserved for real in a scratch folder: its part file
// must be created right inside that folder, and go again on release.

#include "fuzzcheck.h"

#include "filenamer.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using Fetchpool::FileHandle;
using Fetchpool::FileNamer;
using FetchpoolFuzz::checkSafeName;

namespace {

void checkReserve(const QString &name)
{
    static QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/fetchpool-fuzz-XXXXXX"));
    static const QString folder = QFileInfo(scratch.path()).canonicalFilePath();
    static FileNamer namer(folder);
    FUZZ_CHECK(scratch.isValid(), scratch.path());

    FileHandle part;
    QString error;
    const auto reservation = namer.reserve(name, &part, &error);
    FUZZ_CHECK(reservation, name + QStringLiteral(" -> ") + error);
    FUZZ_CHECK(part.isOpen(), name);
    FUZZ_CHECK(reservation->finalPath == folder + QLatin1Char('/') + name, reservation->finalPath);
    FUZZ_CHECK(reservation->partPath == reservation->finalPath + QStringLiteral(".part"), reservation->partPath);
    const QFileInfo onDisk(reservation->partPath);
    FUZZ_CHECK(onDisk.exists() && onDisk.isFile(), reservation->partPath);
    FUZZ_CHECK(onDisk.canonicalPath() == folder, reservation->partPath);
    part.close();
    namer.release(*reservation, true);
    FUZZ_CHECK(!QFileInfo::exists(reservation->partPath), reservation->partPath);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString fromUtf8 = FileNamer::sanitize(QString::fromUtf8(bytes));
    checkSafeName(fromUtf8);
    checkReserve(fromUtf8);
    checkSafeName(FileNamer::sanitize(
            QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2)));

    const qsizetype firstBreak = bytes.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : bytes.indexOf('\n', firstBreak + 1);
    const QByteArray url = firstBreak < 0 ? bytes : bytes.left(firstBreak);
    const QByteArray disposition = firstBreak < 0 ? QByteArray()
            : bytes.mid(firstBreak + 1, secondBreak < 0 ? -1 : secondBreak - firstBreak - 1);
    const QByteArray mimeType = secondBreak < 0 ? QByteArray() : bytes.mid(secondBreak + 1);

    const QString chosen = FileNamer::chooseName(QUrl(QString::fromUtf8(url), QUrl::TolerantMode),
                                                 disposition, QString::fromUtf8(mimeType));
    checkSafeName(chosen);
    checkReserve(chosen);
    return 0;
}
