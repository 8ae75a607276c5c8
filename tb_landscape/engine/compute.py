"""`compute_landscape`: the public entry point, on top of the pure pieces.

specs (grid, directions, evaluation)  ->  directions  ->  grid axes (+ the path's points)  ->
PointEvaluator over the (sharded) points  ->  `tb_landscape.Landscape`.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import sys
import time
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import torch
from torch import nn

from .._validate import LandscapeMemoryError, check_choice, fail
from ..landscape import Landscape, Trajectory
from ..specs import (SUPPORTED_METHODS, DirectionSpec, EvalSpec, GridSpec, coerce_spec, route_options,
                     signature_names)
from . import distributed as _dist
from ._memory import free_memory
from ._plan import Moves
from ._state import preserved
from .checkpoints import load_checkpoint, load_state, strip_prefix
from .data import EvalData, prepare_data
from .directions import Directions, explicit_directions, interpolation_directions, random_directions
from .evaluator import PointEvaluator
from .params import select_parameters, unwrap_model

__all__ = ["compute_landscape", "grid_axes"]


@dataclasses.dataclass(frozen=True)
class _Specs:
    grid: GridSpec
    directions: DirectionSpec
    evaluation: EvalSpec
    explicit: Any  # the caller's direction tensors, or None


def _resolve_specs(directions: Any, grid: Any, evaluation: Any, options: Mapping[str, Any]) -> _Specs:
    """The three specs from the arguments and the flat options (see `tb_landscape.specs`)."""
    explicit = None
    if isinstance(directions, str):
        dspec = DirectionSpec(method=check_choice("directions", directions, SUPPORTED_METHODS[:-1]))
    elif isinstance(directions, DirectionSpec):
        dspec = directions
    elif directions is None:
        dspec = DirectionSpec()
    else:  # tensors: a dict, a flat tensor, a sequence of them, or `Directions`
        explicit, dspec = directions, DirectionSpec(method="explicit")
    specs = route_options("compute_landscape", options, signature_names(compute_landscape),
                          grid=coerce_spec(GridSpec, grid, "grid"), directions=dspec,
                          evaluation=coerce_spec(EvalSpec, evaluation, "evaluation"))
    if explicit is None and specs["directions"].method == "explicit":
        fail("directions", "explicit", "needs the direction tensors: pass them as directions=")
    return _Specs(specs["grid"], specs["directions"], specs["evaluation"], explicit)


def _check_functions(loss_fn, evaluate, metrics, progress) -> Dict[str, Callable]:
    if evaluate is None and not callable(loss_fn):
        fail("loss_fn", loss_fn, "must be callable loss_fn(outputs, targets) -> scalar (or pass evaluate=)")
    if evaluate is not None and not callable(evaluate):
        fail("evaluate", evaluate, "must be callable evaluate(model, batch) -> dict")
    if metrics is not None and not isinstance(metrics, Mapping):
        fail("metrics", metrics, "must be a dict {name: fn(outputs, targets)}")
    for name, fn in (metrics or {}).items():
        if not isinstance(name, str) or not name or name == "loss" or not callable(fn):
            fail("metrics", name, "must map a new non-empty name (not 'loss') to fn(outputs, targets)")
    if not (isinstance(progress, bool) or callable(progress)):
        fail("progress", progress, "must be True, False or callable(done, total)")
    return dict(metrics or {})


def _check_inputs(method: str, others: Any, checkpoints: Any, checkpoint_steps: Any) -> None:
    if method == "interpolate" and others is None:
        fail("others", others, "is required with directions='interpolate' (one model for a line, two for a plane)")
    if checkpoints is not None and (isinstance(checkpoints, (str, bytes)) or not isinstance(checkpoints, Sequence)):
        fail("checkpoints", checkpoints, "must be a list of state dicts, models or file paths, oldest first")
    if method == "pca" and (checkpoints is None or len(checkpoints) < 2):
        n = 0 if checkpoints is None else len(checkpoints)
        fail("checkpoints", f"<{n} checkpoint{'s' if n != 1 else ''}>", "must hold at least two checkpoints for "
             "directions='pca'")
    if checkpoint_steps is not None and (checkpoints is None or len(checkpoint_steps) != len(checkpoints)):
        fail("checkpoint_steps", f"<{len(checkpoint_steps)} steps>",
             f"must have one step per checkpoint ({0 if checkpoints is None else len(checkpoints)})")


def _model_device(model: nn.Module) -> torch.device:
    for t in model.parameters():
        return t.device
    for t in model.buffers():
        return t.device
    return torch.device("cpu")


class _Progress:
    """Prints `landscape: done/total points ...` to stderr at most every 2 s, or calls a callable."""

    def __init__(self, progress: Any, total: int):
        self.callback = progress if callable(progress) else None
        self.enabled = bool(progress)
        self.total, self.done = total, 0
        self.t0 = self.last = time.perf_counter()

    def __call__(self, n: int) -> None:
        self.done += n
        if self.callback is not None:
            self.callback(self.done, self.total)
        elif self.enabled:
            now = time.perf_counter()
            if now - self.last > 2.0 or self.done == self.total:
                self.last = now
                rate = (now - self.t0) / max(self.done, 1)
                print(f"landscape: {self.done}/{self.total} points, {now - self.t0:.1f} s, "
                      f"~{rate * (self.total - self.done):.0f} s left", file=sys.stderr, flush=True)


# ---- directions and axes -----------------------------------------------------------------------

def _directions(work: nn.Module, loss_fn, data: EvalData, specs: _Specs, others, checkpoints, evaluate
                ) -> Tuple[Directions, Dict[str, Any]]:
    """The frame, and what the method adds: "anchors" (interpolate), "pca" (coords, residual)."""
    d, dims = specs.directions, specs.grid.dims
    if d.method == "explicit":
        names = select_parameters(work, d.params, d.trainable_only) if d.params is not None else None
        return explicit_directions(work, specs.explicit, names, _model_device(work)), {}
    if d.method == "random":
        return random_directions(work, dims or 2, d.normalization, d.seed, d.params, ignore=d.ignore,
                                 trainable_only=d.trainable_only), {}
    if d.method == "interpolate":
        dirs, anchors = interpolation_directions(work, others, d.params, trainable_only=d.trainable_only)
        return dirs, {"anchors": anchors}
    if d.method == "pca":
        from .projection import pca_directions

        last = strip_prefix(load_checkpoint(checkpoints[-1], "checkpoints"), [n for n, _ in work.named_parameters()])
        load_state(work, last)  # the centre is the last checkpoint (put back on exit)
        dirs, info = pca_directions(work, checkpoints, dims or 2, d.params, trainable_only=d.trainable_only,
                                    memory_limit=specs.evaluation.memory_limit)
        return dirs, {"pca": info}
    from .hessian import hessian_directions

    return hessian_directions(work, loss_fn, data, dims or 2, params=d.params, trainable_only=d.trainable_only,
                              evaluate=evaluate, seed=d.seed, hessian=d.hessian), {}


def _auto_limits(points: np.ndarray, margin: float = 0.2) -> List[Tuple[float, float]]:
    """Per-axis (lo, hi) covering `points` [P, dims] and the origin, with a relative margin."""
    out = []
    for k in range(points.shape[1]):
        lo, hi = min(0.0, float(points[:, k].min())), max(0.0, float(points[:, k].max()))
        ext = hi - lo if hi > lo else 1.0
        out.append((lo - margin * ext, hi + margin * ext))
    return out


def _axis(lo_hi: Tuple[float, float], n: int) -> np.ndarray:
    return np.linspace(lo_hi[0], lo_hi[1], n)


def _axes(grid: GridSpec, ndim: int, method: str, info: Dict[str, Any], path: Optional[np.ndarray]) -> List[np.ndarray]:
    """Coordinates of each axis (float64, increasing): the grid's span or limits, else what the
    method implies (interpolation: the models; PCA: the path), with a 20% margin."""
    res = grid.resolution_per_axis(ndim)
    if grid.limits is not None:
        return [_axis(lim, n) for lim, n in zip(grid.limits, res)]
    if grid.span is not None:
        spans = grid.span if isinstance(grid.span, tuple) else (grid.span,) * ndim
        return [_axis((-s, s), n) for s, n in zip(spans, res)]
    if method == "interpolate":
        lims = [(-0.5, 1.5)] if ndim == 1 else _auto_limits(np.array(info["anchors"]))
        return [_axis(lim, n) for lim, n in zip(lims, res)]
    if method == "pca" and path is not None:
        return [_axis(lim, n) for lim, n in zip(_auto_limits(path), res)]
    return [_axis((-1.0, 1.0), n) for n in res]


def grid_axes(dims: int, span: Any = 1.0, resolution: Any = 21, limits: Any = None) -> List[np.ndarray]:
    """Coordinates of each axis of a grid: `dims` float64 arrays, strictly increasing.

    Args:
        dims: 1 or 2.
        span: half-width of each axis (a number, or one per axis).
        resolution: points per axis, at least 2 (a number, or one per axis).
        limits: explicit `(lo, hi)` per axis, overriding `span`.

    Raises:
        ValueError: naming the argument (see `GridSpec`).
    """
    spec = GridSpec(dims=dims, span=span, resolution=resolution, limits=limits)
    return _axes(spec, spec.dims, "random", {}, None)


def _moves(work: nn.Module, dirs: Directions) -> Moves:
    """name -> (its centre value, a copy; per-axis direction or None), parameters that move."""
    out: Moves = {}
    for name, p in work.named_parameters():
        along = [d.get(name) for d in dirs]
        along = [t if t is not None and bool(torch.any(t != 0)) else None for t in along]
        if any(t is not None for t in along):
            out[name] = (p.detach().clone(), along)
    return out


def _path_coords(work: nn.Module, dirs: Directions, info: Dict[str, Any], checkpoints) -> Optional[Tuple]:
    """(coords [T, dims], residual [T]) of the checkpoints on the frame, or None."""
    if checkpoints is None:
        return None
    if "pca" in info:
        return info["pca"]["coords"], info["pca"]["residual"]
    from .projection import project_points

    return project_points(work, list(dirs), checkpoints)


# ---- evaluation ---------------------------------------------------------------------------------

@dataclasses.dataclass
class _Values:
    grid: np.ndarray              # [P, M]
    path: Optional[np.ndarray]    # [T, M] on-plane
    true: Optional[np.ndarray]    # [T, M] at the checkpoints' own weights
    names: List[str]
    notes: Dict[str, str]
    seconds: float
    points_here: int


def _evaluate(evaluator: PointEvaluator, points: np.ndarray, path: Optional[np.ndarray], checkpoints,
              group, device, progress) -> _Values:
    everything = points if path is None else np.concatenate([points, path])
    mine = _dist.shard_indices(len(everything), group)
    tracker = _Progress(progress, len(mine))
    t0 = time.perf_counter()
    local = evaluator.evaluate_points(everything[mine], progress=tracker)
    seconds = time.perf_counter() - t0
    values = _dist.gather_rows(local, len(everything), group, device)
    true = None
    if checkpoints is not None:
        names = [n for n, _ in evaluator.model.named_parameters()] + [n for n, _ in evaluator.model.named_buffers()]
        ck_mine = _dist.shard_indices(len(checkpoints), group)
        rows = evaluator.evaluate_states([checkpoints[i] for i in ck_mine],
                                         load=lambda c: strip_prefix(load_checkpoint(c, "checkpoints"), names))
        true = _dist.gather_rows(rows, len(checkpoints), group, device)
    grid = values[: len(points)]
    return _Values(grid, None if path is None else values[len(points):], true, list(evaluator.metric_names),
                   dict(evaluator.notes), seconds, len(mine))


def _check_memory(points: int, metrics: int, spec: EvalSpec, device: torch.device) -> None:
    need = points * (metrics + 3) * 8
    limit = spec.memory_limit or free_memory(device) // 2
    if need > limit:
        raise LandscapeMemoryError(f"{points:,} points need about {need / 2**20:.0f} MiB of results, over "
                                   f"memory_limit={limit / 2**20:.0f} MiB: lower resolution")


def compute_landscape(
    model: nn.Module,
    loss_fn: Optional[Callable[[Any, Any], torch.Tensor]] = None,
    data: Any = None,
    directions: Any = "random",
    *,
    grid: Union[GridSpec, Mapping, None] = None,
    evaluation: Union[EvalSpec, Mapping, None] = None,
    metrics: Optional[Mapping[str, Callable[[Any, Any], Any]]] = None,
    evaluate: Optional[Callable[[nn.Module, Any], Mapping[str, torch.Tensor]]] = None,
    others: Any = None,
    checkpoints: Optional[Sequence[Any]] = None,
    checkpoint_steps: Optional[Sequence[int]] = None,
    progress: Union[bool, Callable[[int, int], None]] = False,
    distributed: Optional[bool] = None,
    process_group: Any = None,
    **options: Any,
) -> Landscape:
    """Computes a 1D curve or 2D surface of the loss (and metrics) around a model.

    Every point `w0 + x*d1 (+ y*d2)` is evaluated in eval mode under `torch.no_grad`, on the
    same fixed batches, as the batch-size-weighted mean of `loss_fn(model(x), y)`. The same
    inputs give the same bytes, whatever the machine's load (nothing is decided by timing).
    The model, its buffers, gradients, flags, modes and the global RNGs are exactly as before
    on return, also when an evaluation raises.

    Args:
        model: the centre model (DistributedDataParallel / DataParallel are unwrapped).
        loss_fn: `loss_fn(outputs, targets) -> scalar tensor` (not needed with `evaluate`).
        data: `(x, y)`, an iterable of batches or a DataLoader (first `max_batches`).
        directions: a method ("random", "pca" with `checkpoints`, "hessian", "interpolate"
            with `others`), a `DirectionSpec`, or explicit directions: a dict name -> tensor
            or flat tensor, or a sequence of one (1D) or two (2D) of them.
        grid: a `GridSpec` (dims, resolution, span, limits).
        evaluation: an `EvalSpec` (bn, max_batches, device, precision, threads, ...).
        metrics: extra `name -> fn(outputs, targets) -> scalar`, averaged like the loss.
        evaluate: escape hatch `evaluate(model, batch) -> {"loss": tensor, ...}` for batches
            that are not `(x, y)` (dicts, Hugging Face models); extra keys become metrics.
        others: for "interpolate": one model / state dict (the line from `model` to it) or
            two (the plane through the three models).
        checkpoints: state dicts, models or file paths, oldest first. For "pca", the
            checkpoints whose principal components make the frame (two or more; the last is
            the centre); for any method, the path projected onto the frame (on-plane loss,
            true loss and the distance from the plane per point).
        checkpoint_steps: training step of each checkpoint (default 0, 1, ...).
        progress: True to print progress to stderr, or `callable(done, total)`.
        distributed: shard points over `torch.distributed` ranks (None: when initialized with
            several processes); every rank returns the full landscape.
        process_group: the group to shard over (default: WORLD).
        **options: any field of `GridSpec`, `DirectionSpec` or `EvalSpec` by name
            (`resolution=41, seed=3, bn="recalibrate"`), applied to the specs above.

    Returns:
        A `tb_landscape.Landscape`: `values` float32 `[ny, nx]` (`[nx]` in 1D), or
        `[M, ny, nx]` with metrics (loss first); `xs`, `ys` in direction units; provenance
        (method, normalization, seed, bn_mode, data_description, frame_id); `trajectory`
        with `checkpoints`; and `extra` (str -> str): how it was computed ("plan",
        "chunk_size", "workers", "bn_folded", "linearized", "prefix_cache",
        "memory_format", ...), what moved, timings, and per method "anchors",
        "checkpoints", "eigenvalues". NaN/inf losses stay in the grid.

    Raises:
        ValueError: naming the argument and value: an unknown option or option value, a
            loss or metric that is not a callable returning a scalar, mismatched direction
            shapes, empty data, fewer than two checkpoints for "pca", an unavailable device,
            a grid over `MAX_GRID_POINTS` points, and the like.
        LandscapeMemoryError: when the results or an allocation would not fit `memory_limit`.
    """
    specs = _resolve_specs(directions, grid, evaluation, options)
    metrics = _check_functions(loss_fn, evaluate, metrics, progress)
    _check_inputs(specs.directions.method, others, checkpoints, checkpoint_steps)
    group = _dist.resolve_group(distributed, process_group)
    with prepared(model, loss_fn, data, specs, metrics, evaluate, others, checkpoints) as p:
        evaluator = PointEvaluator(p.work, loss_fn, metrics, evaluate, p.data, p.moves, specs.evaluation, p.device)
        values = _evaluate(evaluator, p.points, None if p.path is None else p.path[0], checkpoints, group,
                           p.device, progress)
        return _landscape(specs, p, values, checkpoint_steps, group)


@dataclasses.dataclass
class Prepared:
    """What a computation evaluates: the model on the evaluation device (`work`), the
    materialized data, the frame, its axes and points, the path's coordinates, the moves."""

    work: nn.Module
    data: EvalData
    dirs: Directions
    info: Dict[str, Any]
    device: torch.device
    path: Optional[Tuple[np.ndarray, np.ndarray]]
    axes: List[np.ndarray]
    points: np.ndarray
    moves: Moves


@contextlib.contextmanager
def prepared(model: nn.Module, loss_fn, data: Any, specs: _Specs, metrics, evaluate, others, checkpoints
             ) -> Iterator[Prepared]:
    """Everything up to the evaluation, inside `preserved(model)` (the model and the RNGs
    are put back on exit, also on errors)."""
    model = unwrap_model(model)
    device = torch.device(specs.evaluation.device) if specs.evaluation.device else _model_device(model)
    with preserved(model):
        work = model if _model_device(model) == device else copy.deepcopy(model).to(device)
        work.eval()
        data = prepare_data(data, device, specs.evaluation.max_batches, custom=evaluate is not None,
                            memory_limit=specs.evaluation.memory_limit or free_memory(device) // 2)
        dirs, info = _directions(work, loss_fn, data, specs, others, checkpoints, evaluate)
        if specs.grid.dims is not None and len(dirs) != specs.grid.dims:
            fail("dims", specs.grid.dims, f"does not match the {len(dirs)} direction{'s' if len(dirs) != 1 else ''} given")
        path = _path_coords(work, dirs, info, checkpoints)
        axes = _axes(specs.grid, len(dirs), specs.directions.method, info, None if path is None else path[0])
        points = _grid_points(axes)
        _check_memory(len(points), len(metrics) + 1, specs.evaluation, device)
        yield Prepared(work, data, dirs, info, device, path, axes, points, _moves(work, dirs))


def _non_defaults(spec: EvalSpec) -> str:
    """The EvalSpec fields that differ from the defaults, e.g. "chunk_size=64, threads=2"."""
    changed = [f"{f.name}={getattr(spec, f.name)!r}" for f in dataclasses.fields(spec)
               if getattr(spec, f.name) != f.default]
    return ", ".join(changed) or "defaults"


def _grid_points(axes: List[np.ndarray]) -> np.ndarray:
    """[P, dims] coordinates in row-major order of Z[iy, ix] (x fastest)."""
    if len(axes) == 1:
        return axes[0].reshape(-1, 1).astype(np.float64)
    xx, yy = np.meshgrid(axes[0], axes[1])
    return np.stack([xx.reshape(-1), yy.reshape(-1)], axis=1).astype(np.float64)


def _landscape(specs: _Specs, p: Prepared, v: _Values, checkpoint_steps, group) -> Landscape:
    dirs, axes, path = p.dirs, p.axes, p.path
    ndim, m = len(axes), len(v.names)
    shape = tuple(len(a) for a in reversed(axes))  # (ny, nx) or (nx,)
    with np.errstate(over="ignore", invalid="ignore"):
        stacked = v.grid.T.reshape((m,) + shape).astype(np.float32)
    trajectory = None
    if path is not None:
        coords, residual = path
        steps = list(checkpoint_steps) if checkpoint_steps is not None else list(range(len(coords)))
        trajectory = Trajectory(steps=np.asarray(steps, dtype=np.int64), x=coords[:, 0],
                                y=coords[:, 1] if ndim == 2 else None, plane_loss=v.path[:, 0],
                                true_loss=v.true[:, 0], residual=residual)
    labels = list(dirs.labels)
    return Landscape(
        values=stacked[0] if m == 1 else stacked, xs=axes[0], ys=axes[1] if ndim == 2 else None,
        metric="loss" if m == 1 else list(v.names), x_label=labels[0], y_label=labels[1] if ndim == 2 else "y",
        x_unit=dirs.unit, y_unit=dirs.unit if ndim == 2 else "", method=dirs.method,
        normalization=dirs.normalization, seed=dirs.seed, bn_mode=specs.evaluation.bn,
        data_description=p.data.description, frame_id=dirs.frame_id(), explained_variance=dirs.explained_variance,
        extra=_extra(specs, p, v, group), trajectory=trajectory)


def _extra(specs: _Specs, p: Prepared, v: _Values, group) -> Dict[str, str]:
    named = dict(p.work.named_parameters())
    info = p.info
    extra = {k: str(val) for k, val in p.dirs.extra.items()}
    extra.update(v.notes)
    extra.update({
        "evaluation": _non_defaults(specs.evaluation),
        "parameters_moved": str(sum(named[n].numel() for n in p.moves)),
        "tensors_moved": str(len(p.moves)),
        "seconds_per_point": f"{v.seconds / max(v.points_here, 1):.6g}",
        "torch": torch.__version__,
        "device": str(p.device),
    })
    if group is not None:
        import torch.distributed as tdist

        extra["world_size"] = str(tdist.get_world_size(group))
        extra["points_this_rank"] = str(v.points_here)
    if "anchors" in info:
        extra["anchors"] = "; ".join(f"{name}=({', '.join(f'{c:.6g}' for c in pt)})"
                                     for name, pt in zip(["model", "others[0]", "others[1]"], info["anchors"]))
    if v.true is not None and len(v.names) > 1:
        extra["trajectory_true_metrics"] = "; ".join(
            f"{n}=[{', '.join(f'{x:.6g}' for x in v.true[:, j])}]" for j, n in enumerate(v.names))
    return extra

