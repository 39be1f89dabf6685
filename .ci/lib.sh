# Shared by the .ci scripts: installing Debian packages and building.
# Sourced, not run.

FETCHPOOL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Packages for building, testing and running Fetchpool on Debian 12.
FETCHPOOL_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev            # Core, Gui, Widgets, Network, Concurrent, Test
    libcurl4-openssl-dev    # the transfers: libcurl with OpenSSL, HTTP/2 (nghttp2)
    libssl-dev              # the one certificate store all TLS connections share
    libqt6svg6              # SVG icons render blank without it
    qt6-svg-dev             # QSvgGenerator: the timeline's SVG export
    qtkeychain-qt6-dev      # remembered passwords in the desktop's secret store
    qt6-image-formats-plugins
    qt6-qpa-plugins         # xcb and offscreen platforms
    xvfb xauth              # a display for screenshots and headless runs
    qt6-tools-dev qt6-l10n-tools  # qt_add_translations, lupdate and lrelease
    qt6-translations-l10n   # Qt's own German (qtbase_de.qm), loaded with Fetchpool's
    dpkg-dev file           # cpack's DEB generator: dpkg-shlibdeps
    desktop-file-utils appstream  # validators for the desktop entry and the metainfo
    ca-certificates
)

# What only the test suites need on top: a real nginx for the HTTPS and
# HTTP/2 suite (tst_http2; Debian's nginx-light has the ssl and http2 modules),
# and aria2c daemons for the remote engine's suite (tst_aria2engine).
FETCHPOOL_TEST_PACKAGES=(nginx-light aria2)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs what is missing; does nothing (and needs no root) when all is there.
install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# How .ci/test, .ci/start and .ci/package configure ./build: optimized, with
# line tables (-g1) rather than full debug information, which is what stack
# traces need and builds the tree a fifth faster (215 s instead of 265 s on 2
# cores).
FETCHPOOL_BUILD_ARGS=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")

# Unity builds: each batch of 8 sources of a target is compiled as one file, so
# Qt's headers are parsed once per batch instead of once per source; that is
# most of a build's time here (the plain build: 215 s one source at a time).
UNITY_ARGS=(-DCMAKE_UNITY_BUILD_BATCH_SIZE=8)
UNITY_FALLBACKS=()

# build DIR [cmake args...] [-- targets...]: configures and builds DIR as a
# unity build, incrementally. If that does not compile (two sources of one
# target with the same file-scope name, see docs/architecture.md), it says so
# and builds one source at a time, so that the suite still runs, and names
# the folder in UNITY_FALLBACKS.
build() {
    local dir=$1
    shift
    local configure=() targets=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do configure+=("$1"); shift; done
    [ $# -gt 0 ] && shift && targets=("$@")
    local unity
    for unity in ON OFF; do
        if cmake -S "$FETCHPOOL_ROOT" -B "$dir" -G Ninja "${configure[@]}" "${UNITY_ARGS[@]}" \
                -DCMAKE_UNITY_BUILD=$unity >/dev/null &&
            cmake --build "$dir" --parallel "$(nproc)" ${targets[@]+--target "${targets[@]}"}; then
            return 0
        fi
        [ $unity = OFF ] && return 1
        echo "WARNING: the unity build in $dir does not compile (above); building it one source at a time"
        UNITY_FALLBACKS+=("$dir")
    done
}
