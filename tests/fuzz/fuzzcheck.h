#pragma once

// Shared by the fuzz targets: a check that stops the run with a readable
// message (libFuzzer then keeps the input), and the invariants every file
// name Fetchpool hands to the file system must hold.

#include "filenamer.h"

#include <QByteArray>
#include <QChar>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstdint>

namespace FetchpoolFuzz {

// The UTF-16 code units of `text`, for messages: hostile names do not print.
inline QByteArray codeUnits(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0') + ' ';
    return out.left(2000);
}

[[noreturn]] inline void fail(const char *what, const QString &subject, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  text: %s\n  code units: %s\n", file, line,
                 what, subject.toUtf8().left(2000).constData(), codeUnits(subject).constData());
    std::abort();
}

#define FUZZ_CHECK(condition, subject)                                                          \
    do {                                                                                        \
        if (!(condition))                                                                       \
            ::FetchpoolFuzz::fail(#condition, (subject), __FILE__, __LINE__);                   \
    } while (false)

// Calls `f` with every code point of `text`; a lone surrogate is passed as is.
template<typename F>
void forEachCodePoint(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

// The destination used for path checks; it never has to exist.
inline const QString &destination()
{
    static const QString folder = QStringLiteral("/srv/fetchpool-fuzz/downloads");
    return folder;
}

// What FileNamer promises for every name it returns (filenamer.h), plus the
// consequences that matter on disk: the path built from the name is a direct
// child of the destination, and the bytes the OS sees hold no separator.
// fuzz_filenamer also reserves each name in a real folder.
inline void checkSafeName(const QString &name)
{
    using Fetchpool::FileNamer;
    FUZZ_CHECK(!name.isEmpty(), name);
    FUZZ_CHECK(!name.contains(QLatin1Char('/')), name);
    FUZZ_CHECK(!name.contains(QLatin1Char('\\')), name);
    FUZZ_CHECK(!name.startsWith(QLatin1Char('.')), name);
    FUZZ_CHECK(name.toUtf8().size() <= FileNamer::MaxNameBytes, name);
    forEachCodePoint(name, [&name](char32_t u) {
        // C0, DEL and C1 controls (NUL included) are replaced...
        FUZZ_CHECK(!(u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)), name);
        // ...and invisible format characters (bidi overrides and the like) dropped.
        FUZZ_CHECK(QChar::category(u) != QChar::Other_Format, name);
    });

    const QByteArray onDisk = QFile::encodeName(name);
    FUZZ_CHECK(!onDisk.isEmpty(), name);
    FUZZ_CHECK(!onDisk.contains('/') && !onDisk.contains('\0'), name);

    const QString path = destination() + QLatin1Char('/') + name;
    FUZZ_CHECK(QDir::cleanPath(path) == path, name); // nothing to resolve: no "..", no "//"
    FUZZ_CHECK(QFileInfo(path).path() == destination(), name);
    FUZZ_CHECK(QFileInfo(path).fileName() == name, name);

    // reserve() sanitizes the name it is given again: a safe name stays as it is.
    FUZZ_CHECK(FileNamer::sanitize(name) == name, name);
}

} // namespace FetchpoolFuzz
