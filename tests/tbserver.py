"""A real TensorBoard server for tests: the `tensorboard` program in a subprocess.

It finds the plugin through the installed package's entry point, as a user's would, and
listens on a free loopback port.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Callable, List, Optional, Tuple

_URL_RE = re.compile(r"http://127\.0\.0\.1:(\d+)/")


class TensorBoardServer:
    """`tensorboard --logdir LOGDIR` on 127.0.0.1 and a free port.

    Args:
        logdir: the log directory.
        load_fast: True for the Rust data server, False for the Python loader.
        extra_args: more command-line flags.
    """

    def __init__(self, logdir: str, load_fast: bool = True, extra_args: Tuple[str, ...] = ()):
        self.logdir = str(logdir)
        self.load_fast = load_fast
        self.extra_args = tuple(extra_args)
        self.port: Optional[int] = None
        self.log: List[str] = []
        self._proc: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        """The TensorBoard process (the Rust data server runs as its child)."""
        return self._proc.pid

    def start(self, timeout: float = 90.0) -> "TensorBoardServer":
        argv = [
            sys.executable, "-m", "tensorboard.main",
            "--logdir", self.logdir,
            "--host", "127.0.0.1",
            "--port", "0",
            "--reload_interval", "1",
            "--load_fast", "true" if self.load_fast else "false",
            *self.extra_args,
        ]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self._proc = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        found = threading.Event()

        def pump():
            for line in self._proc.stdout:
                self.log.append(line.rstrip("\n"))
                m = _URL_RE.search(line)
                if m and self.port is None:
                    self.port = int(m.group(1))
                    found.set()

        threading.Thread(target=pump, daemon=True).start()
        if not found.wait(timeout):
            self.stop()
            raise RuntimeError("TensorBoard did not start:\n" + "\n".join(self.log[-40:]))
        return self

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(10)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- HTTP ---------------------------------------------------------------------------

    def get(self, path: str, _headers: Optional[dict] = None, **params) -> Tuple[int, dict, bytes]:
        """GET `path` (relative to the server root) -> (status, headers, body)."""
        query = urllib.parse.urlencode(params, doseq=True)
        url = self.url + path + ("?" + query if query else "")
        req = urllib.request.Request(url, headers=_headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def plugin(self, route: str, _headers: Optional[dict] = None, **params) -> Tuple[int, dict, bytes]:
        return self.get("/data/plugin/landscape/" + route, _headers=_headers, **params)

    def plugin_json(self, route: str, **params):
        status, _, body = self.plugin(route, **params)
        if status != 200:
            raise AssertionError(f"{route} {params}: HTTP {status}: {body[:300]!r}")
        return json.loads(body)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 60.0, what: str = "condition"):
        """Polls `predicate` until true (the server loads event files in the background)."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                if predicate():
                    return
            except AssertionError as e:
                last = e
            time.sleep(0.25)
        raise AssertionError(f"timed out waiting for {what}: {last}\n" + "\n".join(self.log[-20:]))

    def wait_for_steps(self, run: str, tag: str, n: int, timeout: float = 60.0) -> dict:
        """Waits until run/tag lists at least `n` steps; returns the `steps` answer."""
        result = {}

        def ready():
            tags = self.plugin_json("tags")
            if tag not in tags.get(run, {}):
                return False
            result.update(self.plugin_json("steps", run=run, tag=tag))
            return len(result["steps"]) + len(result["skipped"]) >= n

        self.wait_for(ready, timeout, f"{n} steps of {run}/{tag}")
        return result
