#pragma once

#include "downloadtypes.h"

#include <QByteArray>
#include <QUrl>
#include <QVector>

namespace Fetchpool {

// The order-independent identity of a URL list: the SHA-256 (hex) of its
// fully encoded URLs, sorted. Two runs compare only when their lists have
// the same fingerprint. Sorting a long list takes a while: DownloadEngine
// hashes a run's list on a thread of its own (EngineOptions::fingerprintList).
QByteArray listFingerprint(const QVector<QUrl> &urls);
// The same for the jobs' URLs.
QByteArray listFingerprint(const QVector<DownloadJob> &jobs);

} // namespace Fetchpool
