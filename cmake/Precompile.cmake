# Precompiled headers: the Qt, libcurl and standard headers the sources use
# most, parsed once per target (or once per family of test suites) instead of
# once per translation unit: about 4 s of CPU per compile for the window's
# suites' headers, against under 2 s to load them precompiled. The figures
# for whole trees: docs/architecture.md, CI build time. Included by the
# top-level CMakeLists.txt.
#
# A PCH is only used by a compile with the same flags, so each product target
# precompiles its own; the test suites share one per set of Qt modules they
# link (fetchpool_test_pch() in tests/CMakeLists.txt) through REUSE_FROM.
# CMake adds -Winvalid-pch: a PCH that GCC turns down is named in the build
# log ("not used because ..."), and the build is then correct, only slower.
#
# Off by default: measured, the PCHs cost about what they save here (building
# seven of them, and loading one in every suite's otherwise empty
# mocs_compilation.cpp); see docs/architecture.md. Keep it off for a build
# that checks that every source includes what it uses: the PCH is
# force-included into every source, as a unity batch shows a source its
# neighbours' includes.
# With ccache: sloppiness=pch_defines,time_macros (ccache.conf, or
# CCACHE_SLOPPINESS), or ccache will not cache a compile that uses a PCH.
option(FETCHPOOL_PCH "Precompile the Qt, libcurl and standard headers used most" OFF)

set(FETCHPOOL_PCH_STD
    <algorithm> <atomic> <functional> <memory> <optional> <utility> <vector>)
set(FETCHPOOL_PCH_QTCORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile>
    <QFileInfo> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QMutex> <QObject> <QRegularExpression> <QSet> <QString> <QStringList>
    <QThreadPool> <QTimer> <QUrl> <QVector>)
set(FETCHPOOL_PCH_QTNETWORK <QHostAddress> <QTcpServer> <QTcpSocket>)
set(FETCHPOOL_PCH_QTWIDGETS
    <QAbstractItemView> <QAction> <QApplication> <QDialog> <QDialogButtonBox>
    <QFileDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QMainWindow> <QMenu>
    <QMessageBox> <QPainter> <QPushButton> <QStyle> <QTableView> <QToolButton>
    <QVBoxLayout> <QWidget> <QtConcurrent/QtConcurrentRun> <QFutureWatcher>)
set(FETCHPOOL_PCH_QTTEST <QSignalSpy> <QTemporaryDir> <QTest>)

# fetchpool_precompile(<target> <header>...): <target> precompiles these.
function(fetchpool_precompile target)
    if(FETCHPOOL_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# fetchpool_reuse_pch(<target> <host>): <target> compiles with <host>'s PCH.
# Only for targets whose compile flags and Qt modules are <host>'s (extra
# definitions the headers never test are fine): GCC checks, see above.
function(fetchpool_reuse_pch target host)
    if(FETCHPOOL_PCH)
        target_precompile_headers(${target} REUSE_FROM ${host})
    endif()
endfunction()
