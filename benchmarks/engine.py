"""Benchmark of the landscape engine against loss-landscapes, quiet and next to other work.

    .venv/bin/python benchmarks/engine.py            # the full run (~9-10 min on 2 cores)
    .venv/bin/python benchmarks/engine.py --quick    # fewer points and one round (~2 min)

What it measures, in one run (so that every ratio compares figures taken side by side):

1. Against loss-landscapes 3.0.6 (`random_plane`, filter normalization, distance 1): the small
   CNN (the demo's `DigitsCNN`, 1024 digits) and ResNet-20 (256 random 3x32x32 inputs), with
   no other work on the CPUs ("quiet"), and next to one and to two CPU-bound processes that
   this script starts and stops itself (Python loops; they are killed on exit, on Ctrl-C and
   on errors, and end by themselves if this script dies). Engine and loss-landscapes run
   round-robin: each round goes through every load level and, at each, runs the two back to
   back (in alternating order), so a passing load from elsewhere hits both.
   "ms/point" is the cost of one point of a 21x21 plane: loss-landscapes' wall time over its
   points; the engine's set-up (tracing, caches) amortized over 441 points plus its
   steady-state time per point (`land.extra["seconds_per_point"]`). Where fewer points were
   measured (ResNet-20; everything with --quick) this is an extrapolation, and the table
   says how many points each run had. "ratio" = loss-landscapes / engine (> 1: the engine
   is faster), from the medians; its spread is that of the per-round ratios.
2. MLP 64-128-128-10 on 1024 digits: the engine's time per point against its forward floor,
   one `model(x)` pass (eval mode, no_grad, the default torch threads), measured in the
   same rounds (three pairs per round and load level: they are short).
3. LeNet-5 (`_models.LeNet5`) on 2048 random 1x32x32 inputs: the wall time of a 40x40 plane
   (set-up included; --quick extrapolates from an 8x8 one).
4. Ablation (quiet): the defaults against each speed-up switched off (trace=False,
   chunk_size=None, channels_last=False, linearize=False, threads=1) on the CNN, ResNet-20
   and LeNet-5: which speed-ups pay off. Steady-state ms/point and set-up apart, on small
   grids (an even number of points where they are slow, so both workers stay busy).
5. Bit-identity: the engine's landscape bytes must be equal in every run of a model, quiet
   or next to competitors (its results never depend on the load); threads=1 must match
   the default too.

Every figure is the MEDIAN over its runs (one per round; three for the MLP) with the min-max
spread (never a minimum: the figure next to other work is part of the result). The 1-minute load average is printed at
the start, after each round and at the end: this script alone keeps it near the number of
its threads plus its competitors; more means other processes shared the CPUs.
"""

from __future__ import annotations

import argparse
import atexit
import dataclasses
import os
import signal
import statistics
import subprocess
import sys
import time
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import _models  # noqa: E402
import tb_landscape.engine as E  # noqa: E402

GRID = 21                      # ratios refer to one point of a 21x21 plane
LENET_GRID = 40                # the LeNet-5 target: a 40x40 plane ...
LENET_SECONDS = 60.0           # ... in at most this many seconds
RATIO_TARGETS = {0: 2.5, 1: 1.5}   # engine speed-up over loss-landscapes, by number of competitors
MLP_FLOOR_TARGET = 1.2         # engine time per point / one forward pass, quiet
DECISION_KEYS = ("plan", "chunk_size", "workers", "memory_format", "linearized", "bn_folded", "prefix_cache",
                 "fast_max_pool", "pool_before_relu", "nhwc_flatten", "narrow_linear", "loss")
ABLATION = (("default", {}), ("trace=False", dict(trace=False)), ("chunk_size=None", dict(chunk_size=None)),
            ("channels_last=False", dict(channels_last=False)), ("linearize=False", dict(linearize=False)),
            ("threads=1", dict(threads=1)))


# ---- competing processes ----------------------------------------------------------------------

#: A CPU-bound loop that ends when its parent is gone (so even a killed benchmark leaves none).
_SPIN = """
import os, sys
parent = int(sys.argv[1])
try:
    while os.getppid() == parent:
        for _ in range(200000):
            pass
except KeyboardInterrupt:
    pass
"""
_RUNNING: List[subprocess.Popen] = []


def _kill(procs: Sequence[subprocess.Popen]) -> None:
    for p in list(procs):
        if p.poll() is None:
            p.kill()
        p.wait()
        if p in _RUNNING:
            _RUNNING.remove(p)


atexit.register(lambda: _kill(_RUNNING))


class Competitors:
    """`with Competitors(n):` runs `n` processes that spin in a Python loop (each wants a
    whole core), started on entry and killed on exit, whatever ends the block."""

    def __init__(self, n: int):
        self.n = n
        self.procs: List[subprocess.Popen] = []

    def __enter__(self) -> "Competitors":
        try:
            for _ in range(self.n):
                p = subprocess.Popen([sys.executable, "-S", "-c", _SPIN, str(os.getpid())],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                self.procs.append(p)
                _RUNNING.append(p)
            if self.n:
                time.sleep(0.5)  # past their start-up, into the loop
                dead = [p.returncode for p in self.procs if p.poll() is not None]
                if dead:
                    raise RuntimeError(f"a competing process ended at once (exit status {dead[0]})")
        except BaseException:
            _kill(self.procs)
            raise
        return self

    def __exit__(self, *exc) -> None:
        _kill(self.procs)


def _exit_on_signal(signum, frame) -> None:
    raise SystemExit(128 + signum)  # runs the `finally` and `with` blocks that kill competitors


# ---- single measurements ------------------------------------------------------------------------

@dataclasses.dataclass
class EngineRun:
    wall: float          # seconds of the whole compute_landscape call
    points: int
    steady: float        # seconds per point while evaluating (land.extra["seconds_per_point"])
    values: bytes        # the landscape's float32 bytes
    extra: Dict[str, str]

    @property
    def setup(self) -> float:
        return max(self.wall - self.steady * self.points, 0.0)

    def per_point(self, grid_points: int = GRID * GRID) -> float:
        """Seconds per point of a plane of `grid_points` points, set-up amortized over it."""
        return self.steady + self.setup / grid_points


def engine_run(model, data, res, **options) -> EngineRun:
    t0 = time.perf_counter()
    land = E.compute_landscape(model, F.cross_entropy, data, resolution=res, **options)
    wall = time.perf_counter() - t0
    values = np.ascontiguousarray(land.values, dtype=np.float32)
    return EngineRun(wall, int(values.size), float(land.extra["seconds_per_point"]), values.tobytes(),
                     dict(land.extra))


def ll_run(model, data, steps: int) -> float:
    """Seconds per point of loss-landscapes' `random_plane` on a steps x steps plane."""
    import loss_landscapes
    from loss_landscapes.metrics import Loss

    x, y = data
    t0 = time.perf_counter()
    loss_landscapes.random_plane(model, Loss(F.cross_entropy, x, y), distance=1, steps=steps,
                                 normalization="filter", deepcopy_model=True)
    return (time.perf_counter() - t0) / steps ** 2


def floor_run(model, x, calls: int) -> float:
    """Mean seconds of one forward pass `model(x)` (eval mode, no_grad, the caller's threads)."""
    with torch.no_grad():
        for _ in range(3):
            model(x)
        t0 = time.perf_counter()
        for _ in range(calls):
            model(x)
    return (time.perf_counter() - t0) / calls


def have_ll() -> bool:
    try:
        import loss_landscapes  # noqa: F401
        return True
    except ImportError:
        return False


# ---- formatting ---------------------------------------------------------------------------------

def ms(s: Optional[float]) -> str:
    if s is None:
        return "-"
    v = s * 1e3
    return f"{v:.1f}" if v >= 10 else (f"{v:.2f}" if v >= 1 else f"{v:.3f}")


def med(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def spread(xs: Sequence[float], fmt: Callable[[float], str]) -> str:
    return f"{fmt(med(xs))} [{fmt(min(xs))}-{fmt(max(xs))}]" if len(xs) > 1 else fmt(xs[0])


def table(header: Sequence[str], rows: List[Sequence[str]]) -> None:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def loadavg() -> str:
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "n/a"


def load_name(n: int) -> str:
    return "quiet" if n == 0 else f"{n} competitor{'s' if n > 1 else ''}"


def met(ok: Optional[bool]) -> str:
    return "-" if ok is None else ("met" if ok else "NOT MET")


# ---- the benchmark --------------------------------------------------------------------------------

@dataclasses.dataclass
class Case:
    key: str
    desc: str
    model: torch.nn.Module
    data: Tuple[torch.Tensor, torch.Tensor]
    res: int                   # engine grid points per axis
    ll_steps: Optional[int]    # loss-landscapes grid (None: not compared; the forward floor instead)
    repeats: int = 1           # engine/baseline pairs per round and load level (cheap cases: more samples)


def make_cases(quick: bool, keys: Sequence[str]) -> Dict[str, Case]:
    x_d, y_d = _models.digits(1024)
    cases = {}
    if "cnn" in keys:
        torch.manual_seed(0)
        cnn = _models.settle_bn(_models.SmallCNN(), x_d[:256])
        cases["cnn"] = Case("cnn", "small CNN (demo DigitsCNN), 1024 digits", cnn, (x_d, y_d),
                            11 if quick else GRID, 9 if quick else GRID)
    if "resnet" in keys:
        torch.manual_seed(0)
        xr, yr = _models.cifar_like(256)
        net = _models.settle_bn(_models.ResNet20(), xr)
        cases["resnet"] = Case("resnet", "ResNet-20, 256 random 3x32x32", net, (xr, yr),
                               2 if quick else 4, 2 if quick else 3)
    if "mlp" in keys:
        torch.manual_seed(0)
        cases["mlp"] = Case("mlp", "MLP 64-128-128-10, 1024 digits", _models.mlp().eval(), (x_d, y_d), GRID, None,
                            repeats=3)
    return cases


def compare(cases: Dict[str, Case], loads: Sequence[int], rounds: int, floor_calls: int, t_start: float):
    """Round-robin over rounds x load levels x models; returns the samples by (model, load)."""
    eng: Dict[Tuple[str, int], List[EngineRun]] = {}
    base: Dict[Tuple[str, int], List[float]] = {}   # loss-landscapes or forward floor, s/point
    for r in range(rounds):
        for li, load in enumerate(loads):
            with Competitors(load):
                for key, case in cases.items():
                    line = []
                    for i in range(case.repeats):
                        engine_first = (r + li + i) % 2 == 0
                        order = ("engine", "base") if engine_first else ("base", "engine")
                        line += measure_pair(case, load, order, floor_calls, eng, base)
                    print(f"  [{time.perf_counter() - t_start:6.1f}s] round {r + 1}/{rounds}, {load_name(load)}, "
                          f"{key}: {', '.join(line)}", flush=True)
        print(f"  load average (1 min) after round {r + 1}: {loadavg()}", flush=True)
    return eng, base


def measure_pair(case: Case, load: int, order: Sequence[str], floor_calls: int, eng, base) -> List[str]:
    """One engine run and one baseline run (loss-landscapes or the forward floor), in `order`."""
    key = case.key
    line = []
    for what in order:
        t0 = time.perf_counter()
        if what == "engine":
            eng.setdefault((key, load), []).append(engine_run(case.model, case.data, case.res))
        elif case.ll_steps is not None:
            base.setdefault((key, load), []).append(ll_run(case.model, case.data, case.ll_steps))
        else:
            base.setdefault((key, load), []).append(floor_run(case.model, case.data[0], floor_calls))
        label = what if what == "engine" else ("LL" if case.ll_steps is not None else "floor")
        line.append(f"{label} {time.perf_counter() - t0:.1f} s")
    return line


def report_compare(cases, loads, eng, base, verdicts: List[Tuple[str, str, str]]) -> None:
    print(f"\n## Engine against loss-landscapes random_plane (ms per point of a {GRID}x{GRID} plane; "
          f"median [min-max] over runs)\n")
    rows = []
    for key, case in cases.items():
        if case.ll_steps is None:
            continue
        for load in loads:
            e, b = eng[(key, load)], base[(key, load)]
            e_pp = [x.per_point() for x in e]
            ratios = [bb / ee for bb, ee in zip(b, e_pp)]
            ratio = med(b) / med(e_pp)
            target = RATIO_TARGETS.get(load)
            ok = None if target is None else ratio >= target
            rows.append((key, load_name(load), f"{case.ll_steps}x{case.ll_steps}", spread(b, ms),
                         f"{case.res}x{case.res}", spread(e_pp, ms), spread([x.setup for x in e], lambda s: f"{s:.2f}"),
                         f"{ratio:.2f}" + (f" [{min(ratios):.2f}-{max(ratios):.2f}]" if len(ratios) > 1 else ""),
                         f">= {target}" if target else "-", met(ok)))
            if target is not None:
                verdicts.append((f"{key}: {target}x loss-landscapes, {load_name(load)}", f"{ratio:.2f}x", met(ok)))
    table(("model", "load", "LL grid", "LL ms/point", "engine grid", "engine ms/point", "set-up s", "ratio",
           "target", "status"), rows)
    if any(c.ll_steps is not None and c.res < GRID for c in cases.values()):
        print(f"\n(grids under {GRID}x{GRID}: per-point times extrapolated; the engine's set-up amortized over "
              f"{GRID * GRID} points)")


def report_floor(cases, loads, eng, base, verdicts) -> None:
    mlp = [c for c in cases.values() if c.ll_steps is None]
    if not mlp:
        return
    print(f"\n## Against the forward floor (one model(x) pass, {torch.get_num_threads()} torch threads; "
          f"ms, median [min-max])\n")
    rows = []
    for case in mlp:
        for load in loads:
            e, b = eng[(case.key, load)], base[(case.key, load)]
            e_pp = [x.per_point() for x in e]
            x_floor = med(e_pp) / med(b)
            ok = x_floor <= MLP_FLOOR_TARGET if load == 0 else None
            rows.append((case.key, load_name(load), spread(b, ms), spread(e_pp, ms), spread([x.steady for x in e], ms),
                         f"{x_floor:.2f}", f"<= {MLP_FLOOR_TARGET}" if load == 0 else "-", met(ok)))
            if load == 0:
                verdicts.append((f"{case.key}: within {MLP_FLOOR_TARGET}x its forward floor, quiet",
                                 f"{x_floor:.2f}x", met(ok)))
    table(("model", "load", "floor ms", f"engine ms/point ({GRID}x{GRID})", "steady ms/point", "x floor", "target",
           "status"), rows)


def report_bits(cases, loads, eng, verdicts) -> None:
    print("\n## Bit-identity of the engine's landscapes, quiet and next to competitors\n")
    rows = []
    for key in cases:
        runs = [(load, x) for load in loads for x in eng[(key, load)]]
        same = all(x.values == runs[0][1].values for _, x in runs)
        counts = ", ".join(f"{len(eng[(key, load)])} {load_name(load)}" for load in loads)
        rows.append((key, str(len(runs)), counts, "identical" if same else "DIFFERENT"))
        verdicts.append((f"{key}: same landscape bytes under every load", "yes" if same else "no", met(same)))
    table(("model", "runs", "of which", "landscape bytes"), rows)


def report_decisions(cases, eng) -> None:
    print("\n## The engine's decisions (land.extra of the defaults)\n")
    for key in cases:
        extra = eng[(key, 0)][0].extra if (key, 0) in eng else next(v for k, v in eng.items() if k[0] == key)[0].extra
        parts = [f"{k}={extra[k]}" for k in DECISION_KEYS + ("seconds_per_point",) if k in extra]
        print(f"{key}: " + "; ".join(parts))


def lenet(quick: bool, verdicts, t_start: float) -> None:
    torch.manual_seed(0)
    model = _models.LeNet5().eval()
    data = _models.lenet_like(2048, seed=0)
    res = 8 if quick else LENET_GRID
    print(f"  [{time.perf_counter() - t_start:6.1f}s] LeNet-5 {res}x{res} plane, 2048 inputs", flush=True)
    run = engine_run(model, data, res)
    points = LENET_GRID * LENET_GRID
    total = run.wall if res == LENET_GRID else run.setup + run.steady * points
    ok = total <= LENET_SECONDS
    print(f"\n## LeNet-5, {LENET_GRID}x{LENET_GRID} plane on 2048 random 1x32x32 inputs (quiet, one run)\n")
    table(("grid measured", "wall s", "set-up s", "steady ms/point", f"{LENET_GRID}x{LENET_GRID} s", "target",
           "status"),
          [(f"{res}x{res}", f"{run.wall:.1f}", f"{run.setup:.2f}", ms(run.steady),
            f"{total:.1f}" + ("" if res == LENET_GRID else " (extrapolated)"), f"<= {LENET_SECONDS:.0f}", met(ok))])
    print("decisions: " + "; ".join(f"{k}={run.extra[k]}" for k in DECISION_KEYS if k in run.extra))
    verdicts.append((f"lenet5: {LENET_GRID}x{LENET_GRID} plane in <= {LENET_SECONDS:.0f} s, quiet", f"{total:.1f} s",
                     met(ok)))


def ablation(quick: bool, rounds: int, keys: Sequence[str], t_start: float) -> None:
    # an even number of points where they are few and slow, so that both workers stay busy to the end
    grids = {"cnn": 5 if quick else 9, "resnet": 2 if quick else (4, 2), "lenet": 2 if quick else 4}
    setups = {}
    if "cnn" in keys:
        x_d, y_d = _models.digits(1024)
        torch.manual_seed(0)
        setups["cnn"] = (_models.settle_bn(_models.SmallCNN(), x_d[:256]), (x_d, y_d))
    if "resnet" in keys:
        torch.manual_seed(0)
        xr, yr = _models.cifar_like(256)
        setups["resnet"] = (_models.settle_bn(_models.ResNet20(), xr), (xr, yr))
    if "lenet" in keys:
        torch.manual_seed(0)
        setups["lenet"] = (_models.LeNet5().eval(), _models.lenet_like(2048, seed=0))
    if not setups:
        return
    runs: Dict[Tuple[str, str], List[EngineRun]] = {}
    for r in range(rounds):
        for key, (model, data) in setups.items():
            configs = ABLATION if r % 2 == 0 else tuple(reversed(ABLATION))
            t0 = time.perf_counter()
            for label, options in configs:
                runs.setdefault((key, label), []).append(engine_run(model, data, grids[key], **options))
            print(f"  [{time.perf_counter() - t_start:6.1f}s] ablation round {r + 1}/{rounds}, {key}: "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
    print(f"\n## Ablation, quiet: each speed-up switched off (steady ms/point and set-up s: median [min-max] "
          f"over {rounds} round(s))\n")
    rows = []
    for key in setups:
        default = runs[(key, "default")]
        d_steady = med([x.steady for x in default])
        d_dec = {k: default[0].extra.get(k) for k in DECISION_KEYS if k != "workers"}
        for label, _ in ABLATION:
            rs = runs[(key, label)]
            steady = [x.steady for x in rs]
            dec = {k: rs[0].extra.get(k) for k in DECISION_KEYS if k != "workers"}
            if label == "default":
                bits, note = "-", "; ".join(f"{k}={v}" for k, v in dec.items() if v is not None)
            else:
                a = np.frombuffer(rs[0].values, np.float32).astype(np.float64)
                b = np.frombuffer(default[0].values, np.float32).astype(np.float64)
                bits = "same" if rs[0].values == default[0].values else \
                    f"{np.max(np.abs(a - b) / np.maximum(np.abs(b), 1e-30)):.0e}"
                changed = {k: v for k, v in dec.items() if v != d_dec.get(k)}
                note = "; ".join(f"{k}={v}" for k, v in changed.items()) if changed else \
                    ("(no decision changed)" if label != "threads=1" else f"workers={rs[0].extra.get('workers')}")
            grid = grids[key] if isinstance(grids[key], tuple) else (grids[key],) * 2
            rows.append((key, "x".join(map(str, grid)), label, spread(steady, ms),
                         spread([x.setup for x in rs], lambda s: f"{s:.2f}"), f"{med(steady) / d_steady:.2f}",
                         bits, note))
    table(("model", "grid", "configuration", "steady ms/point", "set-up s", "x default", "vs default",
           "decisions (changed from the default)"), rows)
    print("\n('x default' > 1: switching that speed-up off costs this factor, so it pays off; 'vs default': "
          "identical bytes, or the largest relative difference (pinned knobs change float rounding)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer points, one round (~2 min)")
    ap.add_argument("--models", default="cnn,resnet,mlp,lenet", help="comma list of cnn,resnet,mlp,lenet")
    ap.add_argument("--loads", default="0,1,2", help="numbers of competing processes, comma list")
    ap.add_argument("--rounds", type=int, default=None, help="rounds (default 3, 1 with --quick)")
    ap.add_argument("--no-ablation", action="store_true")
    args = ap.parse_args(argv)
    keys = [k for k in args.models.split(",") if k]
    unknown = set(keys) - {"cnn", "resnet", "mlp", "lenet"}
    if unknown:
        ap.error(f"unknown models {sorted(unknown)}")
    loads = [int(n) for n in args.loads.split(",") if n != ""]
    rounds = args.rounds or (1 if args.quick else 3)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, _exit_on_signal)

    t_start = time.perf_counter()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} torch threads, {os.cpu_count()} CPUs; "
          f"{rounds} round(s){' (--quick)' if args.quick else ''}; load average (1 min) at the start: {loadavg()}",
          flush=True)
    ll = have_ll()
    if not ll:
        print("note: loss-landscapes is not installed (pip install loss-landscapes==3.0.6): no comparison rows")
    cases = make_cases(args.quick, keys)
    if not ll:
        cases = {k: c for k, c in cases.items() if c.ll_steps is None}
    verdicts: List[Tuple[str, str, str]] = []
    try:
        if cases:
            warm = next(iter(cases.values()))  # wakes thread pools and caches before the first timing
            engine_run(warm.model, warm.data, 3)
            eng, base = compare(cases, loads, rounds, 50 if args.quick else 200, t_start)
            report_compare(cases, loads, eng, base, verdicts)
            report_floor(cases, loads, eng, base, verdicts)
            report_bits(cases, loads, eng, verdicts)
            report_decisions(cases, eng)
        if "lenet" in keys:
            print(flush=True)
            lenet(args.quick, verdicts, t_start)
        if not args.no_ablation:
            print(flush=True)
            ablation(args.quick, rounds, [k for k in keys if k in ("cnn", "resnet", "lenet")], t_start)
    finally:
        _kill(_RUNNING)
    if verdicts:
        print("\n## Targets\n")
        table(("target", "measured", "status"), verdicts)
    print(f"\nload average (1 min) at the end: {loadavg()}; total benchmark time "
          f"{time.perf_counter() - t_start:.0f} s. Alone, this script keeps the load near {torch.get_num_threads()} "
          "(plus its competitors in those rows); more means other processes shared the CPUs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
