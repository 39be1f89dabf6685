#pragma once

// Every model a suite creates is checked by QAbstractItemModelTester: each
// change it announces is held against its own answers for as long as it
// lives, and a broken rule fails the running test.
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>

namespace Fetchpool::Test {

// The tester is a child of `model` and goes with it.
inline void checkModel(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace Fetchpool::Test
