"""Worst-case sharpness: the largest rise of the loss over a region around the weights.

`worst_case_sharpness` maximizes L(w + delta) over a region R around the weights w by
projected gradient ascent, with the loss L the batch-size-weighted mean over the evaluation
batches, the model in eval mode (frozen BatchNorm, no dropout) as in `sam_sharpness`:

- region="l2": the ball ||T^-1 delta||_2 <= rho. T = I by default; with
  normalization="filter", T = diag(||w_f|| + eta) scales each filter f (an output row of a
  weight tensor with dim >= 2; each entry of a tensor with dim <= 1) by its weights' norm:
  ASAM's adaptive ball (Kwon et al. 2021). A step moves u = T^-1 delta along the normalized
  gradient T g / ||T g|| and projects u back onto the ball.
- region="keskar": the box |delta_i| <= rho (|w_i| + 1) of Keskar et al. 2017, reported as
  their percentage 100 (max L - L(w)) / (1 + L(w)). A step moves each coordinate by a
  fraction of its half-width along sign(g_i) and clips to the box.

The first step from the centre has the full radius: in the L2 ball it lands on the one-step
SAM point w + rho g/||g|| (ASAM's with "filter"; the box corner along sign(g) for Keskar's
box), so the result is never below the one-step estimate. Later steps have `step_size` times
the radius (default 1: on a digits MLP, whole-radius steps turned along the sphere fastest
and found higher maxima in 10-50 steps than 0.25 or 0.5). With `restarts`, the ascent also
runs from random points of the region (uniform in the box; uniform in the ball); the best
point of all runs wins. A run stops early when a step leaves the point unchanged (a corner
of the box, a zero gradient).

The result is a local maximum, so a lower bound on the region's maximum. From the centre the
ascent starts along the gradient; at a minimum with a small gradient and a large top Hessian
eigenvalue the loss may rise more along that eigenvector than anywhere near the gradient,
and 20 steps may not turn that far: random restarts find it (they hold a small component
along every direction, which the ascent amplifies like a power iteration).

The model, its buffers, gradients, flags, modes and the global RNGs are exactly as before on
return (`_state.preserved`). Vector arithmetic runs in float64; the weights w + delta are
written in the parameters' dtype, so delta = 0 evaluates exactly at w.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Callable, Dict, List, Optional, Tuple

import numpy as np
import torch
from torch import nn

from ._state import preserved
from .._validate import fail
from ..specs import SharpnessSpec
from .data import metrics_of_batch
from .directions import _filter_norms, _transposed_groups
from .hessian import _setup
from .params import ParamSelector, flatten, parameter_owners, unflatten, unwrap_model

__all__ = ["worst_case_sharpness", "WorstCaseSharpness"]


@dataclasses.dataclass
class WorstCaseSharpness:
    """The largest loss found over a region around the weights.

    Attributes:
        value: "l2": max_loss - center_loss; "keskar": 100 (max_loss - center_loss) /
            (1 + center_loss) (Keskar et al.'s percentage). NaN when the centre's loss or
            gradient is not finite.
        center_loss: L(w).
        max_loss: the largest finite loss found in the region.
        region, normalization, rho: the region searched.
        steps_used: gradient steps taken over all runs (each one forward+backward pass).
        restarts: random starts besides the centre.
        history: float64 [restarts + 1, steps + 1], the loss at every point of every run
            (row 0 starts at the centre, so history[0, 0] is center_loss and history[0, 1]
            the one-step point); NaN after an early stop.
        extent: the best point's size in the region's own norm over its bound (<= 1):
            ||T^-1 delta|| / rho, or max_i |delta_i| / (rho (|w_i| + 1)).
        perturbation: the best delta as name -> tensor (with `return_perturbation=True`).
    """

    value: float
    center_loss: float
    max_loss: float
    region: str
    normalization: Optional[str]
    rho: float
    steps_used: int
    restarts: int
    history: np.ndarray
    extent: float
    perturbation: Optional[Dict[str, torch.Tensor]] = None

    def __float__(self) -> float:
        return float(self.value)


class _Objective:
    """L(w + delta) and its gradient for flat float64 `delta` over the selected parameters."""

    def __init__(self, model: nn.Module, loss_fn, evaldata, names: List[str], evaluate):
        named = dict(model.named_parameters())
        self.model, self.loss_fn, self.data, self.evaluate = model, loss_fn, evaldata, evaluate
        self.params = [named[n] for n in names]
        self.like = {n: named[n] for n in names}
        self.w0 = flatten({n: p.detach() for n, p in self.like.items()}, names)
        self.total = float(sum(evaldata.sizes))
        self.steps = 0
        selected = {id(p) for p in self.params}
        for p in model.parameters():
            p.requires_grad_(id(p) in selected)
        model.eval()

    def _place(self, delta: torch.Tensor) -> None:
        with torch.no_grad():
            for p, t in zip(self.params, unflatten(self.w0 + delta, self.like).values()):
                p.copy_(t)

    def _batch_loss(self, batch) -> torch.Tensor:
        loss = metrics_of_batch(self.model, batch, self.loss_fn, {}, self.evaluate)["loss"]
        if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
            fail("loss_fn", type(loss).__name__, "must return a scalar tensor for worst_case_sharpness")
        return loss.reshape(())

    def loss_and_grad(self, delta: torch.Tensor) -> Tuple[float, torch.Tensor]:
        self._place(delta)
        self.steps += 1
        grad = torch.zeros_like(self.w0)
        loss = 0.0
        with torch.enable_grad():
            for batch, size in zip(self.data.batches, self.data.sizes):
                value = self._batch_loss(batch)
                g = torch.autograd.grad(value * (size / self.total), self.params, allow_unused=True)
                grad += flatten(dict(zip(self.like, g)), self.like, like=self.like)
                loss += float(value.detach()) * size / self.total
        return loss, grad

    def loss(self, delta: torch.Tensor) -> float:
        self._place(delta)
        with torch.no_grad():
            return sum(float(self._batch_loss(b)) * n / self.total for b, n in zip(self.data.batches, self.data.sizes))


class _Ball:
    """The ball ||delta / t|| <= rho (t = 1, or the filter norms + eta)."""

    def __init__(self, t: torch.Tensor, rho: float):
        self.t, self.rho = t, rho

    def step(self, delta: torch.Tensor, grad: torch.Tensor, fraction: float) -> torch.Tensor:
        gu = grad * self.t  # the gradient with respect to u = delta / t
        norm = torch.linalg.vector_norm(gu)
        if not norm > 0:
            return delta
        u = delta / self.t + (fraction * self.rho / norm) * gu
        size = torch.linalg.vector_norm(u)
        if size > self.rho:
            u = u * (self.rho / size)
        return u * self.t

    def random(self, gen: torch.Generator) -> torch.Tensor:
        u = torch.randn(self.t.numel(), generator=gen, dtype=torch.float64).to(self.t.device)
        radius = self.rho * float(torch.rand((), generator=gen, dtype=torch.float64)) ** (1.0 / u.numel())
        return u * (radius / torch.linalg.vector_norm(u)) * self.t

    def extent(self, delta: torch.Tensor) -> float:
        return float(torch.linalg.vector_norm(delta / self.t)) / self.rho


class _Box:
    """The box |delta_i| <= r_i = rho (|w_i| + 1) (Keskar et al. 2017)."""

    def __init__(self, w0: torch.Tensor, rho: float):
        self.r = rho * (w0.abs() + 1.0)

    def step(self, delta: torch.Tensor, grad: torch.Tensor, fraction: float) -> torch.Tensor:
        moved = delta + fraction * self.r * torch.sign(grad)
        return torch.maximum(torch.minimum(moved, self.r), -self.r)

    def random(self, gen: torch.Generator) -> torch.Tensor:
        u = torch.rand(self.r.numel(), generator=gen, dtype=torch.float64).to(self.r.device)
        return (2.0 * u - 1.0) * self.r

    def extent(self, delta: torch.Tensor) -> float:
        return float((delta.abs() / self.r).max())


def _filter_scale(model: nn.Module, names: List[str], like: Dict[str, torch.Tensor], eta: float) -> torch.Tensor:
    """t = ||w_f|| + eta per entry: the norm of its filter (dim >= 2), |w_i| (dim <= 1)."""
    owners = parameter_owners(model)
    parts = {}
    for n in names:
        w = like[n].detach().double()
        if w.dim() <= 1:
            parts[n] = w.abs()
        else:
            module, attr = owners[n]
            parts[n] = _filter_norms(w, _transposed_groups(module, attr)).expand_as(w)
    return flatten(parts, names) + eta


def _ascend(obj: _Objective, region, start: torch.Tensor, spec: SharpnessSpec, from_centre: bool):
    """One run of projected ascent.

    Returns:
        (losses float64 [steps + 1], NaN after a stop; the best finite loss (-inf if none);
        its delta; whether the start point's loss and gradient were finite).
    """
    history = np.full(spec.steps + 1, math.nan)
    best, best_delta, start_ok = -math.inf, start, False
    delta = start
    for k in range(spec.steps + 1):
        if k == spec.steps:
            loss, grad = obj.loss(delta), None
        else:
            loss, grad = obj.loss_and_grad(delta)
        history[k] = loss
        if math.isfinite(loss) and loss > best:
            best, best_delta = loss, delta
        if grad is None or not bool(torch.isfinite(grad).all()):
            break
        start_ok = start_ok or (k == 0 and math.isfinite(loss))
        moved = region.step(delta, grad, 1.0 if (from_centre and k == 0) else spec.step_size)
        if torch.equal(moved, delta):
            break
        delta = moved
    return history, best, best_delta, start_ok


def worst_case_sharpness(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    rho: float = 0.05,
    *,
    region: str = "l2",
    normalization: Optional[str] = None,
    steps: int = 20,
    restarts: int = 0,
    step_size: float = 1.0,
    eta: float = 0.01,
    seed: int = 0,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
    return_perturbation: bool = False,
) -> WorstCaseSharpness:
    """The largest rise of the loss over a region around the weights (projected ascent).

    Args:
        model, loss_fn, data: as in `compute_landscape` (`evaluate` for custom batches).
        rho: the radius: of the L2 ball (parameter distance, or filter-normalized units with
            normalization="filter"), or the box's relative half-width for "keskar" (Keskar
            et al. used 1e-3 and 5e-4).
        region: "l2" or "keskar" (see the module docstring).
        normalization: None, or "filter" (ASAM's adaptive ball; region "l2" only).
        steps: gradient steps per run; restarts: runs from random points besides the centre.
        step_size: step length as a fraction of the radius after the first step.
        eta: added to the filter norms with normalization="filter".
        seed: seed of the random starts (a CPU generator; the global RNGs are untouched).
        params, trainable_only: the parameters that move (trainable ones by default).
        max_batches: use at most this many batches.
        return_perturbation: also return the best delta as a dict name -> tensor.

    Returns:
        A `WorstCaseSharpness`. Cost: up to (restarts + 1) * steps forward+backward passes
        and restarts + 1 forward passes over the data.

    Raises:
        ValueError: naming `rho`, `region`, `normalization`, `steps`, `restarts`,
            `step_size`, `eta`, `seed`, `params` or `loss_fn` when invalid.
    """
    spec = SharpnessSpec(rho=rho, region=region, normalization=normalization, steps=steps, restarts=restarts,
                         step_size=step_size, eta=eta, seed=seed)  # the one validator
    with preserved(unwrap_model(model)):
        base, names, evaldata = _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches)
        obj = _Objective(base, loss_fn, evaldata, names, evaluate)
        if spec.region == "keskar":
            region_ = _Box(obj.w0, spec.rho)
        else:
            scale = _filter_scale(base, names, obj.like, spec.eta) if spec.normalization else torch.ones_like(obj.w0)
            region_ = _Ball(scale, spec.rho)
        gen = torch.Generator().manual_seed(int(spec.seed))
        runs = [_ascend(obj, region_, torch.zeros_like(obj.w0), spec, True)]
        for _ in range(spec.restarts if runs[0][3] else 0):
            runs.append(_ascend(obj, region_, region_.random(gen), spec, False))
        return _result(obj, region_, runs, spec, return_perturbation)


def _result(obj: _Objective, region, runs, spec: SharpnessSpec, return_perturbation: bool) -> WorstCaseSharpness:
    history = np.full((spec.restarts + 1, spec.steps + 1), math.nan)
    for i, run in enumerate(runs):
        history[i] = run[0]
    centre = float(history[0, 0])
    best_run = max(range(len(runs)), key=lambda i: runs[i][1])
    max_loss, delta = runs[best_run][1], runs[best_run][2]
    if not runs[0][3]:  # the centre's loss or gradient is not finite
        value = math.nan
    elif spec.region == "keskar":
        value = 100.0 * (max_loss - centre) / (1.0 + centre)
    else:
        value = max_loss - centre
    perturbation = unflatten(delta, obj.like) if return_perturbation else None
    return WorstCaseSharpness(value, centre, max_loss if math.isfinite(max_loss) else math.nan, spec.region,
                              spec.normalization, spec.rho, obj.steps, spec.restarts, history,
                              region.extent(delta), perturbation)
