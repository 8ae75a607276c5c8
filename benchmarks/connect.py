"""Barriers between two independently trained digits MLPs: straight, aligned, curved.

    .venv/bin/python benchmarks/connect.py            # ~1-2 min on 2 cores
    .venv/bin/python benchmarks/connect.py --quick    # fewer steps (~20 s)

Trains two MLPs 64-128-128-10 (`_models.mlp`) on the 1500 training digits of the demo
(`tb_landscape.integrations.demo.load_digits_tensors`) with different seeds (initialization
and minibatch order), the same optimizer (SGD, momentum 0.9) and the same number of steps, so
that both reach about the same training loss (printed). Then, on the training data:

- `linear_barrier(A, B)`: the straight line from A to B;
- `align_permutations(A, B)` then `linear_barrier(A, aligned B)`: weight matching first;
- `connect_curve(A, B)`: a quadratic Bezier curve trained with Garipov et al.'s recipe.

and prints one table: each path's loss barrier (Frankle et al. 2020: the largest rise of the
loss over the straight line between the end losses) and where it peaks, the barrier of the
classification error (in percentage points) along the same path, and the wall time of each
function (evaluations of `--points` points on 1500 digits; the curve's time includes its
training).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import _models  # noqa: E402
import tb_landscape as tbl  # noqa: E402
from tb_landscape.engine.connect import barrier_height  # noqa: E402
from tb_landscape.integrations.demo import load_digits_tensors  # noqa: E402


def train(seed: int, x: torch.Tensor, y: torch.Tensor, steps: int, lr: float = 0.05, batch: int = 64):
    """An MLP trained from seed `seed` (init and minibatches); (model in eval mode, final train loss)."""
    torch.manual_seed(seed)
    model = _models.mlp()
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(steps):
        idx = torch.randint(0, x.shape[0], (batch,), generator=gen)
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        return model, float(F.cross_entropy(model(x), y))


def error(outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    return (outputs.argmax(1) != targets).float().mean() * 100


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer training steps")
    parser.add_argument("--steps", type=int, default=None, help="training steps of each MLP (default 3000; quick 800)")
    parser.add_argument("--curve-steps", type=int, default=None, help="curve steps (default 2000; quick 500)")
    parser.add_argument("--points", type=int, default=31)
    args = parser.parse_args()
    steps = args.steps or (800 if args.quick else 3000)
    curve_steps = args.curve_steps or (500 if args.quick else 2000)
    x, y, _, _ = load_digits_tensors()
    (a, loss_a), t_a = timed(train, 0, x, y, steps)
    (b, loss_b), t_b = timed(train, 1, x, y, steps)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; MLP 64-128-128-10 on {len(x)} digits, "
          f"{steps} SGD steps each: train loss A {loss_a:.4f} ({t_a:.1f} s), B {loss_b:.4f} ({t_b:.1f} s)")
    data, metrics = (x, y), {"error": error}
    linear, t_lin = timed(tbl.linear_barrier, a, b, F.cross_entropy, data, args.points, metrics)
    b_aligned, t_align = timed(tbl.align_permutations, a, b)
    aligned, t_al = timed(tbl.linear_barrier, a, b_aligned, F.cross_entropy, data, args.points, metrics)
    curve, t_curve = timed(tbl.connect_curve, a, b, F.cross_entropy, data, steps=curve_steps, points=args.points,
                           metrics=metrics)
    print(f"\npaths evaluated at {args.points} points on the {len(x)} training digits; curve: {curve_steps} steps, "
          f"lr 0.05, batch 128; alignment (weight matching): {t_align:.2f} s\n")
    print(f"{'path':<28} {'loss barrier':>12} {'t_peak':>7} {'max loss':>9} {'error barrier (pp)':>19} {'seconds':>8}")
    rows = [("linear (A to B)", linear, t_lin), ("linear (A to aligned B)", aligned, t_al),
            ("Bezier curve (A to B)", curve.path, t_curve)]
    for name, p, secs in rows:
        err_barrier, _ = barrier_height(p.t, p.metrics["error"])
        print(f"{name:<28} {p.barrier:>12.4f} {p.t_peak:>7.3f} {p.loss.max():>9.4f} {err_barrier:>19.2f} "
              f"{secs:>8.2f}")


if __name__ == "__main__":
    main()
