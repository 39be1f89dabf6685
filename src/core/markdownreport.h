#pragma once

#include <QString>

namespace Fetchpool {

struct RunReport;

// A run report as a short Markdown summary for people: the machine, the
// settings, the outcome, where the time went (median, 90th percentile and
// maximum of the done items) and the first failures. The per-item table is
// only in CSV and JSON.
namespace MarkdownReport {

QString text(const RunReport &report);

} // namespace MarkdownReport

} // namespace Fetchpool
