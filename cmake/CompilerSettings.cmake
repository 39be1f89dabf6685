# fetchpool_common: the language level, warnings, sanitizers and Qt safety defines
# shared by every target, tests included.
add_library(fetchpool_common INTERFACE)
target_compile_features(fetchpool_common INTERFACE cxx_std_17)
target_compile_options(fetchpool_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(fetchpool_common INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FETCHPOOL_VERSION="${PROJECT_VERSION}"
    FETCHPOOL_HOMEPAGE="${PROJECT_HOMEPAGE_URL}")

if(FETCHPOOL_SANITIZE)
    list(JOIN FETCHPOOL_SANITIZE "," _fetchpool_sanitizers)
    # Line tables at least, so every report names file and line; a build type
    # with debug information of its own keeps its level.
    target_compile_options(fetchpool_common INTERFACE
        -fsanitize=${_fetchpool_sanitizers} -fno-omit-frame-pointer
        $<$<NOT:$<CONFIG:Debug,RelWithDebInfo>>:-g1>)
    target_link_options(fetchpool_common INTERFACE -fsanitize=${_fetchpool_sanitizers})
    if("undefined" IN_LIST FETCHPOOL_SANITIZE)
        target_compile_options(fetchpool_common INTERFACE -fno-sanitize-recover=undefined)
    endif()
endif()

# fetchpool_settings: product code also keeps every string and URL conversion
# explicit (no implicit const char* -> QString or QString -> QUrl). Test code
# links only fetchpool_common, so data tables stay readable.
add_library(fetchpool_settings INTERFACE)
target_link_libraries(fetchpool_settings INTERFACE fetchpool_common)
target_compile_definitions(fetchpool_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING)

# The linker. gold links the ~50 programs, plugins and suites of a tree in a
# third of ld.bfd's CPU time (22 s against 65 s for the RelWithDebInfo tree,
# docs/architecture.md, CI) and comes with binutils; lld (Debian package lld)
# is a little quicker still. Empty: the compiler's default (ld.bfd).
set(FETCHPOOL_LINKER gold CACHE STRING "Linker for -fuse-ld=: gold, lld, bfd, or empty for the compiler's default")
if(FETCHPOOL_LINKER)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=${FETCHPOOL_LINKER}" FETCHPOOL_LINKER_WORKS_${FETCHPOOL_LINKER})
    if(FETCHPOOL_LINKER_WORKS_${FETCHPOOL_LINKER})
        target_link_options(fetchpool_common INTERFACE "-fuse-ld=${FETCHPOOL_LINKER}")
    else()
        message(WARNING "FETCHPOOL_LINKER=${FETCHPOOL_LINKER}: the compiler cannot link with it; using its default linker")
    endif()
endif()
