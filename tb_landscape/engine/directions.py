"""Directions in weight space: random (filter-, layer- or un-normalized), explicit, and the
line or plane through two or three models.

A direction is a dict `parameter name -> tensor` shaped like the parameter (see `params`).
A landscape's frame is one direction (1D) or two (2D), carried as a `Directions` tuple.

Filter normalization follows Li et al. 2018 (`net_plotter.py` of their loss-landscape code):
draw d ~ N(0, I) shaped like each parameter; for each tensor with dim >= 2 and each filter i
(one output channel, or one neuron's row), scale `d[i] *= ||w[i]|| / (||d[i]|| + 1e-10)`, so
that moving one unit along the direction moves every filter by its own norm. Tensors with
dim <= 1 (biases) and the parameters of normalization layers get direction zero
(`ignore="biasbn"`, the default of every example in Li et al.'s code); with `ignore=None`
they get a copy of the weights, as Li et al. do. ConvTranspose weights are laid out
`[in, out / groups, *kernel]`: their filters (one per output channel) run along dim 1
within each group, and are normalized as such (Li et al.'s code treats dim 0 as filters).
The random draws are Li et al.'s too: one `torch.randn(shape)` per parameter of
`model.parameters()` in order, first direction then second, from a CPU generator seeded with
`seed` (the same numbers as their code after `torch.manual_seed(seed)`), whatever subset of
parameters is selected, so a subset's directions are the restriction of the full ones.
"""

from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import torch
from torch import nn

from .._validate import check_choice, fail
from ..specs import DirectionSpec
from .checkpoints import strip_prefix
from .params import (NORM_LAYERS, ParamSelector, dict_dot, dict_norm, parameter_owners,
                     select_parameters, unflatten, unwrap_model)

__all__ = [
    "Directions",
    "random_directions",
    "normalize_direction",
    "interpolation_directions",
    "frame_id",
]

_UNITS = {"filter": "filter-normalized units", "layer": "layer-normalized units",
          None: "N(0, 1) units (unnormalized)"}

Direction = Dict[str, torch.Tensor]


class Directions(tuple):
    """A tuple of one or two directions (dicts name -> tensor) with their provenance.

    Behaves as a plain tuple (`d1, d2 = dirs`); `compute_landscape(directions=dirs)` reads
    the attributes to fill in the landscape's provenance.

    Attributes:
        method: how the directions were made ("random", "pca", "hessian", "interpolate",
            "explicit").
        normalization: "filter", "layer", "none", or what the method implies
            (e.g. "unit (PCA component)").
        seed: the random seed, or None.
        unit: unit of the landscape axes along these directions.
        labels: one axis label per direction.
        explained_variance: per-direction explained variance ratio (PCA), or None.
        extra: further provenance, str -> str.
    """

    def __new__(cls, directions: Sequence[Direction], method: str = "explicit", normalization: str = "none",
                seed: Optional[int] = None, unit: str = "", labels: Optional[Sequence[str]] = None,
                explained_variance: Optional[Sequence[float]] = None, extra: Optional[Dict[str, str]] = None):
        self = super().__new__(cls, tuple(directions))
        self.method = method
        self.normalization = normalization
        self.seed = seed
        self.unit = unit
        self.labels = tuple(labels) if labels is not None else tuple(f"direction {i + 1}" for i in range(len(self)))
        self.explained_variance = tuple(explained_variance) if explained_variance is not None else None
        self.extra = dict(extra or {})
        return self

    def __reduce__(self):
        return (_rebuild_directions, (tuple(self), self.method, self.normalization, self.seed, self.unit,
                                      self.labels, self.explained_variance, self.extra))

    @property
    def dims(self) -> int:
        return len(self)

    def frame_id(self) -> str:
        """Stable hash of the direction tensors (see `frame_id`)."""
        return frame_id(self)


def _rebuild_directions(dirs, method, normalization, seed, unit, labels, explained_variance, extra):
    return Directions(dirs, method, normalization, seed, unit, labels, explained_variance, extra)


def frame_id(directions: Sequence[Direction]) -> str:
    """A stable 16-hex-digit hash of directions: names, dtypes, shapes and exact values.

    All-zero tensors are skipped, so a direction with explicit zeros for excluded parameters
    hashes like one without them. Equal on every device for equal values.
    """
    h = hashlib.blake2b(digest_size=8)
    for k, d in enumerate(directions):
        h.update(f"direction {k}\n".encode())
        for name in sorted(d):
            t = d[name].detach()
            if not bool(torch.any(t != 0)):
                continue
            t = t.cpu().contiguous().reshape(-1)
            h.update(f"{name}|{t.dtype}|{tuple(d[name].shape)}\n".encode())
            h.update(t.view(torch.uint8).numpy().tobytes())
    return h.hexdigest()


# ---- normalization -------------------------------------------------------------------------

def _filter_norms(t: torch.Tensor, transposed_groups: Optional[int]) -> torch.Tensor:
    """Per-filter L2 norms, broadcastable against `t`.

    Ordinary tensors: filters along dim 0 -> shape [n, 1, 1, ...]. ConvTranspose weights
    `[in, out/g, *k]` with g groups: one filter per output channel, spanning that group's
    inputs -> shape [in, out/g, 1, ...] after broadcasting within each group.
    """
    if transposed_groups is None:
        return torch.linalg.vector_norm(t.reshape(t.shape[0], -1), dim=1).reshape(
            (t.shape[0],) + (1,) * (t.dim() - 1))
    g = transposed_groups
    cin, cout_g = t.shape[0], t.shape[1]
    grouped = t.reshape(g, cin // g, cout_g, -1)
    norms = torch.linalg.vector_norm(grouped, dim=(1, 3))  # [g, out/g]
    return norms.reshape(g, 1, cout_g, 1).expand(g, cin // g, cout_g, 1).reshape(
        (cin, cout_g) + (1,) * (t.dim() - 2))


def normalize_direction(
    d: torch.Tensor,
    w: torch.Tensor,
    normalization: Optional[str] = "filter",
    *,
    transposed_groups: Optional[int] = None,
) -> torch.Tensor:
    """Scales one direction tensor against its weight tensor (returns a new tensor).

    Args:
        d: direction tensor, same shape as `w`.
        w: the parameter's values at the centre.
        normalization: "filter": every filter of `d` gets the norm of the matching filter of
            `w` (`d[i] * ||w[i]|| / (||d[i]|| + 1e-10)`); "layer": the whole tensor gets the
            norm of `w`; None: unchanged.
        transposed_groups: for a ConvTranspose weight, its `groups` (filters along dim 1);
            None for every other tensor (filters along dim 0).

    Returns:
        The normalized direction, dtype and device of `d`. Arithmetic runs in float32 at least.
    """
    normalization = DirectionSpec(normalization=normalization).normalization
    if d.shape != w.shape:
        fail("d", tuple(d.shape), f"does not match the weight's shape {tuple(w.shape)}")
    if normalization is None:
        return d.clone()
    work = torch.promote_types(d.dtype, torch.float32)
    dd, ww = d.to(work), w.detach().to(work)
    if normalization == "layer":
        out = dd * (torch.linalg.vector_norm(ww) / (torch.linalg.vector_norm(dd) + 1e-10))
    elif d.dim() <= 1:
        out = dd * (ww.abs() / (dd.abs() + 1e-10))  # a scalar per filter
    else:
        out = dd * (_filter_norms(ww, transposed_groups) / (_filter_norms(dd, transposed_groups) + 1e-10))
    return out.to(d.dtype)


def _transposed_groups(module: nn.Module, attr: str) -> Optional[int]:
    if isinstance(module, nn.modules.conv._ConvTransposeNd) and attr == "weight":
        return int(module.groups)
    return None


def random_directions(
    model: nn.Module,
    dims: int = 2,
    normalization: Optional[str] = "filter",
    seed: int = 0,
    params: ParamSelector = None,
    *,
    ignore: Optional[str] = "biasbn",
    trainable_only: bool = True,
) -> Directions:
    """Random directions around the model's current weights (Li et al. 2018).

    Args:
        model: the centre model (DDP/DataParallel wrappers are unwrapped).
        dims: number of directions, 1 or 2.
        normalization: "filter" (default), "layer" or None (raw N(0, 1) draws).
        seed: seed of the CPU generator the draws come from; the global RNGs are untouched.
        params: restrict to a parameter subset (see `select_parameters`); trainable
            parameters by default.
        ignore: "biasbn" (default): tensors with dim <= 1 and normalization-layer parameters
            get direction zero; None: they get a copy of their weights (Li et al.).
        trainable_only: keep only parameters with `requires_grad=True`.

    Returns:
        `Directions` of `dims` dicts, one entry per selected parameter (zeros for ignored
        ones; unselected parameters are absent), on each parameter's device and dtype.

    Raises:
        ValueError: naming the argument, for `dims` not 1 or 2, an unknown `normalization`
            or `ignore`, a seed that is not an integer, or an empty parameter selection.
    """
    model = unwrap_model(model)
    dims = check_choice("dims", dims, (1, 2))
    spec = DirectionSpec(normalization=normalization, seed=seed, params=params, ignore=ignore,
                         trainable_only=trainable_only)  # the one validator
    normalization, seed, ignore = spec.normalization, spec.seed, spec.ignore
    names = set(select_parameters(model, spec.params, spec.trainable_only))
    owners = parameter_owners(model)
    generator = torch.Generator(device="cpu")
    generator.manual_seed(seed)
    out: List[Direction] = []
    with torch.no_grad():
        for _ in range(dims):
            direction: Direction = {}
            for name, p in model.named_parameters():
                r = torch.randn(p.size(), generator=generator)  # Li et al.: torch.randn(w.size())
                if name not in names:
                    continue
                module, attr = owners[name]
                w = p.detach()
                if ignore == "biasbn" and (p.dim() <= 1 or isinstance(module, NORM_LAYERS)):
                    d = torch.zeros_like(w)
                elif p.dim() <= 1:
                    d = w.clone()  # Li et al. with ignore off: keep the bias itself as direction
                else:
                    d = normalize_direction(r.to(device=w.device, dtype=w.dtype), w, normalization,
                                            transposed_groups=_transposed_groups(module, attr))
                direction[name] = d
            out.append(direction)
    return Directions(out, method="random", normalization=str(normalization).lower(), seed=seed,
                      unit=_UNITS[normalization],
                      extra={"ignore": str(ignore)})


# ---- explicit directions ---------------------------------------------------------------------

def _as_direction(arg: str, value: Any, named: Dict[str, nn.Parameter], names: Sequence[str],
                  device: torch.device) -> Direction:
    if isinstance(value, torch.Tensor) and value.dim() == 1:
        total = sum(named[n].numel() for n in names)
        if value.numel() != total:
            fail(arg, f"Tensor[{value.numel()}]", f"is a flat direction of the wrong size: the selected "
                 f"parameters have {total} entries")
        value = {n: t.to(device) for n, t in unflatten(value, {n: named[n] for n in names}).items()}
    elif isinstance(value, Mapping):
        value = strip_prefix(value, list(named))
        out = {}
        for n, t in value.items():
            if n not in named:
                fail(arg, n, f"names no parameter of the model (e.g. {list(named)[:4]})")
            if n not in names:
                continue
            if not isinstance(t, torch.Tensor):
                fail(arg, f"{n}: {type(t).__name__}", "must be a tensor")
            if tuple(t.shape) != tuple(named[n].shape):
                fail(arg, f"{n}: shape {tuple(t.shape)}", f"does not match the parameter's shape "
                     f"{tuple(named[n].shape)}")
            out[n] = t.detach().to(device=device, dtype=named[n].dtype)
        value = out
    else:
        fail(arg, type(value).__name__, "must be a dict name -> tensor or a flat 1-D tensor")
    for n, t in value.items():
        if not bool(torch.isfinite(t).all()):
            fail(arg, n, "has non-finite values")
    if not value:
        fail(arg, "{}", "moves no selected parameter")
    return value


def explicit_directions(model: nn.Module, directions: Any, names: Optional[Sequence[str]],
                        device: torch.device) -> Directions:
    """Validates user directions (one or two dicts or flat tensors) into a `Directions`.

    Args:
        model: the (unwrapped) centre model.
        directions: a dict or flat tensor (1D), or a sequence of one or two of them.
        names: the selected parameter names; None for all parameters named by the directions
            (flat tensors then cover all trainable parameters in order).
        device: where the tensors go.

    Raises:
        ValueError: naming `directions` for a count other than 1 or 2, an unknown parameter
            name, a shape or size mismatch, or non-finite values.
    """
    if isinstance(directions, (Mapping, torch.Tensor)):
        seq = [directions]
    elif isinstance(directions, (tuple, list)):
        seq = list(directions)
    else:
        fail("directions", directions, "must be a method name, a dict or tensor, or a sequence of one "
             "or two of them")
    if len(seq) not in (1, 2):
        fail("directions", f"<{len(seq)} directions>", "must hold one direction (1D) or two (2D)")
    named = dict(model.named_parameters())
    if names is None:
        if all(isinstance(d, Mapping) for d in seq):
            keys = set()
            for d in seq:
                keys.update(strip_prefix(d, list(named)).keys())
            names = [n for n in named if n in keys] or list(keys)
        else:
            names = [n for n, p in named.items() if p.requires_grad]
    dirs = [_as_direction("directions", d, named, names, device) for d in seq]
    if isinstance(directions, Directions):
        return Directions(dirs, directions.method, directions.normalization, directions.seed, directions.unit,
                          directions.labels, directions.explained_variance, directions.extra)
    return Directions(dirs, method="explicit", normalization="as given", unit="direction units")


# ---- lines and planes through models ---------------------------------------------------------------

def _state_of(arg: str, other: Any, names: Sequence[str], named: Dict[str, nn.Parameter],
              device: torch.device) -> Dict[str, torch.Tensor]:
    if isinstance(other, nn.Module):
        other = dict(unwrap_model(other).named_parameters())
    if not isinstance(other, Mapping):
        fail(arg, type(other).__name__, "must be a model or a state dict")
    other = strip_prefix(other, list(named))
    out = {}
    for n in names:
        if n not in other:
            fail(arg, n, "is a selected parameter missing from the other model / state dict")
        t = other[n]
        if tuple(t.shape) != tuple(named[n].shape):
            fail(arg, f"{n}: shape {tuple(t.shape)}", f"does not match the model's {tuple(named[n].shape)}")
        out[n] = t.detach().to(device=device, dtype=named[n].dtype)
    return out


def interpolation_directions(
    model: nn.Module,
    others: Any,
    params: ParamSelector = None,
    *,
    trainable_only: bool = True,
) -> Tuple[Directions, List[Tuple[float, ...]]]:
    """The line from `model` to one other model, or the plane through `model` and two others.

    One other model B: the direction is `w_B - w_A` (no normalization), the axis is the
    interpolation coefficient (A at 0, B at 1). Two others B, C: an orthonormal basis of the
    plane (Gram-Schmidt: u = (B - A)/|B - A|, v = the part of C - A orthogonal to u, unit
    length), axes in parameter distance (L2) with A at (0, 0), B at (|B - A|, 0) and C at
    (<C - A, u>, |C - A - <C - A, u> u|) (as in Garipov et al. 2018).

    Args:
        model: model A, the centre.
        others: a model or state dict, or a sequence of one or two of them.
        params: parameter subset (see `select_parameters`).
        trainable_only: keep only parameters with `requires_grad=True`.

    Returns:
        (directions, anchors): the `Directions`, and the coordinates of A, B (and C).

    Raises:
        ValueError: naming `others` for a count other than 1 or 2, a missing parameter or
            shape mismatch, a model equal to A, or three collinear models.
    """
    model = unwrap_model(model)
    if isinstance(others, (nn.Module, Mapping)):
        others = [others]
    if not isinstance(others, (list, tuple)) or len(others) not in (1, 2):
        fail("others", others, "must be one model or state dict (a line) or two (a plane)")
    names = select_parameters(model, params, trainable_only)
    named = dict(model.named_parameters())
    device = next(iter(named.values())).device
    w0 = {n: named[n].detach() for n in names}
    diffs = []
    for o in others:
        s = _state_of("others", o, names, named, device)
        diffs.append({n: s[n] - w0[n] for n in names})
    norm_b = dict_norm(diffs[0])
    if norm_b == 0:
        fail("others", "others[0]", "has the same selected weights as the model: no line to draw")
    if len(others) == 1:
        return (Directions([diffs[0]], method="interpolate", normalization="none", unit="interpolation coefficient",
                           labels=["interpolation (model to others[0])"]),
                [(0.0,), (1.0,)])
    u = {n: t / norm_b for n, t in diffs[0].items()}
    c = dict_dot(diffs[1], u)
    v = {n: diffs[1][n] - c * u[n] for n in names}
    h = dict_norm(v)
    if h <= 1e-6 * max(norm_b, dict_norm(diffs[1])):
        fail("others", "others[1]", "lies on the line through the model and others[0]: no plane")
    v = {n: t / h for n, t in v.items()}
    dirs = Directions([u, v], method="interpolate", normalization="orthonormal (Gram-Schmidt)",
                      unit="parameter distance (L2)",
                      labels=["towards others[0]", "towards others[1] (orthogonalized)"])
    return dirs, [(0.0, 0.0), (norm_b, 0.0), (c, h)]
