"""The plugin's routes at scale, against a real TensorBoard under both loaders. Prints one table.

Two generated log directories:

- a long run: one run, one tag, `--steps` (1,000) steps of a 51x51 landscape. Measured: the
  first (cold) `steps` answer once TensorBoard has loaded every step, the same answer again
  (warm), and then 20 `landscape` fetches one after another and in parallel (served from
  what `steps` read);
- many runs: `--runs` (1,000) runs of 10 steps of 51x51 each. Measured: `tags`, and opening a
  run as the tab does (cold `steps`, then the latest `landscape`), the median over 5 runs, and
  20 `landscape` fetches of runs not read before, one after another and in parallel.

Targets (issue 13): a 1,000-step tag opens (cold `steps`) in <= 2 s; 1,000 runs list (`tags`)
in <= 100 ms and open a run in <= 500 ms, under both loaders. Timings are wall-clock over
loopback HTTP, so they include TensorBoard's own request handling; on a busy machine they
are noisy (run it on a quiet one for the record).

    .venv/bin/python benchmarks/scale.py [--steps 1000] [--runs 1000] [--loaders rust,python] [--keep DIR]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import statistics
import sys
import tempfile
import time
from typing import Callable, List, Tuple

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import tb_landscape as tbl  # noqa: E402
from tbserver import TensorBoardServer  # noqa: E402

TAG = "bench/landscape"
GRID = 51
STEPS_PER_RUN = 10
LOADERS = {"rust": True, "python": False}


def landscape(step: int) -> tbl.Landscape:
    """A 51x51 bowl that changes with `step`, with a 20-point path."""
    xs = np.linspace(-1, 1, GRID)
    X, Y = np.meshgrid(xs, xs)
    rng = np.random.default_rng(step)
    Z = (1 + step / 1000) * (X ** 2 + 2 * Y ** 2) + 0.01 * rng.standard_normal(X.shape)
    s = np.linspace(0, 1, 20)
    traj = tbl.Trajectory(steps=np.linspace(0, step, 20).astype(np.int64), x=s - 1, y=0.5 * (s - 1),
                          plane_loss=s, true_loss=s, residual=0 * s)
    return tbl.Landscape(values=Z.astype(np.float32), xs=xs, ys=xs, x_label="direction 1", y_label="direction 2",
                         method="random", normalization="filter", seed=0, trajectory=traj)


def write_run(logdir: str, steps: List[int]) -> None:
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    w = EventFileWriter(logdir)
    for s in steps:
        tbl.add_landscape(w, TAG, landscape(s), global_step=s, walltime=1.7e9 + s)
    w.close()


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def ok(server: TensorBoardServer, route: str, **params) -> bytes:
    status, _, body = server.plugin(route, **params)
    if status != 200:
        raise RuntimeError(f"{route} {params}: HTTP {status}: {body[:200]!r}")
    return body


def long_run(logdir: str, steps: int, load_fast: bool) -> List[Tuple[str, float, float]]:
    """(measure, seconds, target seconds or nan) for the long run."""
    with TensorBoardServer(logdir, load_fast=load_fast) as server:
        server.wait_for(lambda: server.plugin_json("tags").get("long", {}).get(TAG, {}).get("max_step") == steps - 1,
                        timeout=600, what="every step loaded")
        cold = timed(lambda: ok(server, "steps", run="long", tag=TAG))
        listed = server.plugin_json("steps", run="long", tag=TAG)
        if len(listed["steps"]) != steps:
            raise RuntimeError(f"steps lists {len(listed['steps'])} of {steps} steps: {listed['skipped'][:3]}")
        warm = statistics.median(timed(lambda: ok(server, "steps", run="long", tag=TAG)) for _ in range(5))
        picks = np.linspace(0, steps - 1, 40).astype(int).tolist()
        seq = timed(lambda: [ok(server, "landscape", run="long", tag=TAG, step=s) for s in picks[:20]])
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            par = timed(lambda: list(pool.map(lambda s: ok(server, "landscape", run="long", tag=TAG, step=s),
                                              picks[20:])))
    nan = float("nan")
    return [(f"long run: cold `steps`, {steps} steps of {GRID}x{GRID}", cold, 2.0),
            ("long run: warm `steps` (median of 5)", warm, nan),
            ("long run: 20 `landscape`, one after another", seq, nan),
            ("long run: 20 `landscape`, in parallel", par, nan)]


def many_runs(logdir: str, runs: int, load_fast: bool) -> List[Tuple[str, float, float]]:
    """(measure, seconds, target seconds or nan) for many runs."""
    names = [f"run{i:04d}" for i in range(runs)]
    with TensorBoardServer(logdir, load_fast=load_fast) as server:
        def loaded():
            tags = server.plugin_json("tags")
            return len(tags) == runs and all(t[TAG]["max_step"] == STEPS_PER_RUN - 1 for t in tags.values())

        server.wait_for(loaded, timeout=900, what="every run loaded")
        tags = statistics.median(timed(lambda: ok(server, "tags")) for _ in range(5))
        opens = []
        for name in names[:5]:
            opens.append(timed(lambda: (ok(server, "steps", run=name, tag=TAG),
                                        ok(server, "landscape", run=name, tag=TAG))))
        opened = statistics.median(opens)
        # The latest landscape of runs never opened: nothing of them read before.
        seq = timed(lambda: [ok(server, "landscape", run=name, tag=TAG) for name in names[5:25]])
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            par = timed(lambda: list(pool.map(lambda name: ok(server, "landscape", run=name, tag=TAG),
                                              names[25:45])))
    nan = float("nan")
    return [(f"many runs: `tags`, {runs} runs x {STEPS_PER_RUN} steps (median of 5)", tags, 0.1),
            ("many runs: open a run, cold `steps` + `landscape` (median of 5 runs)", opened, 0.5),
            ("many runs: 20 cold `landscape` (20 runs), one after another", seq, nan),
            ("many runs: 20 cold `landscape` (20 runs), in parallel", par, nan)]


def write_logs(root: str, steps: int, runs: int) -> Tuple[str, str]:
    long_dir, many_dir = os.path.join(root, "long"), os.path.join(root, "many")
    if not os.path.isdir(long_dir):
        write_run(os.path.join(long_dir, "long"), list(range(steps)))
    if not os.path.isdir(many_dir):
        for i in range(runs):
            write_run(os.path.join(many_dir, f"run{i:04d}"), list(range(STEPS_PER_RUN)))
    return long_dir, many_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=1000, help="steps of the long run")
    ap.add_argument("--runs", type=int, default=1000, help="runs of the many-runs log directory")
    ap.add_argument("--loaders", default="rust,python", help="comma-separated: rust, python")
    ap.add_argument("--keep", help="write the log directories here and keep them (reused when present)")
    args = ap.parse_args()
    if args.runs < 45 or args.steps < 40:
        ap.error("--runs must be >= 45 and --steps >= 40")
    root = args.keep or tempfile.mkdtemp(prefix="tbl-bench-scale-")
    os.makedirs(root, exist_ok=True)
    t0 = time.perf_counter()
    long_dir, many_dir = write_logs(root, args.steps, args.runs)
    print(f"log directories under {root} ({time.perf_counter() - t0:.1f} s to write)")
    rows = []
    try:
        for loader in args.loaders.split(","):
            for name, seconds, target in long_run(long_dir, args.steps, LOADERS[loader]) + \
                    many_runs(many_dir, args.runs, LOADERS[loader]):
                rows.append((f"[{loader}] {name}", seconds, target))
                print(f"  {rows[-1][0]}: {seconds * 1000:.0f} ms", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    w = max(len(r[0]) for r in rows)
    print(f"\n{'measure'.ljust(w)}  {'value':>10}  {'target':>9}  met")
    for name, seconds, target in rows:
        has_target = not np.isnan(target)
        print(f"{name.ljust(w)}  {seconds * 1000:>7.0f} ms  "
              f"{(f'<= {target * 1000:.0f} ms' if has_target else '-'):>9}  "
              f"{('yes' if seconds <= target else 'NO') if has_target else ''}")


if __name__ == "__main__":
    main()
