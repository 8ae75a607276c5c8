"""A dependency-free progress bar on stderr (no tqdm)."""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class ProgressBar:
    """`[#####.....] 12/40 30% 0:05 ETA 0:12  label`, redrawn in place at most 10 times a second.

    The time left is the caller's estimate when it gives one (`update(eta=...)`), else the
    elapsed time scaled by the units left; none before the first unit.

    Args:
        total: the number of units of work.
        label: text after the bar (can be changed with `update(label=...)`).
        stream: where to draw (stderr by default).
        enabled: False makes every method a no-op.
    """

    def __init__(self, total: int, label: str = "", stream: Optional[TextIO] = None, enabled: bool = True,
                 width: int = 30):
        self.total = max(int(total), 1)
        self.done = 0
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.width = width
        self._start = time.monotonic()
        self._last = 0.0
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last_len = 0
        self._eta: Optional[float] = None
        self._draw(force=True)

    def update(self, n: int = 1, label: Optional[str] = None, eta: Optional[float] = None) -> None:
        self.done = min(self.done + n, self.total)
        if label is not None:
            self.label = label
        self._eta = eta
        self._draw()

    def _left(self, elapsed: float) -> str:
        eta = self._eta
        if eta is None and 0 < self.done < self.total:
            eta = elapsed * (self.total - self.done) / self.done
        if self.done >= self.total or eta is None:
            return ""
        secs = int(round(eta))
        return f" ETA {secs // 60}:{secs % 60:02d}"

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < (0.1 if self._tty else 2.0) and self.done < self.total:
            return
        self._last = now
        frac = self.done / self.total
        filled = int(round(frac * self.width))
        secs = int(now - self._start)
        text = (f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} {frac:4.0%} "
                f"{secs // 60}:{secs % 60:02d}{self._left(now - self._start)}  {self.label}")
        if self._tty:
            pad = max(self._last_len - len(text), 0)
            self.stream.write("\r" + text + " " * pad)
        else:
            self.stream.write(text + "\n")
        self._last_len = len(text)
        self.stream.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        self._draw(force=True)
        if self._tty:
            self.stream.write("\n")
            self.stream.flush()
        self.enabled = False
