"""Evaluation work shared out over worker threads that each compute on one core.

Why: a landscape is many independent points. Computing each point with several intra-op
threads makes every operation end in a barrier; on a busy machine one descheduled thread
holds up the others at every barrier, and the small operations of chunked evaluation made
the engine slower than a plain loop with one other process on the cores. Here each worker
runs whole points with one torch thread, takes the next point when it is done (so a worker
that gets less CPU simply does fewer points), and no point waits for another.

Exactness: every point is computed by the same single-threaded code whichever worker runs
it, so the results do not depend on the number of workers, their order or the machine's
load. `torch.set_num_threads(1)` is per thread for torch's OpenMP backend (each thread keeps
its own OpenMP and MKL thread count once initialized); the caller's own count is put back
as soon as the workers have set theirs.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from typing import Any, Callable, Iterator, List, Optional, Sequence, TypeVar

import torch

T = TypeVar("T")
R = TypeVar("R")


@functools.lru_cache(maxsize=None)
def per_thread_counts() -> bool:
    """Whether torch's thread count is per thread here (the OpenMP backend)."""
    return "OpenMP" in torch.__config__.parallel_info().split("ATen parallel backend:")[-1]


class _Run:
    def __init__(self, n_items: int, progress: Optional[Callable[[int], None]]):
        self.lock = threading.Lock()
        self.next = 0
        self.n = n_items
        self.results: List[Any] = [None] * n_items
        self.error: Optional[BaseException] = None
        self.stop = False
        self.progress = progress

    def take(self) -> Optional[int]:
        with self.lock:
            if self.stop or self.next >= self.n:
                return None
            i = self.next
            self.next += 1
            return i

    def done(self, i: int, value: Any) -> None:
        self.results[i] = value
        if self.progress is not None:
            with self.lock:
                self.progress(1)

    def failed(self, e: BaseException) -> None:
        with self.lock:
            if self.error is None:
                self.error = e
            self.stop = True


def _loop(run: _Run, fn: Callable[[int, Any], Any], worker: int, items: Sequence[Any]) -> None:
    try:
        while True:
            i = run.take()
            if i is None:
                return
            run.done(i, fn(worker, items[i]))
    except BaseException as e:  # re-raised in the caller
        run.failed(e)


@contextlib.contextmanager
def one_thread(enabled: bool = True) -> Iterator[None]:
    """Runs the block with one torch thread in this thread (the count is put back after):
    set-up work on CPU, so that it is as quick on a busy machine as the points are."""
    if not enabled:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def run_items(items: Sequence[T], fn: Callable[[int, T], R], workers: int, single_thread: bool = True,
              progress: Optional[Callable[[int], None]] = None) -> List[R]:
    """`[fn(worker, item) for item in items]`, computed by `workers` threads.

    Args:
        items: the work, in the order of the results.
        fn: `fn(worker index, item)`; each worker's state is `fn`'s business (by index).
        workers: threads (at most `len(items)` start); 1 runs in the calling thread.
        single_thread: every item is computed with one torch thread (CPU); False keeps the
            caller's thread count (an accelerator, or a custom `evaluate` function).
        progress: called with 1 after each item (from a worker, under a lock).

    Raises:
        Whatever `fn` raised first (the other workers stop after their current item).
    """
    workers = max(1, min(int(workers), len(items)))
    run = _Run(len(items), progress)
    before = torch.get_num_threads()
    if workers == 1 or not per_thread_counts():
        try:
            if single_thread:
                torch.set_num_threads(1)
            _loop(run, fn, 0, items)
        finally:
            if single_thread:
                torch.set_num_threads(before)
    else:
        _in_threads(run, fn, workers, items, single_thread, before)
    if run.error is not None:
        raise run.error.with_traceback(run.error.__traceback__)
    return run.results


def _in_threads(run: _Run, fn, workers: int, items, single_thread: bool, before: int) -> None:
    ready = threading.Barrier(workers + 1)

    def body(w: int) -> None:
        if single_thread:
            torch.get_num_threads()  # initialize this thread's count before setting it
            torch.set_num_threads(1)
        try:
            ready.wait()
        except threading.BrokenBarrierError:
            return
        _loop(run, fn, w, items)

    threads = [threading.Thread(target=body, args=(w,), name=f"tb_landscape-{w}", daemon=True)
               for w in range(workers)]
    for t in threads:
        t.start()
    try:
        ready.wait()
        if single_thread:
            torch.set_num_threads(before)  # the default for new threads, and this thread's own
        for t in threads:
            while t.is_alive():
                t.join(0.25)
    except BaseException:  # Ctrl-C in the caller: let the workers finish their item, then stop
        run.stop = True
        ready.abort()
        for t in threads:
            t.join()
        raise
    finally:
        if single_thread:
            torch.set_num_threads(before)
