"""What the LandscapeLogger costs a training loop, in each mode.

    .venv/bin/python benchmarks/training_overhead.py                  # both cases, ~4 min on 2 cores
    .venv/bin/python benchmarks/training_overhead.py --case digits-cnn --repeats 3

For each case, trains the same model the same way (same seed) without the logger, then with
it in the foreground, in a background thread and in a background process, and prints a
Markdown table:

- loop s: wall time of the training loop (the `logger.step` calls included, `close()` not);
- +close s: the same plus `logger.close()` (waits for the running landscape, then computes
  the PCA plane of the path);
- x base: loop time over the loop time without the logger;
- train ms/step: time per step outside `logger.step` (how much a background computation
  slows the training's own work down by sharing the CPU);
- landscapes / skipped: landscapes logged during the loop, and due ones skipped because one
  was still running (background modes never queue);
- blocked ms/landscape: mean time `logger.step` held the loop at steps where a landscape
  was due (foreground: the whole computation; background: copying the weights);
- max blocked ms: the longest single `logger.step` call;
- snapshot ms: one copy of the model's `state_dict()` into host memory (measured apart).

With `--repeats N` the modes are run in turn N times and the run with the median loop time
of each mode is shown.

The machine's load average is printed: other processes on a shared machine distort timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from tb_landscape.integrations import LandscapeLogger  # noqa: E402

MODES = ("none", "foreground", "thread", "process")


def _case(name: str):
    """(model factory, train x, train y, eval batch, steps, every, resolution, batch size)."""
    if name == "digits-cnn":
        from tb_landscape.integrations.demo import DigitsCNN, load_digits_tensors

        x, y, xe, ye = load_digits_tensors()
        return DigitsCNN, x, y, (xe, ye), 600, 100, 25, 64
    if name == "resnet20":
        from _models import ResNet20, cifar_like

        x, y = cifar_like(512, seed=0)
        xe, ye = cifar_like(64, seed=1)
        return ResNet20, x, y, (xe, ye), 120, 40, 9, 32
    raise SystemExit(f"unknown case {name!r}")


class _NullWriter:
    """Keeps the benchmark about computing, not disk: a writer that drops everything."""

    def add_scalar(self, *a, **k):
        pass

    def add_summary(self, *a, **k):
        pass

    def flush(self):
        pass


def _run(case: str, mode: str, seed: int = 0):
    factory, x, y, eval_batch, steps, every, resolution, batch = _case(case)
    torch.manual_seed(seed)
    model = factory()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    logger = None
    if mode != "none":
        logger = LandscapeLogger(_NullWriter(), model, F.cross_entropy, eval_batch, every_n_steps=every,
                                 resolution=resolution, snapshot_every=max(1, every // 10),
                                 background={"foreground": False}.get(mode, mode))
        if mode == "process":
            time.sleep(0)  # the worker starts in the background; its start-up is part of the run
    g = torch.Generator().manual_seed(seed)
    model.train()
    blocked_due, step_times = [], []
    t0 = time.perf_counter()
    for step in range(steps):
        idx = torch.randint(0, x.shape[0], (batch,), generator=g)
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
        if logger is not None:
            s0 = time.perf_counter()
            logger.step(step)
            dt = time.perf_counter() - s0
            step_times.append(dt)
            if step % every == 0:
                blocked_due.append(dt)
    loop = time.perf_counter() - t0
    if logger is not None:
        logger.close()
    total = time.perf_counter() - t0
    stats = dict(logger.stats) if logger is not None else {}
    return {
        "loop": loop, "total": total, "steps": steps,
        "train_ms_per_step": 1e3 * (loop - sum(step_times)) / steps,
        "landscapes": stats.get("landscapes", 0), "skipped": stats.get("skipped", 0),
        "blocked_ms": 1e3 * statistics.mean(blocked_due) if blocked_due else 0.0,
        "max_blocked_ms": 1e3 * stats.get("max_blocked_seconds", 0.0),
        "compute_s": stats.get("compute_seconds", 0.0),
    }


def _snapshot_ms(case: str, repeats: int = 20) -> float:
    factory = _case(case)[0]
    model = factory()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
        times.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=("digits-cnn", "resnet20", "all"), default="all")
    ap.add_argument("--repeats", type=int, default=1, help="runs per mode; the median loop time is kept")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads for the training process")
    a = ap.parse_args(argv)
    cases = ("digits-cnn", "resnet20") if a.case == "all" else (a.case,)
    modes = [m for m in a.modes.split(",") if m]
    if a.threads:
        torch.set_num_threads(a.threads)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs, "
          f"load average before: {os.getloadavg()[0]:.2f}")
    for case in cases:
        _, _, _, _, steps, every, res, batch = _case(case)
        snap = _snapshot_ms(case)
        n_params = sum(p.numel() for p in _case(case)[0]().parameters())
        print(f"\n### {case}: {n_params} parameters, {steps} steps (batch {batch}), a {res}x{res} landscape every "
              f"{every} steps, every scalar; one weight snapshot: {snap:.2f} ms\n")
        print("| mode | loop s | +close s | x base | train ms/step | landscapes | skipped | blocked ms/landscape "
              "| max blocked ms |")
        print("|---|---|---|---|---|---|---|---|---|")
        results = {m: [] for m in modes}
        for _ in range(a.repeats):  # modes interleaved, so that load changes hit every mode alike
            for mode in modes:
                results[mode].append(_run(case, mode))
        base = None
        for mode in modes:
            runs = sorted(results[mode], key=lambda r: r["loop"])
            r = runs[len(runs) // 2]
            if mode == "none":
                base = r["loop"]
            ratio = f"{r['loop'] / base:.2f}" if base else "-"
            print(f"| {mode} | {r['loop']:.2f} | {r['total']:.2f} | {ratio} | {r['train_ms_per_step']:.2f} | "
                  f"{r['landscapes']} | {r['skipped']} | {r['blocked_ms']:.1f} | {r['max_blocked_ms']:.1f} |",
                  flush=True)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
