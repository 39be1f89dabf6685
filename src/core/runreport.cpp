#include "runreport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace Fetchpool {

namespace {

// The item as JSON with the timing breakdown, and without credentials.
QJsonObject itemJson(const ItemResult &item)
{
    QJsonObject json = item.toJson();
    json.insert(QStringLiteral("url"), reportUrl(item.url));
    if (json.contains(QStringLiteral("finalUrl")))
        json.insert(QStringLiteral("finalUrl"), reportUrl(item.finalUrl));
    if (item.error.isError() || !item.error.message.isEmpty()) {
        QJsonObject error = json.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("message"), withoutCredentials(item.error.message, item.url));
        json.insert(QStringLiteral("error"), error);
    }
    const ItemTiming timing = ItemTiming::of(item);
    json.insert(QStringLiteral("queuedUs"), timing.queuedUs);
    json.insert(QStringLiteral("timeToFirstByteUs"), timing.firstByteUs);
    json.insert(QStringLiteral("bodyUs"), timing.bodyUs);
    json.insert(QStringLiteral("bodyBytesPerSecond"), timing.bytesPerSecond);
    return json;
}

QString microseconds(qint64 us)
{
    return us >= 0 ? QString::number(us) : QString();
}

// The value below which `share` of the sorted values lie (nearest rank).
qint64 percentile(const QVector<qint64> &sorted, double share)
{
    if (sorted.isEmpty())
        return -1;
    const auto rank = qsizetype(share * double(sorted.size() - 1) + 0.5);
    return sorted.at(qBound(qsizetype(0), rank, sorted.size() - 1));
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

ItemTiming ItemTiming::of(const ItemResult &item)
{
    ItemTiming timing;
    timing.queuedUs = item.startUs;
    if (item.startUs >= 0 && item.firstByteUs >= item.startUs)
        timing.firstByteUs = item.firstByteUs - item.startUs;
    if (item.firstByteUs >= 0 && item.endUs >= item.firstByteUs)
        timing.bodyUs = item.endUs - item.firstByteUs;
    if (timing.bodyUs > 0 && item.bytes > 0)
        timing.bytesPerSecond = double(item.bytes) * 1e6 / double(timing.bodyUs);
    return timing;
}

double RunReport::bytesPerSecond() const
{
    return wallUs > 0 ? double(totals.bytes) * 1e6 / double(wallUs) : 0.0;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray itemArray;
    for (const ItemResult &item : items)
        itemArray.append(itemJson(item));
    return QJsonObject{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("maxPerHost"), maxPerHost},
        {QStringLiteral("wallUs"), wallUs},
        {QStringLiteral("total"), totals.total},
        {QStringLiteral("done"), totals.done},
        {QStringLiteral("failed"), totals.failed},
        {QStringLiteral("cancelled"), totals.cancelled},
        {QStringLiteral("bytes"), totals.bytes},
        {QStringLiteral("bytesPerSecond"), bytesPerSecond()},
        {QStringLiteral("machine"), machineSummary()},
        {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
        {QStringLiteral("items"), itemArray},
    };
}

QStringList RunReport::csvHeader()
{
    return {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("state"),
            QStringLiteral("httpStatus"), QStringLiteral("bytes"), QStringLiteral("attempts"),
            QStringLiteral("worker"), QStringLiteral("queuedUs"), QStringLiteral("timeToFirstByteUs"),
            QStringLiteral("bodyUs"), QStringLiteral("bodyBytesPerSecond"), QStringLiteral("file"),
            QStringLiteral("mimeType"), QStringLiteral("detectedMimeType"),
            QStringLiteral("contentMismatch"), QStringLiteral("error")};
}

QByteArray RunReport::toCsv() const
{
    QByteArray csv = csvLine(csvHeader());
    for (const ItemResult &item : items) {
        const ItemTiming timing = ItemTiming::of(item);
        csv += csvLine({QString::number(item.id), reportUrl(item.url), stateName(item.state),
                        item.httpStatus ? QString::number(item.httpStatus) : QString(),
                        QString::number(item.bytes), QString::number(item.attempts),
                        item.worker >= 0 ? QString::number(item.worker) : QString(),
                        microseconds(timing.queuedUs), microseconds(timing.firstByteUs),
                        microseconds(timing.bodyUs),
                        timing.bytesPerSecond > 0 ? QString::number(qint64(timing.bytesPerSecond)) : QString(),
                        item.filePath, item.mimeType, item.detectedMimeType, item.contentMismatch,
                        withoutCredentials(item.error.message, item.url)});
    }
    return csv;
}

QString RunReport::toMarkdown() const
{
    QVector<qint64> queued, firstByte, body;
    int mismatches = 0;
    for (const ItemResult &item : items) {
        const ItemTiming timing = ItemTiming::of(item);
        if (item.state == ItemState::Done) {
            queued << timing.queuedUs;
            firstByte << timing.firstByteUs;
            body << timing.bodyUs;
        }
        if (!item.contentMismatch.isEmpty())
            ++mismatches;
    }
    for (QVector<qint64> *values : {&queued, &firstByte, &body}) {
        values->removeAll(-1);
        std::sort(values->begin(), values->end());
    }
    auto duration = [](qint64 us) { return us >= 0 ? RunComparison::formatDuration(us) : QStringLiteral("–"); };

    QString md;
    md += QStringLiteral("# Fetchpool run report\n\n");
    md += QStringLiteral("| | |\n| --- | --- |\n");
    auto row = [&md](const QString &name, const QString &value) {
        md += QStringLiteral("| %1 | %2 |\n").arg(name, markdownCell(value));
    };
    row(QStringLiteral("Started"), startedAt.toString(Qt::ISODate));
    row(QStringLiteral("Machine"), QStringLiteral("%1 · %2 %3 · %4 CPUs")
                                           .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                                QSysInfo::kernelVersion())
                                           .arg(QThread::idealThreadCount()));
    row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    row(QStringLiteral("Workers"), QString::number(workers));
    row(QStringLiteral("Per-host cap"), maxPerHost > 0 ? QString::number(maxPerHost) : QStringLiteral("none"));
    row(QStringLiteral("Wall time"), RunComparison::formatDuration(wallUs));
    row(QStringLiteral("Items"), QStringLiteral("%1 total · %2 done · %3 failed · %4 cancelled")
                                         .arg(totals.total)
                                         .arg(totals.done)
                                         .arg(totals.failed)
                                         .arg(totals.cancelled));
    row(QStringLiteral("Received"), QStringLiteral("%1 (%2)").arg(formatBytes(totals.bytes), formatRate(bytesPerSecond())));
    if (mismatches > 0)
        row(QStringLiteral("Content mismatches"), QString::number(mismatches));

    if (!firstByte.isEmpty()) {
        md += QStringLiteral("\n## Where the time went (done items)\n\n"
                             "| | median | 90th percentile | max |\n| --- | --- | --- | --- |\n");
        auto timingRow = [&](const QString &name, const QVector<qint64> &sorted) {
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                          .arg(name, duration(percentile(sorted, 0.5)), duration(percentile(sorted, 0.9)),
                               duration(sorted.isEmpty() ? -1 : sorted.last()));
        };
        timingRow(QStringLiteral("Queued"), queued);
        timingRow(QStringLiteral("Time to first byte"), firstByte);
        timingRow(QStringLiteral("Body"), body);
    }

    constexpr int ListedFailures = 10;
    int listed = 0;
    for (const ItemResult &item : items) {
        if (item.state != ItemState::Failed)
            continue;
        if (listed == 0)
            md += QStringLiteral("\n## Failures\n\n");
        if (listed == ListedFailures) {
            md += QStringLiteral("- … and %1 more (see the CSV or JSON report)\n").arg(totals.failed - listed);
            break;
        }
        md += QStringLiteral("- `%1`: %2\n").arg(reportUrl(item.url), withoutCredentials(item.error.message, item.url));
        ++listed;
    }
    return md;
}

QByteArray RunReport::serialized(Format format) const
{
    switch (format) {
    case Format::Json: return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    case Format::Csv: return toCsv();
    case Format::Markdown: return toMarkdown().toUtf8();
    }
    return {};
}

bool RunReport::write(const QString &path, Format format, QString *error) const
{
    return saveFileAtomically(path, serialized(format), error);
}

RunReport::Format RunReport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    return Format::Json;
}

QString reportUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

QString withoutCredentials(QString text, const QUrl &url)
{
    if (url.userInfo().isEmpty())
        return text;
    // Messages may quote the URL encoded or decoded: cut either form.
    for (const QUrl::ComponentFormattingOptions options : {QUrl::ComponentFormattingOptions(QUrl::FullyEncoded),
                                                           QUrl::ComponentFormattingOptions(QUrl::PrettyDecoded),
                                                           QUrl::ComponentFormattingOptions(QUrl::FullyDecoded)}) {
        const QString password = url.password(options);
        const QString userInfo = url.userName(options) + (password.isEmpty() ? QString() : QLatin1Char(':') + password);
        text.replace(userInfo + QLatin1Char('@'), QString());
    }
    // A bare password too, unless it is too short to be cut out without
    // mangling the words around it.
    if (url.password().size() >= 3)
        text.replace(url.password(QUrl::FullyDecoded), QStringLiteral("•••"));
    return text;
}

QString machineSummary()
{
    return QStringLiteral("%1 · %2 %3 · %4 CPUs · Qt %5")
            .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion()));
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        QString field = fields.at(i);
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        line += field.toUtf8();
    }
    line += "\r\n";
    return line;
}

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray RunComparison::fingerprint(const QVector<QUrl> &urls)
{
    QStringList sorted;
    sorted.reserve(urls.size());
    for (const QUrl &url : urls)
        sorted << url.toString(QUrl::FullyEncoded);
    std::sort(sorted.begin(), sorted.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &url : std::as_const(sorted)) {
        hash.addData(url.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

void RunComparison::record(const QByteArray &listFingerprint, int workers, qint64 wallUs)
{
    if (listFingerprint != m_fingerprint) {
        clear();
        m_fingerprint = listFingerprint;
    }
    const Entry entry{workers, wallUs};
    if (workers <= 1)
        m_sequential = entry;
    else
        m_parallel = entry;
}

void RunComparison::clear()
{
    m_fingerprint.clear();
    m_sequential.reset();
    m_parallel.reset();
}

std::optional<double> RunComparison::speedUp() const
{
    if (!m_sequential || !m_parallel || m_parallel->wallUs <= 0)
        return std::nullopt;
    return double(m_sequential->wallUs) / double(m_parallel->wallUs);
}

QString RunComparison::summary() const
{
    QStringList parts;
    if (m_sequential)
        parts << tr("Sequential %1").arg(formatDuration(m_sequential->wallUs));
    if (m_parallel) {
        parts << tr("Parallel ×%1 %2")
                         .arg(m_parallel->workers)
                         .arg(formatDuration(m_parallel->wallUs));
    }
    if (const auto factor = speedUp())
        parts << tr("%1× faster").arg(*factor, 0, 'f', 1);
    return parts.join(QStringLiteral(" · "));
}

QString RunComparison::formatDuration(qint64 us)
{
    if (us < 1'000'000)
        return QStringLiteral("%1 ms").arg(us / 1000);
    if (us < 60'000'000)
        return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', us < 10'000'000 ? 2 : 1);
    const qint64 totalSeconds = us / 1'000'000;
    return QStringLiteral("%1 min %2 s")
            .arg(totalSeconds / 60)
            .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 2 : 1).arg(QLatin1String(units[unit]));
}

QString formatRate(double bytesPerSecond)
{
    return formatBytes(qint64(bytesPerSecond)) + QStringLiteral("/s");
}

} // namespace Fetchpool
