// DownloadModel on its own: rows, engine batches, results, removal, live
// rates, sizes in the user's locale.
#include "list/downloadmodel.h"
#include "list/sizetext.h"
#include "modeltest.h"

#include <QIcon>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace Fetchpool;
using Fetchpool::Gui::DownloadModel;
namespace SizeText = Fetchpool::Gui::SizeText;
using Fetchpool::Test::checkModel;

namespace {

QVector<QUrl> numberedUrls(int count, const QString &prefix = QStringLiteral("https://example.org/f"))
{
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls << QUrl(prefix + QString::number(i) + QStringLiteral(".bin"));
    return urls;
}

ItemProgress receiving(quint64 id, qint64 received, qint64 total, int worker = 0)
{
    ItemProgress progress;
    progress.id = id;
    progress.state = ItemState::Receiving;
    progress.received = received;
    progress.total = total;
    progress.worker = worker;
    return progress;
}

quint64 idAt(const DownloadModel &model, int row)
{
    return model.item(row).result.id;
}

} // namespace

class tst_DownloadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addsRowsInOneInsertion();
    void skipsUrlsAlreadyListed();
    void progressBatchEmitsOneChangePerRange();
    void progressBatchIgnoresRemovedRows();
    void speedComesFromSamples();
    void speedDropsToZeroWhenStalled();
    void sizesFollowTheLocale();
    void statusSaysHowTheItemEnded_data();
    void statusSaysHowTheItemEnded();
    void resultsSetStateTimeAndWorker();
    void doneResultNamesTheFile();
    void requeueForgetsTheRun();
    void removeKeepsIdsConsistent();
    void masksPasswords();
    void sortsNumerically();
    void addsHundredThousandRowsInOneInsertion();
    void timingColumnsBreakTheTimeDown();
    void timingColumnsFollowProgress();
    void timingColumnsSortNumerically();
    void contentMismatchIsFlagged();
    void retryCountsDownOnTheRow();
    void failureStartsWithItsWordAndKeepsItsReason();
    void segmentsAreListedInTheRowsToolTip();

private:
    // A fresh model for every test, checked by QAbstractItemModelTester.
    std::unique_ptr<DownloadModel> m_model;
};

void tst_DownloadModel::initTestCase()
{
    // The expected texts are English, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DownloadModel::init()
{
    m_model = std::make_unique<DownloadModel>();
    checkModel(m_model.get());
}

void tst_DownloadModel::cleanup()
{
    m_model.reset();
}

void tst_DownloadModel::addsRowsInOneInsertion()
{
    DownloadModel &model = *m_model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.addUrls(numberedUrls(5)), 5);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    QCOMPARE(model.index(2, DownloadModel::NameColumn).data().toString(), QStringLiteral("f2.bin"));
    QCOMPARE(model.index(2, DownloadModel::StatusColumn).data().toString(), QStringLiteral("Queued"));
    QVERIFY(!model.index(2, DownloadModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void tst_DownloadModel::skipsUrlsAlreadyListed()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(3));
    QVector<QUrl> more = numberedUrls(5); // 0..2 are listed already
    more << more.last();                  // and one repeated within the batch
    QCOMPARE(model.addUrls(more), 2);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.contains(QUrl(QStringLiteral("https://example.org/f4.bin"))));
}

void tst_DownloadModel::progressBatchEmitsOneChangePerRange()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Rows 1, 2, 3 and 7, 8 changed, given out of order: two ranges.
    const QVector<ItemProgress> batch{receiving(idAt(model, 8), 10, 100), receiving(idAt(model, 2), 10, 100),
                                      receiving(idAt(model, 1), 10, 100), receiving(idAt(model, 7), 10, 100),
                                      receiving(idAt(model, 3), 50, 100)};
    model.applyProgress(batch, 1000);
    QCOMPARE(changed.count(), 2);
    const auto first = changed.at(0);
    QCOMPARE(first.at(0).toModelIndex().row(), 1);
    QCOMPARE(first.at(1).toModelIndex().row(), 3);
    QVERIFY(first.at(0).toModelIndex().column() <= DownloadModel::SizeColumn);
    QVERIFY(first.at(1).toModelIndex().column() >= DownloadModel::WorkerColumn);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 8);

    QCOMPARE(model.index(3, DownloadModel::ProgressColumn).data(DownloadModel::ProgressRole).toInt(), 500);
    QCOMPARE(model.index(3, DownloadModel::ProgressColumn).data().toString(), QStringLiteral("50 %"));
    QCOMPARE(model.index(3, DownloadModel::StatusColumn).data().toString(), QStringLiteral("Downloading"));
    QCOMPARE(model.index(3, DownloadModel::WorkerColumn).data().toString(), QStringLiteral("1"));
}

void tst_DownloadModel::progressBatchIgnoresRemovedRows()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(3));
    const quint64 removed = idAt(model, 1);
    model.removeIds({removed});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyProgress({receiving(removed, 1, 2)}, 0);
    QCOMPARE(changed.count(), 0);
}

void tst_DownloadModel::speedComesFromSamples()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(1));
    const quint64 id = idAt(model, 0);
    model.applyProgress({receiving(id, 0, 10'000'000)}, 1000);
    model.applyProgress({receiving(id, 1'000'000, 10'000'000)}, 2000); // 1 MB in 1 s
    QCOMPARE(model.item(0).bytesPerSecond(), 1'000'000.0);
    QVERIFY(model.index(0, DownloadModel::SpeedColumn).data().toString().endsWith(QStringLiteral("/s")));
}

// The engine names an item in a batch only when its bytes moved, but keeps
// publishing batches while it runs: each one measures the stalled items too.
void tst_DownloadModel::speedDropsToZeroWhenStalled()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    const quint64 id = idAt(model, 0);
    model.applyProgress({receiving(id, 0, 10'000'000)}, 1000);
    model.applyProgress({receiving(id, 500'000, 10'000'000)}, 1500); // 1 MB/s
    QCOMPARE(model.item(0).bytesPerSecond(), 1'000'000.0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyProgress({}, 1700); // too soon to tell a stall from batch timing
    QCOMPARE(model.item(0).bytesPerSecond(), 1'000'000.0);
    QCOMPARE(changed.count(), 0);

    model.applyProgress({}, 1900); // a whole window without a byte
    QCOMPARE(model.item(0).bytesPerSecond(), 0.0);
    const QModelIndex speed = model.index(0, DownloadModel::SpeedColumn);
    QCOMPARE(speed.data().toString(), SizeText::rate(0));
    QCOMPARE(changed.count(), 1); // the speed cell alone
    QCOMPARE(changed.first().at(0).toModelIndex(), speed);
    QCOMPARE(changed.first().at(1).toModelIndex(), speed);

    model.applyProgress({}, 2400); // still stalled: nothing new to show
    QCOMPARE(changed.count(), 1);

    model.applyProgress({receiving(id, 900'000, 10'000'000)}, 2800); // 400 KB in 400 ms
    QCOMPARE(model.item(0).bytesPerSecond(), 1'000'000.0);
    QCOMPARE(model.index(1, DownloadModel::SpeedColumn).data().toString(), QString()); // never received

    // An item that ended is measured no more.
    ItemResult done;
    done.id = id;
    done.state = ItemState::Done;
    done.bytes = done.totalBytes = 10'000'000;
    model.applyResults({done});
    changed.clear();
    model.applyProgress({}, 5000);
    QCOMPARE(changed.count(), 0);
}

// Sizes and rates in the window follow the user's locale, in binary units.
void tst_DownloadModel::sizesFollowTheLocale()
{
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(1));
    ItemResult done;
    done.id = idAt(model, 0);
    done.state = ItemState::Done;
    done.bytes = done.totalBytes = 2048;
    done.startUs = done.firstByteUs = 0;
    done.endUs = 1'000'000; // 2 KiB of body in a second
    model.applyResults({done});
    const QModelIndex size = model.index(0, DownloadModel::SizeColumn);
    const QModelIndex rate = model.index(0, DownloadModel::RateColumn);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(size.data().toString(), QStringLiteral("2.00 KiB"));
    QCOMPARE(rate.data().toString(), QStringLiteral("2.00 KiB/s"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(size.data().toString(), QStringLiteral("2,00 KiB"));
    QCOMPARE(rate.data().toString(), QStringLiteral("2,00 KiB/s"));

    // Below a KiB: "1 B", never "1 bytes".
    done.bytes = done.totalBytes = 1;
    model.applyResults({done});
    QCOMPARE(size.data().toString(), QStringLiteral("1 B"));
    QCOMPARE(rate.data().toString(), QStringLiteral("1 B/s"));
}

// The status column and its tooltip say how an item ended, and why.
void tst_DownloadModel::statusSaysHowTheItemEnded_data()
{
    QTest::addColumn<ItemResult>("result");
    QTest::addColumn<QString>("status");  // a pattern the status text matches
    QTest::addColumn<QString>("tooltip"); // what the status tooltip says, in part; empty: not checked

    ItemResult done;
    done.state = ItemState::Done;
    done.filePath = QStringLiteral("/tmp/somewhere/report.pdf");
    done.bytes = done.totalBytes = 2048;
    QTest::newRow("done") << done << QStringLiteral("^Done$") << QString();

    ItemResult failed;
    failed.state = ItemState::Failed;
    failed.error.kind = ErrorKind::Http;
    failed.error.httpStatus = 404;
    failed.error.message = QStringLiteral("HTTP 404 Not Found from example.org for https://example.org/f0.bin");
    failed.httpStatus = 404;
    failed.attempts = 1;
    QTest::newRow("failed") << failed << QStringLiteral("^Failed") << failed.error.message;

    ItemResult kept;
    kept.state = ItemState::Cancelled;
    kept.error.kind = ErrorKind::Cancelled;
    kept.error.message = QStringLiteral("stopped after 2048 of 4096 bytes; the next run continues from /d/a.bin.part");
    kept.filePath = QStringLiteral("/d/a.bin.part");
    kept.bytes = 2048;
    QTest::newRow("stopped, part kept")
            << kept << QRegularExpression::escape(SizeText::size(2048)) + QStringLiteral(" kept to resume")
            << QStringLiteral("next run continues");

    ItemResult dropped;
    dropped.state = ItemState::Cancelled;
    dropped.error.kind = ErrorKind::Cancelled;
    dropped.error.message = QStringLiteral("cancelled");
    QTest::newRow("cancelled, nothing kept") << dropped << QStringLiteral("^Cancelled$") << QString();
}

void tst_DownloadModel::statusSaysHowTheItemEnded()
{
    QFETCH(ItemResult, result);
    QFETCH(QString, status);
    QFETCH(QString, tooltip);
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    result.id = idAt(model, 0);
    model.applyResults({result});

    const QModelIndex index = model.index(0, DownloadModel::StatusColumn);
    const QString text = index.data().toString();
    QVERIFY2(QRegularExpression(status).match(text).hasMatch(), qPrintable(text));
    QCOMPARE(index.data(DownloadModel::StateRole).toInt(), int(result.state));
    if (!tooltip.isEmpty())
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(tooltip), qPrintable(index.data(Qt::ToolTipRole).toString()));
    // The other row is untouched.
    QCOMPARE(model.index(1, DownloadModel::StatusColumn).data().toString(), QStringLiteral("Queued"));
}

void tst_DownloadModel::resultsSetStateTimeAndWorker()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    QSignalSpy listChanged(&model, &DownloadModel::listChanged);

    ItemResult failed;
    failed.id = idAt(model, 1);
    failed.state = ItemState::Failed;
    failed.error.kind = ErrorKind::Http;
    failed.error.httpStatus = 404;
    failed.error.message = QStringLiteral("HTTP 404 Not Found from example.org for https://example.org/f1.bin");
    failed.httpStatus = 404;
    failed.attempts = 1;
    failed.worker = 3;
    failed.startUs = 1000;
    failed.endUs = 251'000;
    model.applyResults({failed});

    QCOMPARE(listChanged.count(), 1);
    QCOMPARE(model.index(1, DownloadModel::TimeColumn).data().toString(), QStringLiteral("250 ms"));
    QCOMPARE(model.index(1, DownloadModel::WorkerColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.countInState({ItemState::Failed}), 1);
    QCOMPARE(model.idsInState({ItemState::Failed}), QVector<quint64>{failed.id});
}

void tst_DownloadModel::doneResultNamesTheFile()
{
    DownloadModel &model = *m_model;
    model.addUrls({QUrl(QStringLiteral("https://example.org/download?id=7"))});
    ItemResult done;
    done.id = idAt(model, 0);
    done.state = ItemState::Done;
    done.filePath = QStringLiteral("/tmp/somewhere/report (1).pdf");
    done.mimeType = QStringLiteral("application/pdf");
    done.bytes = 2048;
    done.totalBytes = 2048;
    done.startUs = 0;
    done.firstByteUs = 500'000;
    done.endUs = 1'500'000;
    model.applyResults({done});

    QCOMPARE(model.index(0, DownloadModel::NameColumn).data().toString(), QStringLiteral("report (1).pdf"));
    QCOMPARE(model.index(0, DownloadModel::NameColumn).data(Qt::ToolTipRole).toString(), done.filePath);
    QCOMPARE(model.index(0, DownloadModel::ProgressColumn).data(DownloadModel::ProgressRole).toInt(), 1000);
    QCOMPARE(model.index(0, DownloadModel::SizeColumn).data().toString(), QStringLiteral("2.00 KiB"));
    QCOMPARE(model.item(0).bytesPerSecond(), 2048.0 / 1.5); // over the item's whole time
}

void tst_DownloadModel::requeueForgetsTheRun()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(1));
    ItemResult cancelled;
    cancelled.id = idAt(model, 0);
    cancelled.state = ItemState::Cancelled;
    cancelled.error.message = QStringLiteral("cancelled");
    model.applyResults({cancelled});
    model.requeue({cancelled.id});
    QCOMPARE(model.item(0).result.state, ItemState::Queued);
    QVERIFY(model.item(0).result.error.message.isEmpty());
    QCOMPARE(model.item(0).result.worker, -1);
    QCOMPARE(model.item(0).result.url, QUrl(QStringLiteral("https://example.org/f0.bin")));
}

void tst_DownloadModel::removeKeepsIdsConsistent()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(8));
    const quint64 last = idAt(model, 7);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeIds({idAt(model, 1), idAt(model, 2), idAt(model, 5)});
    QCOMPARE(removed.count(), 2); // rows 5, then rows 1-2
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(last), 4);
    QVERIFY(!model.contains(QUrl(QStringLiteral("https://example.org/f1.bin"))));
    // A removed URL may be added again.
    QCOMPARE(model.addUrls({QUrl(QStringLiteral("https://example.org/f1.bin"))}), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DownloadModel::masksPasswords()
{
    DownloadModel &model = *m_model;
    model.addUrls({QUrl(QStringLiteral("https://alice:s3cret@example.org/private.zip"))});
    const QString shown = model.index(0, DownloadModel::UrlColumn).data().toString();
    QVERIFY2(!shown.contains(QStringLiteral("s3cret")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("alice")));
    QVERIFY(shown.contains(QStringLiteral("example.org/private.zip")));
    QVERIFY(!model.index(0, DownloadModel::UrlColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("s3cret")));
}

void tst_DownloadModel::sortsNumerically()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    model.applyProgress({receiving(idAt(model, 0), 0, 900), receiving(idAt(model, 1), 0, 10'000)}, 0);
    QVERIFY(model.index(0, DownloadModel::SizeColumn).data(DownloadModel::SortRole).toLongLong()
            < model.index(1, DownloadModel::SizeColumn).data(DownloadModel::SortRole).toLongLong());
}

// 100,000 pasted URLs arrive as one insertion: one signal for the view and
// one for the saved list, not one per row.
void tst_DownloadModel::addsHundredThousandRowsInOneInsertion()
{
    DownloadModel &model = *m_model;
    const QVector<QUrl> urls = numberedUrls(100'000, QStringLiteral("https://example.org/batch/item-"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy listChanged(&model, &DownloadModel::listChanged);
    QCOMPARE(model.addUrls(urls), 100'000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 99'999);
    QCOMPARE(listChanged.count(), 1);
    QCOMPARE(model.rowOf(idAt(model, 99'999)), 99'999);
    QCOMPARE(model.item(99'999).result.url, urls.last());
}

namespace {

ItemResult timedResult(quint64 id, qint64 startUs, qint64 firstByteUs, qint64 endUs, qint64 bytes, int attempts)
{
    ItemResult result;
    result.id = id;
    result.state = ItemState::Done;
    result.bytes = bytes;
    result.totalBytes = bytes;
    result.httpStatus = 200;
    result.attempts = attempts;
    result.worker = 0;
    result.startUs = startUs;
    result.firstByteUs = firstByteUs;
    result.endUs = endUs;
    return result;
}

} // namespace

void tst_DownloadModel::timingColumnsBreakTheTimeDown()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    QCOMPARE(model.columnCount(), int(DownloadModel::ColumnCount));
    QCOMPARE(model.headerData(DownloadModel::FirstByteColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("First Byte"));
    QVERIFY(!model.headerData(DownloadModel::QueuedColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(DownloadModel::isHiddenByDefault(DownloadModel::QueuedColumn));
    QVERIFY(!DownloadModel::isHiddenByDefault(DownloadModel::FirstByteColumn));
    QVERIFY(!DownloadModel::isHiddenByDefault(DownloadModel::NameColumn));

    // Queued 2 ms, first byte after 150 ms, 1 MiB of body in 500 ms, two attempts.
    model.applyResults({timedResult(idAt(model, 0), 2'000, 152'000, 652'000, 1 << 20, 2)});
    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(DownloadModel::QueuedColumn), QStringLiteral("2 ms"));
    QCOMPARE(text(DownloadModel::FirstByteColumn), QStringLiteral("150 ms"));
    QCOMPARE(text(DownloadModel::BodyColumn), QStringLiteral("500 ms"));
    QCOMPARE(text(DownloadModel::RateColumn), QStringLiteral("2.00 MiB/s"));
    QCOMPARE(text(DownloadModel::AttemptsColumn), QStringLiteral("2"));
    QCOMPARE(model.index(0, DownloadModel::RateColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    // The untouched row shows nothing rather than made-up figures.
    for (int column = DownloadModel::QueuedColumn; column < DownloadModel::ColumnCount; ++column)
        QCOMPARE(model.index(1, column).data().toString(), QString());

    model.requeue({idAt(model, 0)});
    for (int column = DownloadModel::QueuedColumn; column < DownloadModel::ColumnCount; ++column)
        QCOMPARE(model.index(0, column).data().toString(), QString());
}

void tst_DownloadModel::timingColumnsFollowProgress()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ItemProgress progress = receiving(idAt(model, 0), 10, 100);
    progress.startUs = 5'000;
    progress.firstByteUs = 85'000;
    model.applyProgress({progress}, 1000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(1).toModelIndex().column() >= DownloadModel::AttemptsColumn);
    QCOMPARE(model.index(0, DownloadModel::QueuedColumn).data().toString(), QStringLiteral("5 ms"));
    QCOMPARE(model.index(0, DownloadModel::FirstByteColumn).data().toString(), QStringLiteral("80 ms"));
    QCOMPARE(model.index(0, DownloadModel::BodyColumn).data().toString(), QString()); // not over yet
}

void tst_DownloadModel::timingColumnsSortNumerically()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(3));
    // First bytes after 900 ms, 95 ms and 1.2 s: as text "900 ms" < "95 ms" < "1.20 s" would be wrong.
    model.applyResults({timedResult(idAt(model, 0), 0, 900'000, 1'000'000, 100, 1),
                        timedResult(idAt(model, 1), 0, 95'000, 1'000'000, 100, 3),
                        timedResult(idAt(model, 2), 0, 1'200'000, 1'250'000, 300, 2)});
    QSortFilterProxyModel proxy;
    checkModel(&proxy);
    proxy.setSourceModel(&model);
    proxy.setSortRole(DownloadModel::SortRole);
    auto sortedRows = [&](int column) {
        proxy.sort(column, Qt::AscendingOrder);
        QVector<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows << proxy.mapToSource(proxy.index(row, 0)).row();
        return rows;
    };
    QCOMPARE(sortedRows(DownloadModel::FirstByteColumn), (QVector<int>{1, 0, 2}));
    QCOMPARE(sortedRows(DownloadModel::BodyColumn), (QVector<int>{2, 0, 1}));
    QCOMPARE(sortedRows(DownloadModel::AttemptsColumn), (QVector<int>{0, 2, 1}));
    QCOMPARE(sortedRows(DownloadModel::RateColumn), (QVector<int>{1, 0, 2}));
}

void tst_DownloadModel::contentMismatchIsFlagged()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    ItemResult plain = timedResult(idAt(model, 0), 0, 10, 20, 5, 1);
    ItemResult mismatched = timedResult(idAt(model, 1), 0, 10, 20, 5, 1);
    mismatched.mimeType = QStringLiteral("image/jpeg");
    mismatched.detectedMimeType = QStringLiteral("text/html");
    mismatched.contentMismatch = QStringLiteral("HTML page saved as .jpg");
    model.applyResults({plain, mismatched});

    const QModelIndex ok = model.index(0, DownloadModel::StatusColumn);
    const QModelIndex flagged = model.index(1, DownloadModel::StatusColumn);
    QCOMPARE(ok.data().toString(), QStringLiteral("Done"));
    QVERIFY(flagged.data().toString() != ok.data().toString());
    const QIcon okIcon = ok.data(Qt::DecorationRole).value<QIcon>();
    const QIcon warning = flagged.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!warning.isNull());
    QVERIFY(warning.cacheKey() != okIcon.cacheKey());
    const QString tip = flagged.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("HTML page saved as .jpg")) && tip.contains(QStringLiteral("text/html")),
             qPrintable(tip));
    QVERIFY(!ok.data(Qt::ToolTipRole).toString().contains(QStringLiteral("match")));

    // Fetched again, the flag goes with the old result.
    model.requeue({idAt(model, 1)});
    QCOMPARE(model.index(1, DownloadModel::StatusColumn).data().toString(), QStringLiteral("Queued"));
    QVERIFY(model.index(1, DownloadModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey()
            != warning.cacheKey());
}

namespace {

AttemptRecord failedAttempt(qint64 startUs, const QString &reason)
{
    AttemptRecord attempt;
    attempt.startUs = startUs;
    attempt.firstByteUs = startUs + 1'000;
    attempt.endUs = startUs + 2'000;
    attempt.httpStatus = 503;
    attempt.error = FetchError::make(ErrorKind::Http, reason);
    attempt.error.httpStatus = 503;
    return attempt;
}

// Item `id` waits `inMs` for its next attempt, after `failed` attempts of at most 4.
ItemProgress waitingToRetry(quint64 id, int failed, qint64 inMs, const QString &reason)
{
    ItemProgress progress;
    progress.id = id;
    progress.state = ItemState::Connecting;
    progress.startUs = 0;
    progress.attempt = failed;
    progress.maxAttempts = 4;
    for (int i = 0; i < failed; ++i)
        progress.pastAttempts << failedAttempt(i * 10'000, reason);
    progress.retryInMs = inMs;
    return progress;
}

} // namespace

// The row says it waits, for how long, for which attempt and why; the
// seconds count down without the engine saying more, repainting only the
// status cell; the next attempt shows its number.
void tst_DownloadModel::retryCountsDownOnTheRow()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    const QString reason = QStringLiteral("HTTP 503 Service Unavailable");
    const QModelIndex status = model.index(0, DownloadModel::StatusColumn);

    model.applyProgress({waitingToRetry(idAt(model, 0), 1, 1'500, reason)}, 0);
    QCOMPARE(status.data().toString(), QStringLiteral("Retrying in 2 s (attempt 2 of 4): HTTP 503 Service Unavailable"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), status.data().toString());
    QCOMPARE(model.item(0).result.attemptHistory.size(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(),
                              QStringLiteral("Retrying in 1 s (attempt 2 of 4): HTTP 503 Service Unavailable"), 3'000);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &change : std::as_const(changed)) {
        QCOMPARE(change.at(0).toModelIndex(), status);
        QCOMPARE(change.at(1).toModelIndex(), status);
    }
    QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(),
                              QStringLiteral("Retrying now (attempt 2 of 4): HTTP 503 Service Unavailable"), 3'000);

    ItemProgress second = waitingToRetry(idAt(model, 0), 1, -1, reason);
    second.attempt = 2;
    model.applyProgress({second}, 100);
    QCOMPARE(status.data().toString(), QStringLiteral("Connecting… (attempt 2 of 4)"));
    second.state = ItemState::Receiving;
    model.applyProgress({second}, 200);
    QCOMPARE(status.data().toString(), QStringLiteral("Downloading (attempt 2 of 4)"));

    // A later wait after two failures, then the end: the countdown goes with the wait.
    model.applyProgress({waitingToRetry(idAt(model, 0), 2, 60'000, reason)}, 300);
    QCOMPARE(status.data().toString(), QStringLiteral("Retrying in 60 s (attempt 3 of 4): HTTP 503 Service Unavailable"));
    ItemResult done = timedResult(idAt(model, 0), 0, 30'000, 40'000, 100, 3);
    model.applyResults({done});
    QCOMPARE(status.data().toString(), QStringLiteral("Done after 3 attempts"));
    QCOMPARE(model.item(0).liveAttempts.retrySecondsLeft, -1);
    QCOMPARE(model.index(1, DownloadModel::StatusColumn).data().toString(), QStringLiteral("Queued"));
}

// "Failed: HTT…3 Forbidden" hid the one thing that matters: a failure reads
// as a short word, then the reason whole (the column cuts only its end).
void tst_DownloadModel::failureStartsWithItsWordAndKeepsItsReason()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(1));
    ItemResult failed;
    failed.id = idAt(model, 0);
    failed.state = ItemState::Failed;
    failed.attempts = 4;
    failed.error = FetchError::make(ErrorKind::Timeout, QStringLiteral("no response from 127.0.0.1:18081 within 30 s, "
                                                                       "after 4 attempts in 2 min 04 s"));
    for (int i = 0; i < 4; ++i)
        failed.attemptHistory << failedAttempt(i * 31'000'000, QStringLiteral("no response from 127.0.0.1:18081 within 30 s"));
    model.applyResults({failed});

    const QModelIndex status = model.index(0, DownloadModel::StatusColumn);
    const QString text = status.data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("Failed: ")), qPrintable(text));
    QVERIFY2(text.endsWith(failed.error.message), qPrintable(text));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), text);
}

void tst_DownloadModel::segmentsAreListedInTheRowsToolTip()
{
    DownloadModel &model = *m_model;
    model.addUrls(numberedUrls(2));
    const qint64 mib = 1024 * 1024;
    ItemProgress progress = receiving(idAt(model, 0), 3 * mib, 4 * mib, 0);
    // Out of order, as helpers add them: the tooltip lists them by offset.
    progress.segments = {{2, 2 * mib, 2 * mib, mib, 10, -1}, {0, 0, 2 * mib, 2 * mib, 0, 5}};
    model.applyProgress({progress, receiving(idAt(model, 1), 10, 100, 1)}, 0);
    const QString tip = model.index(0, DownloadModel::ProgressColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Fetched in 2 segment")), qPrintable(tip));
    const qsizetype first = tip.indexOf(QStringLiteral("0 bytes to 2.00 MiB by worker 1: 100 %"));
    const qsizetype second = tip.indexOf(QStringLiteral("2.00 MiB to 4.00 MiB by worker 3: 50 %"));
    QVERIFY2(first > 0 && second > first, qPrintable(tip));
    QVERIFY(model.index(0, DownloadModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("by worker 3")));
    // A file fetched in one piece says nothing of segments.
    QVERIFY(!model.index(1, DownloadModel::ProgressColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("segment")));
    // The result keeps them; a requeued row forgets them.
    ItemResult done;
    done.id = idAt(model, 0);
    done.state = ItemState::Done;
    done.segments = progress.segments;
    model.applyResults({done});
    QVERIFY(model.index(0, DownloadModel::ProgressColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("worker 3")));
    model.requeue({done.id});
    QVERIFY(!model.index(0, DownloadModel::ProgressColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("segment")));
}

QTEST_MAIN(tst_DownloadModel)
#include "tst_downloadmodel.moc"
