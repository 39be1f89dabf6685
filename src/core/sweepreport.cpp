#include "sweepreport.h"

#include "atomicfile.h"
#include "csvline.h"
#include "machinesummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>

namespace Fetchpool {

const SweepStep *SweepResult::baseline() const
{
    const SweepStep *base = nullptr;
    for (const SweepStep &step : steps) {
        if (step.isComplete() && step.wallUs > 0 && (!base || step.workers < base->workers))
            base = &step;
    }
    return base;
}

std::optional<double> SweepResult::speedUp(const SweepStep &step) const
{
    const SweepStep *base = baseline();
    if (!base || !step.isComplete() || step.wallUs <= 0)
        return std::nullopt;
    return double(base->wallUs) / double(step.wallUs);
}

int SweepResult::diminishingReturnsWorkers(const QVector<SweepStep> &steps)
{
    QVector<SweepStep> complete;
    for (const SweepStep &step : steps) {
        if (step.isComplete() && step.wallUs > 0)
            complete << step;
    }
    if (complete.isEmpty())
        return 0;
    std::sort(complete.begin(), complete.end(),
              [](const SweepStep &a, const SweepStep &b) { return a.workers < b.workers; });
    for (qsizetype i = 0; i < complete.size(); ++i) {
        qint64 bestLater = complete.at(i).wallUs;
        for (qsizetype j = i + 1; j < complete.size(); ++j)
            bestLater = std::min(bestLater, complete.at(j).wallUs);
        // Larger counts beat this one by less than DiminishingGain at best.
        if (double(complete.at(i).wallUs) < double(bestLater) * (1.0 + DiminishingGain))
            return complete.at(i).workers;
    }
    return complete.last().workers; // not reached: the last step always qualifies
}

QJsonObject SweepResult::toJson() const
{
    QJsonArray stepArray;
    for (const SweepStep &step : steps) {
        QJsonObject json{
            {QStringLiteral("workers"), step.workers},
            {QStringLiteral("wallUs"), step.wallUs},
            {QStringLiteral("total"), step.total},
            {QStringLiteral("done"), step.done},
            {QStringLiteral("failed"), step.failed},
            {QStringLiteral("cancelled"), step.cancelled},
            {QStringLiteral("bytes"), step.bytes},
        };
        if (const auto factor = speedUp(step))
            json.insert(QStringLiteral("speedUp"), *factor);
        stepArray.append(json);
    }
    QJsonObject json{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("urls"), urlCount},
        {QStringLiteral("listSize"), listSize},
        {QStringLiteral("maxPerHost"), maxPerHost},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("machine"), machineSummary()},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
        {QStringLiteral("diminishingGain"), DiminishingGain},
        {QStringLiteral("steps"), stepArray},
    };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (urlCount < listSize)
        json.insert(QStringLiteral("sampleSeed"), qint64(sampleSeed));
    if (const SweepStep *base = baseline())
        json.insert(QStringLiteral("baselineWorkers"), base->workers);
    if (const int workers = diminishingReturnsWorkers()) {
        json.insert(QStringLiteral("diminishingReturnsWorkers"), workers);
        json.insert(QStringLiteral("recommendedWorkers"), recommendedWorkers());
    }
    return json;
}

QByteArray SweepResult::toCsv() const
{
    QByteArray csv = csvLine({QStringLiteral("workers"), QStringLiteral("wallUs"), QStringLiteral("speedUp"),
                              QStringLiteral("total"), QStringLiteral("done"), QStringLiteral("failed"),
                              QStringLiteral("cancelled"), QStringLiteral("bytes")});
    for (const SweepStep &step : steps) {
        const auto factor = speedUp(step);
        csv += csvLine({QString::number(step.workers), QString::number(step.wallUs),
                        factor ? QString::number(*factor, 'f', 3) : QString(), QString::number(step.total),
                        QString::number(step.done), QString::number(step.failed),
                        QString::number(step.cancelled), QString::number(step.bytes)});
    }
    return csv;
}

bool SweepResult::writeJson(const QString &path, QString *error) const
{
    return saveFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), error);
}

bool SweepResult::writeCsv(const QString &path, QString *error) const
{
    return saveFileAtomically(path, toCsv(), error);
}

} // namespace Fetchpool
