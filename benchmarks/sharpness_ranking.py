"""Do sharpness measures agree on which minimum is sharper? Small batch against full batch.

    .venv/bin/python benchmarks/sharpness_ranking.py             # ~30 s quiet, 1 thread
    .venv/bin/python benchmarks/sharpness_ranking.py --seeds 3

The motivating finding (issue "Which parameters matter"): an MLP on scikit-learn's digits,
trained by plain SGD with the same learning rate (0.05) to about the same training loss,
once with batches of 16 and once with the full batch. Keskar et al. 2017 found large-batch
minima sharper: a larger top Hessian eigenvalue and a larger worst-case rise in their box.
The one-step SAM rise `L(w + rho g/||g||) - L(w)` can rank them the other way round: near a
minimum it is about rho ||g|| + rho^2/2 g^T H g / ||g||^2, and the small-batch run stops
with a larger full-data gradient. This script trains both, measures each minimum with every
measure of the engine on the training data, and prints which one each measure calls sharper:

- top Hessian eigenvalue (`hessian_eigenvalues`) and trace (`hessian_trace`);
- `sam_sharpness` (rho = 0.05);
- `worst_case_sharpness` (20 steps) in the L2 ball (rho = 0.05, also with two random
  restarts, and rho = 0.2), the filter-normalized ball (ASAM, rho = 0.05), and Keskar's box
  (rho = 1e-3 and 5e-4, in percent).

Found here (seeds 0-2, torch 2.13 CPU): the eigenvalue (3.6-4.4 against 6.0) and the trace
call the full-batch minimum sharper in 3 of 3 seeds, SAM calls it flatter in 3 of 3 (its
gradient norm is 3-7x smaller). The worst case agrees with the eigenvalue where the radius
is large enough for curvature to outweigh the gradient (L2 rho = 0.2 and the filter ball:
3 of 3; Keskar rho = 1e-3: 2 of 3) and sides with SAM where it is not (L2 rho = 0.05: 1 of 3,
2 of 3 with restarts; Keskar rho = 5e-4: 1 of 3).

Training stops at the first epoch end (full batch: step) where the training loss is at or
below `--target`; both runs start from the same initial weights.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Dict, Tuple

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import tb_landscape as tbl  # noqa: E402


def digits() -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.tensor(d.data, dtype=torch.float32) / 16.0
    y = torch.tensor(d.target, dtype=torch.int64)
    return x[:1500], y[:1500], x[1500:], y[1500:]


def mlp(seed: int) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))


def full_loss(model: nn.Module, x, y) -> float:
    with torch.no_grad():
        return float(F.cross_entropy(model(x), y))


def train(model: nn.Module, x, y, batch: int, lr: float, target: float, max_epochs: int, seed: int) -> Dict:
    """Plain SGD (no momentum, no weight decay) until the training loss is <= target."""
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    gen = torch.Generator().manual_seed(seed)
    n = x.shape[0]
    steps = 0
    for epoch in range(max_epochs):
        order = torch.randperm(n, generator=gen) if batch < n else torch.arange(n)
        for i in range(0, n, batch):
            idx = order[i:i + batch]
            opt.zero_grad()
            F.cross_entropy(model(x[idx]), y[idx]).backward()
            opt.step()
            steps += 1
        if full_loss(model, x, y) <= target:
            break
    return {"epochs": epoch + 1, "steps": steps}


def measure(model: nn.Module, x, y) -> Dict[str, float]:
    data = (x, y)
    out = {"train loss": full_loss(model, x, y)}
    out["top eigenvalue"] = float(tbl.hessian_eigenvalues(model, F.cross_entropy, data, k=1, tol=1e-6).eigenvalues[0])
    out["trace"] = tbl.hessian_trace(model, F.cross_entropy, data, max_iter=30, min_iter=30).value
    out["grad norm"] = grad_norm(model, x, y)
    out["SAM rho=0.05"] = tbl.sam_sharpness(model, F.cross_entropy, data, rho=0.05)
    for label, options in (("l2 rho=0.05", dict(rho=0.05)),
                           ("l2 rho=0.05 restarts=2", dict(rho=0.05, restarts=2)),
                           ("l2 rho=0.2", dict(rho=0.2)),
                           ("l2 filter rho=0.05", dict(rho=0.05, normalization="filter")),
                           ("keskar % rho=1e-3", dict(rho=1e-3, region="keskar")),
                           ("keskar % rho=5e-4", dict(rho=5e-4, region="keskar"))):
        out["worst " + label] = tbl.worst_case_sharpness(model, F.cross_entropy, data, **options).value
    return out


def grad_norm(model: nn.Module, x, y) -> float:
    model.zero_grad()
    F.cross_entropy(model(x), y).backward()
    norm = float(torch.sqrt(sum((p.grad.double() ** 2).sum() for p in model.parameters())))
    model.zero_grad(set_to_none=True)
    return norm


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target", type=float, default=0.02, help="training loss to stop at")
    ap.add_argument("--small-lr", type=float, default=0.05)
    ap.add_argument("--full-lr", type=float, default=0.05, help="the same as --small-lr by default (Keskar et al.)")
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    x, y, xt, yt = digits()
    for seed in range(args.seeds):
        rows = {}
        for name, batch, lr in (("batch 16", 16, args.small_lr), ("full batch", x.shape[0], args.full_lr)):
            model = mlp(seed)
            t0 = time.perf_counter()
            info = train(model, x, y, batch, lr, args.target, 100000 if batch >= x.shape[0] else 500, seed)
            with torch.no_grad():
                acc = float((model(xt).argmax(1) == yt).float().mean())
            m = measure(model, x, y)
            m["test accuracy"] = acc
            rows[name] = m
            print(f"seed {seed} {name}: lr {lr}, {info['steps']} steps ({info['epochs']} epochs), "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
        print(f"\nseed {seed}: {'measure':<26} {'batch 16':>12} {'full batch':>12}  sharper")
        for key in rows["batch 16"]:
            a, b = rows["batch 16"][key], rows["full batch"][key]
            verdict = "" if key in ("train loss", "test accuracy", "grad norm") else (
                "full batch" if b > a else "batch 16")
            print(f"        {key:<26} {a:>12.5g} {b:>12.5g}  {verdict}")
        print()


if __name__ == "__main__":
    main()
