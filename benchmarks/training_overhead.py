"""What the LandscapeLogger costs a training loop, in each mode.

    .venv/bin/python benchmarks/training_overhead.py                  # both cases (~4-6 min on 2 cores)
    .venv/bin/python benchmarks/training_overhead.py --quick          # digits CNN, shorter (~1-2 min)
    .venv/bin/python benchmarks/training_overhead.py --case digits-cnn --repeats 3
    .venv/bin/python benchmarks/training_overhead.py --modes none,thread:1,process:2

For each case, trains the same model the same way (same seed) without the logger, then with
it as a user gets it by default, in the foreground, in a background thread and in a background
process (the background modes with `background_threads` 1 and 2), and prints a Markdown table:

- loop s: wall time of the training loop (the `logger.step` calls included, `close()` not);
- +close s: the same plus `logger.close()` (waits for the running landscape, then computes
  the PCA plane of the path);
- x base: loop time over the loop time without the logger;
- landscapes / skipped: landscapes logged during the loop (and by `close()`), and due ones
  skipped because one was still running (background modes never queue);
- blocked ms/landscape, mean and max: how long `logger.step` held the loop at the steps
  where a landscape was due (foreground: the whole computation; background: copying the
  weights and starting the job);
- train ms/step: the training's own work per step (forward, backward, optimizer; outside
  `logger.step`), as "mean / median", over all steps; then "in flight": over the steps during
  which a background landscape was being computed, and "idle": over the other steps (with
  their counts); "in flight x base" = the in-flight mean (median) over the mean (median) step
  time without the logger: the slowdown a training loop sees while a landscape computes next to it (a mean far
  above its median means a few long stalls, often from other processes on the machine). A
  step counts as in flight from the `logger.step` that started a job to the one that
  collected its result (which may be one step after the job ended). In "process" mode the
  worker's start-up (~2-3 s, in parallel with the first steps) falls in the idle steps;
- s/landscape: the logger's compute seconds per landscape logged during the loop (in the
  background that time is stretched by sharing the CPU with training);
- engine: the plan and workers the engine reported in the logged records (`land.extra`),
  which shows whether `background_threads` reached the engine in that mode.

Modes are named `none`, `default` (no `background` option: what a user gets, "auto"; the
engine column names the mode it chose), `foreground`, `thread:N` and `process:N`
(N = background_threads).
With `--repeats N` the modes are run in turn N times (interleaved, so that a change of the
machine's load hits every mode alike) and the run with the median loop time of each mode is
shown. The machine's load average is printed: other processes on a shared machine distort
timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from typing import Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from tb_landscape.integrations import LandscapeLogger  # noqa: E402

MODES = ("none", "default", "foreground", "thread:1", "thread:2", "process:1", "process:2")


def _case(name: str, quick: bool = False):
    """(model factory, train x, train y, eval batch, steps, every, resolution, batch size)."""
    if name == "digits-cnn":
        from tb_landscape.integrations.demo import DigitsCNN, load_digits_tensors

        x, y, xe, ye = load_digits_tensors()
        return (DigitsCNN, x, y, (xe, ye)) + ((300, 100, 15, 64) if quick else (600, 100, 25, 64))
    if name == "resnet20":
        from _models import ResNet20, cifar_like

        x, y = cifar_like(512, seed=0)
        xe, ye = cifar_like(64, seed=1)
        return (ResNet20, x, y, (xe, ye)) + ((60, 30, 5, 32) if quick else (120, 40, 9, 32))
    raise SystemExit(f"unknown case {name!r}")


def _parse_mode(mode: str) -> Tuple[object, Optional[int]]:
    """"none" -> (None, None); "default" -> ("default", None) (no `background` given: what a
    user gets); "foreground" -> (False, None); "thread:2" -> ("thread", 2)."""
    kind, _, threads = mode.partition(":")
    if kind == "none":
        return None, None
    if kind == "default":
        return "default", None
    if kind == "foreground":
        return False, None
    if kind in ("thread", "process"):
        return kind, int(threads) if threads else None
    raise SystemExit(f"unknown mode {mode!r}: none, default, foreground, thread[:N] or process[:N]")


class _RecordingWriter:
    """Keeps the benchmark about computing, not disk: drops everything, but keeps the engine's
    decisions (`land.extra`) of the first landscape record it is given."""

    def __init__(self):
        self.extra: Dict[str, str] = {}
        self.mode = ""

    def add_scalar(self, *a, **k):
        pass

    def add_summary(self, summary, *a, **k):
        try:
            from tb_landscape import metadata

            for value in summary.value:
                if value.metadata.plugin_data.plugin_name == "landscape" and not self.extra:
                    land = metadata.record_to_landscape(metadata.parse_record(value.tensor.string_val[0]))
                    self.extra = dict(land.extra)
        except Exception:  # the decisions are a nicety: never fail the benchmark on them
            pass

    def flush(self):
        pass


def _done(logger) -> int:
    """Background jobs collected so far (logged or failed)."""
    return logger.stats.get("landscapes", 0) + logger.stats.get("pca_landscapes", 0) + logger.stats.get("failed", 0)


def _run(case: str, mode: str, quick: bool, seed: int = 0):
    factory, x, y, eval_batch, steps, every, resolution, batch = _case(case, quick)
    background, threads = _parse_mode(mode)
    torch.manual_seed(seed)
    model = factory()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    writer = _RecordingWriter()
    logger = None
    if background is not None:
        options = dict(every_n_steps=every, resolution=resolution, snapshot_every=max(1, every // 10))
        if background != "default":
            options["background"] = background
        if threads is not None:
            options["background_threads"] = threads
        logger = LandscapeLogger(writer, model, F.cross_entropy, eval_batch, **options)
        writer.mode = logger.background or "foreground"
    g = torch.Generator().manual_seed(seed)
    model.train()
    blocked_due: List[float] = []
    train_times: List[Tuple[float, bool]] = []   # (seconds of the step's own work, landscape in flight)
    in_flight = False
    t0 = time.perf_counter()
    for step in range(steps):
        s0 = time.perf_counter()
        idx = torch.randint(0, x.shape[0], (batch,), generator=g)
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
        train_times.append((time.perf_counter() - s0, in_flight))
        if logger is not None:
            done_before = _done(logger)
            skipped_before = logger.stats["skipped"]
            s0 = time.perf_counter()
            logger.step(step)
            dt = time.perf_counter() - s0
            due = step % every == 0
            if due:
                blocked_due.append(dt)
            if background:  # in flight from the call that starts a job to the call that collects it
                if _done(logger) > done_before:
                    in_flight = False
                if due and logger.stats["skipped"] == skipped_before:
                    in_flight = True
    loop = time.perf_counter() - t0
    pca_seconds = 0.0
    if logger is not None:
        logger.wait()  # the last landscape, then the PCA plane of close() apart
        before = logger.stats["compute_seconds"]
        logger.close()
        pca_seconds = logger.stats["compute_seconds"] - before
    total = time.perf_counter() - t0
    stats = dict(logger.stats) if logger is not None else {}
    flying = [t for t, f in train_times if f]
    idle = [t for t, f in train_times if not f]
    mean_ms = lambda ts: 1e3 * statistics.mean(ts) if ts else None  # noqa: E731
    median_ms = lambda ts: 1e3 * statistics.median(ts) if ts else None  # noqa: E731
    return {
        "loop": loop, "total": total, "steps": steps,
        "train_ms": mean_ms([t for t, _ in train_times]), "flying_ms": mean_ms(flying), "idle_ms": mean_ms(idle),
        "train_med": median_ms([t for t, _ in train_times]), "flying_med": median_ms(flying),
        "idle_med": median_ms(idle),
        "flying_steps": len(flying), "idle_steps": len(idle),
        "landscapes": stats.get("landscapes", 0), "skipped": stats.get("skipped", 0), "failed": stats.get("failed", 0),
        "blocked_ms": 1e3 * statistics.mean(blocked_due) if blocked_due else None,
        "max_blocked_ms": 1e3 * max(blocked_due) if blocked_due else None,
        "s_per_landscape": (stats["compute_seconds"] - pca_seconds) / stats["landscapes"]
        if stats.get("landscapes") else None,
        "engine": "; ".join([f"mode={writer.mode}"] * (background == "default")
                            + [f"{k}={writer.extra[k]}" for k in ("plan", "workers") if k in writer.extra]),
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


def _f(value: Optional[float], fmt: str = "{:.1f}") -> str:
    return "-" if value is None else fmt.format(value)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=("digits-cnn", "resnet20", "all"), default=None,
                    help="default: all (digits-cnn with --quick)")
    ap.add_argument("--quick", action="store_true", help="fewer steps and points (the digits CNN unless --case)")
    ap.add_argument("--repeats", type=int, default=1, help="runs per mode; the median loop time is kept")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma list (default {','.join(MODES)})")
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads for the training process")
    a = ap.parse_args(argv)
    case_arg = a.case or ("digits-cnn" if a.quick else "all")
    cases = ("digits-cnn", "resnet20") if case_arg == "all" else (case_arg,)
    modes = list(dict.fromkeys(m for m in a.modes.split(",") if m))  # each once
    for m in modes:
        _parse_mode(m)
    if a.threads:
        torch.set_num_threads(a.threads)
    t_start = time.perf_counter()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} training threads, {os.cpu_count()} CPUs, "
          f"load average before: {os.getloadavg()[0]:.2f}")
    for case in cases:
        _, _, _, _, steps, every, res, batch = _case(case, a.quick)
        snap = _snapshot_ms(case)
        n_params = sum(p.numel() for p in _case(case)[0]().parameters())
        print(f"\n### {case}: {n_params} parameters, {steps} steps (batch {batch}), a {res}x{res} landscape every "
              f"{every} steps, every scalar; one weight snapshot: {snap:.2f} ms\n", flush=True)
        results: Dict[str, list] = {m: [] for m in modes}
        _run(case, "none", True)  # warm-up (thread pools, kernels), not shown
        for _ in range(a.repeats):  # modes interleaved, so that load changes hit every mode alike
            for mode in modes:
                results[mode].append(_run(case, mode, a.quick))
        print("| mode | loop s | +close s | x base | landscapes | skipped | blocked ms/landscape mean | max "
              "| train ms/step | in flight (steps) | idle (steps) | in flight x base | s/landscape | engine |")
        # train ms/step, in flight, idle and in flight x base: "mean / median"
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        base = base_step = base_med = None
        if "none" in results:
            runs = sorted(results["none"], key=lambda r: r["loop"])
            mid = runs[len(runs) // 2]
            base, base_step, base_med = mid["loop"], mid["train_ms"], mid["train_med"]
        for mode in modes:
            runs = sorted(results[mode], key=lambda r: r["loop"])
            r = runs[len(runs) // 2]
            ratio = f"{r['loop'] / base:.2f}" if base else "-"
            flying = f"{r['flying_ms']:.2f} / {r['flying_med']:.2f} ({r['flying_steps']})" if r["flying_steps"] else "-"
            idle = f"{r['idle_ms']:.2f} / {r['idle_med']:.2f} ({r['idle_steps']})" if r["idle_steps"] else "-"
            fly_x = f"{r['flying_ms'] / base_step:.2f} / {r['flying_med'] / base_med:.2f}" \
                if base_step and r["flying_ms"] else "-"
            failed = f" ({r['failed']} failed)" if r["failed"] else ""
            print(f"| {mode} | {r['loop']:.2f} | {r['total']:.2f} | {ratio} | {r['landscapes']}{failed} | "
                  f"{r['skipped']} | {_f(r['blocked_ms'])} | {_f(r['max_blocked_ms'])} | "
                  f"{r['train_ms']:.2f} / {r['train_med']:.2f} | {flying} | {idle} | {fly_x} | "
                  f"{_f(r['s_per_landscape'], '{:.2f}')} | {r['engine'] or '-'} |", flush=True)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}; total {time.perf_counter() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
