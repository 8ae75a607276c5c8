"""`compute_landscape`: the public entry point, on top of the pure pieces.

directions (random / explicit / interpolate / pca / hessian)  ->  grid axes  ->
PointEvaluator over the (sharded) grid points  ->  `tb_landscape.Landscape`.
"""

from __future__ import annotations

import copy
import sys
import time
from typing import Any, Callable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import torch
from torch import nn

from ..landscape import Landscape, Trajectory
from . import distributed as _dist
from ._state import preserved
from ._validate import check_choice, check_positive_float, check_positive_int, fail, per_axis
from .data import prepare_data
from .directions import (SUPPORTED_IGNORE, SUPPORTED_NORMALIZATIONS, _strip_prefix,
                         explicit_directions, interpolation_directions, random_directions)
from .grid import SUPPORTED_BN_MODES, EvalConfig, PointEvaluator, free_memory, grid_axes
from .params import ParamSelector, select_parameters, unwrap_model

__all__ = ["compute_landscape", "SUPPORTED_METHODS"]

#: Direction methods by name; explicit directions (dicts or flat tensors) are accepted too.
SUPPORTED_METHODS = ("random", "pca", "hessian", "interpolate")


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


def _auto_limits(points: np.ndarray, margin: float = 0.2) -> List[Tuple[float, float]]:
    """Per-axis (lo, hi) covering `points` [P, dims] and the origin, with a relative margin."""
    out = []
    for k in range(points.shape[1]):
        lo, hi = min(0.0, float(points[:, k].min())), max(0.0, float(points[:, k].max()))
        ext = hi - lo if hi > lo else 1.0
        out.append((lo - margin * ext, hi + margin * ext))
    return out


def compute_landscape(
    model: nn.Module,
    loss_fn: Optional[Callable[[Any, Any], torch.Tensor]] = None,
    data: Any = None,
    directions: Any = "random",
    normalization: Optional[str] = "filter",
    dims: Optional[int] = None,
    span: Any = None,
    resolution: Any = 21,
    metrics: Optional[Mapping[str, Callable[[Any, Any], Any]]] = None,
    seed: int = 0,
    bn: str = "frozen",
    device: Any = None,
    progress: Union[bool, Callable[[int, int], None]] = False,
    *,
    limits: Any = None,
    params: ParamSelector = None,
    trainable_only: bool = True,
    ignore: Optional[str] = "biasbn",
    others: Any = None,
    checkpoints: Optional[Sequence[Any]] = None,
    checkpoint_steps: Optional[Sequence[int]] = None,
    evaluate: Optional[Callable[[nn.Module, Any], Mapping[str, torch.Tensor]]] = None,
    max_batches: Optional[int] = None,
    hessian_options: Optional[Mapping[str, Any]] = None,
    chunk_size: Union[int, str, None] = "auto",
    points_per_pass: Union[int, str] = "auto",
    precision: Optional[str] = None,
    compile: bool = False,
    cache_prefix: bool = True,
    fold_bn: bool = True,
    memory_format: str = "auto",
    memory_limit: Optional[int] = None,
    bn_batches: Optional[int] = None,
    tuning_budget: Optional[float] = None,
    linearize: Union[bool, str] = "auto",
    trace: Union[bool, str] = "auto",
    distributed: Optional[bool] = None,
    process_group: Any = None,
) -> Landscape:
    """Computes a 1D curve or 2D surface of the loss (and metrics) around a model.

    Every point `w0 + x*d1 (+ y*d2)` is evaluated in eval mode under `torch.no_grad`, on the
    same fixed batches, as the batch-size-weighted mean of `loss_fn(model(x), y)`. The model,
    its buffers, gradients, flags, modes and the global RNGs are exactly as before on return,
    also when an evaluation raises.

    Args:
        model: the centre model (DistributedDataParallel / DataParallel are unwrapped).
        loss_fn: `loss_fn(outputs, targets) -> scalar tensor` (not needed with `evaluate`).
        data: `(x, y)`, an iterable of batches or a DataLoader (first `max_batches`).
        directions: "random", "pca" (needs `checkpoints`), "hessian", "interpolate" (needs
            `others`), or explicit directions: a dict name -> tensor or flat tensor, or a
            sequence of one (1D) or two (2D) of them, e.g. from `random_directions`.
        normalization: for "random": "filter" (Li et al.), "layer" or None. Other methods
            use their own scale (explicit directions are used as given).
        dims: 1 or 2; default 2, or the number of explicit directions / other models.
        span: half-width of each axis around the model, in direction units (a number or one
            per axis). Default: 1.0; for "pca" the trajectory's extent plus 20%; for
            "interpolate" [-0.5, 1.5] (1D) or the three models plus 20%.
        resolution: points per axis (an int or one per axis).
        metrics: extra `name -> fn(outputs, targets) -> scalar`, averaged like the loss.
        seed: seed of the random directions (and of Hessian start vectors).
        bn: "frozen" (eval mode, the centre's running statistics) or "recalibrate" (reset the
            statistics and re-estimate them on the evaluation batches at every point).
        device: evaluation device; default the model's. A different device evaluates a copy.
        progress: True to print progress to stderr, or `callable(done, total)`.
        limits: explicit `(lo, hi)` per axis, overriding `span`.
        params: restrict the directions to a parameter subset (names, module-name prefixes,
            a submodule, or a predicate); trainable parameters by default.
        trainable_only: keep only parameters with `requires_grad=True`.
        ignore: "biasbn" (default) gives biases and norm-layer parameters direction zero in
            random directions; None moves them too (Li et al.'s copy-of-weights rule).
        others: for "interpolate": one model / state dict (the line from `model` to it) or
            two (the plane through the three models).
        checkpoints: for "pca": two or more state dicts, models or file paths, oldest first;
            the last is the centre. Their trajectory is projected onto the plane.
        checkpoint_steps: training step of each checkpoint (default 0, 1, ...).
        evaluate: escape hatch `evaluate(model, batch) -> {"loss": tensor, ...}` for batches
            that are not `(x, y)` (dicts, Hugging Face models); extra keys become metrics.
        max_batches: evaluate on at most this many batches of `data`.
        hessian_options: keyword arguments for `hessian_eigenvalues` ("hessian" directions).
        chunk_size, points_per_pass, precision, compile, cache_prefix, fold_bn,
            memory_format, memory_limit, bn_batches, tuning_budget, linearize, trace: speed and
            memory knobs, see `tb_landscape.engine.grid.EvalConfig`. The defaults start from
            what the model's structure says is fastest and switch to what is measured faster
            only when it computes the very same bits: same seed, same landscape, bit for bit
            on CPU, whatever the timings.
        distributed: shard grid points over `torch.distributed` ranks (None: when initialized
            with several processes). Every rank returns the full landscape.
        process_group: the group to shard over (default: WORLD).

    Returns:
        A `tb_landscape.Landscape`: `values` float32 `[ny, nx]` (`[nx]` in 1D), or
        `[M, ny, nx]` with metrics (loss first); `xs`, `ys` in direction units; provenance
        (method, normalization, seed, bn_mode, data_description, frame_id) and `extra`, str
        -> str: how it was computed ("plan", "bn_folded", "linearized", "prefix_cache",
        "memory_format", "chunk_size", "points_per_pass", "precision", "compile"), what moved
        ("parameters_moved", "tensors_moved", "ignore"), timings ("seconds_per_point",
        "setup_seconds"), "torch", "device", and per method "anchors" (interpolate),
        "checkpoints" (pca), "eigenvalues" (hessian), "world_size" / "points_this_rank"
        (distributed). NaN/inf losses stay in the grid.

    Raises:
        ValueError: naming the argument and value for an unknown method, normalization or
            bn mode, a span or resolution that is not positive, mismatched direction shapes,
            empty data, fewer than two checkpoints, and the like.
        LandscapeMemoryError: when an explicit memory setting cannot fit `memory_limit`.
    """
    # ---- validation at the door -------------------------------------------------------------
    orig = model
    model = unwrap_model(model)
    is_method = isinstance(directions, str)
    if is_method:
        check_choice("directions", directions, SUPPORTED_METHODS)
    check_choice("normalization", normalization, SUPPORTED_NORMALIZATIONS)
    check_choice("bn", bn, SUPPORTED_BN_MODES)
    check_choice("ignore", ignore, SUPPORTED_IGNORE)
    if dims is not None:
        check_choice("dims", dims, (1, 2))
    if evaluate is None and not callable(loss_fn):
        fail("loss_fn", loss_fn, "must be callable loss_fn(outputs, targets) -> scalar (or pass evaluate=)")
    if evaluate is not None and not callable(evaluate):
        fail("evaluate", evaluate, "must be callable evaluate(model, batch) -> dict")
    metrics = dict(metrics or {})
    for name, fn in metrics.items():
        if not isinstance(name, str) or not name or name == "loss" or not callable(fn):
            fail("metrics", name, "must map a new non-empty name (not 'loss') to fn(outputs, targets)")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        fail("seed", seed, "must be an integer")
    seed = int(seed)
    if not (isinstance(progress, bool) or callable(progress)):
        fail("progress", progress, "must be True, False or callable(done, total)")
    config = EvalConfig(chunk_size=chunk_size, points_per_pass=points_per_pass, precision=precision,
                        compile=compile, cache_prefix=cache_prefix, fold_bn=fold_bn, memory_format=memory_format,
                        memory_limit=memory_limit, bn_batches=bn_batches,
                        tuning_budget=tuning_budget, linearize=linearize,
                        trace=trace).validate()
    if is_method and directions == "interpolate" and others is None:
        fail("others", others, "is required with directions='interpolate' (one model for a line, two for a plane)")
    if is_method and directions == "pca":
        if checkpoints is None or isinstance(checkpoints, (str, bytes)) or not isinstance(checkpoints, Sequence) \
                or len(checkpoints) < 2:
            n = None if checkpoints is None else (len(checkpoints) if isinstance(checkpoints, Sequence) else checkpoints)
            fail("checkpoints", n if not isinstance(n, int) else f"<{n} checkpoint{'s' if n != 1 else ''}>",
                 "must hold at least two checkpoints for directions='pca'")
    if checkpoint_steps is not None and checkpoints is not None and len(checkpoint_steps) != len(checkpoints):
        fail("checkpoint_steps", f"<{len(checkpoint_steps)} steps>",
             f"must have one step per checkpoint ({len(checkpoints)})")
    if span is not None:
        per_axis("span", span, len(span) if isinstance(span, (list, tuple)) else 1, check_positive_float)
    per_axis("resolution", resolution, len(resolution) if isinstance(resolution, (list, tuple)) else 1,
             check_positive_int)
    group = _dist.resolve_group(distributed, process_group)

    eval_device = torch.device(device) if device is not None else _model_device(model)
    with preserved(model):
        work = model if _model_device(model) == eval_device else copy.deepcopy(model).to(eval_device)
        work.eval()
        evaldata = prepare_data(data, eval_device, max_batches, custom=evaluate is not None,
                                memory_limit=memory_limit or free_memory(eval_device) // 2)
        anchors = None
        trajectory_info = None
        # ---- directions ---------------------------------------------------------------------
        if not is_method:
            names = select_parameters(work, params, trainable_only) if params is not None else None
            dirs = explicit_directions(work, directions, names, eval_device)
        elif directions == "random":
            dirs = random_directions(work, dims or 2, normalization, seed, params, ignore=ignore,
                                     trainable_only=trainable_only)
        elif directions == "interpolate":
            dirs, anchors = interpolation_directions(work, others, params, trainable_only=trainable_only)
        elif directions == "pca":
            from .projection import load_checkpoint, pca_directions

            last = _strip_prefix(load_checkpoint(checkpoints[-1], "checkpoints"),
                                 [n for n, _ in work.named_parameters()])
            _load_state(work, last)  # the centre is the last checkpoint (restored on exit)
            dirs, trajectory_info = pca_directions(work, checkpoints, dims or 2, params, trainable_only=trainable_only,
                                                   memory_limit=memory_limit)
        else:  # hessian
            from .hessian import hessian_directions

            dirs = hessian_directions(work, loss_fn, evaldata, dims or 2, params=params, trainable_only=trainable_only,
                                      evaluate=evaluate, seed=seed, **dict(hessian_options or {}))
        if dims is not None and len(dirs) != dims:
            fail("dims", dims, f"does not match the {len(dirs)} direction{'s' if len(dirs) != 1 else ''} given")
        ndim = len(dirs)

        # ---- axes ---------------------------------------------------------------------------
        if span is not None or limits is not None:
            axes = grid_axes(ndim, span if span is not None else 1.0, resolution, limits)
        elif directions == "interpolate" and anchors is not None:
            lims = [(-0.5, 1.5)] if ndim == 1 else _auto_limits(np.array(anchors))
            axes = grid_axes(ndim, 1.0, resolution, lims)
        elif trajectory_info is not None:
            axes = grid_axes(ndim, 1.0, resolution, _auto_limits(trajectory_info["coords"]))
        else:
            axes = grid_axes(ndim, 1.0, resolution)

        # ---- the points -------------------------------------------------------------------
        named = dict(work.named_parameters())
        moves = {}
        for name in {n for d in dirs for n in d}:
            along = []
            for d in dirs:
                t = d.get(name)
                along.append(t if t is not None and bool(torch.any(t != 0)) else None)
            if any(t is not None for t in along):
                moves[name] = (named[name].detach(), along)
        moves = {n: moves[n] for n in named if n in moves}  # model order
        if ndim == 2:
            grid_points = [(float(x), float(y)) for y in axes[1] for x in axes[0]]  # row-major Z[iy, ix]
        else:
            grid_points = [(float(x),) for x in axes[0]]
        extra_points = []
        if trajectory_info is not None:
            extra_points = [tuple(float(v) for v in row) for row in trajectory_info["coords"]]
        all_points = grid_points + extra_points
        mine = _dist.shard_indices(len(all_points), group)
        evaluator = PointEvaluator(work, loss_fn, metrics, evaluate, evaldata, moves, bn, config, eval_device,
                                   expected_points=len(mine), group=group)
        try:
            tracker = _Progress(progress, len(mine))
            t0 = time.perf_counter()
            local = evaluator.evaluate_points([all_points[i] for i in mine], progress=tracker)
            seconds = time.perf_counter() - t0
            values = _dist.gather_rows(local, len(all_points), group, eval_device)
            true_rows = None
            if trajectory_info is not None:
                from .projection import load_checkpoint

                ck_mine = _dist.shard_indices(len(checkpoints), group)
                rows = []
                for i in ck_mine:
                    state = _strip_prefix(load_checkpoint(checkpoints[i], "checkpoints"), list(named))
                    p_state = {n: t for n, t in state.items() if n in named}
                    b_state = {n: t for n, t in state.items() if n not in named}
                    rows.append(evaluator.evaluate_weights(p_state, b_state))
                local_true = np.array(rows, dtype=np.float64).reshape(len(ck_mine), len(evaluator.metric_names))
                true_rows = _dist.gather_rows(local_true, len(checkpoints), group, eval_device)
        finally:
            evaluator.close()

    # ---- the result ---------------------------------------------------------------------------
    m = len(evaluator.metric_names)
    grid_vals = values[: len(grid_points)]
    shape = (len(axes[1]), len(axes[0])) if ndim == 2 else (len(axes[0]),)
    stacked = grid_vals.T.reshape((m,) + shape)
    with np.errstate(over="ignore", invalid="ignore"):
        stacked32 = stacked.astype(np.float32)
    trajectory = None
    if trajectory_info is not None:
        coords = trajectory_info["coords"]
        steps = list(checkpoint_steps) if checkpoint_steps is not None else list(range(len(checkpoints)))
        trajectory = Trajectory(steps=np.asarray(steps, dtype=np.int64), x=coords[:, 0],
                                y=coords[:, 1] if ndim == 2 else None,
                                plane_loss=values[len(grid_points):, 0], true_loss=true_rows[:, 0],
                                residual=trajectory_info["residual"])
    extra = {k: str(v) for k, v in dirs.extra.items()}
    extra.update(evaluator.notes)
    extra.update({
        "parameters_moved": str(sum(named[n].numel() for n in moves)),
        "tensors_moved": str(len(moves)),
        "seconds_per_point": f"{seconds / max(len(mine), 1):.6g}",
        "setup_seconds": f"{evaluator.setup_seconds:.3g}",
        "torch": torch.__version__,
        "device": str(eval_device),
    })
    if group is not None:
        import torch.distributed as tdist
        extra["world_size"] = str(tdist.get_world_size(group))
        extra["points_this_rank"] = str(len(mine))
    if anchors is not None:
        extra["anchors"] = "; ".join(
            f"{name}=({', '.join(f'{c:.6g}' for c in pt)})"
            for name, pt in zip(["model", "others[0]", "others[1]"], anchors))
    if trajectory_info is not None and true_rows is not None and m > 1:
        extra["trajectory_true_metrics"] = "; ".join(
            f"{n}=[{', '.join(f'{v:.6g}' for v in true_rows[:, j])}]" for j, n in enumerate(evaluator.metric_names))
    labels = list(dirs.labels)
    return Landscape(
        values=stacked32[0] if m == 1 else stacked32,
        xs=axes[0],
        ys=axes[1] if ndim == 2 else None,
        metric="loss" if m == 1 else list(evaluator.metric_names),
        x_label=labels[0],
        y_label=labels[1] if ndim == 2 else "y",
        x_unit=dirs.unit,
        y_unit=dirs.unit if ndim == 2 else "",
        method=dirs.method,
        normalization=dirs.normalization,
        seed=dirs.seed,
        bn_mode=bn,
        data_description=evaldata.description,
        frame_id=dirs.frame_id(),
        explained_variance=dirs.explained_variance,
        extra=extra,
        trajectory=trajectory,
    )


def _load_state(model: nn.Module, state: Mapping[str, torch.Tensor]) -> None:
    """Copies matching parameters and buffers of `state` into `model` in place."""
    tensors = dict(model.named_parameters())
    tensors.update(dict(model.named_buffers()))
    with torch.no_grad():
        for n, t in state.items():
            target = tensors.get(n)
            if target is not None and target.shape == t.shape:
                target.copy_(t)
