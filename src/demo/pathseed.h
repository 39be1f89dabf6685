#pragma once

#include <QStringView>

namespace Fetchpool::Demo {

// FNV-1a 32 of the UTF-8 path: what a picture's look (and, in the tests, a
// generated file's bytes) is derived from, so one path always gets the same.
quint32 seedForPath(QStringView path);

} // namespace Fetchpool::Demo
