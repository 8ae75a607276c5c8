"""One landscape computation ("job"), runnable in the training thread, a thread or a process.

The `LandscapeLogger` only schedules: it copies the weights into a `Job` and hands it to
`run_job(context, job)`, here, which computes on the context's own copy of the model (never
the training model) and returns a `Result`: the records to log, the scalars, and warnings for
whatever failed. Nothing in this module raises into its caller: every part of a job (the
landscape, each scalar) is tried on its own, and a failure becomes a warning in the result
while the other parts go on.

No mathematics here: a job is a few calls of the engine (`tb_landscape.engine`) with the
logger's specs. A frame job is one `compute_landscape` call on the frame's directions, with
the path's snapshots and the centre as its checkpoints (the engine projects them onto the
frame, evaluates the on-plane loss and each snapshot's true loss); a PCA job is one with
`directions="pca"` on the same checkpoints; the model scalars are `sam_sharpness`,
`hessian_eigenvalues`, `hessian_trace` and `worst_case_sharpness` on the same parameters as the
directions; the measures (a job's `measures`, added to a frame job or alone) are one
`layer_sensitivity` or one `hessian_density` call each, returned as plain tables.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import traceback
from typing import Any, Callable, Dict, List, Optional, Tuple

import torch
from torch import nn

from tb_landscape.engine import (Directions, compute_landscape, global_rng_untouched, hessian_density,
                                 hessian_eigenvalues, hessian_trace, layer_sensitivity, no_new_traces,
                                 random_directions, sam_sharpness, worst_case_sharpness)
from tb_landscape.engine.checkpoints import load_state
from tb_landscape.integrations import scalars as scalar_fns
from tb_landscape.integrations._priority import lower_priority
from tb_landscape.integrations.snapshots import Snapshot
from tb_landscape.landscape import Landscape
from tb_landscape.specs import DirectionSpec, EvalSpec, GridSpec, PathSpec, RecordsSpec, ScalarSpec, ScheduleSpec

__all__ = ["Config", "Job", "Result", "Context", "run_job", "run_job_in_thread", "redraw_seed", "short_error"]

_THREAD = threading.local()  # per background thread: whether its priority was lowered
_LANDSCAPE_SCALARS = ("center_loss", "curvature", "basin_width")  # read off the grid, free


@dataclasses.dataclass(frozen=True)
class Config:
    """What every job of one logger shares: its specs, resolved against the model by the
    logger (parameter names, device, threads), and the extra metrics. Picklable: sent once
    to a worker process."""

    grid: GridSpec
    directions: DirectionSpec
    evaluation: EvalSpec
    schedule: ScheduleSpec
    scalars: ScalarSpec
    path: PathSpec
    records: RecordsSpec = RecordsSpec()
    metrics: Optional[Dict[str, Callable]] = None

    @property
    def pca_grid(self) -> GridSpec:
        """The grid of the PCA plane: `pca_resolution` points per axis (default the grid's),
        over `pca_span` (default: the path plus 20%, decided by the engine)."""
        s = self.schedule
        return GridSpec(dims=self.grid.dims, resolution=s.pca_resolution or self.grid.resolution, span=s.pca_span)


@dataclasses.dataclass
class Job:
    """One unit of work.

    Attributes:
        kind: "frame" (a landscape along random directions), "pca" (the PCA plane of the
            path) or "measures" (only the `measures` below).
        step: the training step the weights belong to.
        state: the model's `state_dict()` tensors at that step (parameters and buffers; CPU
            or the model's device).
        path: the weight snapshots of the path so far, oldest first.
        measures: records computed besides: "sensitivity" and/or "spectrum".
    """

    kind: str
    step: int
    state: Dict[str, torch.Tensor]
    path: List[Snapshot] = dataclasses.field(default_factory=list)
    measures: Tuple[str, ...] = ()


@dataclasses.dataclass
class Result:
    """What a job produced: `records` [(tag, Landscape)], `tables` [(kind, tag, plain dict)]
    (the sensitivity and spectrum records, as `summary.add_layer_sensitivity` /
    `add_spectrum` take them), `scalars` {name: float}, `warnings` [str], and how long it took
    (`seconds`)."""

    kind: str
    step: int
    records: List[Tuple[str, Landscape]] = dataclasses.field(default_factory=list)
    tables: List[Tuple[str, str, Dict[str, Any]]] = dataclasses.field(default_factory=list)
    scalars: Dict[str, float] = dataclasses.field(default_factory=dict)
    warnings: List[str] = dataclasses.field(default_factory=list)
    seconds: float = 0.0


def short_error(e: BaseException) -> str:
    """`Type: message (at file:line)` of an exception, for a one-line warning."""
    tb = traceback.extract_tb(e.__traceback__)
    where = f" (at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
    return f"{type(e).__name__}: {e}{where}"


class Context:
    """The computing side of one logger: its own model copy (on the compute device), the loss,
    the evaluation batches, the config, and the fixed frame once drawn."""

    def __init__(self, model: nn.Module, loss_fn: Callable, batches: List[Any], config: Config):
        self.model = model
        self.loss_fn = loss_fn
        self.batches = batches
        self.config = config
        self.frame: Optional[Directions] = None  # the fixed frame, once drawn
        self.frame_step: Optional[int] = None

    def load(self, state: Dict[str, torch.Tensor]) -> None:
        """Copies a `state_dict` (any device) into the context's model, bit for bit."""
        load_state(self.model, state)


# ---- the job ------------------------------------------------------------------------------------

def run_job(ctx: Context, job: Job) -> Result:
    """Runs one job on `ctx` and returns its `Result`; never raises."""
    t0 = time.perf_counter()
    result = Result(kind=job.kind, step=job.step)
    try:
        ctx.load(job.state)
        if job.kind == "frame":
            _frame_job(ctx, job, result)
        elif job.kind == "pca":
            _pca_job(ctx, job, result)
        elif job.kind != "measures":
            result.warnings.append(f"unknown job kind {job.kind!r}")
        for name in job.measures:
            try:
                result.tables.append(_MEASURES[name](ctx))
            except Exception as e:  # one failed measure skips its record only
                result.warnings.append(f"{name} record at step {job.step} skipped: {short_error(e)}")
    except Exception as e:  # anything unexpected: a skipped record, never an exception
        result.warnings.append(f"{job.kind} landscape at step {job.step} skipped: {short_error(e)}")
    result.seconds = time.perf_counter() - t0
    return result


def run_job_in_thread(ctx: Context, job: Job) -> Result:
    """`run_job` from a background thread, at lower priority (`background_nice`), inside the
    engine's `global_rng_untouched()`: the engine's entry points save the global RNG states
    on entry and set them back on exit, which keeps a computation in the training thread
    invisible, but from another thread that restore would *rewind* the training thread's
    generators (dropout masks, shuffling drawn in between would repeat). The engine draws its
    own random numbers from seeded generators, and nothing else a job runs draws from the
    global ones. tests/integrations/test_bit_identical.py trains with dropout in thread mode
    to check it. And inside `no_new_traces()`: torch.fx must not trace next to training, so
    the engine reuses the graph the logger traced ahead in the training thread."""
    if not getattr(_THREAD, "niced", False):
        lower_priority(ctx.config.schedule.background_nice)
        _THREAD.niced = True
    with global_rng_untouched(), no_new_traces():
        return run_job(ctx, job)


def _path_checkpoints(job: Job) -> Tuple[List[Any], List[int]]:
    """The path as checkpoints for the engine: the snapshots before the job's step (files for
    disk snapshots, state dicts in memory), then the centre; and their steps."""
    snaps = [s for s in job.path if s.step < job.step]
    checkpoints: List[Any] = [s.file if s.on_disk else s.load() for s in snaps]
    return checkpoints + [job.state], [s.step for s in snaps] + [job.step]


def _landscape(ctx: Context, directions: Any, grid: GridSpec, path: Optional[Tuple[List[Any], List[int]]]
               ) -> Landscape:
    cfg = ctx.config
    checkpoints, steps = path if path is not None else (None, None)
    # distributed=False: a logger runs on one rank (rank 0 under DDP and Lightning); sharding
    # the grid over the process group would wait forever for ranks that compute nothing.
    return compute_landscape(ctx.model, ctx.loss_fn, ctx.batches, directions, grid=grid, evaluation=cfg.evaluation,
                             metrics=cfg.metrics, checkpoints=checkpoints, checkpoint_steps=steps,
                             distributed=False)


def _frame_job(ctx: Context, job: Job, result: Result) -> None:
    cfg = ctx.config
    try:
        dirs = _directions_for(ctx, job.step)
    except Exception as e:
        result.warnings.append(f"landscape at step {job.step} skipped: drawing directions failed: {short_error(e)}")
        return
    land = _frame_landscape(ctx, dirs, job, result)
    if land is None:
        return
    land.extra = dict(land.extra)
    land.extra["frame"] = cfg.schedule.frame
    if ctx.frame_step is not None and cfg.schedule.frame == "fixed":
        land.extra["frame_drawn_at_step"] = str(ctx.frame_step)
    result.records.append((cfg.schedule.tag, land))
    which = tuple(s for s in _LANDSCAPE_SCALARS if s in cfg.scalars.scalars)
    if which:
        try:
            result.scalars.update(scalar_fns.landscape_scalars(land, basin_delta=cfg.scalars.basin_delta,
                                                               which=which))
        except Exception as e:
            result.warnings.append(f"landscape scalars at step {job.step} left out: {short_error(e)}")
    for name, fn in _MODEL_SCALARS:
        if name in cfg.scalars.scalars:
            try:
                result.scalars[name] = float(fn(ctx))
            except Exception as e:
                result.warnings.append(f"scalar {name} at step {job.step} left out: {short_error(e)}")


def _frame_landscape(ctx: Context, dirs: Directions, job: Job, result: Result) -> Optional[Landscape]:
    """The landscape on `dirs` with the path projected onto it (with `path=True`); when that
    fails, the landscape without the path (and a warning); None when neither works."""
    path = _path_checkpoints(job) if ctx.config.path.path else None
    try:
        return _landscape(ctx, dirs, ctx.config.grid, path)
    except Exception as e:
        if path is None:
            result.warnings.append(f"landscape at step {job.step} skipped: {short_error(e)}")
            return None
        path_error = e
    try:
        land = _landscape(ctx, dirs, ctx.config.grid, None)
    except Exception as e:
        result.warnings.append(f"landscape at step {job.step} skipped: {short_error(e)}")
        return None
    result.warnings.append(f"path at step {job.step} left out: {short_error(path_error)}")
    return land


def _pca_job(ctx: Context, job: Job, result: Result) -> None:
    cfg = ctx.config
    path = _path_checkpoints(job)
    if len(path[0]) < 3:  # two snapshots and the centre
        result.warnings.append(
            f"PCA landscape at step {job.step} skipped: it needs at least 2 weight snapshots before "
            f"the centre, have {len(path[0]) - 1} (lower snapshot_every)")
        return
    try:
        land = _landscape(ctx, cfg.directions.replace(method="pca"), cfg.pca_grid, path)
    except Exception as e:
        result.warnings.append(f"PCA landscape at step {job.step} skipped: {short_error(e)}")
        return
    land.extra = dict(land.extra)
    land.extra["snapshots"] = str(len(path[0]) - 1)
    result.records.append((cfg.schedule.pca_tag, land))


def _directions_for(ctx: Context, step: int) -> Directions:
    """The frame of a landscape at `step`: the fixed one (drawn at the first landscape, around
    the weights of that step), or a fresh draw seeded by (seed, step) in "redraw" mode."""
    cfg = ctx.config
    if cfg.schedule.frame == "fixed":
        if ctx.frame is None:
            ctx.frame = _random_directions(ctx, cfg.directions.seed)
            ctx.frame_step = step
        return ctx.frame
    return _random_directions(ctx, redraw_seed(cfg.directions.seed, step))


def _random_directions(ctx: Context, seed: int) -> Directions:
    d = ctx.config.directions
    return random_directions(ctx.model, dims=ctx.config.grid.dims or 2, normalization=d.normalization, seed=seed,
                             params=d.params, ignore=d.ignore, trainable_only=d.trainable_only)


def redraw_seed(seed: int, step: int) -> int:
    """The seed of the directions drawn at `step` in "redraw" mode."""
    return int((int(seed) * 1_000_003 + int(step)) % (2 ** 62))


# ---- the scalars that evaluate the model (on the directions' parameters) -----------------------------

def _sharpness(ctx: Context) -> float:
    """SAM sharpness `L(w + rho g/||g||) - L(w)`, `rho = sam_rho` (about 4 passes)."""
    d = ctx.config.directions
    return sam_sharpness(ctx.model, ctx.loss_fn, ctx.batches, rho=ctx.config.scalars.sam_rho, params=d.params,
                         trainable_only=d.trainable_only)


def _top_eigenvalue(ctx: Context) -> float:
    """The largest Hessian eigenvalue, `hessian_iters` Hessian-vector products (`directions.hessian`
    names the method and tolerance: Lanczos by default)."""
    d = ctx.config.directions
    eig = hessian_eigenvalues(ctx.model, ctx.loss_fn, ctx.batches, k=1, method=d.hessian.method,
                              max_iter=ctx.config.scalars.hessian_iters, tol=d.hessian.tol, seed=d.seed,
                              params=d.params, trainable_only=d.trainable_only)
    return float(eig.eigenvalues[0])


def _trace(ctx: Context) -> float:
    """Hutchinson's trace estimate from exactly `trace_samples` Rademacher vectors."""
    d = ctx.config.directions
    n = ctx.config.scalars.trace_samples
    est = hessian_trace(ctx.model, ctx.loss_fn, ctx.batches, max_iter=n, min_iter=n, seed=d.seed, params=d.params,
                        trainable_only=d.trainable_only)
    return float(est.value)


def _worst_case(ctx: Context) -> float:
    """`worst_case_sharpness` over an L2 ball of radius `worst_case_rho` (default `sam_rho`),
    `worst_case_steps` ascent steps from the centre (its first step is the SAM point)."""
    d, s = ctx.config.directions, ctx.config.scalars
    result = worst_case_sharpness(ctx.model, ctx.loss_fn, ctx.batches, rho=s.worst_case_rho or s.sam_rho,
                                  steps=s.worst_case_steps, params=d.params, trainable_only=d.trainable_only)
    return float(result.value)


_MODEL_SCALARS = (("sharpness", _sharpness), ("hessian_top_eigenvalue", _top_eigenvalue), ("hessian_trace", _trace),
                  ("worst_case_sharpness", _worst_case))


# ---- the records besides landscapes ----------------------------------------------------------------

def _sensitivity(ctx: Context) -> Tuple[str, str, Dict[str, Any]]:
    """`layer_sensitivity` over the directions' parameters, as a table for the writer."""
    d, r = ctx.config.directions, ctx.config.records
    res = layer_sensitivity(ctx.model, ctx.loss_fn, ctx.batches, groups=r.sensitivity_groups,
                            measures=r.sensitivity_measures, samples=r.sensitivity_samples,
                            max_iter=r.sensitivity_iters, seed=d.seed, params=d.params,
                            trainable_only=d.trainable_only)
    table: Dict[str, Any] = res.to_dict()
    table.update(total_trace=float(res.total_trace), total_trace_std_error=float(res.total_trace_std_error),
                 seed=int(res.seed), samples=int(r.sensitivity_samples))
    return "sensitivity", r.sensitivity_tag, table


def _spectrum(ctx: Context) -> Tuple[str, str, Dict[str, Any]]:
    """`hessian_density` over the directions' parameters, on a grid, for the writer."""
    d, r = ctx.config.directions, ctx.config.records
    density = hessian_density(ctx.model, ctx.loss_fn, ctx.batches, steps=r.spectrum_lanczos_steps,
                              runs=r.spectrum_runs, seed=d.seed, params=d.params, trainable_only=d.trainable_only)
    return "spectrum", r.spectrum_tag, density.on_grid(points=r.spectrum_points).to_dict()


_MEASURES = {"sensitivity": _sensitivity, "spectrum": _spectrum}
