"""`LandscapeLogger`: loss landscapes logged live from a training loop.

    logger = tbl.LandscapeLogger(writer, model, loss_fn, eval_batch,
                                 every_n_steps=200, resolution=25, span=1.0)
    for step, (x, y) in enumerate(loader):
        ...; optimizer.step()
        logger.step(step)        # cheap when nothing is due
    logger.close()

The logger only schedules and logs; the computations are the engine's
(`tb_landscape.engine`), run by `tb_landscape.integrations._jobs` on the logger's own copy of
the model. The training model is only ever read (its `state_dict()` is copied), so training
is bit-identical with and without the logger: weights, gradients, buffers, optimizer state,
train/eval flags and the torch, numpy and Python random streams.

Its knobs are the fields of the specs of `tb_landscape.specs` (`GridSpec`, `DirectionSpec`,
`EvalSpec`, and the logger's own `ScheduleSpec`, `ScalarSpec`, `PathSpec`, `RecordsSpec`), given as spec
objects or as flat keyword options (`resolution=41`), checked by the specs' one validator.
"""

from __future__ import annotations

import concurrent.futures
import copy
import inspect
import operator
import pickle
import time
import warnings
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

import torch
from torch import nn

from tb_landscape._validate import fail
from tb_landscape.engine import rng_preserved, select_parameters, trace_ahead, unwrap_model
from tb_landscape.engine.data import call_model, prepare_data, to_device
from tb_landscape.integrations import _jobs
from tb_landscape.integrations._jobs import Config, Job, Result, short_error
from tb_landscape.integrations._options import DEFAULT_GRID, check_metrics, logger_specs
from tb_landscape.integrations.snapshots import SnapshotStore, tensor_bytes
from tb_landscape.specs import (SUPPORTED_BACKGROUND, SUPPORTED_FRAMES, SUPPORTED_SCALARS, DirectionSpec, EvalSpec,
                                GridSpec, PathSpec)
from tb_landscape.summary import add_landscape, add_layer_sensitivity, add_spectrum

__all__ = ["LandscapeLogger", "LandscapeWarning", "LandscapeSkipWarning", "check_options", "SUPPORTED_SCALARS", "SUPPORTED_FRAMES",
           "SUPPORTED_BACKGROUND", "DEFAULT_SNAPSHOT_BUDGET", "DEFAULT_GRID"]

#: Default memory budget of the weight snapshots of the optimizer's path: 256 MiB.
DEFAULT_SNAPSHOT_BUDGET = PathSpec().snapshot_budget_bytes


class LandscapeWarning(RuntimeWarning):
    """A landscape, path or scalar that could not be computed or logged (training goes on)."""


class LandscapeSkipWarning(UserWarning):
    """In background mode, a landscape fell due while the previous one was still computing and
    was skipped (said once per logger; `stats["skipped"]` counts them). Nothing failed."""


def _log_scalar(writer, tag: str, value: float, step: int) -> None:
    """`writer.add_scalar`, or a scalar Summary for TensorBoard's own EventFileWriter."""
    add = getattr(writer, "add_scalar", None)
    if callable(add):
        add(tag, value, step)
        return
    from tensorboard.compat.proto import event_pb2, summary_pb2

    summary = summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag=tag, simple_value=float(value))])
    writer.add_event(event_pb2.Event(wall_time=time.time(), step=int(step), summary=summary))


def _signature_names(keyword_only: bool = False) -> List[str]:
    """`LandscapeLogger.__init__`'s own parameter names (suggested for misspelled options):
    all but `self` and `**options`, or only the keyword-only ones."""
    params = inspect.signature(LandscapeLogger.__init__).parameters.values()
    return [p.name for p in params if p.name != "self" and p.kind != p.VAR_KEYWORD
            and (p.kind == p.KEYWORD_ONLY or not keyword_only)]


def check_options(where: str, options: Mapping[str, Any]) -> None:
    """Checks the keyword arguments of a `LandscapeLogger` without a model: every option name
    and value (by the specs' validator), and `metrics`; the model-dependent checks (`params`
    names, eval data, snapshot budget) wait for the model. For wrappers that build the
    logger later (the Lightning callback).

    Raises:
        ValueError: naming the option, with "is not an option of `where`" for unknown names.
    """
    options = dict(options)
    spec_args = {k: options.pop(k) for k in ("grid", "directions", "evaluation") if k in options}
    check_metrics(options.pop("metrics", None))
    logger_specs(where, options, _signature_names(keyword_only=True), **spec_args)


def _check_objects(writer: Any, model: Any, loss_fn: Any) -> None:
    """The logger's non-option arguments: a writer, a module, a callable loss."""
    if writer is None or not (callable(getattr(writer, "add_scalar", None)) or hasattr(writer, "add_event")
                              or callable(getattr(writer, "_get_file_writer", None))):
        fail("writer", writer, "must be a torch or tensorboardX SummaryWriter or an EventFileWriter")
    if not isinstance(model, nn.Module):
        fail("model", model, "must be a torch.nn.Module")
    if not callable(loss_fn):
        fail("loss_fn", loss_fn, "must be callable: loss_fn(outputs, targets) -> scalar tensor")


def _fit_to_model(specs: Dict[str, Any], model: nn.Module) -> Dict[str, Any]:
    """The specs resolved against the (unwrapped) model: `params` as the names it selects
    (a selector that matches nothing fails here, naming `params`; a submodule of the training
    model would not be part of the logger's copy) and the snapshot cadence."""
    d = specs["directions"]
    if not any(p.requires_grad or not d.trainable_only for p in model.parameters()):
        fail("model", type(model).__name__, "has no trainable parameters: there is no landscape to draw")
    if d.params is not None:
        specs["directions"] = d.replace(params=tuple(select_parameters(model, d.params, d.trainable_only)))
    if specs["path"].snapshot_every is None:
        specs["path"] = specs["path"].replace(snapshot_every=max(1, specs["schedule"].every_n_steps // 10))
    return specs


def _fit_threads(specs: Dict[str, Any]) -> Dict[str, Any]:
    """The background thread counts, once the mode is known."""
    sched = specs["schedule"]
    if sched.mode is not None and sched.background_threads is None:
        sched = specs["schedule"] = sched.replace(background_threads=max(1, torch.get_num_threads() // 2))
    if sched.mode == "thread":
        ev = specs["evaluation"]
        specs["evaluation"] = ev.replace(threads=ev.threads or sched.background_threads)
    return specs


def _copy_model(model: nn.Module, device: torch.device) -> nn.Module:
    """The logger's own copy of the model on `device`, in eval mode, without gradients."""
    try:
        shadow = copy.deepcopy(model)
    except Exception as e:
        fail("model", type(model).__name__, f"cannot be copied (copy.deepcopy failed: {e}); the logger "
             "computes on its own copy so that training is untouched")
    shadow = shadow.to(device)
    for p in shadow.parameters():
        p.grad = None
    shadow.eval()
    return shadow


def _prepare_data(shadow: nn.Module, eval_data: Any, max_batches: Optional[int], loss_fn: Callable) -> List[Any]:
    """The evaluation batches on the copy's device, checked by evaluating the first one."""
    device = next(iter(shadow.parameters())).device
    try:
        batches = list(prepare_data(eval_data, device, max_batches=max_batches).batches)
    except ValueError as e:
        fail("eval_data", type(eval_data).__name__, f"is not usable: {e}")
    x, y = batches[0]
    try:
        with torch.no_grad():
            loss = loss_fn(call_model(shadow, x), y)
    except Exception as e:
        fail("eval_data", type(eval_data).__name__, f"does not match the model and loss_fn: evaluating the first "
             f"batch raised {type(e).__name__}: {e}")
    if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
        fail("loss_fn", loss_fn, f"must return a scalar tensor, got "
             f"{type(loss).__name__}{tuple(loss.shape) if isinstance(loss, torch.Tensor) else ''}")
    return batches


class LandscapeLogger:
    """Logs loss landscapes, the optimizer's path and landscape scalars during training.

    Call `step(step)` after every optimizer step; it returns at once unless a snapshot or a
    landscape is due. A landscape is due at the first call and then at every multiple of
    `every_n_steps`; a weight snapshot for the path is due every `snapshot_every` steps.
    Call `close()` at the end (or use the logger as a context manager): it waits for a
    running computation, logs the PCA plane of the whole path, and flushes the writer.

    What is logged (all at the training step the weights belong to; the writer is flushed
    after each record so TensorBoard shows it at its next reload):

    - `tag` (default "landscape"): a `dims`-D landscape along random directions around the
      current weights. With `frame="fixed"` (default) the directions are drawn once, at the
      first landscape (seeded by `seed`, normalized against the weights of that step), so
      successive landscapes share axes; `frame="redraw"` draws new ones each time (seeded by
      `seed` and the step). The record's `frame_id` names its frame, and the path so far
      (the snapshots before the step, then the centre) is projected onto it by the engine
      (least squares; on-plane loss, true loss and residual per point).
    - `pca_tag` (default "landscape_pca"): the plane of the first two principal components of
      the path's snapshots around the current weights, with the path projected onto it
      (DESIGN.md section 4); at `close()`, on `log_pca()`, and every `pca_every_n_steps`.
    - scalars `{scalar_prefix}/{name}` (ordinary TensorBoard scalars, beside the loss curves),
      each switched on by its name in `scalars`. With G = the grid's points and one "pass" =
      one forward pass over the eval data:

      * `center_loss`: the loss at the centre of the landscape. Free (read off the grid).
      * `curvature` -> `curvature_d1`, `curvature_d2`: second derivative of the loss along
        each direction at the centre (least-squares parabola through the 5 central grid
        points). Free.
      * `basin_width` -> `basin_width_d1`, `basin_width_d2`: width along each direction of
        the interval around the centre where the loss stays within `basin_delta` of the
        centre loss (clipped to the grid). Free.
      * `sharpness`: SAM sharpness `L(w + rho g/||g||) - L(w)` with `rho = sam_rho`, over the
        parameters the directions move (`params`). About 4 passes.
      * `hessian_top_eigenvalue`: the largest Hessian eigenvalue over those parameters,
        `hessian_iters` Hessian-vector products (each about 4 passes' worth; the method and
        tolerance of `directions.hessian`, Lanczos by default).
      * `hessian_trace`: Hutchinson's trace estimate over those parameters from
        `trace_samples` Rademacher vectors, one Hessian-vector product each.
      * `worst_case_sharpness` (off by default: add it to `scalars`): the largest loss rise
        found by `worst_case_steps` steps of projected gradient ascent in the L2 ball of
        radius `worst_case_rho` (default `sam_rho`, so it is at least `sharpness`: the
        ascent's first step is the SAM point). One forward+backward pass per step, about
        `3 * worst_case_steps` passes: with the default 10, ~7x `sharpness`.
    - `sensitivity_tag` (default "layers"), every `sensitivity_every_n_steps` (default None:
      never): per-layer sensitivity (`tbl.layer_sensitivity` over `sensitivity_groups`, by
      default one group per module): the trace of each group's Hessian block
      (`sensitivity_samples` Hutchinson probes shared by all groups, with standard errors)
      and its top eigenvalue (up to `sensitivity_iters` Lanczos steps per group). Shown by the
      tab's Layers view.
    - `spectrum_tag` (default "spectrum"), every `spectrum_every_n_steps` (default None: never):
      the Hessian's eigenvalue density (`tbl.hessian_density`, `spectrum_lanczos_steps` x
      `spectrum_runs` Hessian-vector products) on `spectrum_points` eigenvalues, with the
      outliers above the bulk. Shown by the tab's Spectrum view.

      Both are due at the first step and then at every multiple of their cadence, computed
      with the landscape when one is due at the same step (else as a job of their own, which
      like a landscape is skipped when the previous job is still running), on the
      parameters the directions move; a failure warns and skips that record.

      The landscape itself costs G passes; the path two passes per snapshot (its on-plane
      loss and its true loss, both evaluated by the engine at every landscape).

    The memory knob (the path): a snapshot of the model's `state_dict()` (parameters and
    buffers, in their dtypes) is copied to host memory (`snapshot_storage="memory"`) or to a
    file (`"disk"`, in `snapshot_dir` or a temporary directory), never kept on an
    accelerator, every `snapshot_every` steps, under `snapshot_budget_bytes` in all and at
    most `max_snapshots` of them. When either is reached every other snapshot is dropped and
    the cadence doubles, so the path always covers the whole run with between half and all
    of `min(max_snapshots, budget // snapshot size)` points (see
    `tb_landscape.integrations.snapshots`). The count also bounds the path's cost. The
    evaluation data are copied once to the compute device (`max_batches` bounds how many
    batches are taken from a loader), and the logger keeps one copy of the model there.

    Background mode (the default, "auto"; or True/"process", or "thread"): the training loop
    is blocked only to copy the weights (measured on the demo CNN with
    `benchmarks/training_overhead.py`: a few milliseconds per due landscape, against the
    whole computation, seconds, with `background=False`); the landscape is computed while training goes on, at most one
    computation at a time. A landscape that falls due while one is running is skipped (and
    counted in `stats["skipped"]`), never queued. Results are written by the training thread
    at its next `step()` call (or by `wait()` / `close()`). The background work runs at a
    lower CPU priority (`background_nice`), so training takes the cores it needs.

    - "auto" (the default): "process" when the model is on the CPU and the model, `loss_fn`,
      `metrics` and eval data can be pickled and imported by a worker (not defined in an
      interactive `__main__`, or in a script without the `if __name__ == "__main__":` guard),
      otherwise "thread". The choice is made once, from those objects, and is in `background`
      (with `background_reason`).
    - "process" (what True means): a spawned worker process with `background_threads` torch
      threads, which receives the model, `loss_fn`, `metrics` and eval data once (they must
      be picklable) and the weights of each job through shared memory. Measured on a 2-core
      CPU (benchmarks/training_overhead.py, a digits CNN): the training loop ran at 1.13x
      its time without the logger (1.01x with one training thread), against 3.97x (1.13x)
      for "thread". The worker starts in ~2-3 s, in parallel with training. A script whose
      model or loss is defined in `__main__` needs the usual `if __name__ == "__main__":`
      guard (multiprocessing's rule); otherwise the worker never re-runs your script.
    - "thread": a thread of the training process; nothing is pickled, but its Python work
      competes for the GIL and its torch ops for the cores. The engine evaluates with
      `background_threads` worker threads (`EvalSpec.threads`, unless `threads` or an
      `evaluation` with threads is given). `torch.fx` tracing patches torch process-wide while
      it traces, so it must not run next to training: the logger traces its copy of the model
      once, in the training thread, when it is made (`engine.trace_ahead`), and the jobs reuse
      that graph (`engine.no_new_traces`); a model torch.fx cannot trace is evaluated by its own
      forward.

    `background_threads` (None: half of `torch.get_num_threads()`, at least 1) is thus the
    number of cores the background work uses in either mode. In the foreground the engine
    uses `threads` worker threads (None: `torch.get_num_threads()`). Thread counts change
    speed, never the numbers.

    Errors: nothing raised inside landscape code reaches the training loop: it becomes a
    `LandscapeWarning` and a skipped record (or a record without its path, or a missing
    scalar). A landscape whose values are all NaN (diverged training) is logged as it is.

    Args:
        writer: torch's `SummaryWriter`, a tensorboardX `SummaryWriter`, or TensorBoard's
            `EventFileWriter`. Not closed by the logger.
        model: the model being trained (any `nn.Module` with parameters; DDP, DataParallel and
            `torch.compile` wrappers are unwrapped).
        loss_fn: `loss_fn(outputs, targets) -> scalar tensor`, mean-reduced over the batch.
        eval_data: one batch `(x, y)`, a list of batches, or a DataLoader (its first
            `max_batches` batches, materialized once). Every landscape is evaluated on exactly
            these samples, without augmentation.
        grid: a `GridSpec` (or a dict of its fields) for the landscapes; None:
            `DEFAULT_GRID`, a 25 x 25 plane over [-1, 1]^2 (`dims=2, resolution=25,
            span=1.0`). The PCA plane takes its `dims` and (unless `pca_resolution`) its
            `resolution`.
        directions: a `DirectionSpec` (or a dict) with method "random" (the default): its
            `normalization`, `seed`, `params`, `trainable_only`, `ignore`, and `hessian`
            (for `hessian_top_eigenvalue`). `params` also selects the parameters of the
            PCA plane and of the model scalars.
        evaluation: an `EvalSpec` (or a dict): BatchNorm mode `bn`, `max_batches`,
            `device` (None: the model's), `precision`, `threads`, `memory_limit`, and the
            fast-path knobs.
        metrics: extra metrics `{name: fn(outputs, targets) -> scalar}` stored with the loss.
        **options: any field of those specs or of the logger's own, by name, applied to the
            spec that defines it (to `grid` when given, else to `DEFAULT_GRID`):

            - `ScheduleSpec`: `every_n_steps` (200), `frame` ("fixed" or "redraw"), `tag`,
              `pca_tag`, `scalar_prefix`, `pca_every_n_steps` (None: only at close and on
              request), `pca_resolution`, `pca_span` (None: the path plus 20%),
              `background` ("auto", False, True, "thread", "process"), `background_threads`,
              `background_nice` (a niceness increment 0 to 19, default 10; Linux sets it
              per thread, so in "thread" mode only the logger's threads are affected).
            - `ScalarSpec`: `scalars` (names from `SUPPORTED_SCALARS`, default all but
              `worst_case_sharpness`, or ()), `basin_delta`, `sam_rho`, `hessian_iters`,
              `trace_samples`, `worst_case_rho`, `worst_case_steps`.
            - `RecordsSpec`: `sensitivity_every_n_steps`, `spectrum_every_n_steps` (None:
              off), `sensitivity_tag`, `spectrum_tag`, `sensitivity_groups`,
              `sensitivity_measures`, `sensitivity_samples`, `sensitivity_iters`,
              `spectrum_lanczos_steps`, `spectrum_runs`, `spectrum_points`.
            - `PathSpec`: `path` (True), `snapshot_every` (None: `max(1, every_n_steps //
              10)`), `snapshot_budget_bytes` (256 MiB; must hold at least 3 snapshots),
              `max_snapshots` (100), `snapshot_storage` ("memory" or "disk"),
              `snapshot_dir`.
            - `GridSpec`, `DirectionSpec`, `EvalSpec`: `dims`, `resolution`, `span`,
              `normalization`, `seed`, `params`, `bn`, `device`, `max_batches`, `threads`,
              `precision`, ... (see `tb_landscape.specs` for every field and its help).

    Attributes:
        config: the resolved specs every computation uses (`_jobs.Config`): `params` as the
            selected parameter names, `device` and the thread counts filled in.
        background_reason: why `background` is what it is ("asked for", or the "auto" rule
            that chose it).
        stats: counts and timings: landscapes, pca_landscapes, sensitivity, spectra, skipped, failed, snapshots,
            blocked_seconds, max_blocked_seconds, snapshot_seconds, compute_seconds.

    Raises:
        ValueError: at construction, naming the argument: an unknown option (with the closest
            real names) or option value, a direction method other than "random", `params`
            that select no parameter of the model, a model without trainable parameters,
            eval data the model cannot evaluate (one forward pass and the loss are tried), a
            snapshot budget that holds fewer than 3 snapshots, or (background "process")
            objects that cannot be pickled.
    """

    def __init__(self, writer, model: nn.Module, loss_fn: Callable, eval_data: Any, *,
                 grid: Optional[GridSpec] = None, directions: Optional[DirectionSpec] = None,
                 evaluation: Optional[EvalSpec] = None, metrics: Optional[Dict[str, Callable]] = None,
                 **options: Any):
        _check_objects(writer, model, loss_fn)
        specs = logger_specs("LandscapeLogger", options, _signature_names(), grid=grid, directions=directions,
                             evaluation=evaluation)
        metrics = check_metrics(metrics)
        self.writer = writer
        self.model = model
        self.loss_fn = loss_fn
        self._inner = unwrap_model(model)
        specs = _fit_to_model(specs, self._inner)
        device = torch.device(specs["evaluation"].device) if specs["evaluation"].device else \
            next(iter(self._inner.parameters())).device
        with rng_preserved():
            self._shadow = _copy_model(self._inner, device)
            self._batches = _prepare_data(self._shadow, eval_data, specs["evaluation"].max_batches, loss_fn)
        # the device the copy is on, spelled as torch does ("cuda:0"): the engine and a worker
        # process compute there
        specs["evaluation"] = specs["evaluation"].replace(device=str(next(iter(self._shadow.parameters())).device))
        self._parts: Optional[Tuple[Any, Any]] = None  # the worker's copies, when "auto" made them
        mode, self.background_reason = self._choose_background(specs["schedule"], metrics)
        specs["schedule"] = specs["schedule"].replace(background=mode or False)
        self.config = Config(metrics=metrics, **_fit_threads(specs))
        if self.background == "thread" and self.config.evaluation.trace:
            trace_ahead(self._shadow)  # here, in the training thread (see the docstring)
        self._store = self._make_store()
        self._context = _jobs.Context(self._shadow, loss_fn, self._batches, self.config)
        self._executor: Optional[concurrent.futures.Executor] = None
        self._payload: Optional[bytes] = None
        if self.background == "process":
            self._payload = self._pickle_payload()
        if self.background is not None:
            self._start_executor()
        self._inflight: Optional[Tuple[concurrent.futures.Future, Job]] = None
        self._next_landscape: Optional[int] = None
        self._next_pca: Optional[int] = None
        self._next_measure: Dict[str, int] = {}  # "sensitivity" / "spectrum" -> next due step
        self._last_step: Optional[int] = None
        self._pca_step: Optional[int] = None  # the step of the last PCA plane logged
        self._closed = False
        self.stats: Dict[str, float] = {
            "landscapes": 0, "pca_landscapes": 0, "sensitivity": 0, "spectra": 0, "skipped": 0, "failed": 0, "snapshots": 0,
            "blocked_seconds": 0.0, "snapshot_seconds": 0.0, "compute_seconds": 0.0, "max_blocked_seconds": 0.0,
        }

    @property
    def background(self) -> Optional[str]:
        """Where the computations run: None (the training thread), "thread" or "process"."""
        return self.config.schedule.mode

    # ---- construction helpers ------------------------------------------------------------------
    def _make_store(self) -> Optional[SnapshotStore]:
        """The snapshot store of the path (None with `path=False`)."""
        p = self.config.path
        if not p.path:
            return None
        snap_bytes = tensor_bytes(self._state_tensors())
        capacity = p.snapshot_budget_bytes // max(snap_bytes, 1)
        if capacity < 3:
            fail("snapshot_budget_bytes", p.snapshot_budget_bytes,
                 f"holds {capacity} snapshot(s) of this model ({snap_bytes} bytes each); the path needs at "
                 f"least 3: raise it, use snapshot_storage='disk', or pass path=False")
        return SnapshotStore(p.snapshot_budget_bytes, storage=p.snapshot_storage, directory=p.snapshot_dir,
                             every_n_steps=p.snapshot_every, max_count=p.max_snapshots,
                             share_memory=self.background == "process")

    def _choose_background(self, sched, metrics) -> Tuple[Optional[str], str]:
        """The background mode, and why: "auto" becomes a worker process when the model is on
        the CPU and everything the worker needs can be pickled and reached from it; else a
        thread (decided from the objects, never from a timing)."""
        if sched.mode != "auto":
            return sched.mode, "asked for"
        if next(iter(self._shadow.parameters())).device.type != "cpu":
            return "thread", "auto: the model is on an accelerator (no second device context)"
        try:
            self._parts = self._picklable_parts(metrics)  # kept for the payload: checked once
        except ValueError as e:
            return "thread", f"auto: {e}"
        return "process", "auto: the model, loss and data can be pickled"

    def _picklable_parts(self, metrics) -> Tuple[Any, Any]:
        """The CPU copies a worker process gets; raises ValueError naming what cannot go."""
        from tb_landscape.integrations import _worker

        _worker.check_not_bootstrapping()
        shadow_cpu = copy.deepcopy(self._shadow).cpu()
        batches_cpu = [to_device(b, torch.device("cpu")) for b in self._batches]
        for name, obj in (("model", shadow_cpu), ("loss_fn", self.loss_fn), ("eval_data", batches_cpu),
                          ("metrics", metrics)):
            try:
                payload = pickle.dumps(obj)
            except Exception as e:
                fail(name, type(obj).__name__, f"cannot be pickled for background='process' ({e}); define it at "
                     "module level, or use background='thread'")
            if _worker.needs_main(payload) and not _worker.main_is_safe():
                fail(name, type(obj).__name__, "is defined in a __main__ that a worker process cannot import "
                     "safely (an interactive session, or a script without an `if __name__ == \"__main__\":` "
                     "guard); define it in a module, or use background='thread'")
        return shadow_cpu, batches_cpu

    def _pickle_payload(self) -> bytes:
        parts, self._parts = self._parts, None
        shadow_cpu, batches_cpu = parts or self._picklable_parts(self.config.metrics)
        return pickle.dumps((shadow_cpu, self.loss_fn, batches_cpu, self.config))

    def _start_executor(self) -> None:
        if self.background == "thread":
            self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="tb_landscape")
            return
        import torch.multiprocessing as tmp

        from tb_landscape.integrations import _worker

        self._executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=tmp.get_context("spawn"), initializer=_worker.init, initargs=(self._payload,))
        with _worker.spawning(self._payload):
            self._executor.submit(_worker.ping)  # start the worker now, while training runs

    def _executor_submit(self, fn, *args) -> concurrent.futures.Future:
        if self.background == "process":
            from tb_landscape.integrations import _worker

            with _worker.spawning(self._payload):
                return self._executor.submit(fn, *args)
        return self._executor.submit(fn, *args)

    # ---- the training-loop side -------------------------------------------------------------------
    def _state_tensors(self) -> Dict[str, torch.Tensor]:
        """The training model's state_dict tensors (views, not copies)."""
        return {k: v for k, v in self._inner.state_dict().items() if isinstance(v, torch.Tensor)}

    def step(self, step: int) -> None:
        """Tells the logger that optimizer step `step` is done; logs what is due.

        Cheap when nothing is due (an integer comparison, and in background mode a check of
        the running computation). Never raises: problems become `LandscapeWarning`s.
        """
        t0 = time.perf_counter()
        try:
            if self._closed:
                return
            try:
                step = operator.index(step)
            except TypeError:
                self._warn(f"step={step!r} is not an integer; ignored")
                return
            if self._inflight is not None:
                self._collect(wait=False)
            land_due = self._next_landscape is None or step >= self._next_landscape
            measures = self._measures_due(step)
            snap_due = self._store is not None and self._store.due(step)
            every, pca_every = self.config.schedule.every_n_steps, self.config.schedule.pca_every_n_steps
            pca_due = pca_every is not None and self._next_pca is not None and step >= self._next_pca
            if pca_every is not None and self._next_pca is None:
                self._next_pca = (step // pca_every + 1) * pca_every
            self._last_step = step
            if not (land_due or snap_due or pca_due or measures):
                return
            with rng_preserved():
                if snap_due:
                    self._snapshot(step)
                if land_due or measures:
                    if land_due:
                        self._next_landscape = (step // every + 1) * every
                    self._submit("frame" if land_due else "measures", step, wait=False, measures=measures)
                if pca_due:
                    self._next_pca = (step // pca_every + 1) * pca_every
                    self._submit("pca", step, wait=False)
        except Exception as e:  # never into the training loop
            self._warn(f"step {step}: {short_error(e)}")
        finally:
            blocked = time.perf_counter() - t0
            self.stats["blocked_seconds"] += blocked
            self.stats["max_blocked_seconds"] = max(self.stats["max_blocked_seconds"], blocked)

    def _measures_due(self, step: int) -> Tuple[str, ...]:
        """The records besides landscapes due at `step` ("sensitivity", "spectrum"), each due
        at its first step and then at every multiple of its cadence; moves their schedule on."""
        due = []
        for name, every in (("sensitivity", self.config.records.sensitivity_every_n_steps),
                            ("spectrum", self.config.records.spectrum_every_n_steps)):
            if every is not None and (self._next_measure.get(name) is None or step >= self._next_measure[name]):
                self._next_measure[name] = (step // every + 1) * every
                due.append(name)
        return tuple(due)

    def snapshot(self, step: int) -> None:
        """Keeps the current weights as the path's point at `step` now, whatever the cadence
        (with `path=True`; steps must increase); computes no landscape. Never raises."""
        if self._closed or self._store is None:
            return
        try:
            step = operator.index(step)
            with rng_preserved():
                self._snapshot(step, force=True)
            self._last_step = step if self._last_step is None else max(self._last_step, step)
        except Exception as e:
            self._warn(f"snapshot at step {step} skipped: {short_error(e)}")

    def _snapshot(self, step: int, force: bool = False) -> None:
        t0 = time.perf_counter()
        try:
            if self._store.add(step, self._state_tensors(), force=force):
                self.stats["snapshots"] += 1
        except Exception as e:
            self._warn(f"weight snapshot at step {step} skipped: {short_error(e)}")
        self.stats["snapshot_seconds"] += time.perf_counter() - t0

    def _job_state(self) -> Dict[str, torch.Tensor]:
        """The weights a job computes on: the live tensors (foreground, used at once), copies on
        the compute device (thread), or copies in shared CPU memory (process)."""
        state = self._state_tensors()
        with torch.no_grad():
            if self.background is None:
                return {k: v.detach() for k, v in state.items()}
            if self.background == "thread":
                return {k: v.detach().clone() for k, v in state.items()}
            out = {}
            for k, v in state.items():
                t = torch.empty(v.shape, dtype=v.dtype, device="cpu")
                t.share_memory_()
                t.copy_(v.detach())
                out[k] = t
            return out

    def _submit(self, kind: str, step: int, wait: bool, measures: Tuple[str, ...] = ()) -> bool:
        """Starts a job (or runs it, in foreground mode). With `wait`, waits for a running job
        first and for this one to finish; without, skips it when one is running."""
        if self._inflight is not None:
            if wait:
                self._collect(wait=True)
            else:
                self._collect(wait=False)
                if self._inflight is not None:
                    self.stats["skipped"] += 1
                    if self.stats["skipped"] == 1:
                        self._warn(category=LandscapeSkipWarning, message=f"a landscape fell due at step {step} while the previous one was still "
                                   "computing: skipped (counted in stats['skipped']; this is said once). "
                                   "Raise every_n_steps, or pass background=False to wait for each one")
                    return False
        path = self._store.snapshots() if self._store is not None else []
        job = Job(kind=kind, step=step, state=self._job_state(), path=path, measures=measures)
        if self.background is None:
            self._write(_jobs.run_job(self._context, job))
            return True
        if self._executor is None:
            self._start_executor()
        if self.background == "thread":
            future = self._executor_submit(_jobs.run_job_in_thread, self._context, job)
        else:
            from tb_landscape.integrations import _worker

            future = self._executor_submit(_worker.run, job)
        self._inflight = (future, job)
        if wait:
            self._collect(wait=True)
        return True

    def _collect(self, wait: bool) -> None:
        """Writes the running job's result when it is done (waits for it with `wait`)."""
        if self._inflight is None:
            return
        future, job = self._inflight
        if not wait and not future.done():
            return
        self._inflight = None
        try:
            result = future.result()
        except Exception as e:  # the worker died (BrokenProcessPool) or the thread raised
            self.stats["failed"] += 1
            self._warn(f"{job.kind} landscape at step {job.step} skipped: the background worker failed: "
                       f"{short_error(e)}")
            if isinstance(e, concurrent.futures.process.BrokenProcessPool):
                self._executor = None  # a fresh worker at the next job
            return
        self._write(result)

    def _write(self, result: Result) -> None:
        self.stats["compute_seconds"] += result.seconds
        for w in result.warnings:
            self._warn(w)
        if not result.records and result.kind == "frame":
            self.stats["failed"] += 1
        try:
            for tag, land in result.records:
                add_landscape(self.writer, tag, land, global_step=result.step)
                self.stats["pca_landscapes" if result.kind == "pca" else "landscapes"] += 1
                if result.kind == "pca":
                    self._pca_step = result.step
            for kind, tag, table in result.tables:
                if kind == "sensitivity":
                    add_layer_sensitivity(self.writer, tag, table, global_step=result.step)
                    self.stats["sensitivity"] += 1
                else:
                    add_spectrum(self.writer, tag, table, global_step=result.step)
                    self.stats["spectra"] += 1
            for name, value in result.scalars.items():
                _log_scalar(self.writer, f"{self.config.schedule.scalar_prefix}/{name}", value, result.step)
            if result.records or result.scalars or result.tables:
                self.writer.flush()
        except Exception as e:
            self._warn(f"writing the {result.kind} landscape of step {result.step} failed: {short_error(e)}")

    def _warn(self, message: str, category: type = LandscapeWarning) -> None:
        warnings.warn(f"tb_landscape: {message}", category, stacklevel=3)

    # ---- on request and at the end -----------------------------------------------------------------
    def log_landscape(self, step: int) -> None:
        """Computes and logs a landscape at `step` now (waits for a running one first, and for
        this one to finish). Never raises."""
        self._request("frame", step)

    def log_pca(self, step: Optional[int] = None) -> None:
        """Computes and logs the PCA plane of the path so far around the current weights, at
        `step` (default: the last step seen). Waits for it. Never raises."""
        self._request("pca", step)

    def _request(self, kind: str, step: Optional[int]) -> None:
        if self._closed:
            self._warn(f"log_{'pca' if kind == 'pca' else 'landscape'}() after close(): ignored")
            return
        try:
            if step is None:
                step = self._last_step if self._last_step is not None else 0
            step = operator.index(step)
            with rng_preserved():
                if kind == "pca" and self._store is None:
                    self._warn("log_pca() needs path=True: nothing to project")
                    return
                self._submit(kind, step, wait=True)
        except Exception as e:
            self._warn(f"{kind} landscape at step {step} skipped: {short_error(e)}")

    def wait(self) -> None:
        """Waits for a running background computation and logs its result."""
        try:
            self._collect(wait=True)
        except Exception as e:
            self._warn(short_error(e))

    def close(self, pca: bool = True) -> None:
        """Finishes: waits for a running computation, logs the PCA plane of the whole path
        (with `pca`, when there are at least 2 snapshots and none was logged at the last step), stops the worker, drops the
        snapshots and flushes the writer (which stays open: it is the caller's). Never raises."""
        if self._closed:
            return
        try:
            self._collect(wait=True)
            if pca and self._store is not None and len(self._store) >= 2 and self._last_step is not None \
                    and self._pca_step != self._last_step:  # not twice at one step (pca_every_n_steps)
                with rng_preserved():
                    self._submit("pca", self._last_step, wait=True)
        except Exception as e:
            self._warn(f"close: {short_error(e)}")
        finally:
            self._closed = True
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=True)
                self._executor = None
            if self._store is not None:
                self._store.close()
            try:
                self.writer.flush()
            except Exception:
                pass

    def __enter__(self) -> "LandscapeLogger":
        return self

    def __exit__(self, *exc) -> bool:
        self.close()
        return False

    def __del__(self):
        ex = getattr(self, "_executor", None)
        if ex is not None:
            try:
                ex.shutdown(wait=False, cancel_futures=True)
            except Exception:
                pass
