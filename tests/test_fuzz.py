"""Every route under seeded random and malformed requests, behind a real TensorBoard under both
loaders: random methods, missing, repeated, empty, oversized and mis-encoded parameters, names
with HTML and odd characters, and path traversal spellings on `static/`.

Every answer is 2xx or a plain-text 4xx (never 5xx, never HTML), comes within seconds, a 200
is well-formed for its route, no answer carries a file other than the shipped bundle, and
the server holds no more threads or file descriptors after the storm than before it.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import time
import urllib.parse

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape import records
from tb_landscape.plugin import decode_frame

from tbserver import TensorBoardServer
from writers import write, write_layers

TAG = "train/landscape"
LAYERS, SPECTRUM = "layers", "spectrum"
RUNS = ["run", "<b>html</b>&amp;", "ünï cödé 🙂"]
REQUESTS_PER_LOADER = 300
ROUTES = ("tags", "steps", "landscape", "runs", "sensitivity", "spectrum")
METHODS = ("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH")
JUNK = ["", " ", "..", "../..", "%", "\x00", "\x7f", "<script>alert(1)</script>", "a" * 5000, "🙂", "run ",
        "RUN", "1e3", "-0", "+1", "0x10", " 1", "1 ", "9" * 30, "-9223372036854775808", "9223372036854775807",
        "-9223372036854775809", "NaN", "inf", "[]", "{}", "null", "true", "\\", '"', "1.0", "٣", "train",
        "train/landscape/", "/train/landscape"]
RAW_QUERIES = ["run=%zz&tag=x", "run=%ff&tag=%fe", "run=%E0%A4%A&tag=t", "run&tag", "=&=&", "run=a;tag=b",
               "step=1&step=2&run=run&tag=train%2Flandscape", "%00=%00", "run=run&tag=train%2Flandscape&step=%2B1",
               "run=run&tag=train%2Flandscape&step=0%00"]
STATIC = ["../plugin.py", "..%2Fplugin.py", "%2e%2e/plugin.py", "%2e%2e%2fplugin.py", "..%5cplugin.py", "....//plugin.py",
          "%252e%252e/plugin.py", "/etc/passwd", "index.js%00", "index.js/..", "./index.js", "INDEX.JS", "index.js;.py",
          "index.js?x=1", "..;/plugin.py", "%c0%ae%c0%ae/plugin.py", "", "index.js/", "%69ndex.js", "index.js%20",
          "__init__.py", "../../../../../../etc/passwd", "..\\plugin.py", "index.js", "index.js?", "index.js#x"]
SECRET = b"class LandscapePlugin"  # a line of plugin.py: no answer may carry it


def landscape(step):
    return tbl.Landscape(values=np.full((3, 4), step, np.float32), xs=[0, 1, 2, 3], ys=[0, 1, 2])


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    for run in RUNS:
        write("event_file_writer", str(root / run), TAG, [(s, landscape(s)) for s in (1, 2)])
        write_layers(str(root / run), LAYERS, SPECTRUM, steps=(1, 2))
    return root


def _value(rng: random.Random, name: str) -> str:
    good = {"run": rng.choice(RUNS), "tag": rng.choice([TAG, TAG, LAYERS, SPECTRUM]), "step": rng.choice(["1", "2", "3", "-1"]),
            "samples": rng.choice(["1", "10", "0", "100001"])}[name]
    return good if rng.random() < 0.5 else rng.choice(JUNK)


def _query(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(RAW_QUERIES)
    pairs = []
    for name in ("run", "tag", "step", "samples", "extra"):
        r = rng.random()
        if r < 0.15:
            continue
        pairs.append((name, _value(rng, name if name != "extra" else "run")))
        if r > 0.9:
            pairs.append((name, _value(rng, name if name != "extra" else "run")))  # repeated
    rng.shuffle(pairs)
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)


def requests(seed: int, n: int):
    """(method, path) pairs, the path relative to the plugin's root, seeded."""
    rng = random.Random(seed)
    for _ in range(n):
        method = "GET" if rng.random() < 0.7 else rng.choice(METHODS)
        kind = rng.random()
        if kind < 0.2:
            path = "static/" + rng.choice(STATIC)
        elif kind < 0.25:
            path = rng.choice(["", "nope", "tags/x", "steps/", "landscape/1", "static", "Tags", "data"])
        else:
            path = rng.choice(ROUTES)
        query = _query(rng) if path in ROUTES else ""
        yield method, path + ("?" + query if query else "")


def send(server, method: str, path: str):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    t0 = time.monotonic()
    try:
        body = b"junk=1" if method in ("POST", "PUT", "PATCH") else None
        conn.request(method, "/data/plugin/landscape/" + path, body=body)
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read(), time.monotonic() - t0
    finally:
        conn.close()


def _resources(pid: int):
    """(open file descriptors, threads) of a process."""
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    with open(f"/proc/{pid}/status") as f:
        threads = next(int(line.split()[1]) for line in f if line.startswith("Threads:"))
    return fds, threads


def ok(before, after) -> bool:
    """No leak: a few more descriptors or threads at most (the read pool starts its threads
    on demand, up to `records.READ_WORKERS`); a leak per request would show hundreds."""
    return after[0] <= before[0] + 4 and after[1] <= before[1] + records.READ_WORKERS + 4


def check(server, method, path, status, headers, body, seconds, bundle):
    where = (method, path[:200], status, body[:200])
    assert status < 500 and status in (200, 400, 404, 405), where
    assert seconds < 10, where
    assert SECRET not in body, where
    route = path.split("?")[0]
    if method not in ("GET", "HEAD") and route in ROUTES + tuple("static/" + s for s in STATIC):
        assert status in (404, 405), where
        if status == 405:
            assert headers.get("Allow") == "GET, HEAD", where
    if status != 200:
        assert headers["Content-Type"].startswith("text/plain"), where
        assert method == "HEAD" or body.strip(), where
        return
    if method == "HEAD":
        return
    if route.startswith("static/"):
        assert body == bundle and headers["Content-Type"].startswith("text/javascript"), where
    elif route == "landscape":
        header, values = decode_frame(body)
        assert header["run"] in RUNS and header["tag"] == TAG and values.shape == (1, 3, 4), where
    elif route == "runs":
        assert headers["Content-Type"].startswith("application/json"), where
        assert set(json.loads(body)["runs"]) == set(RUNS), where
    else:
        assert headers["Content-Type"].startswith("application/json"), where
        answer = json.loads(body)
        if route == "sensitivity":
            assert answer["tag"] == LAYERS and answer["steps"] == [1, 2] and len(answer["trace"]) == 2, where
        elif route == "spectrum":
            assert answer["tag"] == SPECTRUM and [s["step"] for s in answer["steps"]] == [1, 2], where


@pytest.mark.parametrize("load_fast", [True, False], ids=["rust", "python"])
def test_random_and_malformed_requests_get_2xx_or_a_clear_4xx(logdir, load_fast):
    with open(os.path.join(os.path.dirname(tbl.__file__), "static", "index.js"), "rb") as f:
        bundle = f.read()
    with TensorBoardServer(str(logdir), load_fast=load_fast) as server:
        for run in RUNS:
            server.wait_for_steps(run, TAG, 2)
        time.sleep(0.5)
        before = _resources(server.pid)
        statuses = {}
        for method, path in requests(seed=13, n=REQUESTS_PER_LOADER):
            status, headers, body, seconds = send(server, method, path)
            check(server, method, path, status, headers, body, seconds, bundle)
            statuses[status] = statuses.get(status, 0) + 1
        # Every kind of answer occurred, so the storm reached past argument parsing.
        assert set(statuses) == {200, 400, 404, 405}, statuses
        deadline = time.monotonic() + 10
        while True:  # request threads finish just after their answer
            after = _resources(server.pid)
            if ok(before, after) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert ok(before, after), (before, after)
