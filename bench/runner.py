#!/usr/bin/env python3
"""Fetchpool benchmark: fetchpool-cli against curl, wget2, aria2c, a Python
ThreadPoolExecutor baseline and the bare Qt floor on loopback workloads,
over HTTP and HTTPS, and (F) on one large file that only a client splitting
it into ranges fetches fast.
Started by bench/run, which installs the peers and builds the binaries; see
bench/README.md.

Every run is timed by GNU time inside coreutils timeout, then its folder is
compared byte for byte with a reference folder that was downloaded once and
checked against the server's SHA-256 of every file. A run that lost, added or
corrupted a file is FAILED and never enters a median.
"""

import argparse
import concurrent.futures
import datetime
import hashlib
import http.client
import json
import math
import os
import platform
import secrets
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "bench")
TIME = "/usr/bin/time"
MiB = 1 << 20
# Test certificates (never trusted anywhere else): the test server's is
# self-signed and is its own CA; nginx's is signed by a test CA.
TEST_SERVER_CA = os.path.join(ROOT, "tests", "server", "certs", "cert.pem")
NGINX_CA = os.path.join(ROOT, "tests", "nginx", "ca.pem")
NGINX_CERT = os.path.join(ROOT, "tests", "nginx", "server.pem")
NGINX_KEY = os.path.join(ROOT, "tests", "nginx", "server-key.pem")

TOOLS = ["fetchpool", "qtfloor", "curl", "wget2", "aria2c", "python"]
PEERS = ["curl", "wget2", "aria2c", "python"]
# Not a peer: the least a client on Qt's HTTP stack does (bench/qnam-floor),
# what Fetchpool's own work is measured against.
REFERENCES = ["qtfloor"]
TOOL_LABEL = {
    "fetchpool": "fetchpool-cli",
    "qtfloor": "Qt floor",
    "curl": "curl --parallel",
    "wget2": "wget2",
    "aria2c": "aria2c",
    "python": "Python pool",
}


# Why a tool sits out a workload; it is named in RESULTS.md instead.
NO_CA_QT_FLOOR = ("bench/qnam-floor cannot be given a CA certificate (it trusts only the system's store, and "
                  "SSL_CERT_FILE and SSL_CERT_DIR do not reach Qt's TLS backend), so it cannot verify the test "
                  "certificates without a change to its C++ code")


class Workload:
    def __init__(self, key, count, size, latency, server, title, group=None, ca=None, rate=None):
        self.key = key
        self.count = count
        self.size = size
        self.latency = latency  # ms
        self.server = server  # "test" or "nginx"
        self.title = title
        # Workloads of one group ("C" and "C-nginx", "E" and "E2") fetch
        # the same files, which nginx serves from the reference folder.
        self.group = group or key
        self.shared = group is not None
        self.ca = ca  # the CA file every tool is given; None for plain HTTP
        self.https = ca is not None
        self.excluded = {"qtfloor": NO_CA_QT_FLOOR} if self.https else {}
        self.rate = rate  # F: nginx's limit_rate per connection, bytes/s

    def ideal(self, connections):
        """F's floor: the file over `connections` connections at the per-connection rate."""
        return self.count * self.size / (connections * self.rate)

    def floor(self, files, workers):
        """The physical floor: every worker waits the latency once per file."""
        return math.ceil(files / workers) * self.latency / 1000.0


def human_size(n):
    if n % MiB == 0:
        return f"{n // MiB} MiB"
    if n % 1024 == 0:
        return f"{n // 1024} KiB"
    return f"{n} B"


# F: one large file from nginx capped per connection (limit_rate), the case
# that segmented downloading is for; its tool commands are SPLIT_VARIANTS.
SPLIT_RATE_MIB = 20
SPLIT_CONNECTIONS = 16
# (tool, workers): fetchpool-cli at 16 workers and at 1 (the speed-up that
# splitting gives), aria2c -x16 -s16 -k1M, wget2 --chunk-size=32M --max-threads=16.
SPLIT_VARIANTS = [("fetchpool", SPLIT_CONNECTIONS), ("fetchpool", 1), ("aria2c", SPLIT_CONNECTIONS),
                  ("wget2", SPLIT_CONNECTIONS)]


def workloads(quick):
    if quick:
        spec = [("A", 100, 16384, 50), ("B", 20, MiB, 50), ("C", 8, 8 * MiB, 0), ("D", 1000, 1024, 20),
                ("E", 100, 16384, 50)]
    else:
        spec = [("A", 1000, 16384, 50), ("B", 200, MiB, 50), ("C", 8, 64 * MiB, 0), ("D", 10000, 1024, 20),
                ("E", 1000, 16384, 50)]
    result = []
    for key, count, size, latency in spec:
        lat = f"{latency} ms latency" if latency else "no latency"
        base = f"{count} files × {human_size(size)}, {lat}"
        if key == "C":
            result.append(Workload("C", count, size, latency, "test", base + ", fetchpool-testserver", group="C"))
            result.append(Workload("C-nginx", count, size, latency, "nginx", base + ", nginx", group="C"))
        elif key == "E":
            # E2: the same files from nginx over HTTP/2, which cannot add latency.
            result.append(Workload("E", count, size, latency, "test",
                                   base + ", HTTPS, fetchpool-testserver", group="E", ca=TEST_SERVER_CA))
            result.append(Workload("E2", count, size, 0, "nginx",
                                   f"{count} files × {human_size(size)}, no latency, HTTPS with HTTP/2, nginx",
                                   group="E", ca=NGINX_CA))
        else:
            result.append(Workload(key, count, size, latency, "test", base))
    size = (64 if quick else 512) * MiB
    result.append(Workload("F", 1, size, 0, "nginx-limited",
                           f"1 file × {human_size(size)}, nginx with limit_rate {SPLIT_RATE_MIB}m per connection",
                           rate=SPLIT_RATE_MIB * MiB))
    return result


# --------------------------------------------------------------------------
# Servers


class TestServer:
    """fetchpool-testserver; with tls also its HTTPS listener (same routes,
    same bytes for a path, on a port of its own)."""

    def __init__(self, binary, scratch, limit_s, tls=False):
        self.log = os.path.join(scratch, "testserver.out")
        self.proc = subprocess.Popen(
            ["timeout", "-k", "5", str(int(limit_s)), binary, "--threads", "2"] + (["--tls"] if tls else []),
            stdout=open(self.log, "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.base = self.https_base = None
        # What the runner itself trusts on the HTTPS listener: its own certificate.
        self.tls_context = ssl.create_default_context(cafile=TEST_SERVER_CA) if tls else None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and self.proc.poll() is None:
            with open(self.log, "rb") as handle:
                for line in handle.read().decode(errors="replace").splitlines():
                    if line.startswith("listening http://"):
                        self.base = line.split()[1].rstrip("/")
                    elif line.startswith("listening https://"):
                        self.https_base = line.split()[1].rstrip("/")
            if self.base and (self.https_base or not tls):
                break
            time.sleep(0.05)
        if not self.base or (tls and not self.https_base):
            self.stop()
            raise RuntimeError("fetchpool-testserver did not start" + (" with --tls" if tls else "") +
                               ": " + tail(self.log))
        self.netloc = urllib.parse.urlsplit(self.base).netloc

    def stop(self):
        stop_process(self.proc)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Nginx:
    """Debian's nginx on loopback, configured in a private prefix directory;
    with tls=(certificate, key) it speaks HTTPS with HTTP/2 instead."""

    def __init__(self, binary, root, scratch, limit_s, tls=None, limit_rate=None):
        self.prefix = tempfile.mkdtemp(prefix="nginx-", dir=scratch)
        # With limit_rate (bytes/s per connection) nginx also logs every
        # request, so that a run's connections and ranges can be counted.
        self.access_log = os.path.join(self.prefix, "logs", "access.log") if limit_rate else None
        access = (f"log_format ranges '$status $http_range $body_bytes_sent';\n"
                  f"    access_log {self.access_log} ranges;") if limit_rate else "access_log off;"
        limit = f"\n        limit_rate {limit_rate};" if limit_rate else ""
        scheme = "https" if tls else "http"
        for sub in ("logs", "tmp"):
            os.makedirs(os.path.join(self.prefix, sub))
        last_error = ""
        for _ in range(5):
            self.port = free_port()
            conf = os.path.join(self.prefix, "nginx.conf")
            user = "user root;\n" if os.geteuid() == 0 else ""
            # nginx 1.22 leaves TLS 1.3 off unless asked; every client here has it.
            listen = (f"listen 127.0.0.1:{self.port} ssl http2;\n"
                      f"        ssl_certificate {tls[0]};\n"
                      f"        ssl_certificate_key {tls[1]};\n"
                      f"        ssl_protocols TLSv1.2 TLSv1.3;") if tls else f"listen 127.0.0.1:{self.port};"
            with open(conf, "w") as out:
                out.write(f"""{user}worker_processes 2;
daemon off;
pid {self.prefix}/nginx.pid;
error_log {self.prefix}/logs/error.log warn;
events {{ worker_connections 2048; }}
http {{
    {access}
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    client_body_temp_path {self.prefix}/tmp/body;
    proxy_temp_path {self.prefix}/tmp/proxy;
    fastcgi_temp_path {self.prefix}/tmp/fastcgi;
    uwsgi_temp_path {self.prefix}/tmp/uwsgi;
    scgi_temp_path {self.prefix}/tmp/scgi;
    types {{ application/octet-stream bin; }}
    server {{
        {listen}
        root {root};{limit}
    }}
}}
""")
            self.proc = subprocess.Popen(
                ["timeout", "-k", "5", str(int(limit_s)), binary, "-p", self.prefix, "-c", conf,
                 "-e", os.path.join(self.prefix, "logs", "error.log")],
                stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.prefix, "logs", "stderr"), "wb"),
                stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                        self.base = f"{scheme}://127.0.0.1:{self.port}"
                        return
                except OSError:
                    time.sleep(0.05)
            stop_process(self.proc)
            with open(os.path.join(self.prefix, "logs", "stderr"), errors="replace") as handle:
                last_error = handle.read()[-500:]
        raise RuntimeError("nginx did not start: " + last_error)

    def requests_logged(self):
        """The access log's lines so far (limit_rate instances only)."""
        try:
            with open(self.access_log, errors="replace") as handle:
                return handle.read().splitlines()
        except OSError:
            return []

    def stop(self):
        stop_process(self.proc)


def stop_process(proc):
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()  # timeout passes SIGTERM on to its command
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


# --------------------------------------------------------------------------
# Reference folders


def http_get(conn_holder, origin, target, context=None):
    """GET over one kept-alive connection per origin ("http://host:port" or
    "https://host:port"); https verifies the server against context."""
    for attempt in (1, 2):
        conn = conn_holder.get(origin)
        if conn is None:
            parts = urllib.parse.urlsplit(origin)
            if parts.scheme == "https":
                conn = http.client.HTTPSConnection(parts.netloc, timeout=60, context=context)
            else:
                conn = http.client.HTTPConnection(parts.netloc, timeout=60)
            conn_holder[origin] = conn
        try:
            conn.request("GET", target)
            response = conn.getresponse()
            body = response.read()
            if response.will_close:
                conn_holder.pop(origin).close()
            return response.status, body
        except (http.client.HTTPException, OSError):
            conn_holder.pop(origin, None)
            if attempt == 2:
                raise
    raise RuntimeError("unreachable")


def build_reference(urls, server, refdir, label):
    """Download every file once without latency and check it against the
    server's /checksum; the runs are then compared with these bytes. HTTPS
    URLs go over the test server's TLS listener, verified with its CA."""
    os.makedirs(refdir, exist_ok=True)
    local = threading.local()

    def one(url):
        holder = getattr(local, "conns", None)
        if holder is None:
            holder = local.conns = {}
        parts = urllib.parse.urlsplit(url)
        query = urllib.parse.parse_qs(parts.query)
        size = query["size"][0]
        name = os.path.basename(parts.path)
        status, body = http_get(holder, f"{parts.scheme}://{parts.netloc}", f"{parts.path}?size={size}&latency=0",
                                server.tls_context)
        if status != 200 or len(body) != int(size):
            raise RuntimeError(f"reference {url}: HTTP {status}, {len(body)} bytes")
        rest = parts.path[len("/files/"):]
        status, digest = http_get(holder, server.base, f"/checksum/{rest}?size={size}")
        if status != 200 or hashlib.sha256(body).hexdigest() != digest.decode().strip():
            raise RuntimeError(f"reference {url}: checksum differs from the server's")
        with open(os.path.join(refdir, name), "wb") as out:
            out.write(body)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(one, urls))
    over = " over HTTPS" if urls and urls[0].startswith("https:") else ""
    log(f"reference {label}: {len(urls)} files{over} checked against /checksum in {time.monotonic() - start:.1f} s")


def verify(outdir, count, refdir):
    """None when outdir holds exactly f1.bin..f<count>.bin, each identical
    to the reference; otherwise the reason. A query kept in a saved name
    (wget2 keeps it) is ignored."""
    expected = {f"f{i}.bin" for i in range(1, count + 1)}
    found = {}
    for dirpath, _, files in os.walk(outdir):
        for name in files:
            key = name.split("?", 1)[0]
            if key in found:
                return f"two files for {key}"
            found[key] = os.path.join(dirpath, name)
    missing = sorted(expected - found.keys(), key=lambda n: int(n[1:-4]))
    extra = sorted(found.keys() - expected)
    if missing:
        return f"{len(missing)} of {count} files missing (first: {missing[0]})"
    if extra:
        return f"{len(extra)} unexpected files (first: {extra[0]})"
    for key, path in found.items():
        ref = os.path.join(refdir, key)
        if os.path.getsize(path) != os.path.getsize(ref):
            return f"{key}: {os.path.getsize(path)} bytes, expected {os.path.getsize(ref)}"
        with open(path, "rb") as a, open(ref, "rb") as b:
            while True:
                x = a.read(4 * MiB)
                y = b.read(4 * MiB)
                if x != y:
                    return f"{key}: content differs from the checksum-verified reference"
                if not x:
                    break
    return None


# --------------------------------------------------------------------------
# Measuring


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class ThreadSampler:
    """The peak thread count of the measured tool: the Threads: line of
    /proc/PID/status of the process(es) that timeout and GNU time run,
    sampled every 10 ms from a thread of the runner, the same for every tool
    (its CPU time is the runner's, not the tool's). A thread that lives
    shorter than that can be missed, so the peak is a lower bound."""

    INTERVAL = 0.01

    def __init__(self, pid):
        self.pid = pid
        self.peak = None
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    @staticmethod
    def children(pid):
        # timeout and GNU time are single-threaded: their main thread's list is complete.
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as handle:
                return [int(x) for x in handle.read().split()]
        except (OSError, ValueError):
            return []

    @staticmethod
    def threads(pid):
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("Threads:"):
                        return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return 0

    def loop(self):
        while not self.done.is_set():
            tools = [c for t in self.children(self.pid) for c in self.children(t)]
            if tools:
                count = sum(self.threads(p) for p in tools)
                if count:
                    self.peak = max(self.peak or 0, count)
            self.done.wait(self.INTERVAL)

    def stop(self):
        self.done.set()
        self.thread.join()
        return self.peak


def timed(argv, limit_s, logfile, cwd=None, stdout=None, sample_threads=False):
    """Runs argv under timeout and GNU time: (exit code, wall s, user+sys s,
    peak RSS bytes, peak thread count or None)."""
    tfile = logfile + ".time"
    cmd = ["timeout", "-k", "5", str(int(math.ceil(limit_s))), TIME, "-f", "%e %U %S %M", "-o", tfile] + argv
    with open(logfile, "wb") as out:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=stdout if stdout is not None else out, stderr=out,
                                stdin=subprocess.DEVNULL, cwd=cwd)
        sampler = ThreadSampler(proc.pid) if sample_threads else None
        try:
            proc.wait()
        except BaseException:
            stop_process(proc)  # timeout passes SIGTERM on to the tool's process group
            raise
        finally:
            threads = sampler.stop() if sampler else None
        wall = time.monotonic() - start
    cpu = rss = None
    try:
        with open(tfile) as handle:
            fields = handle.read().split("\n")
        numbers = [line for line in fields if line and line[0].isdigit()][-1].split()
        cpu = float(numbers[1]) + float(numbers[2])
        rss = int(numbers[3]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return proc.returncode, wall, cpu, rss, threads


def tail(path, lines=3):
    try:
        with open(path, errors="replace") as handle:
            return " | ".join(handle.read().strip().splitlines()[-lines:])[-300:]
    except OSError:
        return ""


class Bench:
    def __init__(self, args):
        self.args = args
        self.points = {}  # (workload, workers, tool) -> dict
        self.ceilings = {}  # workload -> dict
        self.protocols = {}  # workload -> tool -> "HTTP/2" ...
        self.deadline = time.monotonic() + args.max_minutes * 60
        self.skipped = 0
        self.python = sys.executable
        self.nginx_binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.remote = RemoteSection(self)

    # The command line of each tool for one run; ca is the CA file that
    # verifies the server's certificate (HTTPS workloads), else None.
    def command(self, tool, workers, listfile, curlcfg, outdir, ca=None):
        w = str(workers)
        if tool == "fetchpool":
            return [self.args.cli, "-i", listfile, "-d", outdir, "-j", w, "--retries", "0"] + \
                (["--ca-certificate", ca] if ca else [])
        if tool == "curl":
            return ["curl", "-s", "--no-progress-meter", "--fail", "--parallel", "--parallel-max", w,
                    "--remote-name-all", "--output-dir", outdir, "-K", curlcfg] + (["--cacert", ca] if ca else [])
        if tool == "wget2":
            return ["wget2", "-q", "--no-config", "-nd", f"--max-threads={w}", "--tries=1",
                    "-i", listfile, "-P", outdir] + ([f"--ca-certificate={ca}"] if ca else [])
        if tool == "aria2c":
            return ["aria2c", "--no-conf", "-q", "-i", listfile, "-j", w, "-d", outdir, "--max-tries=1",
                    "--file-allocation=none", "--auto-file-renaming=false", "--allow-overwrite=false",
                    "--summary-interval=0", "--console-log-level=error"] + \
                ([f"--ca-certificate={ca}"] if ca else [])
        if tool == "python":
            return [self.python, os.path.join(HERE, "pool_baseline.py"), listfile, outdir, w] + ([ca] if ca else [])
        if tool == "qtfloor":
            if ca:
                raise ValueError("the Qt floor takes no CA certificate")
            return [self.args.qt_floor, listfile, outdir, w]
        raise ValueError(tool)

    def plan(self, wl, workers):
        """(files, scale, reps): long points run on the first files of the
        list (whole rounds per worker) and count once."""
        files = wl.count
        full_floor = wl.floor(files, workers)
        cap = self.args.sample_cap
        if cap > 0 and wl.latency and full_floor > cap:
            rounds = max(1, int(cap * 1000 // wl.latency))
            files = min(wl.count, rounds * workers)
        run_floor = wl.floor(files, workers)
        reps = self.args.reps if run_floor < self.args.long_floor else self.args.long_reps
        return files, wl.count / files, reps

    def run(self, workloads, tools):
        args = self.args
        scratch = args.scratch
        limit = args.max_minutes * 60 + 600
        # The HTTPS listener only when a workload needs it (E, and E2's reference).
        server = TestServer(args.server, scratch, limit, tls=any(wl.https for wl in workloads))
        # By scheme: the plain one for C-nginx, the HTTPS/HTTP/2 one for E2;
        # by ("http", rate): F's, with limit_rate.
        nginx = {}
        try:
            log(f"fetchpool-testserver at {server.base}" + (f" and {server.https_base}" if server.https_base else ""))
            # --remote-only: just the remote engine's section (A and D).
            remote_wls = [wl for wl in workloads if wl.key in REMOTE_WORKLOADS]
            for wl in ([] if args.remote_only else workloads):
                if time.monotonic() > self.deadline:
                    log(f"time budget spent: skipping {wl.key}")
                    continue
                if wl.server == "nginx-limited":
                    key = ("http", wl.rate)
                    if key not in nginx:
                        nginx[key] = Nginx(self.nginx_binary, os.path.join(scratch, "www"), scratch, limit,
                                           limit_rate=wl.rate)
                        log(f"nginx with limit_rate {wl.rate} B/s at {nginx[key].base}")
                    self.run_split(wl, tools, nginx[key])
                    continue
                if wl.server == "nginx":
                    scheme = "https" if wl.https else "http"
                    if scheme not in nginx:
                        nginx[scheme] = Nginx(self.nginx_binary, os.path.join(scratch, "www"), scratch, limit,
                                              tls=(NGINX_CERT, NGINX_KEY) if wl.https else None)
                        log(f"nginx at {nginx[scheme].base}")
                    base = nginx[scheme].base
                else:
                    base = server.https_base if wl.https else server.base
                self.run_workload(wl, tools, server, base)
            if args.remote:
                self.remote.run(remote_wls, server)
        finally:
            for instance in nginx.values():
                instance.stop()
            server.stop()

    def lists_for(self, wl, server, base):
        scratch = self.args.scratch
        prefix = f"/files/{wl.group.lower()}"
        if wl.shared:
            refdir = os.path.join(scratch, "www", "files", wl.group.lower())
        else:
            refdir = os.path.join(scratch, "ref", wl.key)
        if wl.server == "nginx":
            urls = [f"{base}{prefix}/f{i}.bin" for i in range(1, wl.count + 1)]
        else:
            query = f"count={wl.count}&prefix={prefix}&size={wl.size}"
            if wl.latency:
                query += f"&latency={wl.latency}"
            conns = {}
            status, body = http_get(conns, base, f"/list?{query}", server.tls_context)
            if status != 200:
                raise RuntimeError(f"/list answered {status}")
            urls = body.decode().split()
            if len(urls) != wl.count:
                raise RuntimeError(f"/list gave {len(urls)} URLs, wanted {wl.count}")
        if not os.path.isdir(refdir) or len(os.listdir(refdir)) != wl.count:
            # The reference always comes from the test server, whose
            # /checksum is the authority (nginx serves these same files);
            # for an HTTPS workload over its HTTPS listener.
            origin = server.https_base if wl.https else server.base
            src = [f"{origin}{prefix}/f{i}.bin?size={wl.size}" for i in range(1, wl.count + 1)]
            build_reference(src, server, refdir, wl.group if wl.shared else wl.key)
        return urls, refdir

    def write_list(self, wl, urls, files):
        path = os.path.join(self.args.scratch, f"list-{wl.key}-{files}.txt")
        cfg = path[:-4] + ".curl"
        if not os.path.exists(path):
            with open(path, "w") as out:
                out.write("\n".join(urls[:files]) + "\n")
            with open(cfg, "w") as out:
                out.writelines(f'url = "{url}"\n' for url in urls[:files])
        return path, cfg

    def run_workload(self, wl, tools, server, base):
        args = self.args
        urls, refdir = self.lists_for(wl, server, base)
        total_bytes = wl.count * wl.size
        log(f"workload {wl.key}: {wl.title}")
        for tool, why in wl.excluded.items():
            if tool in tools:
                log(f"  {TOOL_LABEL[tool]} not measured on {wl.key}: {why}")
        order = [t for t in tools if t not in wl.excluded]
        if wl.https:
            self.probe_protocols(wl, urls, order)
        for workers in args.workers:
            files, scale, reps = self.plan(wl, workers)
            listfile, curlcfg = self.write_list(wl, urls, files)
            limit = 120 + 4 * wl.floor(files, workers) + files * wl.size / (10 * MiB)
            for rep in range(reps):
                # Rotate the order so that no tool always runs first after a
                # change of worker count (or always next to a noisy neighbour).
                order = order[1:] + order[:1]
                for tool in order:
                    key = (wl.key, workers, tool)
                    point = self.points.setdefault(key, {"files": files, "scale": scale, "reps": reps, "runs": []})
                    if time.monotonic() > self.deadline:
                        self.skipped += 1
                        continue
                    outdir = os.path.join(args.scratch, "out")
                    shutil.rmtree(outdir, ignore_errors=True)
                    os.makedirs(outdir)
                    logfile = os.path.join(args.scratch, f"{wl.key}-{workers}-{tool}-{rep}.log")
                    rc, wall, cpu, rss, threads = timed(
                        self.command(tool, workers, listfile, curlcfg, outdir, wl.ca), limit, logfile, cwd=outdir,
                        sample_threads=True)
                    problem = None
                    if rc == 124 or rc == 137:
                        problem = f"timed out after {limit:.0f} s"
                    elif rc != 0:
                        problem = f"exit {rc}: {tail(logfile)}"
                    checked = verify(outdir, files, refdir)
                    if checked and not problem:
                        problem = checked
                    elif checked:
                        problem += f"; {checked}"
                    if cpu is None and not problem:
                        problem = "no GNU time record"
                    point["runs"].append({"wall": wall, "cpu": cpu, "rss": rss, "threads": threads, "rc": rc,
                                          "problem": problem})
                    status = "FAILED " + problem if problem else "ok"
                    rss_text = f"{rss / 1e6:.0f} MB" if rss else "?"
                    cpu_text = f"{cpu:.2f}" if cpu is not None else "?"
                    log(f"  {wl.key} -j {workers:<3} {tool:<9} rep {rep + 1}/{reps}"
                        f"{' (' + str(files) + ' files)' if files != wl.count else ''}: "
                        f"{wall:7.2f} s wall, {cpu_text} s cpu, {rss_text}, {threads or '?'} threads  {status}")
                    shutil.rmtree(outdir, ignore_errors=True)
                if wl.group == "C":
                    self.measure_ceiling(wl, urls, total_bytes, rep)

    def probe_protocols(self, wl, urls, tools):
        """Which HTTP version each tool gets on this HTTPS workload: asked
        once, on the first two files, before the timed runs. aria2c and
        Python's http.client speak HTTP/1.1 only."""
        found = self.protocols.setdefault(wl.key, {})
        scratch = self.args.scratch
        sample = urls[:2]
        listfile = os.path.join(scratch, f"probe-{wl.key}.txt")
        with open(listfile, "w") as out:
            out.write("\n".join(sample) + "\n")
        outdir = os.path.join(scratch, "probe")

        def run(argv):
            shutil.rmtree(outdir, ignore_errors=True)
            os.makedirs(outdir)
            try:
                return subprocess.run(["timeout", "60"] + argv, capture_output=True, text=True, cwd=outdir)
            finally:
                shutil.rmtree(outdir, ignore_errors=True)

        if "fetchpool" in tools:
            report = os.path.join(scratch, f"probe-{wl.key}.json")
            done = run([self.args.cli, "-i", listfile, "-d", outdir, "-j", "1", "--retries", "0",
                        "--ca-certificate", wl.ca, "--report", report])
            try:
                with open(report) as handle:
                    items = json.load(handle)["items"]
                found["fetchpool"] = ", ".join(sorted({i.get("protocol") or "?" for i in items}))
            except (OSError, ValueError, KeyError, TypeError):
                found["fetchpool"] = f"? (exit {done.returncode})"
        if "curl" in tools:
            done = run(["curl", "-s", "--cacert", wl.ca, "-w", "%{http_version}\\n"] +
                       [x for url in sample for x in ("-o", "/dev/null", url)])
            versions = {v for v in done.stdout.split() if v != "0"}
            found["curl"] = ", ".join(sorted(f"HTTP/{v}" for v in versions)) or f"? (exit {done.returncode})"
        if "wget2" in tools:
            # Its debug log names the protocol the server accepted in ALPN.
            done = run(["wget2", "-d", "--no-config", "-nd", "--tries=1", f"--ca-certificate={wl.ca}",
                        "-i", listfile, "-P", outdir])
            text = done.stdout + done.stderr
            found["wget2"] = "HTTP/2" if "accepted protocol 'h2'" in text else \
                "HTTP/1.1" if "HTTP/1.1 200" in text else f"? (exit {done.returncode})"
        for tool in ("aria2c", "python"):
            if tool in tools:
                found[tool] = "HTTP/1.1"
        log(f"  protocols on {wl.key}: " + ", ".join(f"{TOOL_LABEL[t]} {v}" for t, v in found.items()))

    def measure_ceiling(self, wl, urls, total_bytes, rep):
        """The ceiling: what plain curl reaches on the same files from the
        same server, writing to /dev/null. Measured twice per repetition and
        worker count, interleaved with the tools: one curl process with
        --parallel, and one curl process per file (a single curl process is
        bound by its one thread). The faster median is the ceiling."""
        one = ["curl", "-s", "--no-progress-meter", "--fail", "--parallel", "--parallel-max", str(len(urls)),
               "-w", "%{size_download}\\n"]
        for url in urls:
            one += ["-o", "/dev/null", url]
        each = ["bash", "-c", 'for u in "$@"; do curl -s --no-progress-meter --fail -o /dev/null '
                '-w "%{size_download}\\n" "$u" & done; wait', "ceiling"] + urls
        for kind, argv in (("one process", one), ("one process per file", each)):
            if time.monotonic() > self.deadline:
                return
            runs = self.ceilings.setdefault(wl.key, {}).setdefault(kind, [])
            logfile = os.path.join(self.args.scratch, f"{wl.key}-ceiling-{len(kind)}-{len(runs)}.log")
            outfile = logfile + ".out"
            with open(outfile, "wb") as out:
                rc, wall, cpu, rss, _ = timed(argv, 300, logfile, stdout=out)
            with open(outfile) as handle:
                got = sum(int(x) for x in handle.read().split() if x.isdigit())
            problem = None if rc == 0 and got == total_bytes else f"exit {rc}, {got} of {total_bytes} bytes"
            runs.append({"wall": wall, "cpu": cpu, "rss": rss, "rc": rc, "problem": problem})
            log(f"  {wl.key} ceiling, curl -o /dev/null, {kind}: {wall:.2f} s"
                f"{'  FAILED ' + problem if problem else ''}")

    # ----------------------------------------------------------------------
    # F: one large file, capped per connection

    def split_command(self, tool, workers, listfile, url, outdir):
        """F's command lines (SPLIT_VARIANTS): fetchpool-cli as on every
        workload (it splits a large file by itself, at most one segment per
        worker), aria2c and wget2 with the options that make them split."""
        if tool == "fetchpool":
            return self.command(tool, workers, listfile, None, outdir)
        n = str(SPLIT_CONNECTIONS)
        if tool == "aria2c":
            return ["aria2c", "--no-conf", "-q", "-d", outdir, f"-x{n}", f"-s{n}", "-k1M", "--max-tries=1",
                    "--file-allocation=none", "--auto-file-renaming=false", "--allow-overwrite=false",
                    "--summary-interval=0", "--console-log-level=error", url]
        if tool == "wget2":
            return ["wget2", "-q", "--no-config", "-nd", "--tries=1", "--chunk-size=32M", f"--max-threads={n}",
                    "-P", outdir, url]
        raise ValueError(tool)

    def split_file(self, wl):
        """F's file, made once per run on the scratch folder (tmpfs when there
        is room) where nginx serves it: random bytes, so that nothing on the
        way can compress them. It is also the reference each run is compared with."""
        refdir = os.path.join(self.args.scratch, "www", "files", "f")
        path = os.path.join(refdir, "f1.bin")
        if os.path.exists(path) and os.path.getsize(path) == wl.size:
            return refdir
        os.makedirs(refdir, exist_ok=True)
        digest = hashlib.sha256()
        start = time.monotonic()
        with open(path, "wb") as out:
            for _ in range(wl.size // (4 * MiB)):
                block = os.urandom(4 * MiB)
                digest.update(block)
                out.write(block)
        log(f"F: {human_size(wl.size)} of random bytes in {path} (sha256 {digest.hexdigest()[:16]}…) "
            f"in {time.monotonic() - start:.1f} s")
        return refdir

    def run_split(self, wl, tools, nginx):
        args = self.args
        refdir = self.split_file(wl)
        url = f"{nginx.base}/files/f/f1.bin"
        listfile = os.path.join(args.scratch, "list-F.txt")
        with open(listfile, "w") as out:
            out.write(url + "\n")
        log(f"workload F: {wl.title}; ideal {wl.ideal(SPLIT_CONNECTIONS):.2f} s over {SPLIT_CONNECTIONS} "
            f"connections, {wl.ideal(1):.1f} s over one")
        order = [(t, w) for t, w in SPLIT_VARIANTS if t in tools]
        # Three times the single-connection time, and a minute on top.
        limit = 60 + 3 * wl.ideal(1)
        for rep in range(args.reps):
            order = order[1:] + order[:1]
            for tool, workers in order:
                key = ("F", workers, tool)
                point = self.points.setdefault(key, {"files": 1, "scale": 1.0, "reps": args.reps, "runs": []})
                if time.monotonic() > self.deadline:
                    self.skipped += 1
                    continue
                outdir = os.path.join(args.scratch, "out")
                shutil.rmtree(outdir, ignore_errors=True)
                os.makedirs(outdir)
                logfile = os.path.join(args.scratch, f"F-{workers}-{tool}-{rep}.log")
                before = len(nginx.requests_logged())
                rc, wall, cpu, rss, threads = timed(self.split_command(tool, workers, listfile, url, outdir),
                                                    limit, logfile, cwd=outdir, sample_threads=True)
                served = nginx.requests_logged()[before:]
                ranged = sum(1 for line in served if line.split(" ")[0] == "206")
                problem = None
                if rc == 124 or rc == 137:
                    problem = f"timed out after {limit:.0f} s"
                elif rc != 0:
                    problem = f"exit {rc}: {tail(logfile)}"
                checked = verify(outdir, 1, refdir)
                if checked:
                    problem = f"{problem}; {checked}" if problem else checked
                if cpu is None and not problem:
                    problem = "no GNU time record"
                point["runs"].append({"wall": wall, "cpu": cpu, "rss": rss, "threads": threads, "rc": rc,
                                      "problem": problem, "requests": len(served), "ranges": ranged})
                rss_text = f"{rss / 1e6:.0f} MB" if rss else "?"
                cpu_text = f"{cpu:.2f}" if cpu is not None else "?"
                log(f"  F -j {workers:<3} {tool:<9} rep {rep + 1}/{args.reps}: {wall:7.2f} s wall "
                    f"({wall / wl.ideal(SPLIT_CONNECTIONS):.2f} × ideal), {cpu_text} s cpu, {rss_text}, "
                    f"{threads or '?'} threads, {len(served)} requests ({ranged} answered 206)  "
                    f"{'FAILED ' + problem if problem else 'ok'}")
                shutil.rmtree(outdir, ignore_errors=True)

    def fetchpool_splits(self):
        """Whether this fetchpool-cli splits large files (it then has --split)."""
        try:
            done = subprocess.run(["timeout", "10", self.args.cli, "--help"], capture_output=True, text=True)
            return "--split" in done.stdout + done.stderr
        except OSError:
            return False


# --------------------------------------------------------------------------
# The remote engine: fetchpool-cli --engine aria2://... against local aria2 daemons


REMOTE_WORKLOADS = ("A", "D")
# Lanes (parallel downloads in all) per workload: the local engine's workers,
# one daemon's --max-concurrent-downloads, three daemons' together.
REMOTE_LANES = {"A": 64, "D": 256}
# The capped variant runs on this workload only: D is bound by per-item
# cost, not by bytes, so a byte-rate cap says nothing there.
REMOTE_CAPPED = "A"
# Variant -> (label, daemons, capped). "local" and "aria2c" use no daemon.
REMOTE_VARIANTS = {
    "local": ("fetchpool-cli -j N (local engine)", 0, False),
    "aria2x1": ("fetchpool-cli --engine ×1 daemon", 1, False),
    "aria2x3": ("fetchpool-cli --engine ×3 daemons", 3, False),
    "aria2c": ("aria2c -j N alone (no RPC)", 0, False),
    "aria2x1-cap": ("fetchpool-cli --engine ×1 daemon, capped", 1, True),
    "aria2x3-cap": ("fetchpool-cli --engine ×3 daemons, capped", 3, True),
}


def parse_rate(text):
    """Bytes per second from 2M, 512K, 3145728 (powers of 1024)."""
    text = text.strip()
    scale = {"K": 1024, "M": MiB, "G": 1 << 30}.get(text[-1:].upper(), 1)
    number = text[:-1] if scale != 1 else text
    return int(float(number) * scale)


def split_slots(lanes, daemons):
    """lanes over daemons as evenly as fits: 64 over 3 is 22, 21, 21."""
    return [lanes // daemons + (1 if i < lanes % daemons else 0) for i in range(daemons)]


def cpu_seconds(pid):
    """user + system CPU seconds of a live process (its /proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


class Aria2Daemon:
    """One aria2c --enable-rpc on loopback, with a random secret, a free
    port and a --dir of its own in the scratch folder (tmpfs when there is
    room); under timeout like everything the runner starts."""

    def __init__(self, scratch, limit_s, slots, cap=None):
        self.secret = secrets.token_hex(16)
        self.slots = slots
        self.cap = cap
        self.dir = tempfile.mkdtemp(prefix="aria2d-", dir=scratch)
        self.log = os.path.join(self.dir, "daemon.log")
        last = ""
        for _ in range(5):
            self.port = free_port()
            argv = ["aria2c", "--enable-rpc", f"--rpc-listen-port={self.port}", f"--rpc-secret={self.secret}",
                    "--rpc-listen-all=false", "--no-conf", f"--dir={self.dir}", "--disable-ipv6",
                    "--summary-interval=0", "--console-log-level=warn", f"--max-concurrent-downloads={slots}"]
            if cap:
                argv.append(f"--max-overall-download-limit={cap}")
            self.proc = subprocess.Popen(["timeout", "-k", "5", str(int(limit_s))] + argv,
                                         stdout=open(self.log, "wb"), stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    self.call("aria2.getVersion")
                    self.pid = self.daemon_pid()
                    return
                except (OSError, http.client.HTTPException, ValueError, RuntimeError):
                    time.sleep(0.05)
            stop_process(self.proc)
            last = tail(self.log)
        raise RuntimeError("aria2c --enable-rpc did not start: " + last)

    def daemon_pid(self):
        """aria2c's own pid: the child of timeout."""
        for _ in range(50):
            kids = ThreadSampler.children(self.proc.pid)
            if kids:
                return kids[0]
            time.sleep(0.02)
        return None

    @property
    def endpoint(self):
        return f"aria2://{self.secret}@127.0.0.1:{self.port}"

    def call(self, method, *params):
        body = json.dumps({"jsonrpc": "2.0", "id": "bench", "method": method,
                           "params": [f"token:{self.secret}"] + list(params)})
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("POST", "/jsonrpc", body, {"Content-Type": "application/json"})
            reply = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        if "error" in reply:
            raise RuntimeError(f"aria2 {method}: {reply['error']}")
        return reply["result"]

    def cpu(self):
        return cpu_seconds(self.pid) if self.pid else None

    def stop(self):
        stop_process(self.proc)


class RemoteSection:
    """Workloads A and D through one aria2 daemon and through three, next to
    the local engine and aria2c on its own, with the same number of lanes;
    then A through daemons each capped with max-overall-download-limit."""

    def __init__(self, bench):
        self.bench = bench
        self.args = bench.args
        self.points = {}  # (workload, variant) -> {"lanes", "slots", "runs": [...]}
        self.notes = []
        self.loads = []
        self.cap = None
        self.cap_probe = None

    def lanes(self, wl):
        return self.args.remote_lanes.get(wl.key, REMOTE_LANES.get(wl.key, 64))

    def cap_for(self, wl):
        # One capped daemon should take about 8 s on the whole workload.
        if self.args.remote_cap:
            return parse_rate(self.args.remote_cap)
        return max(64 * 1024, (wl.count * wl.size // 8) // 1024 * 1024)

    def command(self, variant, wl, lanes, daemons, listfile, outdir):
        cli = self.args.cli
        if variant == "local":
            return [cli, "-i", listfile, "-d", outdir, "-j", str(lanes), "--retries", "0"]
        if variant == "aria2c":
            return self.bench.command("aria2c", lanes, listfile, None, outdir)
        argv = [cli]
        for d in daemons:
            argv += ["--engine", d.endpoint]
        argv += ["-i", listfile, "-d", outdir, "--retries", "0"]
        if REMOTE_VARIANTS[variant][2]:
            # Fetchpool sets every daemon's max-overall-download-limit when a
            # run starts: to --limit-rate split evenly, or to 0 (none) without
            # it. So the capped runs ask for the caps' sum, which gives each
            # daemon its cap back.
            argv += ["--limit-rate", str(self.cap * len(daemons))]
        return argv

    def probe_cap(self, scratch, limit, urls):
        """Whether a daemon's own --max-overall-download-limit survives a run
        of fetchpool-cli without --limit-rate: asked once, on five files."""
        daemon = Aria2Daemon(scratch, limit, 4, cap=self.cap)
        try:
            listfile = os.path.join(scratch, "remote-probe.txt")
            with open(listfile, "w") as out:
                out.write("\n".join(urls[:5]) + "\n")
            outdir = os.path.join(scratch, "remote-probe")
            os.makedirs(outdir, exist_ok=True)
            before = daemon.call("aria2.getGlobalOption").get("max-overall-download-limit")
            done = subprocess.run(["timeout", "60", self.args.cli, "--engine", daemon.endpoint, "-i", listfile,
                                   "-d", outdir, "--retries", "0"], capture_output=True, text=True)
            after = daemon.call("aria2.getGlobalOption").get("max-overall-download-limit")
            shutil.rmtree(outdir, ignore_errors=True)
            self.cap_probe = {"before": before, "after": after, "rc": done.returncode}
            log(f"remote: a daemon started with --max-overall-download-limit={self.cap}: {before} before a "
                f"fetchpool-cli run without --limit-rate, {after} after it (exit {done.returncode})")
        finally:
            daemon.stop()

    def run(self, workloads, server):
        args = self.args
        scratch = args.scratch
        self.loads.append(os.getloadavg())
        for wl in workloads:
            if wl.key not in REMOTE_WORKLOADS:
                continue
            if time.monotonic() > self.bench.deadline:
                log(f"time budget spent: skipping the remote engine on {wl.key}")
                continue
            urls, refdir = self.bench.lists_for(wl, server, server.base)
            listfile, _ = self.bench.write_list(wl, urls, wl.count)
            lanes = self.lanes(wl)
            variants = ["local", "aria2x1", "aria2x3", "aria2c"]
            if wl.key == REMOTE_CAPPED:
                self.cap = self.cap_for(wl)
                variants += ["aria2x1-cap", "aria2x3-cap"]
            floor = wl.floor(wl.count, lanes)
            # Enough for a capped daemon three times over, and two minutes on top.
            limit = 120 + 4 * floor + (3 * wl.count * wl.size / self.cap if self.cap else 0)
            life = args.max_minutes * 60 + 600
            daemons = {}
            try:
                if wl.key == REMOTE_CAPPED and self.cap_probe is None:
                    self.probe_cap(scratch, life, urls)
                for variant in variants:
                    count, capped = REMOTE_VARIANTS[variant][1], REMOTE_VARIANTS[variant][2]
                    if count:
                        daemons[variant] = [Aria2Daemon(scratch, life, s, cap=self.cap if capped else None)
                                            for s in split_slots(lanes, count)]
                log(f"remote engine on {wl.key} ({wl.title}), {lanes} lanes: " + "; ".join(
                    f"{v}: {len(ds)} daemon(s) with --max-concurrent-downloads={','.join(str(d.slots) for d in ds)}"
                    + (f" --max-overall-download-limit={self.cap}" if REMOTE_VARIANTS[v][2] else "")
                    for v, ds in daemons.items()))
                order = list(variants)
                for rep in range(args.reps):
                    order = order[1:] + order[:1]
                    for variant in order:
                        self.run_one(wl, variant, lanes, daemons.get(variant, []), listfile, refdir, limit, rep)
            finally:
                for ds in daemons.values():
                    for d in ds:
                        d.stop()
        self.loads.append(os.getloadavg())

    def run_one(self, wl, variant, lanes, daemons, listfile, refdir, limit, rep):
        args = self.args
        key = (wl.key, variant)
        point = self.points.setdefault(key, {"lanes": lanes, "slots": [d.slots for d in daemons], "runs": []})
        if time.monotonic() > self.bench.deadline:
            self.bench.skipped += 1
            return
        outdir = os.path.join(args.scratch, "out")
        shutil.rmtree(outdir, ignore_errors=True)
        os.makedirs(outdir)
        logfile = os.path.join(args.scratch, f"remote-{wl.key}-{variant}-{rep}.log")
        cpu0 = [d.cpu() for d in daemons]
        rc, wall, cpu, rss, threads = timed(self.command(variant, wl, lanes, daemons, listfile, outdir), limit,
                                            logfile, cwd=outdir, sample_threads=True)
        cpu1 = [d.cpu() for d in daemons]
        daemon_cpu = sum(b - a for a, b in zip(cpu0, cpu1)) if daemons and None not in cpu0 + cpu1 else None
        problem = None
        if rc == 124 or rc == 137:
            problem = f"timed out after {limit:.0f} s"
        elif rc != 0:
            problem = f"exit {rc}: {tail(logfile)}"
        checked = verify(outdir, wl.count, refdir)
        if checked:
            problem = f"{problem}; {checked}" if problem else checked
        if cpu is None and not problem:
            problem = "no GNU time record"
        caps = []
        for d in daemons:
            try:
                if d.cap:
                    caps.append(int(d.call("aria2.getGlobalOption").get("max-overall-download-limit", -1)))
                stat = d.call("aria2.getGlobalStat")
                left = int(stat.get("numActive", 0)) + int(stat.get("numWaiting", 0))
                if left and not problem:
                    problem = f"{left} download(s) left on a daemon"
                d.call("aria2.purgeDownloadResult")
            except (OSError, http.client.HTTPException, ValueError, RuntimeError) as error:
                if not problem:
                    problem = f"daemon on port {d.port}: {error}"
        point["runs"].append({"wall": wall, "cpu": cpu, "daemon_cpu": daemon_cpu, "rss": rss, "threads": threads,
                              "rc": rc, "problem": problem, "caps_after": caps})
        dcpu = f", daemons {daemon_cpu:.2f} s cpu" if daemon_cpu is not None else ""
        log(f"  remote {wl.key} {variant:<11} rep {rep + 1}/{args.reps}: {wall:7.2f} s wall, "
            f"{cpu if cpu is not None else float('nan'):.2f} s cpu{dcpu}, {rss / 1e6 if rss else 0:.0f} MB"
            f"{', caps after ' + ','.join(map(str, caps)) if caps else ''}  "
            f"{'FAILED ' + problem if problem else 'ok'}")
        shutil.rmtree(outdir, ignore_errors=True)

    def summary(self, key):
        point = self.points.get(key, {"runs": []})
        s = summarize(point)
        if s["status"] == "ok":
            dc = [r["daemon_cpu"] for r in point["runs"] if r["daemon_cpu"] is not None]
            s["daemon_cpu"] = statistics.median(dc) if dc else None
            s["walls"] = sorted(r["wall"] for r in point["runs"])
        return s

    def section(self, wls):
        """RESULTS.md's "Remote engine (aria2 daemons)"."""
        args = self.args
        out = ["## Remote engine (aria2 daemons)", ""]
        loads = " → ".join(" ".join(f"{x:.2f}" for x in l) for l in self.loads)
        out.append(f"`fetchpool-cli --engine aria2://TOKEN@127.0.0.1:PORT` (once per daemon) against the local "
                   f"engine and aria2c on its own, on the same list into an empty folder on the scratch folder, "
                   f"`--retries 0` everywhere, {args.reps} repetition{'s' if args.reps != 1 else ''} in rotating "
                   f"order; load average at the start and end of this section: {loads}. The daemons are started "
                   f"by the runner on loopback: `aria2c --enable-rpc --rpc-listen-port=PORT --rpc-secret=RANDOM "
                   f"--rpc-listen-all=false --no-conf --dir=SCRATCH --disable-ipv6 --summary-interval=0 "
                   f"--console-log-level=warn --max-concurrent-downloads=SLOTS`; one daemon has as many slots as "
                   f"the local engine has workers, three share them as evenly as fits (the lanes column). **client CPU** is "
                   f"fetchpool-cli's (or aria2c's) own, from GNU time; **daemons CPU** what the daemons spent "
                   f"during the run (their `/proc/PID/stat`). Every run's folder was verified byte for byte "
                   f"like the other tools'.")
        out.append("")
        by_key = {wl.key: wl for wl in wls}
        out.append("Workloads: " + "; ".join(f"**{k}**: {by_key[k].title}" for k in REMOTE_WORKLOADS if k in by_key) +
                   ". **× local** is wall time over the local engine's at the same lanes; **× floor** wall time over "
                   "`ceil(files / lanes) × latency`.")
        out.append("")
        out.append("| workload | command | lanes | wall s | × local | × floor | client CPU s | daemons CPU s | "
                   "client peak RSS MB | threads | runs (walls s) |")
        out.append("|" + " --- |" * 11)
        for wkey in REMOTE_WORKLOADS:
            wl = by_key.get(wkey)
            if wl is None:
                continue
            local = self.summary((wkey, "local"))
            for variant in ("local", "aria2x1", "aria2x3", "aria2c"):
                point = self.points.get((wkey, variant))
                if not point or not point["runs"]:
                    continue
                s = self.summary((wkey, variant))
                lanes = point["lanes"]
                slots = point["slots"]
                lanes_text = f"{lanes}" + (f" ({' + '.join(map(str, slots))})" if len(slots) > 1 else "")
                label = REMOTE_VARIANTS[variant][0].replace("N", str(lanes))
                name = wkey
                if s["status"] != "ok":
                    out.append(f"| {name} | {label} | {lanes_text} | **{s['status']}** | | | | | | | {s['note']} |")
                    continue
                vs = fmt(s["wall"] / local["wall"]) if local["status"] == "ok" else "n/a"
                floor = wl.floor(wl.count, lanes)
                out.append(f"| {name} | {label} | {lanes_text} | {fmt(s['wall'])} | {vs} | {fmt(s['wall'] / floor)} | "
                           f"{fmt(s['cpu'])} | {fmt(s['daemon_cpu']) if s.get('daemon_cpu') is not None else '—'} | "
                           f"{s['rss'] / 1e6:.0f} | {s['threads'] or '?'} | {s['n']} "
                           f"({', '.join(fmt(w) for w in s['walls'])}) |")
        out.append("")
        wl = by_key.get(REMOTE_CAPPED)
        if wl is not None and self.cap and any(self.points.get((REMOTE_CAPPED, v)) for v in
                                                ("aria2x1-cap", "aria2x3-cap")):
            total = wl.count * wl.size
            out.append(f"**Capped daemons** ({REMOTE_CAPPED}): every daemon is started with "
                       f"`--max-overall-download-limit={self.cap}` ({self.cap / MiB:.2f} MiB/s), so that one daemon "
                       f"is the bottleneck: {human_size(total)} at one cap takes {total / self.cap:.2f} s, at three "
                       f"{total / self.cap / 3:.2f} s. fetchpool-cli is given `--limit-rate` of the caps' sum "
                       f"({self.cap} for one daemon, {3 * self.cap} for three), see below.")
            out.append("")
            out.append("| command | lanes | per-daemon cap after the runs | wall s | bytes ÷ caps s | "
                       "× one daemon | daemons CPU s | runs (walls s) |")
            out.append("|" + " --- |" * 8)
            one = self.summary((REMOTE_CAPPED, "aria2x1-cap"))
            for variant in ("aria2x1-cap", "aria2x3-cap"):
                point = self.points.get((REMOTE_CAPPED, variant))
                if not point or not point["runs"]:
                    continue
                s = self.summary((REMOTE_CAPPED, variant))
                k = REMOTE_VARIANTS[variant][1]
                slots = point["slots"]
                lanes_text = f"{point['lanes']}" + (f" ({' + '.join(map(str, slots))})" if len(slots) > 1 else "")
                caps = sorted({c for r in point["runs"] for c in r.get("caps_after", [])})
                label = REMOTE_VARIANTS[variant][0]
                if s["status"] != "ok":
                    out.append(f"| {label} | {lanes_text} | {', '.join(map(str, caps))} | **{s['status']}** | | | | "
                               f"{s['note']} |")
                    continue
                vs = fmt(s["wall"] / one["wall"]) if one["status"] == "ok" else "n/a"
                out.append(f"| {label} | {lanes_text} | {', '.join(map(str, caps)) or '?'} | {fmt(s['wall'])} | "
                           f"{fmt(total / (k * self.cap))} | {vs} | "
                           f"{fmt(s['daemon_cpu']) if s.get('daemon_cpu') is not None else '—'} | "
                           f"{s['n']} ({', '.join(fmt(w) for w in s['walls'])}) |")
            out.append("")
            if self.cap_probe:
                p = self.cap_probe
                kept = str(p["after"]) == str(p["before"])
                out.append(f"Why `--limit-rate`: a daemon started with `--max-overall-download-limit={self.cap}` "
                           f"reported {p['before']} before a fetchpool-cli run without `--limit-rate` (five files, "
                           f"exit {p['rc']}) and {p['after']} after it: " +
                           ("its own cap survived the run." if kept else
                            "fetchpool-cli's remote engine sets every daemon's global limit when a run starts "
                            "(to `--limit-rate` split evenly, or to 0 without it), so a daemon's own cap does not "
                            "survive a run.") )
                out.append("")
        return out


# --------------------------------------------------------------------------
# Summaries


def summarize(point):
    runs = point["runs"]
    if not runs:
        return {"status": "skipped", "note": "not run (time budget)"}
    bad = [r for r in runs if r["problem"]]
    if bad:
        return {"status": "FAILED", "note": f"FAILED {len(bad)}/{len(runs)}: {bad[0]['problem']}"}
    scale = point.get("scale", 1.0)
    threads = [r.get("threads") for r in runs]
    return {
        "status": "ok",
        "wall": statistics.median(r["wall"] for r in runs) * scale,
        "cpu": statistics.median(r["cpu"] for r in runs) * scale,
        "rss": max(r["rss"] for r in runs),
        "threads": max(threads) if all(threads) else None,
        "n": len(runs),
    }


def fmt(value, digits=2):
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.{digits}f}"


def machine_info(args):
    def first_line(cmd):
        try:
            out = subprocess.run(["timeout", "10"] + cmd, capture_output=True, text=True)
            text = (out.stdout or out.stderr).strip().splitlines()
            return text[0] if text else "?"
        except OSError:
            return "not installed"

    cpu = "?"
    try:
        for line in subprocess.run(["timeout", "10", "lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as handle:
            mem = f"{int(handle.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    qt = "?"
    try:
        qt = subprocess.run(["timeout", "10", "dpkg-query", "-W", "-f", "${Version}", "libqt6core6"],
                            capture_output=True, text=True).stdout.strip() or "?"
    except OSError:
        pass
    debian = "?"
    try:
        with open("/etc/debian_version") as handle:
            debian = handle.read().strip()
    except OSError:
        pass
    rev = subprocess.run(["timeout", "10", "git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip() or "?"
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores, {mem} RAM",
        "OS": f"Debian {debian}, Linux {platform.release()}",
        "Qt": qt,
        "fetchpool": f"commit {rev} (working tree), {args.build_type} build in {args.build}",
        "curl": first_line(["curl", "--version"]).split(" (")[0],
        "wget2": first_line(["wget2", "--version"]).split(" - ")[0],
        "aria2c": first_line(["aria2c", "--version"]),
        "nginx": first_line([shutil.which("nginx") or "/usr/sbin/nginx", "-v"]).replace("nginx version: ", ""),
        "Python": platform.python_version(),
    }


def speedups(bench, wl, tool):
    seq = summarize(bench.points.get((wl.key, 1, tool), {"runs": []}))
    out = {}
    for w in bench.args.workers:
        s = summarize(bench.points.get((wl.key, w, tool), {"runs": []}))
        if s["status"] == "ok" and seq["status"] == "ok":
            out[w] = seq["wall"] / s["wall"]
    return out


def ceiling_wall(bench, key, kind=None):
    """The median of each way of measuring the ceiling; without kind, the
    faster of them."""
    kinds = bench.ceilings.get(key, {})
    medians = {}
    for name, runs in kinds.items():
        good = [r["wall"] for r in runs if not r["problem"]]
        if good:
            medians[name] = (statistics.median(good), len(good), len(runs))
    if kind is not None:
        return medians.get(kind)
    return min(m[0] for m in medians.values()) if medians else None


def write_results(bench, wls, tools, info, started, elapsed, loads, path_md, path_json, png_name):
    args = bench.args
    lines = []
    add = lines.append
    add("# Fetchpool benchmark results")
    add("")
    add(f"Generated by `bench/run{' --quick' if args.quick else ''}` on {started} (UTC), "
        f"{elapsed / 60:.1f} minutes. How to run it and what it measures: [README.md](README.md).")
    add("")
    add("## Machine")
    add("")
    add("| | |")
    add("| --- | --- |")
    for k, v in info.items():
        add(f"| {k} | {v} |")
    add(f"| load average | {loads[0]} at the start, {loads[1]} at the end |")
    add("")
    add("The machine is shared: other builds and tests were running during the measurement, so single "
        "runs are noisy and the medians matter more than any one number. The server (fetchpool-testserver, "
        "2 threads, or nginx, 2 workers) runs on the same 2 cores as the client.")
    add("")
    if args.remote_only:
        lines.extend(bench.remote.section(wls))
        lines.append("")
        write_files(bench, lines, info, started, elapsed, loads, path_md, path_json)
        return
    add("## How to read the tables")
    add("")
    add(f"* Wall and CPU (user+sys) are medians over the runs listed in the last column; peak RSS is the "
        f"largest of those runs (GNU time `%M`). MB = 10⁶ bytes.")
    add("* **threads** is the most threads the tool's process had at once, the largest of its runs: the "
        "`Threads:` line of `/proc/PID/status`, sampled every 10 ms by the runner while the tool runs (a "
        "thread that lives shorter than that can be missed, so it is a lower bound).")
    if any(wl.key == "D" for wl in wls):
        add("* **CPU µs/item** (D): CPU time over the number of files, the per-request cost.")
    add(f"* **speed-up** is the tool's own 1-worker wall time over its wall time at this worker count.")
    add(f"* **× floor** is wall time over the physical floor `ceil(files / workers) × latency` "
        f"(1.00 would be perfect); for C (no latency) it is wall time over the ceiling measured in the "
        f"same run: parallel `curl -o /dev/null` of the same files from the same server. E2 has no latency "
        f"and no ceiling, so no such ratio.")
    add(f"* **× curl**, **× wget2**, **× aria2c**, **× python**, **× Qt floor**: wall time over that tool's at "
        f"the same worker count; below 1 means faster than it.")
    add("* **Qt floor** is not a peer but a yardstick: `bench/qnam-floor`, the least a client on Qt's HTTP "
        "stack does (one `QNetworkAccessManager` and event loop per thread, GET, body straight into "
        "`DIR/<name>`; no part files, name checks, timers, retries or progress). fetchpool-cli × Qt floor is "
        "what Fetchpool's own work costs; Qt floor × curl is what Qt's HTTP client costs.")
    sampled = sorted({(k[0], k[1], p["files"]) for k, p in bench.points.items() if p.get("scale", 1) != 1},
                     key=lambda x: (x[0], x[1]))
    add(f"* Repetitions: {args.reps} per point; points whose floor is {args.long_floor:g} s or more run "
        f"{args.long_reps} time{'s' if args.long_reps != 1 else ''} (such a run averages over its own length, "
        f"and running it three times would blow the time budget).")
    if sampled:
        which = ", ".join(f"{k} at {w} worker{'s' if w != 1 else ''} ({n} files)" for k, w, n in sampled)
        add(f"* Sampled points: a point whose full floor exceeds {args.sample_cap:g} s runs on the first files "
            f"of the list, a whole number of rounds per worker (floor ≈ {args.sample_cap:g} s), and its wall "
            f"and CPU time are scaled to the full list (`sample K/N` in the last column); its peak RSS is that of "
            f"the sample. Here: {which}. In such a point every worker repeats the same round (wait the latency, "
            f"receive a small body) many times over, so its time grows linearly with the count; the start-up "
            f"cost (well under 0.1 s for every tool) is scaled with it.")
    add("* Every run's folder was compared with a reference downloaded once and checked against the "
        "server's SHA-256 of every file. A run that exited non-zero, timed out, or lost, added or "
        "corrupted a file makes its point **FAILED**.")
    if any(wl.https for wl in wls):
        add("* HTTPS (E, E2): every tool verifies the server's certificate against the test CA it is given "
            "(fetchpool-cli `--ca-certificate`, curl `--cacert`, wget2 and aria2c `--ca-certificate=`, the Python "
            "pool an `ssl` context with that `cafile`); the reference folder was downloaded over HTTPS too. "
            "E's server is fetchpool-testserver's TLS listener (self-signed certificate, its own CA), E2's "
            "nginx with `ssl http2` and TLS 1.2/1.3. The Qt floor is not measured on E/E2: " +
            NO_CA_QT_FLOOR + ".")
    add("")
    add("## Targets")
    add("")
    for line in targets(bench, wls):
        add(line)
    add("")
    if png_name:
        add(f"![speed-up versus workers]({png_name})")
        add("")
    for wl in wls:
        if wl.key == "F":
            lines.extend(split_section(bench, wl))
            continue
        add(f"## {wl.key}: {wl.title}")
        add("")
        wtools = [t for t in tools if t not in wl.excluded]
        for t, why in wl.excluded.items():
            if t in tools:
                add(f"{TOOL_LABEL[t]}: not measured on {wl.key}: {why}.")
                add("")
        protocols = bench.protocols.get(wl.key)
        if protocols:
            asked = [t for t in protocols if t not in ("aria2c", "python")]
            known = [t for t in protocols if t in ("aria2c", "python")]
            text = ", ".join(f"{TOOL_LABEL[t]} {protocols[t]}" for t in asked)
            if asked:
                text = f"HTTP version negotiated, asked once on the first two files before the timed runs: {text}"
            if known:
                names = {"aria2c": "aria2c", "python": "the Python pool"}
                text += ("; " if asked else "") + " and ".join(names[t] for t in known) + \
                    (" speaks" if len(known) == 1 else " speak") + " HTTP/1.1 only"
            add(text[0].upper() + text[1:] + ".")
            add("")
        ceiling = ceiling_wall(bench, wl.key)
        if wl.group == "C":
            kinds = bench.ceilings.get(wl.key, {})
            if ceiling:
                gbps = wl.count * wl.size / ceiling / 1e9
                parts = []
                for name in kinds:
                    m = ceiling_wall(bench, wl.key, name)
                    if m:
                        parts.append(f"{name} {m[0]:.2f} s (median of {m[1]}"
                                     f"{'' if m[1] == m[2] else f', {m[2] - m[1]} failed'})")
                add(f"Ceiling: plain `curl -o /dev/null` of the same {wl.count} files from the same server, "
                    f"measured next to the tools at every worker count and repetition: " + "; ".join(parts) +
                    f". The faster, **{ceiling:.2f} s** ({gbps:.2f} GB/s), is the ceiling.")
            else:
                add("Ceiling: not measured or failed.")
            add("")
        peers = [p for p in PEERS + REFERENCES if p in wtools]
        per_item = wl.key == "D"
        header = "| workers | tool | wall s | CPU s | " + ("CPU µs/item | " if per_item else "") + \
                 "peak RSS MB | threads | speed-up | " + \
                 ("× ceiling" if wl.group == "C" else "× floor") + " | " + \
                 " | ".join(f"× {TOOL_LABEL[p] if p in REFERENCES else p}" for p in peers) + " | runs |"
        add(header)
        add("|" + " --- |" * (header.count("|") - 1))
        for w in args.workers:
            summaries = {t: summarize(bench.points.get((wl.key, w, t), {"runs": []})) for t in wtools}
            for t in wtools:
                s = summaries[t]
                point = bench.points.get((wl.key, w, t), {})
                files = point.get("files", wl.count)
                sample = f", sample {files}/{wl.count}" if files != wl.count else ""
                floor = wl.floor(wl.count, w)
                wlabel = f"{w}" + (f" (floor {floor:.2f} s)" if wl.latency and t == wtools[0] else "")
                name = f"**{TOOL_LABEL[t]}**" if t == "fetchpool" else TOOL_LABEL[t]
                if s["status"] != "ok":
                    add(f"| {wlabel} | {name} | **{s['status']}** | | | | | | " + ("| " if per_item else "") +
                        " | " * len(peers) + f"{s['note']} |")
                    continue
                sp = speedups(bench, wl, t).get(w)
                if wl.group == "C":
                    ratio = s["wall"] / ceiling if ceiling else None
                else:
                    ratio = s["wall"] / floor if floor else None
                cells = []
                for p in peers:
                    if p == t:
                        cells.append("—")
                    elif summaries[p]["status"] == "ok":
                        cells.append(fmt(s["wall"] / summaries[p]["wall"]))
                    else:
                        cells.append("n/a")
                item = f"{s['cpu'] / wl.count * 1e6:.0f} | " if per_item else ""
                add(f"| {wlabel} | {name} | {fmt(s['wall'])} | {fmt(s['cpu'])} | {item}{s['rss'] / 1e6:.0f} | "
                    f"{s['threads'] or '?'} | {fmt(sp, 1) if sp else '—'} | {fmt(ratio)} | " + " | ".join(cells) +
                    f" | {s['n']}{sample} |")
        add("")
    if args.remote:
        lines.extend(bench.remote.section(wls))
    write_files(bench, lines, info, started, elapsed, loads, path_md, path_json)


def write_files(bench, lines, info, started, elapsed, loads, path_md, path_json):
    args = bench.args
    with open(path_md, "w") as out:
        out.write("\n".join(lines) + "\n")
    raw = {
        "started": started, "elapsed_s": elapsed, "machine": info, "load": loads,
        "settings": {k: v for k, v in vars(args).items() if isinstance(v, (int, float, str, list, bool))},
        "points": [{"workload": k[0], "workers": k[1], "tool": k[2], **v} for k, v in bench.points.items()],
        "ceilings": bench.ceilings,
        "protocols": bench.protocols,
        "remote": {"points": [{"workload": k[0], "variant": k[1], **v} for k, v in bench.remote.points.items()],
                   "cap": bench.remote.cap, "cap_probe": bench.remote.cap_probe, "loads": bench.remote.loads},
    }
    with open(path_json, "w") as out:
        json.dump(raw, out, indent=1)


SPLIT_COMMANDS = {
    ("fetchpool", SPLIT_CONNECTIONS): f"fetchpool-cli -i LIST -d DIR -j {SPLIT_CONNECTIONS} --retries 0",
    ("fetchpool", 1): "fetchpool-cli -i LIST -d DIR -j 1 --retries 0",
    ("aria2c", SPLIT_CONNECTIONS): f"aria2c --no-conf -q -d DIR -x{SPLIT_CONNECTIONS} -s{SPLIT_CONNECTIONS} -k1M "
                                   "--max-tries=1 --file-allocation=none URL",
    ("wget2", SPLIT_CONNECTIONS): f"wget2 -q --no-config -nd --tries=1 --chunk-size=32M "
                                  f"--max-threads={SPLIT_CONNECTIONS} -P DIR URL",
}


def split_section(bench, wl):
    """F's section of RESULTS.md: one row per command line of SPLIT_VARIANTS."""
    out = [f"## F: {wl.title}", ""]
    ideal = wl.ideal(SPLIT_CONNECTIONS)
    splits = bench.fetchpool_splits()
    out.append(f"The file (random bytes, made once on the scratch folder) is served by nginx with "
               f"`limit_rate {SPLIT_RATE_MIB}m` per connection. **Ideal**: size ÷ ({SPLIT_CONNECTIONS} × rate) = "
               f"**{ideal:.2f} s**; one connection needs {wl.ideal(1):.1f} s. **requests** and **206** are counted "
               f"in nginx's access log for each run (median over the runs). Every output was compared byte for "
               f"byte with the served file.")
    out.append("")
    if not splits:
        out.append("This fetchpool-cli does not split a file into segments yet (it has no `--split`): it "
                   "fetches F over one connection at any worker count, so its figures are those **before "
                   "segmentation**.")
        out.append("")
    aria = summarize(bench.points.get(("F", SPLIT_CONNECTIONS, "aria2c"), {"runs": []}))
    one = summarize(bench.points.get(("F", 1, "fetchpool"), {"runs": []}))
    out.append("| command | wall s | × ideal | × aria2c | speed-up over -j 1 | CPU s | peak RSS MB | threads | "
               "requests | 206 | runs |")
    out.append("|" + " --- |" * 11)
    for variant in SPLIT_VARIANTS:
        tool, workers = variant
        point = bench.points.get(("F", workers, tool), {"runs": []})
        if not point["runs"]:
            continue
        s = summarize(point)
        command = f"`{SPLIT_COMMANDS[variant]}`"
        if s["status"] != "ok":
            out.append(f"| {command} | **{s['status']}** | | | | | | | | | {s['note']} |")
            continue
        vs_aria = fmt(s["wall"] / aria["wall"]) if aria["status"] == "ok" and tool != "aria2c" else \
            ("—" if tool == "aria2c" else "n/a")
        speedup = fmt(one["wall"] / s["wall"], 1) if tool == "fetchpool" and workers != 1 and \
            one["status"] == "ok" else "—"
        requests = statistics.median(r["requests"] for r in point["runs"])
        ranged = statistics.median(r["ranges"] for r in point["runs"])
        out.append(f"| {command} | {fmt(s['wall'])} | {fmt(s['wall'] / ideal)} | {vs_aria} | {speedup} | "
                   f"{fmt(s['cpu'])} | {s['rss'] / 1e6:.0f} | {s['threads'] or '?'} | {requests:g} | {ranged:g} | "
                   f"{s['n']} |")
    out.append("")
    return out


def split_target(bench, wl):
    """F's target: fetchpool-cli at 16 workers within 1.10 × the ideal,
    ahead of aria2c, byte-identical (a FAILED point cannot hold)."""
    def s(workers, tool):
        return summarize(bench.points.get(("F", workers, tool), {"runs": []}))

    f, one, aria, wget = s(SPLIT_CONNECTIONS, "fetchpool"), s(1, "fetchpool"), s(SPLIT_CONNECTIONS, "aria2c"), \
        s(SPLIT_CONNECTIONS, "wget2")
    ideal = wl.ideal(SPLIT_CONNECTIONS)
    if f["status"] != "ok":
        return f"* F at {SPLIT_CONNECTIONS} workers: fetchpool {f['status']} — {f.get('note', '')}"
    ok = f["wall"] <= 1.10 * ideal and (aria["status"] != "ok" or f["wall"] < aria["wall"])
    peers = ", ".join(f"{name} {v['wall']:.2f} s" if v["status"] == "ok" else f"{name} {v['status']}"
                      for name, v in (("aria2c", aria), ("wget2", wget)))
    seq = f"; at 1 worker {one['wall']:.2f} s (speed-up {one['wall'] / f['wall']:.1f}×)" \
        if one["status"] == "ok" else ""
    before = "" if bench.fetchpool_splits() else " (this fetchpool-cli does not split files yet)"
    return (f"* F at {SPLIT_CONNECTIONS} workers within 1.10 × ideal and ahead of aria2c, byte-identical: "
            f"{'**holds**' if ok else '**does not hold**'}{before} — fetchpool {f['wall']:.2f} s = "
            f"{f['wall'] / ideal:.2f} × ideal ({ideal:.2f} s){seq}; {peers}.")


def qt_floor_lines(s, keys, ws):
    """Where the targets that depend on per-request cost stand against the
    Qt floor: what any client on QNetworkAccessManager pays."""
    out = []
    for key, w in (("A", 64), ("D", 256)):
        if key not in keys or w not in ws:
            continue
        f, q, c = s(key, w, "fetchpool"), s(key, w, "qtfloor"), s(key, w, "curl")
        if not all(x["status"] == "ok" for x in (f, q, c)):
            continue
        out.append(f"* Against the Qt floor, {key} at {w} workers: the Qt floor takes {q['wall']:.2f} s wall and "
                   f"{q['cpu']:.2f} s CPU ({q['wall'] / c['wall']:.2f} × curl's wall, {q['cpu'] / c['cpu']:.1f} × "
                   f"its CPU); fetchpool-cli is {f['wall'] / q['wall']:.2f} × the Qt floor's wall and "
                   f"{f['cpu'] / q['cpu']:.2f} × its CPU.")
    return out


def targets(bench, wls):
    keys = {wl.key for wl in wls}

    def s(key, w, tool):
        return summarize(bench.points.get((key, w, tool), {"runs": []}))

    def verdict(ok):
        return "**holds**" if ok else "**does not hold**"

    out = []
    ws = set(bench.args.workers)
    wl_by = {wl.key: wl for wl in wls}
    if "A" in keys and 64 in ws:
        f = s("A", 64, "fetchpool")
        if f["status"] == "ok":
            floor = wl_by["A"].floor(wl_by["A"].count, 64)
            peers = {p: s("A", 64, p) for p in ("curl", "wget2", "aria2c")}
            faster = all(v["status"] != "ok" or f["wall"] < v["wall"] for v in peers.values())
            ok = f["wall"] <= 1.10 * floor and faster
            detail = ", ".join(f"{p} {v['wall']:.2f} s" if v["status"] == "ok" else f"{p} {v['status']}"
                               for p, v in peers.items())
            out.append(f"* A at 64 workers within 1.10 × floor and faster than curl, wget2, aria2c: {verdict(ok)} "
                       f"— fetchpool {f['wall']:.2f} s = {f['wall'] / floor:.2f} × floor ({floor:.2f} s); {detail}.")
        else:
            out.append(f"* A at 64 workers: fetchpool {f['status']} — {f.get('note', '')}")
        sp = speedups(bench, wl_by["A"], "fetchpool").get(64)
        if 1 in ws:
            if sp:
                out.append(f"* Parallel(64) over sequential on A ≥ 50×: {verdict(sp >= 50)} — {sp:.1f}× "
                           f"(sequential {s('A', 1, 'fetchpool')['wall']:.1f} s).")
            else:
                out.append("* Parallel(64) over sequential on A: not measured (a point failed or was skipped).")
    if "B" in keys and 16 in ws:
        f = s("B", 16, "fetchpool")
        if f["status"] == "ok":
            peers = {p: s("B", 16, p) for p in PEERS}
            ok = all(v["status"] != "ok" or f["wall"] < v["wall"] for v in peers.values())
            detail = ", ".join(f"{p} {v['wall']:.2f} s" if v["status"] == "ok" else f"{p} {v['status']}"
                               for p, v in peers.items())
            out.append(f"* B at 16 workers faster than every peer: {verdict(ok)} — fetchpool {f['wall']:.2f} s; {detail}.")
    if "C-nginx" in keys:
        w = 16 if 16 in ws else max(ws)
        f = s("C-nginx", w, "fetchpool")
        ceiling = ceiling_wall(bench, "C-nginx")
        if f["status"] == "ok" and ceiling:
            peers = {p: s("C-nginx", w, p) for p in PEERS}
            faster = all(v["status"] != "ok" or f["wall"] < v["wall"] for v in peers.values())
            ok = faster and f["wall"] <= 1.1 * ceiling and f["rss"] <= 100e6
            detail = ", ".join(f"{p} {v['wall']:.2f} s" if v["status"] == "ok" else f"{p} {v['status']}"
                               for p, v in peers.items())
            out.append(f"* C (nginx) at {w} workers (fetchpool's default) faster than every peer, within 1.1 × "
                       f"ceiling, peak RSS ≤ 100 MB: {verdict(ok)} — fetchpool {f['wall']:.2f} s = "
                       f"{f['wall'] / ceiling:.2f} × ceiling ({ceiling:.2f} s), {f['rss'] / 1e6:.0f} MB; {detail}.")
    if "D" in keys and 256 in ws:
        f = s("D", 256, "fetchpool")
        c = s("D", 256, "curl")
        g = s("D", 256, "wget2")
        files = wl_by["D"].count
        if f["status"] == "ok" and c["status"] == "ok":
            fastest = min(v["wall"] for v in (c, g) if v["status"] == "ok")
            ok = f["wall"] <= fastest and f["cpu"] <= 1.25 * c["cpu"] and f["rss"] <= 60e6
            wget2 = (f"wget2 {g['wall']:.2f} s, {g['cpu']:.2f} s CPU ({g['cpu'] / files * 1e6:.0f} µs/item), "
                     f"{g['rss'] / 1e6:.0f} MB" if g["status"] == "ok" else f"wget2 {g['status']}")
            out.append(f"* D at 256 workers wall ≤ the faster of curl and wget2, CPU ≤ 1.25 × curl's, peak RSS ≤ "
                       f"60 MB: {verdict(ok)} — fetchpool {f['wall']:.2f} s, {f['cpu']:.2f} s CPU "
                       f"({f['cpu'] / files * 1e6:.0f} µs/item, {f['cpu'] / c['cpu']:.2f} × curl's), "
                       f"{f['rss'] / 1e6:.0f} MB, {f['threads'] or '?'} threads; curl {c['wall']:.2f} s, "
                       f"{c['cpu']:.2f} s CPU ({c['cpu'] / files * 1e6:.0f} µs/item), {c['rss'] / 1e6:.0f} MB; "
                       f"{wget2}.")
        else:
            out.append(f"* D at 256 workers: fetchpool {f['status']}, curl {c['status']}.")
    e_keys = [k for k in ("E", "E2") if k in keys]
    if e_keys and 64 in ws:
        # One target for both: each must hold.
        oks, parts = [], []
        for key in e_keys:
            f = s(key, 64, "fetchpool")
            if f["status"] != "ok":
                oks.append(False)
                parts.append(f"{key}: fetchpool {f['status']} ({f.get('note', '')})")
                continue
            peers = {p: s(key, 64, p) for p in PEERS}
            oks.append(all(v["status"] != "ok" or f["wall"] < v["wall"] for v in peers.values()))
            detail = ", ".join(f"{p} {v['wall']:.2f} s" if v["status"] == "ok" else f"{p} {v['status']}"
                               for p, v in peers.items())
            parts.append(f"{key}: fetchpool {f['wall']:.2f} s, {f['threads'] or '?'} threads; {detail}")
        missing = [k for k in ("E", "E2") if k not in keys]
        note = f" ({' and '.join(missing)} not in this run)" if missing else ""
        out.append(f"* E and E2 at 64 workers: fetchpool-cli faster than every peer: {verdict(all(oks))}{note} — " +
                   "; ".join(parts) + ".")
    out.extend(qt_floor_lines(s, keys, ws))
    if "F" in keys:
        out.append(split_target(bench, wl_by["F"]))
    if not out:
        out.append("* (no target's workload was measured in this run)")
    return out


def plot(bench, wls, tools, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        log("matplotlib missing: no plot (apt-get install python3-matplotlib)")
        return False
    colors = {"fetchpool": "#d62728", "qtfloor": "#ff9896", "curl": "#1f77b4", "wget2": "#2ca02c",
              "aria2c": "#9467bd", "python": "#7f7f7f"}
    markers = {"fetchpool": "o", "qtfloor": ".", "curl": "s", "wget2": "^", "aria2c": "D", "python": "v"}
    n = len(wls)
    # One panel more than workloads: the legend gets its own.
    cols = 3 if n > 2 else n + 1
    rows = math.ceil((n + 1) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 4.4 * rows), squeeze=False)
    flat = [ax for row in axes for ax in row]
    workers = bench.args.workers
    handles = {}
    for ax, wl in zip(flat, wls):
        if wl.latency:
            ideal = [wl.floor(wl.count, 1) / wl.floor(wl.count, w) for w in workers]
            line, = ax.plot(workers, ideal, "--", color="#bbbbbb", lw=1.5, zorder=1)
            handles["ideal"] = line
        top = 1.0
        for t in tools:
            sp = speedups(bench, wl, t)
            xs = [w for w in workers if w in sp]
            if not xs:
                continue
            ys = [sp[w] for w in xs]
            top = max(top, max(ys))
            line, = ax.plot(xs, ys, marker=markers[t], color=colors[t], lw=2.4 if t == "fetchpool" else 1.4,
                            ls=":" if t in REFERENCES else "-", ms=6, label=TOOL_LABEL[t],
                            zorder=3 if t == "fetchpool" else 2)
            handles[t] = line
            failed = [w for w in workers if w not in sp and bench.points.get((wl.key, w, t), {}).get("runs")]
            for w in failed:
                ax.plot([w], [1], marker="x", color=colors[t], ms=9, mew=2)
        ax.set_xscale("log", base=2)
        ax.set_xticks(workers)
        ax.set_xticklabels([str(w) for w in workers])
        if wl.latency:
            ax.set_yscale("log")
            ax.yaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
            ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}"))
            ax.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
            ax.set_ylim(0.8, max(top, wl.floor(wl.count, 1) / wl.floor(wl.count, max(workers))) * 1.6)
        else:
            ax.set_ylim(0, max(2.0, top * 1.25))
        ax.grid(True, which="major", alpha=0.35)
        ax.grid(True, which="minor", alpha=0.12)
        ax.set_title(f"{wl.key}: {wl.title}", fontsize=10)
        ax.set_xlabel("workers")
        ax.set_ylabel("speed-up over own sequential")
    for ax in flat[n:]:
        ax.axis("off")
    legend_ax = flat[n] if len(flat) > n else flat[-1]
    labels = [TOOL_LABEL[t] for t in tools if t in handles]
    lines = [handles[t] for t in tools if t in handles]
    if "ideal" in handles:
        labels.append("floor-bound ideal")
        lines.append(handles["ideal"])
    legend_ax.legend(lines, labels, loc="center", fontsize=12, frameon=False, title="tool",
                     title_fontsize=12)
    fig.suptitle("Fetchpool benchmark: speed-up versus workers (higher is better; × = failed)", fontsize=13)
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return True


# --------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--build-type", default="?")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workloads", default="A,B,C,D,E,F")
    parser.add_argument("--workers", default="1,4,16,64,256")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--reps", type=int)
    parser.add_argument("--long-reps", type=int)
    parser.add_argument("--long-floor", type=float)
    parser.add_argument("--sample-cap", type=float)
    parser.add_argument("--out")
    parser.add_argument("--scratch")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--max-minutes", type=float, default=60)
    parser.add_argument("--remote", action="store_true",
                        help="also run A and D through fetchpool-cli --engine on one and on three local aria2 "
                             "daemons, and A through capped daemons (section 'Remote engine' of RESULTS.md)")
    parser.add_argument("--remote-only", action="store_true",
                        help="only the remote engine's section: no worker sweep, no F")
    parser.add_argument("--remote-lanes", default="",
                        help="lanes per workload for --remote, e.g. A=64,D=256 (the default)")
    parser.add_argument("--remote-cap", default="",
                        help="per-daemon max-overall-download-limit of the capped runs, e.g. 2M "
                             "(default: A's bytes / 8 s)")
    args = parser.parse_args()
    if args.remote_only:
        args.remote = True
    try:
        args.remote_lanes = {k.strip(): int(v) for k, v in
                             (pair.split("=", 1) for pair in args.remote_lanes.split(",") if pair.strip())}
    except ValueError:
        parser.error("--remote-lanes takes WORKLOAD=LANES pairs, e.g. A=64,D=256")
    if any(k not in REMOTE_WORKLOADS or not 3 <= v <= 256 for k, v in args.remote_lanes.items()):
        parser.error(f"--remote-lanes: workloads {', '.join(REMOTE_WORKLOADS)}, 3-256 lanes")

    defaults = {"reps": 1, "long_reps": 1, "long_floor": 2.0, "sample_cap": 3.0} if args.quick else \
        {"reps": 3, "long_reps": 1, "long_floor": 10.0, "sample_cap": 20.0}
    for k, v in defaults.items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    args.workers = sorted({int(w) for w in args.workers.split(",")})
    if any(w < 1 or w > 256 for w in args.workers):
        parser.error("workers must be 1-256")
    tools = [t for t in TOOLS if t in args.tools.split(",")]
    # A group's name takes all of it (C: C and C-nginx, E: E and E2); a
    # workload's own key takes just that one.
    wanted = {w.strip() for w in args.workloads.split(",") if w.strip()}
    every = workloads(args.quick)
    unknown = wanted - {wl.key for wl in every} - {wl.group for wl in every}
    if unknown:
        parser.error(f"unknown workload {', '.join(sorted(unknown))} (known: "
                     f"{', '.join(wl.key for wl in every)})")
    wls = [wl for wl in every if wl.key in wanted or wl.group in wanted]
    if args.remote_only:
        wls = [wl for wl in wls if wl.key in REMOTE_WORKLOADS]
        if not wls:
            parser.error("--remote-only runs A and D: select at least one of them")
    elif not wls or not tools:
        parser.error("no workload or no tool selected")
    args.build = os.path.abspath(args.build)  # the tools run with the scratch folder as their working directory
    args.cli = os.path.join(args.build, "src", "cli", "fetchpool-cli")
    args.qt_floor = os.path.join(args.build, "bench", "qnam-floor", "fetchpool-qnam-floor")
    args.server = os.path.join(args.build, "tests", "server", "fetchpool-testserver")
    if args.out is None:
        args.out = os.path.join(tempfile.gettempdir(), "fetchpool-bench-quick") if args.quick else HERE
    os.makedirs(args.out, exist_ok=True)

    # Scratch on tmpfs when there is room, so that the disk is not measured.
    own_scratch = args.scratch is None
    if own_scratch:
        parent = None
        try:
            st = os.statvfs("/dev/shm")
            if st.f_bavail * st.f_frsize > 4 << 30 and os.access("/dev/shm", os.W_OK):
                parent = "/dev/shm"
        except OSError:
            pass
        args.scratch = tempfile.mkdtemp(prefix="fetchpool-bench-", dir=parent)
    else:
        os.makedirs(args.scratch, exist_ok=True)
    log(f"scratch {args.scratch}, results to {args.out}")

    def on_term(signum, frame):
        raise SystemExit(f"stopped by signal {signum}")

    signal.signal(signal.SIGTERM, on_term)
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
    load0 = " ".join(f"{x:.2f}" for x in os.getloadavg())
    t0 = time.monotonic()
    bench = Bench(args)
    try:
        bench.run(wls, tools)
    finally:
        if not args.keep and own_scratch:
            shutil.rmtree(args.scratch, ignore_errors=True)
    elapsed = time.monotonic() - t0
    load1 = " ".join(f"{x:.2f}" for x in os.getloadavg())
    info = machine_info(args)
    png = os.path.join(args.out, "speedup.png")
    # F has no worker sweep: its table says it all.
    swept = [] if args.remote_only else [wl for wl in wls if wl.key != "F"]
    plotted = bool(swept) and plot(bench, swept, tools, png)
    md = os.path.join(args.out, "RESULTS.md")
    write_results(bench, wls, tools, info, started, elapsed, (load0, load1), md,
                  os.path.join(args.out, "results.json"), "speedup.png" if plotted else None)
    log(f"wrote {md}{', ' + png if plotted else ''} in {elapsed / 60:.1f} min")
    failed = [k for k, p in bench.points.items() if summarize(p)["status"] == "FAILED"]
    if failed:
        log(f"{len(failed)} point(s) FAILED: " + ", ".join(f"{a} -j {b} {c}" for a, b, c in failed[:10]))
    if bench.skipped:
        log(f"{bench.skipped} run(s) skipped: time budget (--max-minutes {args.max_minutes:g}) spent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
