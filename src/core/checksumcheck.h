#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>

namespace Fetchpool {

class PartFile;

// The last step before a complete part gets its final name: whether it
// hashes to the digest its job expects.
class ChecksumCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ChecksumCheck)

public:
    // No error when `expected` is not set or matches; ErrorKind::Checksum
    // with both digests when it differs; FileSystem when the part cannot be
    // read back.
    static FetchError verify(const Checksum &expected, PartFile &part);
};

} // namespace Fetchpool
