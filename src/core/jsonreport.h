#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Fetchpool {

struct RunReport;

// A run report as JSON: the settings, the totals, the machine, and every item
// with its timing breakdown (ItemTiming). URLs and error messages without
// credentials.
namespace JsonReport {

QJsonObject toJson(const RunReport &report);
QByteArray serialize(const RunReport &report); // indented UTF-8

} // namespace JsonReport

} // namespace Fetchpool
