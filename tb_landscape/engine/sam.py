"""SAM-style sharpness: how much the loss rises one gradient-normalized step uphill.

`sam_sharpness = L(theta + rho g / ||g||) - L(theta)` (Foret et al. 2021), with g the gradient
of the batch-size-weighted mean loss over the evaluation batches, with respect to the
selected parameters, the model in eval mode (frozen BatchNorm, no dropout). The model is
restored exactly afterwards (see `_state.preserved`).
"""

from __future__ import annotations

import math
from typing import Any, Callable, Optional

import torch
from torch import nn

from ._state import preserved
from .._validate import check_positive_float, fail
from .data import EvalData, metrics_of_batch, prepare_data
from .params import ParamSelector, select_parameters, unwrap_model

__all__ = ["sam_sharpness"]


def sam_sharpness(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    rho: float = 0.05,
    *,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
) -> float:
    """`L(theta + rho g/||g||) - L(theta)` on the evaluation batches.

    Args:
        model, loss_fn, data: as in `compute_landscape` (`evaluate` for custom batches).
        rho: step length, in parameter distance (L2 over the selected parameters).
        params, trainable_only: the parameters that move (trainable ones by default).
        max_batches: use at most this many batches.

    Returns:
        The rise of the loss (float; NaN when the loss or gradient is not finite, 0.0 when the
        gradient is zero). Cost: one forward+backward and two forward passes over the data.

    Raises:
        ValueError: naming `rho` when not a positive number, `loss_fn` when not callable.
    """
    rho = check_positive_float("rho", rho)
    base_model = unwrap_model(model)
    if evaluate is None and not callable(loss_fn):
        fail("loss_fn", loss_fn, "must be callable loss_fn(outputs, targets) -> scalar (or pass evaluate=)")
    with preserved(base_model):
        device = next(iter(base_model.parameters())).device
        evaldata = data if isinstance(data, EvalData) else prepare_data(data, device, max_batches,
                                                                        custom=evaluate is not None)
        names = select_parameters(base_model, params, trainable_only)
        named = dict(base_model.named_parameters())
        selected = [named[n] for n in names]
        ids = {id(p) for p in selected}
        for p in base_model.parameters():
            p.requires_grad_(id(p) in ids)
        base_model.eval()
        total = float(sum(evaldata.sizes))
        grads = [torch.zeros_like(p) for p in selected]
        base = 0.0
        with torch.enable_grad():
            for batch, size in zip(evaldata.batches, evaldata.sizes):
                loss = metrics_of_batch(base_model, batch, loss_fn, {}, evaluate)["loss"]
                g = torch.autograd.grad(loss * (size / total), selected, allow_unused=True)
                for acc, gi in zip(grads, g):
                    if gi is not None:
                        acc.add_(gi)
                base += float(loss.detach()) * size / total
        norm = math.sqrt(sum(float(torch.sum(g.double() ** 2)) for g in grads))
        if not (math.isfinite(norm) and math.isfinite(base)):
            return math.nan
        if norm == 0.0:
            return 0.0
        with torch.no_grad():
            for p, g in zip(selected, grads):
                p.add_(g, alpha=rho / norm)
            moved = sum(float(metrics_of_batch(base_model, b, loss_fn, {}, evaluate)["loss"]) * n / total
                        for b, n in zip(evaldata.batches, evaldata.sizes))
        return moved - base
