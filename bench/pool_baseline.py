#!/usr/bin/env python3
"""The baseline people start from: a ThreadPoolExecutor over a URL list.

Written the way the classic "speed up downloads with threads" tutorials do
it -- one HTTP session per thread (kept in threading.local and reused for
every URL that thread handles), executor.map over the list, the whole body
read into memory and then written to a file named after the URL's last path
segment. Only the standard library is used (http.client, ssl), so it runs
on a bare python3.

Usage: pool_baseline.py LIST DIR WORKERS [CAFILE]
CAFILE (PEM) is the certificate authority for https:// URLs, as in
ssl.create_default_context(cafile=...); certificates are always verified.
Exit status 0 when every URL was saved, 1 otherwise (no retries).
"""

import concurrent.futures
import http.client
import os
import ssl
import sys
import threading
import time
import urllib.parse

thread_local = threading.local()
# One context for all threads, as a requests Session's adapter keeps one.
tls_context = None


def get_session(origin):
    """One keep-alive connection per thread and origin (the per-thread Session)."""
    sessions = getattr(thread_local, "sessions", None)
    if sessions is None:
        sessions = thread_local.sessions = {}
    conn = sessions.get(origin)
    if conn is None:
        scheme, netloc = origin
        if scheme == "https":
            conn = http.client.HTTPSConnection(netloc, timeout=60, context=tls_context)
        else:
            conn = http.client.HTTPConnection(netloc, timeout=60)
        sessions[origin] = conn
    return conn


def drop_session(origin):
    conn = thread_local.sessions.pop(origin, None)
    if conn is not None:
        conn.close()


def get(url):
    parts = urllib.parse.urlsplit(url)
    origin = (parts.scheme, parts.netloc)
    target = parts.path + ("?" + parts.query if parts.query else "")
    # A kept-alive connection the server already closed fails on first use;
    # like requests/urllib3, open a fresh one once in that case (no retry of
    # a request that reached the server on a fresh connection).
    for attempt in (1, 2):
        conn = get_session(origin)
        reused = conn.sock is not None
        try:
            conn.request("GET", target)
            response = conn.getresponse()
            body = response.read()
            if response.will_close:
                drop_session(origin)
            return response.status, body
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ssl.SSLEOFError):
            drop_session(origin)
            if not reused or attempt == 2:
                raise
    raise RuntimeError("unreachable")


def download_file(url, folder):
    status, body = get(url)
    if status != 200:
        raise RuntimeError(f"HTTP {status}")
    name = os.path.basename(urllib.parse.urlsplit(url).path) or "index.html"
    with open(os.path.join(folder, name), "wb") as out:
        out.write(body)
    return len(body)


def main(argv):
    global tls_context
    if len(argv) not in (4, 5):
        print("usage: pool_baseline.py LIST DIR WORKERS [CAFILE]", file=sys.stderr)
        return 2
    list_path, folder, workers = argv[1], argv[2], int(argv[3])
    tls_context = ssl.create_default_context(cafile=argv[4] if len(argv) == 5 else None)
    with open(list_path, encoding="utf-8") as handle:
        urls = [line.strip() for line in handle if line.strip()]
    os.makedirs(folder, exist_ok=True)

    failed = 0
    total = 0

    def one(url):
        try:
            return download_file(url, folder)
        except Exception as error:  # noqa: BLE001 - report and count it
            print(f"{url}: {error}", file=sys.stderr)
            return None

    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as executor:
        for size in executor.map(one, urls):
            if size is None:
                failed += 1
            else:
                total += size
    took = time.time() - start
    print(f"{len(urls) - failed} done, {failed} failed, {total} bytes in {took:.2f} s, {workers} workers")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
