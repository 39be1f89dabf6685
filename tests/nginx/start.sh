#!/usr/bin/env bash
# The CTest fixture's setup for tst_http2: starts nginx as a daemon in a
# private prefix (a mktemp folder) with HTTPS and HTTP/2 on 127.0.0.1 and a free
# port, and writes what the suite needs into STATE_FILE as key=value lines:
#   status=running, port, document_root, ca_certificate, access_log, error_log,
#   prefix, pid
# or status=unavailable and the reason. It exits 0 in both cases: without nginx
# the suite skips and says why.
#
# Usage: start.sh STATE_FILE
# FETCHPOOL_NGINX names another nginx binary.
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 STATE_FILE" >&2
    exit 2
fi
state_file=$1
here=$(cd "$(dirname "$0")" && pwd)
max_attempts=5       # ports tried when another program takes the chosen one
wait_steps=100       # 100 × 0.1 s: how long nginx may take to listen
prefix=""

# A server left behind by an interrupted earlier run.
[ -f "$state_file" ] && bash "$here/stop.sh" "$state_file"
mkdir -p "$(dirname "$state_file")"

unavailable() {
    local reason
    reason=$(printf '%s' "$1" | tr '\n\t' '  ')
    printf 'status=unavailable\nreason=%s\n' "$reason" >"$state_file"
    echo "nginx is not available: $reason"
    [ -n "$prefix" ] && rm -rf "$prefix"
    exit 0
}

nginx_binary=${FETCHPOOL_NGINX:-$(command -v nginx || true)}
[ -z "$nginx_binary" ] && [ -x /usr/sbin/nginx ] && nginx_binary=/usr/sbin/nginx
[ -n "$nginx_binary" ] || unavailable "nginx is not installed (not in PATH nor /usr/sbin; Debian: nginx-light)"
[ -x "$nginx_binary" ] || unavailable "$nginx_binary is not executable"

build_options=$("$nginx_binary" -V 2>&1)
for module in http_ssl_module http_v2_module; do
    [[ $build_options == *"--with-$module"* ]] || unavailable "$nginx_binary is built without $module"
done

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
            2>/dev/null && return
    fi
    # Without python3 a random port; nginx reports it when it is taken.
    echo $((20000 + RANDOM % 40000))
}

listening() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

prefix=$(mktemp -d "${TMPDIR:-/tmp}/fetchpool-nginx.XXXXXX") || unavailable "cannot create a prefix folder"
mkdir -p "$prefix/conf" "$prefix/html" "$prefix/temp"
cp "$here/server.pem" "$here/server-key.pem" "$prefix/conf/" || unavailable "cannot copy the test certificates"
# Started as root, nginx serves files as www-data or nobody: a mktemp folder
# (mode 0700) would answer 403.
chmod 755 "$prefix" "$prefix/conf" "$prefix/html" "$prefix/temp"
chmod 644 "$prefix/conf/server.pem"
chmod 600 "$prefix/conf/server-key.pem"

started=""
for ((attempt = 1; attempt <= max_attempts; ++attempt)); do
    port=$(free_port)
    sed -e "s|@PREFIX@|$prefix|g" -e "s|@PORT@|$port|g" "$here/nginx.conf.in" >"$prefix/nginx.conf"
    chmod 644 "$prefix/nginx.conf"
    if "$nginx_binary" -p "$prefix" -c "$prefix/nginx.conf" >"$prefix/start.log" 2>&1; then
        started=yes
        break
    fi
    grep -q "Address already in use" "$prefix/start.log" || break
done
[ -n "$started" ] || unavailable "$nginx_binary did not start: $(tail -n 3 "$prefix/start.log")"

# The master binds before it forks; the pid file comes from the daemon.
pid=""
for ((step = 0; step < wait_steps; ++step)); do
    [ -s "$prefix/nginx.pid" ] && pid=$(cat "$prefix/nginx.pid") && listening "$port" && break
    pid=""
    sleep 0.1
done
if [ -z "$pid" ]; then
    [ -s "$prefix/nginx.pid" ] && kill -TERM "$(cat "$prefix/nginx.pid")" 2>/dev/null
    unavailable "nginx did not listen on 127.0.0.1:$port within $((wait_steps / 10)) s $(tail -n 3 "$prefix/error.log" 2>/dev/null)"
fi

cat >"$state_file" <<EOF
status=running
port=$port
document_root=$prefix/html
ca_certificate=$here/ca.pem
access_log=$prefix/access.log
error_log=$prefix/error.log
prefix=$prefix
pid=$pid
EOF
echo "nginx $pid listens on https://127.0.0.1:$port/ (prefix $prefix)"
exit 0
