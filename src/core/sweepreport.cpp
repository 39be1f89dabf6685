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

SweepResult::Standing SweepResult::standing() const
{
    const int recommended = recommendedWorkers();
    const SweepStep *base = baseline();
    if (recommended <= 0 || !base)
        return Standing::None;
    bool largerComplete = false;
    bool largerMeasured = false;
    for (const SweepStep &step : steps) {
        if (step.workers > recommended) {
            largerMeasured = true;
            largerComplete = largerComplete || step.isComplete();
        }
    }
    if (largerComplete)
        return recommended == base->workers ? Standing::NoGain : Standing::Diminishing;
    if (largerMeasured)
        return Standing::LargerNotCounted;
    return recommended == base->workers ? Standing::OnlyBaseline : Standing::StillRising;
}

int SweepResult::completeSteps() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const SweepStep &step) { return step.isComplete(); }));
}

int SweepResult::timedOutSteps() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const SweepStep &step) { return step.timedOut; }));
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
            {QStringLiteral("timedOut"), step.timedOut},
        };
        if (step.timeoutUs > 0)
            json.insert(QStringLiteral("timeoutUs"), step.timeoutUs);
        if (const auto factor = speedUp(step))
            json.insert(QStringLiteral("speedUp"), *factor);
        stepArray.append(json);
    }
    QJsonObject json{
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("urls"), urlCount},
        {QStringLiteral("listSize"), listSize},
        {QStringLiteral("maxPerHost"), maxPerHost},
        {QStringLiteral("plannedSteps"), plannedSteps},
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
                              QStringLiteral("cancelled"), QStringLiteral("bytes"), QStringLiteral("timedOut")});
    for (const SweepStep &step : steps) {
        const auto factor = speedUp(step);
        csv += csvLine({QString::number(step.workers), QString::number(step.wallUs),
                        factor ? QString::number(*factor, 'f', 3) : QString(), QString::number(step.total),
                        QString::number(step.done), QString::number(step.failed),
                        QString::number(step.cancelled), QString::number(step.bytes),
                        QString::number(step.timedOut ? 1 : 0)});
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
