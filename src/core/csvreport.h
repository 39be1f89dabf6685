#pragma once

#include <QByteArray>
#include <QStringList>

namespace Fetchpool {

struct RunReport;

// A run report as CSV: one header line, then one line per item with its
// timing breakdown (RFC 4180 quoting). URLs and error messages without
// credentials.
namespace CsvReport {

QStringList header();
QByteArray serialize(const RunReport &report);

} // namespace CsvReport

} // namespace Fetchpool
