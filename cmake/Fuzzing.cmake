# Fuzz targets for the parsers and the file namer (tests/fuzz). Included by
# tests/fuzz/CMakeLists.txt when FETCHPOOL_BUILD_FUZZERS is ON.
#
# Two engines:
#  - libfuzzer (the default with Clang): coverage-guided fuzzing with
#    AddressSanitizer and UndefinedBehaviorSanitizer. Everything in the tree,
#    fetchpool_core included, is compiled with -fsanitize=fuzzer-no-link so
#    that libFuzzer sees its branches; only the fuzz executables link the
#    libFuzzer main (-fsanitize=fuzzer).
#  - replay (the default with GCC): the same targets with a small main() that
#    runs every file of the seed corpus once. The corpus, crash reproducers
#    included, then runs as a plain test in any build, sanitizer builds too.
#
# A fuzz tree (Debian's clang links fine against the GCC-built Qt):
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
#         -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFETCHPOOL_BUILD_FUZZERS=ON \
#         -DFETCHPOOL_BUILD_TESTS=OFF -DFETCHPOOL_BUILD_GUI=OFF
#   cmake --build build-fuzz --target fetchpool_fuzzers

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(_fetchpool_default_fuzz_engine libfuzzer)
else()
    set(_fetchpool_default_fuzz_engine replay)
endif()
set(FETCHPOOL_FUZZ_ENGINE ${_fetchpool_default_fuzz_engine} CACHE STRING
    "How the fuzz targets run: 'libfuzzer' (Clang only) or 'replay' (runs the seed corpus once)")
set_property(CACHE FETCHPOOL_FUZZ_ENGINE PROPERTY STRINGS libfuzzer replay)

if(FETCHPOOL_FUZZ_ENGINE STREQUAL "libfuzzer")
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "FETCHPOOL_FUZZ_ENGINE=libfuzzer needs Clang "
                            "(-DCMAKE_CXX_COMPILER=clang++); GCC builds can use 'replay'.")
    endif()
    # Without explicit sanitizers, fuzz with ASan + UBSan, stopping at the
    # first report so that libFuzzer keeps the input.
    if(NOT FETCHPOOL_SANITIZE)
        target_compile_options(fetchpool_common INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined
            -fno-omit-frame-pointer -g)
        target_link_options(fetchpool_common INTERFACE -fsanitize=address,undefined)
    endif()
    target_compile_options(fetchpool_common INTERFACE -fsanitize=fuzzer-no-link
        # Clang's -Wpedantic flags Qt's own qCDebug(category) macros.
        -Wno-gnu-zero-variadic-macro-arguments)
    target_link_options(fetchpool_common INTERFACE -fsanitize=fuzzer-no-link)
elseif(NOT FETCHPOOL_FUZZ_ENGINE STREQUAL "replay")
    message(FATAL_ERROR "FETCHPOOL_FUZZ_ENGINE must be 'libfuzzer' or 'replay', not '${FETCHPOOL_FUZZ_ENGINE}'")
endif()

add_custom_target(fetchpool_fuzzers)

# fetchpool_add_fuzzer(<name> SOURCES ... [CORPUS <dir>] [DICT <file>])
# Builds fuzz_<name> and registers a test that runs its seed corpus once.
function(fetchpool_add_fuzzer name)
    cmake_parse_arguments(ARG "" "CORPUS;DICT" "SOURCES" ${ARGN})
    set(target fuzz_${name})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE fetchpool_core fetchpool_common)
    if(FETCHPOOL_FUZZ_ENGINE STREQUAL "libfuzzer")
        target_link_options(${target} PRIVATE -fsanitize=fuzzer)
        # -runs=0: execute the corpus as it is, no mutation, nothing written.
        set(replay_args -runs=0)
    else()
        target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz/replay_main.cpp)
        set(replay_args)
    endif()
    add_dependencies(fetchpool_fuzzers ${target})
    if(ARG_CORPUS)
        add_test(NAME ${target}_corpus COMMAND ${target} ${replay_args} ${ARG_CORPUS})
        set_tests_properties(${target}_corpus PROPERTIES TIMEOUT 300 LABELS fuzz)
    endif()
endfunction()
