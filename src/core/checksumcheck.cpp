#include "checksumcheck.h"

#include "partfile.h"

namespace Fetchpool {

FetchError ChecksumCheck::verify(const Checksum &expected, PartFile &part)
{
    if (!expected.isValid())
        return {};
    QString error;
    const auto actual = part.digest(&error);
    if (!actual)
        return FetchError::make(ErrorKind::FileSystem, error);
    if (*actual == expected.hex)
        return {};
    //: %1 the algorithm ("sha-256"), %2 the expected hex digest, %3 the digest of the received file
    return FetchError::make(ErrorKind::Checksum, tr("%1 checksum mismatch: expected %2, got %3")
                                                         .arg(expected.algorithmName(), QString::fromLatin1(expected.hex),
                                                              QString::fromLatin1(*actual)));
}

} // namespace Fetchpool
