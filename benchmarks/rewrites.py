"""Which of the traced plan's local rewrites pay off: each switched off in turn, quiet and next to a CPU-bound process.

    .venv/bin/python benchmarks/rewrites.py            # ~4 min on 2 cores
    .venv/bin/python benchmarks/rewrites.py --rounds 2 --loads 0

These rewrites have no option of their own (they change speed and float rounding, never the
mathematics; `trace=False` switches off all of the traced plan). Here each one's rule is
patched off for the length of one `compute_landscape` call:

- small-class cross-entropy (`_losses.SMALL_CLASSES = 0`): the user's `F.cross_entropy`;
- narrow heads (`_peephole.NARROW_OUT = (0, 0)`): Linear layers keep `x @ W^T`;
- pooling before ReLU (`_peephole.pool_before_relu` finds nothing);
- NHWC flattening (`_Rewriter.channels_last_flattens` finds nothing): channels-last
  activations are copied when flattened;
- all four off.

Figures: the steady time per point (`land.extra["seconds_per_point"]`; one worker unless
`--threads` says otherwise: the rewrites change the work of a point, and one worker measures
it without a second worker's share of the caches and memory; `benchmarks/engine.py` measures
the defaults as a whole) of
the MLP 64-128-128-10 (31x31 plane) and the small CNN (the demo's DigitsCNN, 11x11 plane),
both on 1024 digits; "x default" is the time with the rewrite off over the time with
everything on in the same round (> 1: the rewrite pays), median [min-max] over the rounds.
Configurations run round-robin (the order alternates per round, after an untimed run of the
model), so a passing load hits them all. The landscape
bytes of the defaults must be the same in every run, quiet or not.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from typing import Callable, Dict, Iterator, List, Tuple

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import _models  # noqa: E402
import engine as bench  # noqa: E402  (competing processes, formatting)
import tb_landscape.engine as E  # noqa: E402
from tb_landscape.engine import _losses, _peephole, _trace  # noqa: E402


@contextlib.contextmanager
def patched(obj, name: str, value) -> Iterator[None]:
    before = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, before)


@contextlib.contextmanager
def all_off() -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for label, make in OFF[:-1]:
            stack.enter_context(make())
        yield


OFF: List[Tuple[str, Callable[[], contextlib.AbstractContextManager]]] = [
    ("default", contextlib.nullcontext),
    ("small-class CE off", lambda: patched(_losses, "SMALL_CLASSES", 0)),
    ("narrow heads off", lambda: patched(_peephole, "NARROW_OUT", (0, 0))),
    ("pool before ReLU off", lambda: patched(_peephole, "pool_before_relu", lambda module: 0)),
    ("NHWC flattening off", lambda: patched(_trace._Rewriter, "channels_last_flattens", lambda self: {})),
]
OFF.append(("all four off", all_off))


def cases() -> Dict[str, Tuple[torch.nn.Module, tuple, int]]:
    x, y = _models.digits(1024)
    torch.manual_seed(0)
    mlp = _models.mlp().eval()
    torch.manual_seed(0)
    cnn = _models.settle_bn(_models.SmallCNN(), x[:256])
    return {"mlp": (mlp, (x, y), 31), "cnn": (cnn, (x, y), 11)}


def run(model, data, res, threads=None) -> Tuple[float, bytes, Dict[str, str]]:
    land = E.compute_landscape(model, F.cross_entropy, data, resolution=res, threads=threads)
    return float(land.extra["seconds_per_point"]), np.ascontiguousarray(land.values).tobytes(), dict(land.extra)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--loads", default="0,1", help="numbers of competing CPU-bound processes, comma list")
    ap.add_argument("--threads", type=int, default=1,
                    help="engine workers (default 1: the work of one point, which is what the rewrites change, "
                         "without a second worker's share of the caches and memory; 0: the engine's default)")
    args = ap.parse_args(argv)
    loads = [int(n) for n in args.loads.split(",") if n != ""]
    t0 = time.perf_counter()
    print(f"torch {torch.__version__}, {torch.get_num_threads()} torch threads, {os.cpu_count()} CPUs; "
          f"engine workers: {args.threads or 'default'}; {args.rounds} rounds; "
          f"load average (1 min) at the start: {bench.loadavg()}", flush=True)
    models = cases()
    for model, data, _ in models.values():
        run(model, data, 3)  # warm-up
    times: Dict[Tuple[str, int, str], List[float]] = {}
    bits: Dict[str, set] = {}
    notes: Dict[str, Dict[str, str]] = {}
    try:
        for r in range(args.rounds):
            for load in loads:
                with bench.Competitors(load):
                    for key, (model, data, res) in models.items():
                        order = OFF if (r + load) % 2 == 0 else list(reversed(OFF))
                        # untimed: the first run after another model's is slower
                        run(model, data, 5, args.threads or None)
                        for label, make in order:
                            with make():
                                spp, values, extra = run(model, data, res, args.threads or None)
                            times.setdefault((key, load, label), []).append(spp)
                            if label == "default":
                                bits.setdefault(key, set()).add(values)
                                notes[key] = extra
            print(f"  [{time.perf_counter() - t0:6.1f}s] round {r + 1}/{args.rounds}; load average {bench.loadavg()}",
                  flush=True)
    finally:
        bench._kill(bench._RUNNING)
    print("\n## Steady ms per point with each rewrite switched off (median [min-max] over rounds)\n")
    rows = []
    for key in models:
        for load in loads:
            base = times[(key, load, "default")]
            for label, _ in OFF:
                ts = times[(key, load, label)]
                paired = [t / b for t, b in zip(ts, base)]
                rows.append((key, bench.load_name(load), label, bench.spread(ts, bench.ms),
                             "-" if label == "default" else bench.spread(paired, lambda v: f"{v:.2f}")))
    bench.table(("model", "load", "configuration", "ms/point", "x default (per round)"), rows)
    print("\n## What the defaults did (land.extra)\n")
    for key, extra in notes.items():
        keys = ("loss", "narrow_linear", "pool_before_relu", "nhwc_flatten", "inplace_relu", "memory_format",
                "chunk_size", "workers")
        print(f"{key}: " + "; ".join(f"{k}={extra[k]}" for k in keys if k in extra))
    print("\n## Bit-identity of the defaults under every load\n")
    for key, seen in bits.items():
        print(f"{key}: {'identical' if len(seen) == 1 else f'DIFFERENT ({len(seen)} versions)'}")
    print(f"\nload average (1 min) at the end: {bench.loadavg()}; total {time.perf_counter() - t0:.0f} s")
    return 0 if all(len(s) == 1 for s in bits.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
