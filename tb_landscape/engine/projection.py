"""PCA directions from a sequence of checkpoints, and the trajectory projected onto them.

Li et al. 2018 (`projection.py` of their loss-landscape code): with the last checkpoint
theta_n as the centre, form the rows `theta_i - theta_n` (i = 0..n), fit PCA(2) to them (PCA
centres the rows internally), and use the two unit components as directions (not filter
normalized). Points are projected *without* subtracting the mean, `x_i = <theta_i - theta_n,
pc1>`, so the centre checkpoint sits at the origin of the surface. The part of the offset
that the plane drops is reported as the projection residual, `|r_i - x_i pc1 - y_i pc2|`.

Component signs are fixed so that the first checkpoint has coordinates <= 0 (the path runs
towards the origin from the lower left), which makes the frame deterministic.

Memory: the rows are held as one float64 matrix [T, n] (n = selected parameters); files are
read one at a time. `memory_limit` (bytes) refuses matrices that would not fit.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

import numpy as np
import torch
from torch import nn

from ._validate import check_choice, fail
from .directions import Directions, _strip_prefix
from .grid import LandscapeMemoryError, free_memory
from .params import ParamSelector, select_parameters, unwrap_model

__all__ = ["load_checkpoint", "pca_directions", "project_points"]


def load_checkpoint(checkpoint: Any, arg: str = "checkpoint") -> Dict[str, torch.Tensor]:
    """A checkpoint as a flat state dict name -> tensor (parameters and buffers).

    Accepts a state dict, a model, or a file path (`torch.load(weights_only=True)` on CPU);
    a dict holding the state under "state_dict" or "model_state_dict" (common training
    checkpoints) is unpacked; a DDP `module.` prefix is kept (stripped when matched).
    """
    if isinstance(checkpoint, (str, os.PathLike)):
        if not os.path.exists(checkpoint):
            fail(arg, str(checkpoint), "is not an existing file")
        checkpoint = torch.load(checkpoint, map_location="cpu", weights_only=True)
    if isinstance(checkpoint, nn.Module):
        checkpoint = unwrap_model(checkpoint).state_dict()
    if not isinstance(checkpoint, Mapping):
        fail(arg, type(checkpoint).__name__, "must be a state dict, a model or a file path")
    for key in ("state_dict", "model_state_dict", "model"):
        inner = checkpoint.get(key)
        if isinstance(inner, Mapping) and inner and all(isinstance(v, torch.Tensor) for v in inner.values()):
            checkpoint = inner
            break
    return {k: v for k, v in checkpoint.items() if isinstance(v, torch.Tensor)}


def _row(state: Mapping[str, torch.Tensor], names: Sequence[str], named: Dict[str, torch.Tensor],
         center: Dict[str, torch.Tensor], index: int) -> torch.Tensor:
    state = _strip_prefix(state, list(named))
    parts = []
    for n in names:
        t = state.get(n)
        if t is None:
            fail("checkpoints", f"checkpoints[{index}]", f"lacks the selected parameter {n!r}")
        if tuple(t.shape) != tuple(named[n].shape):
            fail("checkpoints", f"checkpoints[{index}]: {n} shape {tuple(t.shape)}",
                 f"does not match the model's {tuple(named[n].shape)}")
        parts.append((t.detach().to(device="cpu", dtype=torch.float64) - center[n]).reshape(-1))
    return torch.cat(parts)


def pca_directions(
    model: nn.Module,
    checkpoints: Sequence[Any],
    dims: int = 2,
    params: ParamSelector = None,
    *,
    trainable_only: bool = True,
    memory_limit: Optional[int] = None,
) -> Tuple[Directions, Dict[str, np.ndarray]]:
    """PCA directions of a checkpoint sequence around the model (which should hold the last one).

    Args:
        model: the centre model; its current selected parameters are theta_n.
        checkpoints: two or more state dicts, models or file paths, oldest first.
        dims: number of components, 1 or 2.
        params: parameter subset (see `select_parameters`).
        trainable_only: keep only parameters with `requires_grad=True`.
        memory_limit: bytes allowed for the [T, n] float64 row matrix (default: half the
            available memory).

    Returns:
        (directions, info): unit-norm `Directions` (method "pca", with explained variance
        ratios and axis labels "PC 1 (62.1%)"), and `info` with "coords" float64 [T, dims]
        (projection of every checkpoint), "residual" float64 [T] and "explained_variance".

    Raises:
        ValueError: naming `checkpoints` when fewer than two are given, a parameter is
            missing or misshapen, all checkpoints are identical, or (dims=2) they vary along
            a single direction only; naming `dims` for other values than 1 or 2.
        LandscapeMemoryError: when the row matrix would exceed `memory_limit`.
    """
    check_choice("dims", dims, (1, 2))
    model = unwrap_model(model)
    if checkpoints is None or isinstance(checkpoints, (str, bytes)) or len(checkpoints) < 2:
        fail("checkpoints", None if checkpoints is None else f"<{len(checkpoints)} checkpoint(s)>",
             "must hold at least two checkpoints for PCA")
    names = select_parameters(model, params, trainable_only)
    named = {n: p.detach() for n, p in model.named_parameters()}
    n_total = sum(named[n].numel() for n in names)
    need = 8 * n_total * (len(checkpoints) + 2)
    limit = memory_limit or free_memory(torch.device("cpu")) // 2
    if need > limit:
        raise LandscapeMemoryError(
            f"PCA of {len(checkpoints)} checkpoints x {n_total} parameters needs about {need / 2**20:.0f} MiB, "
            f"over memory_limit={limit / 2**20:.0f} MiB: pass fewer checkpoints or a parameter subset (params=)")
    center = {n: named[n].to(device="cpu", dtype=torch.float64) for n in names}
    rows = torch.stack([_row(load_checkpoint(c, "checkpoints"), names, named, center, i)
                        for i, c in enumerate(checkpoints)])  # [T, n]
    centred = rows - rows.mean(dim=0, keepdim=True)
    if float(centred.abs().max()) == 0.0:
        fail("checkpoints", f"<{len(checkpoints)} checkpoints>", "are identical on the selected parameters: "
             "no direction to find")
    # PCA via SVD of the centred rows (T x n, T small): components are rows of vh.
    _, s, vh = torch.linalg.svd(centred, full_matrices=False)
    var = s ** 2
    ratios = (var / var.sum()).tolist()
    if dims == 2 and (len(s) < 2 or float(s[1]) <= 1e-12 * float(s[0])):
        fail("checkpoints", f"<{len(checkpoints)} checkpoints>", "vary along a single direction only: use dims=1 "
             "or more (non-collinear) checkpoints")
    comps = vh[:dims]
    # deterministic signs: the first checkpoint at coordinates <= 0
    first = rows[0] @ comps.T
    for k in range(dims):
        if float(first[k]) > 0:
            comps[k] = -comps[k]
    coords = (rows @ comps.T).numpy()  # no mean subtraction: theta_n at the origin
    residual = torch.linalg.vector_norm(rows - (rows @ comps.T) @ comps, dim=1).numpy()
    dirs = []
    for k in range(dims):
        d, i = {}, 0
        for n in names:
            p = named[n]
            d[n] = comps[k, i:i + p.numel()].reshape(p.shape).to(device=p.device, dtype=p.dtype)
            i += p.numel()
        dirs.append(d)
    labels = [f"PC {k + 1} ({100 * ratios[k]:.1f}%)" for k in range(dims)]
    directions = Directions(dirs, method="pca", normalization="unit (PCA component)",
                            unit="parameter distance (L2)", labels=labels, explained_variance=ratios[:dims],
                            extra={"checkpoints": str(len(checkpoints))})
    return directions, {"coords": coords, "residual": residual, "explained_variance": np.array(ratios[:dims])}


def project_points(
    model: nn.Module,
    directions: Sequence[Mapping[str, torch.Tensor]],
    states: Sequence[Any],
) -> Tuple[np.ndarray, np.ndarray]:
    """Projects weights onto an orthonormal frame centred at the model's current weights.

    Args:
        model: the centre.
        directions: orthonormal directions (e.g. from `pca_directions` or Hessian
            eigenvectors), dicts name -> tensor over the same parameters.
        states: state dicts, models or file paths to project.

    Returns:
        (coords float64 [T, dims], residual float64 [T]): `x_k = <theta - theta_c, d_k>` and
        the norm of the offset's part outside the frame.
    """
    model = unwrap_model(model)
    names = list(directions[0].keys())
    named = {n: p.detach() for n, p in model.named_parameters()}
    center = {n: named[n].to(device="cpu", dtype=torch.float64) for n in names}
    comps = torch.stack([torch.cat([d[n].detach().to("cpu", torch.float64).reshape(-1) for n in names])
                         for d in directions])
    rows = torch.stack([_row(load_checkpoint(s, "states"), names, named, center, i) for i, s in enumerate(states)])
    coords = rows @ comps.T
    residual = torch.linalg.vector_norm(rows - coords @ comps, dim=1)
    return coords.numpy(), residual.numpy()
