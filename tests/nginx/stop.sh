#!/usr/bin/env bash
# The CTest fixture's cleanup for tst_http2: stops the nginx that start.sh
# recorded in STATE_FILE and removes its prefix and the state file.
#
# Usage: stop.sh STATE_FILE
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 STATE_FILE" >&2
    exit 2
fi
state_file=$1
wait_steps=50 # 50 × 0.1 s per signal

[ -f "$state_file" ] || exit 0
value() {
    sed -n "s/^$1=//p" "$state_file" | head -n 1
}
pid=$(value pid)
prefix=$(value prefix)

# Only our own master: a pid from an old state file may belong to anything now.
ours() {
    [ -n "$pid" ] && [ -n "$prefix" ] && [ -r "/proc/$pid/cmdline" ] \
        && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$prefix/nginx.conf"
}

if ours; then
    # TERM is nginx's fast shutdown; KILL only if it hangs.
    for signal in TERM KILL; do
        kill "-$signal" "$pid" 2>/dev/null
        for ((step = 0; step < wait_steps; ++step)); do
            ours || break
            sleep 0.1
        done
        ours || break
    done
    if ours; then
        echo "nginx $pid did not stop" >&2
        exit 1
    fi
    echo "nginx $pid stopped"
fi

# Only a folder start.sh made.
case $prefix in
*/fetchpool-nginx.*) [ -d "$prefix" ] && rm -rf "$prefix" ;;
esac
rm -f "$state_file"
exit 0
