"""One landscape computation ("job"), runnable in the training thread, a thread or a process.

The `LandscapeLogger` only schedules: it copies the weights into a `Job` and hands it to
`run_job(context, job)`, here, which does the work on the context's own copy of the model
(never the training model) and returns a `Result`: the records to log, the scalars, and
warnings for whatever failed. Nothing in this module raises into its caller: every part of a
job (landscape, path, each scalar) is tried on its own, and a failure becomes a warning in
the result while the other parts go on.

The engine (`tb_landscape.engine`) is called from the functions at the bottom of this module
only (`_engine_*`).
"""

from __future__ import annotations

import dataclasses
import math
import pickle
import threading
import time
import traceback
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import torch
from torch import nn

from tb_landscape.landscape import Landscape, Trajectory
from tb_landscape.integrations import scalars as scalar_fns
from tb_landscape.integrations.snapshots import Snapshot

#: Scalars a logger can log, in the order they are computed. The first three are read off the
#: landscape; the others evaluate the model (costs in `LandscapeLogger`'s docstring).
SUPPORTED_SCALARS = ("center_loss", "curvature", "basin_width", "sharpness", "hessian_top_eigenvalue",
                     "hessian_trace")
SUPPORTED_FRAMES = ("fixed", "redraw")

_THREAD = threading.local()  # per background thread: whether its priority was lowered


@dataclasses.dataclass
class Config:
    """What every job of one logger shares (picklable: sent once to a worker process)."""

    dims: int = 2
    resolution: int = 25
    span: float = 1.0
    normalization: Optional[str] = "filter"
    seed: int = 0
    frame: str = "fixed"
    bn: str = "frozen"
    metrics: Optional[Dict[str, Callable]] = None
    params: Any = None
    scalars: Tuple[str, ...] = SUPPORTED_SCALARS
    basin_delta: float = 0.1
    sam_rho: float = 0.05
    hessian_iters: int = 20
    trace_samples: int = 10
    pca_resolution: Optional[int] = None
    pca_span: Optional[float] = None
    path: bool = True
    tag: str = "landscape"
    pca_tag: str = "landscape_pca"
    device: Optional[str] = None
    #: Let the engine trace the model with `torch.fx` (`compute_landscape(trace=...)`). False
    #: for background="thread": `torch.fx.symbolic_trace` patches `nn.Module.__call__` and torch
    #: functions process-wide while it traces, which would reach the training thread's forward.
    trace: bool = True


@dataclasses.dataclass
class Job:
    """One unit of work.

    Attributes:
        kind: "frame" (a landscape along random directions) or "pca" (the PCA plane of the
            path).
        step: the training step the weights belong to.
        state: the model's `state_dict()` at that step (copies; CPU or the model's device).
        path: the weight snapshots of the path so far, oldest first.
    """

    kind: str
    step: int
    state: Dict[str, torch.Tensor]
    path: List[Snapshot] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Result:
    """What a job produced: `records` [(tag, Landscape)], `scalars` {name: float},
    `warnings` [str], and how long it took (`seconds`)."""

    kind: str
    step: int
    records: List[Tuple[str, Landscape]] = dataclasses.field(default_factory=list)
    scalars: Dict[str, float] = dataclasses.field(default_factory=dict)
    warnings: List[str] = dataclasses.field(default_factory=list)
    seconds: float = 0.0


def _short_error(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    where = f" (at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
    return f"{type(e).__name__}: {e}{where}"


class Context:
    """The worker's side of one logger: its own model copy, the loss, the eval batches, and
    what persists between jobs (the fixed frame, true losses of path snapshots)."""

    def __init__(self, model: nn.Module, loss_fn: Callable, batches: List[Any], config: Config):
        self.model = model
        self.loss_fn = loss_fn
        self.batches = batches
        self.config = config
        self.frame = None            # the fixed frame's Directions, once drawn
        self.frame_step: Optional[int] = None
        self.frame_label = ""
        self._true_loss: Dict[int, float] = {}
        self._params = dict(model.named_parameters())
        self._buffers = dict(model.named_buffers())

    # -- weights ------------------------------------------------------------------------------
    def load(self, state: Dict[str, torch.Tensor]) -> None:
        """Copies a `state_dict` (any device) into the context's model, bit for bit."""
        with torch.no_grad():
            for name, t in self._params.items():
                if name in state:
                    t.copy_(state[name])
            for name, t in self._buffers.items():
                if name in state:
                    t.copy_(state[name])

    def params_copy(self, names: Sequence[str]) -> Dict[str, torch.Tensor]:
        return {n: self._params[n].detach().clone() for n in names}

    def set_params(self, values: Dict[str, torch.Tensor]) -> None:
        with torch.no_grad():
            for n, v in values.items():
                self._params[n].copy_(v)

    # -- evaluation -------------------------------------------------------------------------
    def loss(self) -> float:
        """The batch-size-weighted mean loss on the eval batches, model in eval mode."""
        model = self.model
        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for batch in self.batches:
                x, y = batch
                out = _call(model, x)
                n = _rows(y)
                total += float(self.loss_fn(out, y)) * n
                count += n
        return total / max(count, 1)


def _call(model: nn.Module, x: Any) -> Any:
    if isinstance(x, dict):
        return model(**x)
    if isinstance(x, (tuple, list)):
        return model(*x)
    return model(x)


def _rows(y: Any) -> int:
    if isinstance(y, torch.Tensor) and y.dim() > 0:
        return int(y.shape[0])
    return 1


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
        else:
            result.warnings.append(f"unknown job kind {job.kind!r}")
    except Exception as e:  # anything unexpected: a skipped record, never an exception
        result.warnings.append(f"{job.kind} landscape at step {job.step} skipped: {_short_error(e)}")
    result.seconds = time.perf_counter() - t0
    return result


def run_job_in_thread(ctx: Context, job: Job, nice: int = 0) -> Result:
    """`run_job` from a background thread, at lower priority, inside the engine's
    `global_rng_untouched()`: the engine's entry points save the global RNG states on entry
    and set them back on exit, which keeps a computation in the training thread invisible,
    but from another thread that restore would *rewind* the training thread's generators
    (dropout masks, shuffling drawn in between would repeat). The engine draws its own random
    numbers from seeded generators, and nothing else a job runs draws from the global ones.
    tests/integrations/test_bit_identical.py trains with dropout in thread mode to check it."""
    from tb_landscape.integrations._worker import lower_priority

    if not getattr(_THREAD, "niced", False):
        lower_priority(nice)
        _THREAD.niced = True
    with _engine().global_rng_untouched():
        return run_job(ctx, job)


def _frame_job(ctx: Context, job: Job, result: Result) -> None:
    cfg = ctx.config
    center_state = job.state
    try:
        dirs = _directions_for(ctx, job.step)
    except Exception as e:
        result.warnings.append(f"landscape at step {job.step} skipped: drawing directions failed: {_short_error(e)}")
        return
    land = None
    try:
        land = _engine_landscape(ctx, dirs)
        land.extra = dict(land.extra)
        land.extra["frame"] = cfg.frame
        if ctx.frame_step is not None and cfg.frame == "fixed":
            land.extra["frame_drawn_at_step"] = str(ctx.frame_step)
    except Exception as e:
        result.warnings.append(f"landscape at step {job.step} skipped: {_short_error(e)}")
    finally:
        ctx.load(center_state)
    if land is not None and cfg.path:
        try:
            traj = project_path(ctx, dirs, job.path, job.step, center_state)
            if traj is not None:
                land = dataclasses.replace(land, trajectory=traj)
        except Exception as e:
            result.warnings.append(f"path projection at step {job.step} left out: {_short_error(e)}")
        finally:
            ctx.load(center_state)
    if land is not None:
        result.records.append((cfg.tag, land))
        try:
            which = tuple(s for s in ("center_loss", "curvature", "basin_width") if s in cfg.scalars)
            if which:
                result.scalars.update(scalar_fns.landscape_scalars(land, basin_delta=cfg.basin_delta, which=which))
        except Exception as e:
            result.warnings.append(f"landscape scalars at step {job.step} left out: {_short_error(e)}")
    for name, fn in (("sharpness", _sharpness), ("hessian_top_eigenvalue", _engine_top_eigenvalue),
                     ("hessian_trace", _engine_trace)):
        if name not in cfg.scalars:
            continue
        try:
            result.scalars[name] = float(fn(ctx))
        except Exception as e:
            result.warnings.append(f"scalar {name} at step {job.step} left out: {_short_error(e)}")
        finally:
            ctx.load(center_state)


def _pca_job(ctx: Context, job: Job, result: Result) -> None:
    cfg = ctx.config
    path = [s for s in job.path if s.step < job.step]
    if len(path) < 2:
        result.warnings.append(
            f"PCA landscape at step {job.step} skipped: it needs at least 2 weight snapshots before "
            f"the centre, have {len(path)} (lower snapshot_every)")
        return
    try:
        land = _engine_pca_landscape(ctx, path, job.step, job.state)
    except Exception as e:
        result.warnings.append(f"PCA landscape at step {job.step} skipped: {_short_error(e)}")
        return
    finally:
        ctx.load(job.state)
    land.extra = dict(land.extra)
    land.extra["snapshots"] = str(len(path))
    result.records.append((cfg.pca_tag, land))


def _directions_for(ctx: Context, step: int):
    """The frame of a landscape at `step`: the fixed one (drawn at the first landscape), or a
    fresh draw seeded by (seed, step) in "redraw" mode."""
    cfg = ctx.config
    if cfg.frame == "fixed":
        if ctx.frame is None:
            ctx.frame = _engine_random_directions(ctx, cfg.seed)
            ctx.frame_step = step
        return ctx.frame
    return _engine_random_directions(ctx, redraw_seed(cfg.seed, step))


def redraw_seed(seed: int, step: int) -> int:
    """The seed of the directions drawn at `step` in "redraw" mode."""
    return int((int(seed) * 1_000_003 + int(step)) % (2 ** 62))


# ---- the path on a random frame -----------------------------------------------------------------

def project_path(ctx: Context, dirs, path: List[Snapshot], step: int,
                 center_state: Dict[str, torch.Tensor]) -> Optional[Trajectory]:
    """The path (snapshots before `step`, then the centre) projected onto the frame `dirs`.

    The directions need not be orthogonal: coordinates solve the least-squares problem
    `min_c ||delta - sum_k c_k d_k||` over the parameters the directions cover, with
    `delta = theta_i - theta_centre`. Per point:

    - `x, y`: the coordinates c;
    - `residual`: `||delta - sum_k c_k d_k||`, the part of the offset off the plane (L2 over
      the moved parameters, in parameter units);
    - `plane_loss`: the loss at `theta_centre + sum_k c_k d_k`, with the centre's buffers (the
      same model the landscape's grid was evaluated with, so the point sits on the surface);
    - `true_loss`: the loss at the snapshot's own weights and buffers (cached per snapshot).

    Cost: one evaluation pass per snapshot for the plane loss, plus one per new snapshot for
    the true loss.
    """
    snaps = [s for s in path if s.step < step]
    names = [n for n in dirs[0].keys()]
    center = ctx.params_copy(names)
    device = next(iter(center.values())).device
    k = len(dirs)
    gram = np.array([[_dot(dirs[a], dirs[b]) for b in range(k)] for a in range(k)], dtype=np.float64)
    steps, coords, residuals, true_losses, plane_losses = [], [], [], [], []
    center_loss = ctx.loss()
    for snap in snaps:
        tensors = snap.load()
        if snap.step not in ctx._true_loss:
            ctx.load({n: t for n, t in tensors.items()})
            ctx._true_loss[snap.step] = ctx.loss()
            ctx.load(center_state)
        delta = {n: tensors[n].to(device=device, dtype=torch.float64) - center[n].double() for n in names}
        rhs = np.array([_dot(delta, d) for d in dirs], dtype=np.float64)
        c = np.linalg.lstsq(gram, rhs, rcond=None)[0]
        res = {n: delta[n] - sum(float(c[j]) * dirs[j][n].double() for j in range(k)) for n in names}
        steps.append(snap.step)
        coords.append(c)
        residuals.append(math.sqrt(sum(float(torch.sum(v * v)) for v in res.values())))
        true_losses.append(ctx._true_loss[snap.step])
        with torch.no_grad():
            ctx.set_params({n: (center[n].double() + sum(float(c[j]) * dirs[j][n].double() for j in range(k)))
                            .to(center[n].dtype) for n in names})
        plane_losses.append(ctx.loss())
        ctx.set_params(center)
    steps.append(step)
    coords.append(np.zeros(k))
    residuals.append(0.0)
    true_losses.append(center_loss)
    plane_losses.append(center_loss)
    xy = np.array(coords, dtype=np.float64).reshape(len(steps), k)
    # Keep only as many old true losses as there are snapshots (thinned ones are gone).
    keep = {s.step for s in snaps}
    for s in list(ctx._true_loss):
        if s not in keep:
            del ctx._true_loss[s]
    return Trajectory(steps=np.array(steps, dtype=np.int64), x=xy[:, 0], y=xy[:, 1] if k == 2 else None,
                      plane_loss=np.array(plane_losses, dtype=np.float32),
                      true_loss=np.array(true_losses, dtype=np.float32),
                      residual=np.array(residuals, dtype=np.float32))


def _dot(a: Dict[str, torch.Tensor], b: Dict[str, torch.Tensor]) -> float:
    total = 0.0
    for n, t in a.items():
        u = b.get(n)
        if u is not None:
            total += float(torch.sum(t.double() * u.double()))
    return total


# ---- SAM sharpness ------------------------------------------------------------------------------

def _sharpness(ctx: Context) -> float:
    """SAM-style sharpness `L(theta + rho g/||g||) - L(theta)` on the eval batches.

    g is the gradient of the batch-size-weighted mean loss (model in eval mode, so BatchNorm
    uses its running statistics and dropout is off), over the trainable parameters.
    Cost: one forward+backward pass and two forward passes over the eval data.
    """
    fn = _engine_fn("sharpness", "sam_sharpness")
    if fn is not None:
        return float(fn(ctx.model, ctx.loss_fn, ctx.batches, rho=ctx.config.sam_rho))
    model = ctx.model
    model.eval()
    params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    grads = [torch.zeros_like(p) for _, p in params]
    count = sum(_rows(y) for _, y in ctx.batches)
    base_total = 0.0
    for x, y in ctx.batches:
        loss = ctx.loss_fn(_call(model, x), y)
        w = _rows(y) / count
        g = torch.autograd.grad(loss * w, [p for _, p in params], allow_unused=True)
        for acc, gi in zip(grads, g):
            if gi is not None:
                acc.add_(gi)
        base_total += float(loss.detach()) * w
    norm = math.sqrt(sum(float(torch.sum(g.double() ** 2)) for g in grads))
    if not math.isfinite(norm) or not math.isfinite(base_total):
        return math.nan
    if norm == 0:
        return 0.0
    scale = ctx.config.sam_rho / norm
    with torch.no_grad():
        for (_, p), g in zip(params, grads):
            p.add_(g, alpha=scale)
    return ctx.loss() - base_total


# ---- the engine ---------------------------------------------------------------------------------

def _engine():
    from tb_landscape import engine

    return engine


def _engine_fn(*names: str):
    engine = _engine()
    for n in names:
        fn = getattr(engine, n, None)
        if fn is not None:
            return fn
    return None


def _engine_random_directions(ctx: Context, seed: int):
    cfg = ctx.config
    return _engine().random_directions(ctx.model, dims=cfg.dims, normalization=cfg.normalization, seed=seed,
                                       params=cfg.params)


def _evaluation_kwargs(ctx: Context) -> Dict[str, Any]:
    cfg = ctx.config
    # distributed=False: a logger runs on one rank (rank 0 under DDP and Lightning); sharding
    # the grid over the process group would wait forever for ranks that compute nothing.
    kwargs: Dict[str, Any] = {"loss_fn": ctx.loss_fn, "metrics": cfg.metrics, "distributed": False}
    if not cfg.trace:
        kwargs["trace"] = False  # the model's own forward: no torch.fx tracing (see Config.trace)
    return kwargs


def _engine_landscape(ctx: Context, dirs) -> Landscape:
    cfg = ctx.config
    return _engine().compute_landscape(
        ctx.model, data=ctx.batches, directions=dirs, normalization=cfg.normalization, dims=cfg.dims,
        span=cfg.span, resolution=cfg.resolution, seed=cfg.seed, bn=cfg.bn, device=cfg.device, progress=False,
        **_evaluation_kwargs(ctx))


def _engine_pca_landscape(ctx: Context, path: List[Snapshot], step: int, state) -> Landscape:
    """The PCA plane of the snapshots, centred on `state` (the weights at `step`)."""
    cfg = ctx.config
    checkpoints = [s.file if s.on_disk else s.load() for s in path] + [state]
    steps = [s.step for s in path] + [step]
    return _engine().compute_landscape(
        ctx.model, data=ctx.batches, directions="pca", dims=cfg.dims, span=cfg.pca_span,
        resolution=cfg.pca_resolution or cfg.resolution, seed=cfg.seed, bn=cfg.bn,
        device=cfg.device, progress=False, params=cfg.params, checkpoints=checkpoints, checkpoint_steps=steps,
        **_evaluation_kwargs(ctx))


def _engine_top_eigenvalue(ctx: Context) -> float:
    """The largest Hessian eigenvalue: Lanczos with `hessian_iters` steps (one Hessian-vector
    product each)."""
    cfg = ctx.config
    eig = _engine().hessian_eigenvalues(ctx.model, ctx.loss_fn, ctx.batches, k=1, method="lanczos",
                                        max_iter=cfg.hessian_iters, seed=cfg.seed, params=cfg.params)
    return float(eig.eigenvalues[0])


def _engine_trace(ctx: Context) -> float:
    """Hutchinson's trace estimate from exactly `trace_samples` Rademacher vectors."""
    cfg = ctx.config
    est = _engine().hessian_trace(ctx.model, ctx.loss_fn, ctx.batches, max_iter=cfg.trace_samples,
                                  min_iter=cfg.trace_samples, seed=cfg.seed, params=cfg.params)
    return float(est.value)
