"""PCA directions of a checkpoint sequence, and weights projected onto any frame.

Li et al. 2018 (`projection.py` of their loss-landscape code): with the last checkpoint
theta_n as the centre, form the rows `theta_i - theta_n` (i = 0..n), fit PCA(2) to them (PCA
centres the rows internally), and use the two unit components as directions (not filter
normalized). Points are projected *without* subtracting the mean, `x_i = <theta_i - theta_n,
pc1>`, so the centre checkpoint sits at the origin of the surface. The part of the offset
that the plane drops is reported as the projection residual, `|r_i - x_i pc1 - y_i pc2|`.
Component signs are fixed so that the first checkpoint has coordinates <= 0 (the path runs
towards the origin from the lower left), which makes the frame deterministic.

`project_points` projects weights onto any frame: for directions that are not orthonormal
(filter-normalized random ones) the coordinates solve the least-squares problem
`min_c |delta - sum_k c_k d_k|` (the normal equations with the frame's Gram matrix), which
for an orthonormal frame is the plain inner product.

Memory: PCA holds its rows as one float64 matrix [T, n] (n = selected parameters;
`memory_limit` refuses matrices that would not fit); `project_points` one state at a time.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

import numpy as np
import torch
from torch import nn

from .._validate import LandscapeMemoryError, check_choice, fail
from ._memory import free_memory
from .checkpoints import load_checkpoint, strip_prefix
from .directions import Directions
from .params import ParamSelector, flatten, select_parameters, unflatten, unwrap_model

__all__ = ["pca_directions", "project_points"]


def _offset(state: Mapping[str, torch.Tensor], names: Sequence[str], shapes: Dict[str, torch.Size],
            center: torch.Tensor, index: int, arg: str) -> torch.Tensor:
    """`theta - theta_centre` over `names`, float64 [n] on CPU."""
    state = strip_prefix(state, list(shapes))
    for n in names:
        t = state.get(n)
        if t is None:
            fail(arg, f"{arg}[{index}]", f"lacks the selected parameter {n!r}")
        if tuple(t.shape) != tuple(shapes[n]):
            fail(arg, f"{arg}[{index}]: {n} shape {tuple(t.shape)}", f"does not match the model's {tuple(shapes[n])}")
    return flatten({n: state[n].detach().cpu() for n in names}, names) - center


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
    dims = check_choice("dims", dims, (1, 2))
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
    shapes = {n: p.shape for n, p in named.items()}
    center = flatten({n: named[n].cpu() for n in names}, names)
    rows = torch.stack([_offset(load_checkpoint(c, "checkpoints"), names, shapes, center, i, "checkpoints")
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
    first = rows[0] @ comps.T  # deterministic signs: the first checkpoint at coordinates <= 0
    for k in range(dims):
        if float(first[k]) > 0:
            comps[k] = -comps[k]
    coords = (rows @ comps.T).numpy()  # no mean subtraction: theta_n at the origin
    residual = torch.linalg.vector_norm(rows - (rows @ comps.T) @ comps, dim=1).numpy()
    like = {n: named[n] for n in names}
    dirs = [unflatten(comps[k], like) for k in range(dims)]
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
    """Projects weights onto the frame `directions` centred at the model's current weights.

    Args:
        model: the centre.
        directions: one or two directions (dicts name -> tensor over the same parameters),
            orthonormal or not (see the module docstring).
        states: state dicts, models or file paths to project.

    Returns:
        (coords float64 [T, dims], residual float64 [T]): the coordinates `c` of the closest
        point `theta_c + sum_k c_k d_k` to each state, and the distance to it (the part of the
        offset off the frame, L2 over the directions' parameters).

    Raises:
        ValueError: naming `directions` when there are none, more than two, they name no
            parameter or are linearly dependent; naming `states` for a missing or misshapen
            parameter.
    """
    model = unwrap_model(model)
    if not isinstance(directions, (list, tuple)) or len(directions) not in (1, 2) or \
            not all(isinstance(d, Mapping) and d for d in directions):
        fail("directions", directions, "must hold one or two directions (non-empty dicts name -> tensor)")
    named = {n: p.detach() for n, p in model.named_parameters()}
    names = [n for n in named if n in directions[0]]
    unknown = [n for d in directions for n in d if n not in named]
    if unknown or not names:
        fail("directions", unknown[:3] or list(directions[0])[:3], "name no parameter of the model")
    comps = torch.stack([flatten({n: d[n].detach().cpu() for n in names}, names) for d in directions])  # [k, n]
    gram = (comps @ comps.T).numpy()
    if abs(np.linalg.det(gram)) <= 1e-12 * max(float(np.prod(np.diag(gram))), 1e-300):
        fail("directions", f"<{len(directions)} directions>", "are linearly dependent: no frame to project onto")
    shapes = {n: p.shape for n, p in named.items()}
    center = flatten({n: named[n].cpu() for n in names}, names)
    coords, residuals = [], []
    for i, s in enumerate(states):
        delta = _offset(load_checkpoint(s, "states"), names, shapes, center, i, "states")
        c = np.linalg.solve(gram, (comps @ delta).numpy())
        residuals.append(float(torch.linalg.vector_norm(delta - torch.from_numpy(c) @ comps)))
        coords.append(c)
    return (np.array(coords, dtype=np.float64).reshape(len(coords), len(directions)),
            np.array(residuals, dtype=np.float64))
