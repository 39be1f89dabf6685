#pragma once

#include "filehandle.h"

#include <QString>

namespace Fetchpool::FileOps {

// The system calls FileNamer's names rest on, each asking the disk once and
// never following a symlink at the final name. Errors come back as errno
// values in *osError.

// Anything at `path` takes the name, a dangling symlink included.
bool existsOnDisk(const QString &path);
// A regular file, or nothing, at `path`.
bool isRegularOrMissing(const QString &path);
// Renames without ever replacing: false with EEXIST when `to` is taken.
bool renameNoReplace(const QString &from, const QString &to, int *osError);
// Renames over `to` in one step (rename(2)): a reader sees the old file or the new one.
bool renameReplacing(const QString &from, const QString &to, int *osError);
// Creates `path` for writing, failing with EEXIST when anything is there: it
// never opens an existing file or follows a symlink (O_EXCL).
FileHandle createExclusive(const QString &path, int *osError);
QString osErrorText(int error);

} // namespace Fetchpool::FileOps
