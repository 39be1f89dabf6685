#!/usr/bin/env python3
"""Fetchpool benchmark: fetchpool-cli against curl, wget2, aria2c, a Python
ThreadPoolExecutor baseline and the bare Qt floor on loopback workloads.
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
import shutil
import signal
import socket
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


class Workload:
    def __init__(self, key, count, size, latency, server, title):
        self.key = key
        self.count = count
        self.size = size
        self.latency = latency  # ms
        self.server = server  # "test" or "nginx"
        self.title = title

    def floor(self, files, workers):
        """The physical floor: every worker waits the latency once per file."""
        return math.ceil(files / workers) * self.latency / 1000.0


def human_size(n):
    if n % MiB == 0:
        return f"{n // MiB} MiB"
    if n % 1024 == 0:
        return f"{n // 1024} KiB"
    return f"{n} B"


def workloads(quick):
    if quick:
        spec = [("A", 100, 16384, 50), ("B", 20, MiB, 50), ("C", 8, 8 * MiB, 0), ("D", 1000, 1024, 20)]
    else:
        spec = [("A", 1000, 16384, 50), ("B", 200, MiB, 50), ("C", 8, 64 * MiB, 0), ("D", 10000, 1024, 20)]
    result = []
    for key, count, size, latency in spec:
        lat = f"{latency} ms latency" if latency else "no latency"
        base = f"{count} files × {human_size(size)}, {lat}"
        if key == "C":
            result.append(Workload("C", count, size, latency, "test", base + ", fetchpool-testserver"))
            result.append(Workload("C-nginx", count, size, latency, "nginx", base + ", nginx"))
        else:
            result.append(Workload(key, count, size, latency, "test", base))
    return result


# --------------------------------------------------------------------------
# Servers


class TestServer:
    def __init__(self, binary, scratch, limit_s):
        self.log = os.path.join(scratch, "testserver.out")
        self.proc = subprocess.Popen(
            ["timeout", "-k", "5", str(int(limit_s)), binary, "--threads", "2"],
            stdout=open(self.log, "wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.base = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and self.proc.poll() is None:
            with open(self.log, "rb") as handle:
                for line in handle.read().decode(errors="replace").splitlines():
                    if line.startswith("listening http://"):
                        self.base = line.split()[1].rstrip("/")
            if self.base:
                break
            time.sleep(0.05)
        if not self.base:
            self.stop()
            raise RuntimeError("fetchpool-testserver did not start")
        self.netloc = urllib.parse.urlsplit(self.base).netloc

    def stop(self):
        stop_process(self.proc)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Nginx:
    """Debian's nginx on loopback, configured in a private prefix directory."""

    def __init__(self, binary, root, scratch, limit_s):
        self.prefix = tempfile.mkdtemp(prefix="nginx-", dir=scratch)
        for sub in ("logs", "tmp"):
            os.makedirs(os.path.join(self.prefix, sub))
        last_error = ""
        for _ in range(5):
            self.port = free_port()
            conf = os.path.join(self.prefix, "nginx.conf")
            user = "user root;\n" if os.geteuid() == 0 else ""
            with open(conf, "w") as out:
                out.write(f"""{user}worker_processes 2;
daemon off;
pid {self.prefix}/nginx.pid;
error_log {self.prefix}/logs/error.log warn;
events {{ worker_connections 2048; }}
http {{
    access_log off;
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
        listen 127.0.0.1:{self.port};
        root {root};
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
                        self.base = f"http://127.0.0.1:{self.port}"
                        return
                except OSError:
                    time.sleep(0.05)
            stop_process(self.proc)
            with open(os.path.join(self.prefix, "logs", "stderr"), errors="replace") as handle:
                last_error = handle.read()[-500:]
        raise RuntimeError("nginx did not start: " + last_error)

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


def http_get(conn_holder, netloc, target):
    for attempt in (1, 2):
        conn = conn_holder.get(netloc)
        if conn is None:
            conn = conn_holder[netloc] = http.client.HTTPConnection(netloc, timeout=60)
        try:
            conn.request("GET", target)
            response = conn.getresponse()
            body = response.read()
            if response.will_close:
                conn_holder.pop(netloc).close()
            return response.status, body
        except (http.client.HTTPException, OSError):
            conn_holder.pop(netloc, None)
            if attempt == 2:
                raise
    raise RuntimeError("unreachable")


def build_reference(urls, server, refdir, label):
    """Download every file once without latency and check it against the
    server's /checksum; the runs are then compared with these bytes."""
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
        status, body = http_get(holder, parts.netloc, f"{parts.path}?size={size}&latency=0")
        if status != 200 or len(body) != int(size):
            raise RuntimeError(f"reference {url}: HTTP {status}, {len(body)} bytes")
        rest = parts.path[len("/files/"):]
        status, digest = http_get(holder, server.netloc, f"/checksum/{rest}?size={size}")
        if status != 200 or hashlib.sha256(body).hexdigest() != digest.decode().strip():
            raise RuntimeError(f"reference {url}: checksum differs from the server's")
        with open(os.path.join(refdir, name), "wb") as out:
            out.write(body)

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(one, urls))
    log(f"reference {label}: {len(urls)} files checked against /checksum in {time.monotonic() - start:.1f} s")


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


def timed(argv, limit_s, logfile, cwd=None, stdout=None):
    """Runs argv under timeout and GNU time: (exit code, wall s, user+sys s,
    peak RSS bytes, GNU time's line)."""
    tfile = logfile + ".time"
    cmd = ["timeout", "-k", "5", str(int(math.ceil(limit_s))), TIME, "-f", "%e %U %S %M", "-o", tfile] + argv
    with open(logfile, "wb") as out:
        start = time.monotonic()
        proc = subprocess.run(cmd, stdout=stdout if stdout is not None else out, stderr=out,
                              stdin=subprocess.DEVNULL, cwd=cwd)
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
    return proc.returncode, wall, cpu, rss


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
        self.deadline = time.monotonic() + args.max_minutes * 60
        self.skipped = 0
        self.python = sys.executable
        self.nginx_binary = shutil.which("nginx") or "/usr/sbin/nginx"

    # The command line of each tool for one run.
    def command(self, tool, workers, listfile, curlcfg, outdir):
        w = str(workers)
        if tool == "fetchpool":
            return [self.args.cli, "-i", listfile, "-d", outdir, "-j", w, "--retries", "0"]
        if tool == "curl":
            return ["curl", "-s", "--no-progress-meter", "--fail", "--parallel", "--parallel-max", w,
                    "--remote-name-all", "--output-dir", outdir, "-K", curlcfg]
        if tool == "wget2":
            return ["wget2", "-q", "--no-config", "-nd", f"--max-threads={w}", "--tries=1",
                    "-i", listfile, "-P", outdir]
        if tool == "aria2c":
            return ["aria2c", "--no-conf", "-q", "-i", listfile, "-j", w, "-d", outdir, "--max-tries=1",
                    "--file-allocation=none", "--auto-file-renaming=false", "--allow-overwrite=false",
                    "--summary-interval=0", "--console-log-level=error"]
        if tool == "python":
            return [self.python, os.path.join(HERE, "pool_baseline.py"), listfile, outdir, w]
        if tool == "qtfloor":
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
        server = TestServer(args.server, scratch, args.max_minutes * 60 + 600)
        nginx = None
        try:
            log(f"fetchpool-testserver at {server.base}")
            for wl in workloads:
                if time.monotonic() > self.deadline:
                    log(f"time budget spent: skipping {wl.key}")
                    continue
                if wl.server == "nginx":
                    if nginx is None:
                        nginx = Nginx(self.nginx_binary, os.path.join(scratch, "www"), scratch,
                                      args.max_minutes * 60 + 600)
                        log(f"nginx at {nginx.base}")
                    base = nginx.base
                else:
                    base = server.base
                self.run_workload(wl, tools, server, base)
        finally:
            if nginx is not None:
                nginx.stop()
            server.stop()

    def lists_for(self, wl, server, base):
        scratch = self.args.scratch
        if wl.key.startswith("C"):
            prefix = "/files/c"
            refdir = os.path.join(scratch, "www", "files", "c")
        else:
            prefix = f"/files/{wl.key.lower()}"
            refdir = os.path.join(scratch, "ref", wl.key)
        if wl.server == "nginx":
            urls = [f"{base}{prefix}/f{i}.bin" for i in range(1, wl.count + 1)]
        else:
            query = f"count={wl.count}&prefix={prefix}&size={wl.size}"
            if wl.latency:
                query += f"&latency={wl.latency}"
            conns = {}
            status, body = http_get(conns, server.netloc, f"/list?{query}")
            if status != 200:
                raise RuntimeError(f"/list answered {status}")
            urls = body.decode().split()
            if len(urls) != wl.count:
                raise RuntimeError(f"/list gave {len(urls)} URLs, wanted {wl.count}")
        if not os.path.isdir(refdir) or len(os.listdir(refdir)) != wl.count:
            # The reference always comes from the test server, whose
            # /checksum is the authority (nginx serves these same files).
            src = [f"{server.base}{prefix}/f{i}.bin?size={wl.size}" for i in range(1, wl.count + 1)]
            build_reference(src, server, refdir, wl.key)
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
        order = list(tools)
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
                    rc, wall, cpu, rss = timed(self.command(tool, workers, listfile, curlcfg, outdir),
                                               limit, logfile, cwd=outdir)
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
                    point["runs"].append({"wall": wall, "cpu": cpu, "rss": rss, "rc": rc, "problem": problem})
                    status = "FAILED " + problem if problem else "ok"
                    rss_text = f"{rss / 1e6:.0f} MB" if rss else "?"
                    cpu_text = f"{cpu:.2f}" if cpu is not None else "?"
                    log(f"  {wl.key} -j {workers:<3} {tool:<9} rep {rep + 1}/{reps}"
                        f"{' (' + str(files) + ' files)' if files != wl.count else ''}: "
                        f"{wall:7.2f} s wall, {cpu_text} s cpu, {rss_text}  {status}")
                    shutil.rmtree(outdir, ignore_errors=True)
                if wl.key.startswith("C"):
                    self.measure_ceiling(wl, urls, total_bytes, rep)

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
                rc, wall, cpu, rss = timed(argv, 300, logfile, stdout=out)
            with open(outfile) as handle:
                got = sum(int(x) for x in handle.read().split() if x.isdigit())
            problem = None if rc == 0 and got == total_bytes else f"exit {rc}, {got} of {total_bytes} bytes"
            runs.append({"wall": wall, "cpu": cpu, "rss": rss, "rc": rc, "problem": problem})
            log(f"  {wl.key} ceiling, curl -o /dev/null, {kind}: {wall:.2f} s"
                f"{'  FAILED ' + problem if problem else ''}")


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
    return {
        "status": "ok",
        "wall": statistics.median(r["wall"] for r in runs) * scale,
        "cpu": statistics.median(r["cpu"] for r in runs) * scale,
        "rss": max(r["rss"] for r in runs),
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
    add("## How to read the tables")
    add("")
    add(f"* Wall and CPU (user+sys) are medians over the runs listed in the last column; peak RSS is the "
        f"largest of those runs (GNU time `%M`). MB = 10⁶ bytes.")
    add(f"* **speed-up** is the tool's own 1-worker wall time over its wall time at this worker count.")
    add(f"* **× floor** is wall time over the physical floor `ceil(files / workers) × latency` "
        f"(1.00 would be perfect); for C (no latency) it is wall time over the ceiling measured in the "
        f"same run: parallel `curl -o /dev/null` of the same files from the same server.")
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
    add("")
    add("## Targets (issue 7, section 2)")
    add("")
    for line in targets(bench, wls):
        add(line)
    add("")
    add(f"![speed-up versus workers]({png_name})")
    add("")
    for wl in wls:
        add(f"## {wl.key}: {wl.title}")
        add("")
        ceiling = ceiling_wall(bench, wl.key)
        if wl.key.startswith("C"):
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
        peers = [p for p in PEERS + REFERENCES if p in tools]
        header = "| workers | tool | wall s | CPU s | peak RSS MB | speed-up | " + \
                 ("× ceiling" if wl.key.startswith("C") else "× floor") + " | " + \
                 " | ".join(f"× {TOOL_LABEL[p] if p in REFERENCES else p}" for p in peers) + " | runs |"
        add(header)
        add("|" + " --- |" * (header.count("|") - 1))
        for w in args.workers:
            summaries = {t: summarize(bench.points.get((wl.key, w, t), {"runs": []})) for t in tools}
            for t in tools:
                s = summaries[t]
                point = bench.points.get((wl.key, w, t), {})
                files = point.get("files", wl.count)
                sample = f", sample {files}/{wl.count}" if files != wl.count else ""
                floor = wl.floor(wl.count, w)
                wlabel = f"{w}" + (f" (floor {floor:.2f} s)" if wl.latency and t == tools[0] else "")
                name = f"**{TOOL_LABEL[t]}**" if t == "fetchpool" else TOOL_LABEL[t]
                if s["status"] != "ok":
                    add(f"| {wlabel} | {name} | **{s['status']}** | | | | | " + " | " * len(peers) +
                        f"{s['note']} |")
                    continue
                sp = speedups(bench, wl, t).get(w)
                if wl.key.startswith("C"):
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
                add(f"| {wlabel} | {name} | {fmt(s['wall'])} | {fmt(s['cpu'])} | {s['rss'] / 1e6:.0f} | "
                    f"{fmt(sp, 1) if sp else '—'} | {fmt(ratio)} | " + " | ".join(cells) +
                    f" | {s['n']}{sample} |")
        add("")
    with open(path_md, "w") as out:
        out.write("\n".join(lines) + "\n")
    raw = {
        "started": started, "elapsed_s": elapsed, "machine": info, "load": loads,
        "settings": {k: v for k, v in vars(args).items() if isinstance(v, (int, float, str, list, bool))},
        "points": [{"workload": k[0], "workers": k[1], "tool": k[2], **v} for k, v in bench.points.items()],
        "ceilings": bench.ceilings,
    }
    with open(path_json, "w") as out:
        json.dump(raw, out, indent=1)


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
        if f["status"] == "ok" and c["status"] == "ok":
            ok = f["wall"] <= c["wall"] and f["cpu"] <= 2 * c["cpu"] and f["rss"] <= 100e6
            out.append(f"* D at 256 workers wall ≤ curl, CPU ≤ 2 × curl, peak RSS ≤ 100 MB: {verdict(ok)} — "
                       f"fetchpool {f['wall']:.2f} s, {f['cpu']:.2f} s CPU, {f['rss'] / 1e6:.0f} MB; curl "
                       f"{c['wall']:.2f} s, {c['cpu']:.2f} s CPU, {c['rss'] / 1e6:.0f} MB.")
        else:
            out.append(f"* D at 256 workers: fetchpool {f['status']}, curl {c['status']}.")
    out.extend(qt_floor_lines(s, keys, ws))
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
    cols = 3 if n > 2 else n
    rows = math.ceil((n + 1) / cols) if n > 2 else 1
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
    parser.add_argument("--workloads", default="A,B,C,D")
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
    args = parser.parse_args()

    defaults = {"reps": 1, "long_reps": 1, "long_floor": 2.0, "sample_cap": 3.0} if args.quick else \
        {"reps": 3, "long_reps": 1, "long_floor": 10.0, "sample_cap": 20.0}
    for k, v in defaults.items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    args.workers = sorted({int(w) for w in args.workers.split(",")})
    if any(w < 1 or w > 256 for w in args.workers):
        parser.error("workers must be 1-256")
    tools = [t for t in TOOLS if t in args.tools.split(",")]
    wanted = {w.strip() for w in args.workloads.split(",")}
    wls = [wl for wl in workloads(args.quick) if wl.key in wanted or (wl.key == "C-nginx" and "C" in wanted)]
    if not wls or not tools:
        parser.error("no workload or no tool selected")
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
    plot(bench, wls, tools, png)
    md = os.path.join(args.out, "RESULTS.md")
    write_results(bench, wls, tools, info, started, elapsed, (load0, load1), md,
                  os.path.join(args.out, "results.json"), "speedup.png")
    log(f"wrote {md}, {png} in {elapsed / 60:.1f} min")
    failed = [k for k, p in bench.points.items() if summarize(p)["status"] == "FAILED"]
    if failed:
        log(f"{len(failed)} point(s) FAILED: " + ", ".join(f"{a} -j {b} {c}" for a, b, c in failed[:10]))
    if bench.skipped:
        log(f"{bench.skipped} run(s) skipped: time budget (--max-minutes {args.max_minutes:g}) spent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
