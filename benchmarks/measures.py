"""What the Hessian and sharpness measures cost, against one 25x25 landscape.

    .venv/bin/python benchmarks/measures.py                   # quiet and next to 1 competitor, 2 rounds
    .venv/bin/python benchmarks/measures.py --loads 0 --rounds 1   # quiet, one round (~3 min on 2 quiet cores)

On the demo's CNN (`DigitsCNN`, ~10k parameters, after 100 SGD steps) and 1024 scikit-learn
digits, each measure with its defaults is timed against `compute_landscape` of a 25x25 plane
(625 points, filter-normalized random directions) in the same round, so that the ratio
compares figures taken side by side:

- layer_sensitivity, trace only: 50 shared Hutchinson probes (one Hessian-vector product each)
  for every group's block trace at once;
- layer_sensitivity, top eigenvalue only: Lanczos per group (5 groups, up to 100 steps each);
- worst_case_sharpness "l2" (rho 0.05) and "keskar" (rho 1e-3): 20 ascent steps each;
- hessian_density: 3 runs of 80 Lanczos steps (240 products);
- for reference, sam_sharpness and hessian_eigenvalues (k=1).

"ratio" = the measure's seconds over the landscape's seconds of the same round (median and
min-max over rounds); the last column says what the measure computed in the last round
(Hessian-vector products, ascent steps, its value). Rounds run every measure in turn at each
load level; `--loads 0,1` adds the same round next to one CPU-bound competing process
(started and killed by this script, as in `benchmarks/engine.py`). torch runs with its
default threads; the 1-minute load average is printed, since other processes on a shared
machine distort timings.

Measured here (torch 2.13 CPU, 2 threads, 2 rounds, load average 0.2-2.9): a 25x25 landscape
takes 4.0 s quiet. Against it, quiet and next to one competitor: layer_sensitivity's traces
1.5x and 2.4x (50 products of ~0.12 s), its block top eigenvalues 0.4x and 0.7x (35 products
on single blocks), worst_case_sharpness 0.16x and 0.3x (20 steps), hessian_density 7.5x and
12x (240 products), sam_sharpness 0.02x. The landscape's workers (one thread per point) lose
less to a competitor than the products' intra-op threads; with --threads 1 the ratios were
1.6x, 0.5x, 0.16x and 7.4x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from typing import Callable, Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

import _models  # noqa: E402
import tb_landscape as tbl  # noqa: E402
from engine import Competitors, load_name, loadavg, table  # noqa: E402

GRID = 25


def trained_cnn(x, y, steps: int = 100) -> torch.nn.Module:
    torch.manual_seed(0)
    model = _models.SmallCNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    gen = torch.Generator().manual_seed(0)
    model.train()
    for _ in range(steps):
        idx = torch.randint(0, x.shape[0], (64,), generator=gen)
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
    opt.zero_grad(set_to_none=True)
    return model.eval()


def measures(model, data) -> Dict[str, Callable[[], str]]:
    """name -> a call that runs the measure and returns a short note on its result."""
    loss = F.cross_entropy

    def trace():
        r = tbl.layer_sensitivity(model, loss, data, measures="trace")
        return f"{len(r.groups)} groups, {r.hvp_calls} HVPs, total trace {r.total_trace:.4g}"

    def eig():
        r = tbl.layer_sensitivity(model, loss, data, measures="top_eigenvalue")
        return f"{r.hvp_calls} HVPs, max block eig {r.top_eigenvalue.max():.4g}"

    def l2():
        r = tbl.worst_case_sharpness(model, loss, data)
        return f"{r.steps_used} steps, {r.value:.4g}"

    def keskar():
        r = tbl.worst_case_sharpness(model, loss, data, rho=1e-3, region="keskar")
        return f"{r.steps_used} steps, {r.value:.4g} %"

    def density():
        d = tbl.hessian_density(model, loss, data)
        g = d.on_grid()
        return f"{d.nodes.size} nodes, outliers {', '.join(f'{v:.3g}' for v in g.outliers[:3])}"

    def sam():
        return f"{tbl.sam_sharpness(model, loss, data):.4g}"

    def top():
        e = tbl.hessian_eigenvalues(model, loss, data)
        return f"{e.hvp_calls} HVPs, {e.eigenvalues[0]:.4g}"

    return {"layer_sensitivity (trace)": trace, "layer_sensitivity (top eigenvalue)": eig,
            "worst_case_sharpness (l2)": l2, "worst_case_sharpness (keskar)": keskar,
            "hessian_density": density, "sam_sharpness (reference)": sam,
            "hessian_eigenvalues k=1 (reference)": top}


def landscape(model, data) -> str:
    land = tbl.compute_landscape(model, F.cross_entropy, data, resolution=GRID)
    return f"{land.extra.get('plan', '')}, {land.extra.get('workers', '?')} workers"


def timed(fn: Callable[[], str]) -> Tuple[float, str]:
    t0 = time.perf_counter()
    note = fn()
    return time.perf_counter() - t0, note


def run(model, data, loads: List[int], rounds: int, t_start: float):
    calls = measures(model, data)
    seconds: Dict[Tuple[str, int], List[float]] = {}
    ratios: Dict[Tuple[str, int], List[float]] = {}
    notes: Dict[str, str] = {}
    for r in range(rounds):
        for load in loads:
            with Competitors(load):
                base, notes["landscape"] = timed(lambda: landscape(model, data))
                seconds.setdefault(("landscape", load), []).append(base)
                for name, fn in calls.items():
                    s, notes[name] = timed(fn)
                    seconds.setdefault((name, load), []).append(s)
                    ratios.setdefault((name, load), []).append(s / base)
                print(f"  [{time.perf_counter() - t_start:6.1f}s] round {r + 1}/{rounds}, {load_name(load)}: "
                      f"landscape {base:.1f} s; load average {loadavg()}", flush=True)
    return calls, seconds, ratios, notes


def fmt(xs: List[float], digits: str = ".2f") -> str:
    m = statistics.median(xs)
    return f"{m:{digits}}" + (f" [{min(xs):{digits}}-{max(xs):{digits}}]" if len(xs) > 1 else "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loads", default="0,1", help="numbers of competing processes, comma list")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's own); the "
                    "landscape runs one worker per thread")
    args = ap.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    loads = [int(n) for n in args.loads.split(",") if n != ""]
    t_start = time.perf_counter()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} torch threads, {os.cpu_count()} CPUs; "
          f"{args.rounds} round(s); load average (1 min) at the start: {loadavg()}", flush=True)
    x, y = _models.digits(1024)
    model = trained_cnn(x, y)
    data = (x, y)
    print(f"demo CNN (DigitsCNN), {sum(p.numel() for p in model.parameters())} parameters, 1024 digits; "
          f"warming up", flush=True)
    tbl.compute_landscape(model, F.cross_entropy, data, resolution=3)
    calls, seconds, ratios, notes = run(model, data, loads, args.rounds, t_start)
    print(f"\n## Cost against one {GRID}x{GRID} landscape (seconds and ratio: median [min-max] over rounds)\n")
    rows = []
    for load in loads:
        rows.append(("compute_landscape 25x25", load_name(load), fmt(seconds[("landscape", load)]), "1",
                     notes["landscape"]))
        for name in calls:
            rows.append((name, load_name(load), fmt(seconds[(name, load)]), fmt(ratios[(name, load)]), notes[name]))
    table(("measure", "load", "seconds", "ratio", "result (last round)"), rows)
    print(f"\nload average (1 min) at the end: {loadavg()}; total {time.perf_counter() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
