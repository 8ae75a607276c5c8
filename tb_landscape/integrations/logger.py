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
"""

from __future__ import annotations

import concurrent.futures
import copy
import difflib
import math
import numbers
import operator
import pickle
import time
import warnings
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

import torch
from torch import nn

from tb_landscape.engine import rng_preserved, unwrap_model
from tb_landscape.summary import add_landscape
from tb_landscape.integrations import _jobs
from tb_landscape.integrations._jobs import SUPPORTED_FRAMES, SUPPORTED_SCALARS, Config, Job, Result
from tb_landscape.integrations.snapshots import SUPPORTED_STORAGE, SnapshotStore, tensor_bytes

__all__ = ["LandscapeLogger", "LandscapeWarning", "SUPPORTED_SCALARS", "SUPPORTED_FRAMES",
           "SUPPORTED_BACKGROUND", "DEFAULT_SNAPSHOT_BUDGET"]

#: Values of `background`: False (compute in the training thread), True (the default
#: background kind, "process"), "thread" or "process".
SUPPORTED_BACKGROUND = (False, True, "thread", "process")
SUPPORTED_BN = ("frozen", "recalibrate")
SUPPORTED_NORMALIZATIONS = ("filter", "layer", None)

#: Default memory budget of the weight snapshots of the optimizer's path: 256 MiB.
DEFAULT_SNAPSHOT_BUDGET = 256 * 2 ** 20


class LandscapeWarning(RuntimeWarning):
    """A landscape, path or scalar that could not be computed or logged (training goes on)."""


def _fail(arg: str, value: Any, problem: str):
    text = repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    raise ValueError(f"{arg}={text} {problem}")


def _positive_int(arg: str, value: Any, minimum: int = 1, allow_none: bool = False) -> Optional[int]:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        _fail(arg, value, f"must be an integer >= {minimum}" if minimum > 1 else "must be a positive integer")
    return int(value)


def _positive_float(arg: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
        _fail(arg, value, "must be a positive finite number")
    return float(value)


def _choice(arg: str, value: Any, supported: Sequence[Any]) -> Any:
    if not any(value is s or (type(value) is type(s) and value == s) for s in supported):
        _fail(arg, value, f"is not supported; use one of {list(supported)}")
    return value


def _log_scalar(writer, tag: str, value: float, step: int) -> None:
    """`writer.add_scalar`, or a scalar Summary for TensorBoard's own EventFileWriter."""
    add = getattr(writer, "add_scalar", None)
    if callable(add):
        add(tag, value, step)
        return
    from tensorboard.compat.proto import event_pb2, summary_pb2

    summary = summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag=tag, simple_value=float(value))])
    writer.add_event(event_pb2.Event(wall_time=time.time(), step=int(step), summary=summary))


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
      `seed` and the step). The record's `frame_id` names its frame, and the path so far is
      projected onto it (on-plane loss, true loss and residual per point).
    - `pca_tag` (default "landscape_pca"): the plane of the first two principal components of
      the path's snapshots around the current weights, with the path projected onto it
      (DESIGN.md section 4); at `close()`, on `log_pca()`, and every `pca_every_n_steps`.
    - scalars `{scalar_prefix}/{name}` (ordinary TensorBoard scalars, beside the loss curves),
      each switched on by its name in `scalars`. With G = resolution^dims grid points and
      one "pass" = one forward pass over the eval data:

      * `center_loss`: the loss at the centre of the landscape. Free (read off the grid).
      * `curvature` -> `curvature_d1`, `curvature_d2`: second derivative of the loss along
        each direction at the centre (least-squares parabola through the 5 central grid
        points). Free.
      * `basin_width` -> `basin_width_d1`, `basin_width_d2`: width along each direction of
        the interval around the centre where the loss stays within `basin_delta` of the
        centre loss (clipped to the grid). Free.
      * `sharpness`: SAM sharpness `L(w + rho g/||g||) - L(w)` with `rho = sam_rho`. One
        forward+backward pass and two passes (about 4 passes).
      * `hessian_top_eigenvalue`: the largest Hessian eigenvalue by power iteration,
        `hessian_iters` Hessian-vector products (each about 4 passes' worth).
      * `hessian_trace`: Hutchinson's trace estimate from `trace_samples` Rademacher vectors,
        one Hessian-vector product each.

      The landscape itself costs G passes; the path projection one pass per snapshot
      (plus one per new snapshot for its true loss).

    The memory knob (the path): a snapshot of the model's `state_dict()` (parameters and
    buffers, in their dtypes) is copied to host memory (`snapshot_storage="memory"`) or to a
    file (`"disk"`, in `snapshot_dir` or a temporary directory), never kept on an
    accelerator, every `snapshot_every` steps, under `snapshot_budget_bytes` in all and at
    most `max_snapshots` of them. When either is reached every other snapshot is dropped and
    the cadence doubles, so the path always covers the whole run with between half and all
    of `min(max_snapshots, budget // snapshot size)` points (see
    `tb_landscape.integrations.snapshots`). The count also bounds the path's cost: one pass
    per snapshot at every landscape. The evaluation data are copied
    once to the compute device (`max_batches` bounds how many batches are taken from a
    loader), and the logger keeps one copy of the model there.

    Background mode (`background=True`, "process" or "thread"): the training loop is blocked
    only to copy the weights; the landscape is computed while training goes on, at most one
    computation at a time. A landscape that falls due while one is running is skipped (and
    counted in `stats["skipped"]`), never queued. Results are written by the training thread
    at its next `step()` call (or by `wait()` / `close()`). The background work runs at a
    lower CPU priority (`background_nice`), so training takes the cores it needs.

    - "process" (what True means): a spawned worker process with `background_threads` torch
      threads, which receives the model, `loss_fn`, `metrics` and eval data once (they must
      be picklable) and the weights of each job through shared memory. Measured on a 2-core
      CPU (benchmarks/training_overhead.py, a digits CNN): the training loop ran at 1.13x
      its time without the logger (1.01x with one training thread), against 3.97x (1.13x)
      for "thread". The worker starts in ~2-3 s, in parallel with training. A script whose
      model or loss is defined in `__main__` needs the usual `if __name__ == "__main__":`
      guard (multiprocessing's rule); otherwise the worker never re-runs your script.
    - "thread": a thread of the training process; nothing is pickled, but its Python work
      competes for the GIL and its torch ops for the cores. The engine evaluates with the
      model's own forward in this mode (no `torch.fx` tracing, which is not thread-safe).

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
        every_n_steps: landscape cadence in steps.
        resolution: grid points per axis (>= 3).
        span: the grid covers [-span, span] along each direction, in the directions' units.
        dims: 2 (a plane) or 1 (a curve).
        frame: "fixed" or "redraw" (see above).
        normalization: "filter" (Li et al. 2018), "layer" or None.
        seed: seed of the random directions.
        metrics: extra metrics `{name: fn(outputs, targets) -> scalar}` stored with the loss.
        bn: BatchNorm mode of the grid evaluation, "frozen" (eval mode, the centre's running
            statistics) or "recalibrate".
        params: which parameters the directions move (see `tb_landscape.engine`); None: all
            trainable ones.
        scalars: names from `SUPPORTED_SCALARS` to log (default all), or () for none.
        scalar_prefix: prefix of the scalar tags.
        tag, pca_tag: tags of the landscape records.
        basin_delta: loss threshold of `basin_width`, above the centre loss.
        sam_rho: the radius of `sharpness`.
        hessian_iters, trace_samples: the cost knobs of the Hessian scalars.
        path: keep weight snapshots and show the optimizer's path (True by default).
        snapshot_every: snapshot cadence in steps; None: `max(1, every_n_steps // 10)`.
        snapshot_budget_bytes: the most bytes of snapshots kept (default 256 MiB); must hold
            at least 3 snapshots.
        max_snapshots: the most snapshots kept (default 100, at least 3).
        snapshot_storage: "memory" or "disk".
        snapshot_dir: directory for "disk" snapshots (None: a temporary one, removed at close).
        pca_every_n_steps: also log the PCA plane every this many steps (None: only at close
            and on request).
        pca_resolution, pca_span: grid of the PCA plane (None: `resolution`; and a span that
            covers the path with a 20% margin, decided by the engine).
        background: False, True, "thread" or "process" (see above).
        background_threads: torch threads of the worker process (None: half the cores,
            at least 1).
        background_nice: how much lower the background work's CPU priority is (a niceness
            increment, 0 to 19; Linux sets it per thread, so in "thread" mode only the
            logger's thread and the threads it starts are affected). The default 10 lets
            training take the cores it needs and the landscapes the rest.
        device: where landscapes are computed (None: the model's device).
        max_batches: take at most this many batches from `eval_data`.

    Raises:
        ValueError: at construction, naming the argument: an unknown option or option value,
            a non-positive cadence, a model without parameters, eval data the model cannot
            evaluate (one forward pass and the loss are tried), a snapshot budget that holds
            fewer than 3 snapshots, or (background "process") objects that cannot be pickled.
    """

    def __init__(self, writer, model: nn.Module, loss_fn: Callable, eval_data: Any, *,
                 every_n_steps: int = 200, resolution: int = 25, span: float = 1.0, dims: int = 2,
                 frame: str = "fixed", normalization: Optional[str] = "filter", seed: int = 0,
                 metrics: Optional[Dict[str, Callable]] = None, bn: str = "frozen", params: Any = None,
                 scalars: Sequence[str] = SUPPORTED_SCALARS, scalar_prefix: str = "landscape",
                 tag: str = "landscape", pca_tag: str = "landscape_pca", basin_delta: float = 0.1,
                 sam_rho: float = 0.05, hessian_iters: int = 20, trace_samples: int = 10,
                 path: bool = True, snapshot_every: Optional[int] = None,
                 snapshot_budget_bytes: int = DEFAULT_SNAPSHOT_BUDGET, max_snapshots: int = 100,
                 snapshot_storage: str = "memory",
                 snapshot_dir: Optional[str] = None, pca_every_n_steps: Optional[int] = None,
                 pca_resolution: Optional[int] = None, pca_span: Optional[float] = None,
                 background: Union[bool, str] = False, background_threads: Optional[int] = None,
                 background_nice: int = 10,
                 device: Any = None, max_batches: Optional[int] = None, **unknown):
        if unknown:
            name = sorted(unknown)[0]
            known = [p for p in LandscapeLogger.__init__.__code__.co_varnames[1:] if p != "unknown"][:40]
            close = difflib.get_close_matches(name, known, n=1)
            _fail(name, unknown[name], "is not an option of LandscapeLogger"
                  + (f" (did you mean {close[0]!r}?)" if close else ""))
        if writer is None or not (callable(getattr(writer, "add_scalar", None)) or hasattr(writer, "add_event")
                                  or callable(getattr(writer, "_get_file_writer", None))):
            _fail("writer", writer, "must be a torch or tensorboardX SummaryWriter or an EventFileWriter")
        if not isinstance(model, nn.Module):
            _fail("model", model, "must be a torch.nn.Module")
        if not callable(loss_fn):
            _fail("loss_fn", loss_fn, "must be callable: loss_fn(outputs, targets) -> scalar tensor")
        self.every_n_steps = _positive_int("every_n_steps", every_n_steps)
        resolution = _positive_int("resolution", resolution, minimum=3)
        span = _positive_float("span", span)
        _choice("dims", dims, (1, 2))
        _choice("frame", frame, SUPPORTED_FRAMES)
        _choice("normalization", normalization, SUPPORTED_NORMALIZATIONS)
        _choice("bn", bn, SUPPORTED_BN)
        if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
            _fail("seed", seed, "must be an integer")
        if metrics is not None and (not isinstance(metrics, dict) or not all(
                isinstance(k, str) and k and k != "loss" and callable(v) for k, v in metrics.items())):
            _fail("metrics", metrics, "must be a dict {name: fn(outputs, targets)} with names other than 'loss'")
        if isinstance(scalars, str) or scalars is None:
            _fail("scalars", scalars, f"must be a sequence of names from {list(SUPPORTED_SCALARS)} (or ())")
        scalars = tuple(scalars)
        for s in scalars:
            _choice("scalars", s, SUPPORTED_SCALARS)
        for name, value in (("scalar_prefix", scalar_prefix), ("tag", tag), ("pca_tag", pca_tag)):
            if not isinstance(value, str) or not value:
                _fail(name, value, "must be a non-empty string")
        if tag == pca_tag:
            _fail("pca_tag", pca_tag, "must differ from tag")
        basin_delta = _positive_float("basin_delta", basin_delta)
        sam_rho = _positive_float("sam_rho", sam_rho)
        hessian_iters = _positive_int("hessian_iters", hessian_iters)
        trace_samples = _positive_int("trace_samples", trace_samples)
        if not isinstance(path, bool):
            _fail("path", path, "must be True or False")
        snapshot_every = _positive_int("snapshot_every", snapshot_every, allow_none=True)
        snapshot_budget_bytes = _positive_int("snapshot_budget_bytes", snapshot_budget_bytes)
        max_snapshots = _positive_int("max_snapshots", max_snapshots, minimum=3)
        _choice("snapshot_storage", snapshot_storage, SUPPORTED_STORAGE)
        if snapshot_dir is not None and snapshot_storage != "disk":
            _fail("snapshot_dir", snapshot_dir, "is only used with snapshot_storage='disk'")
        self.pca_every_n_steps = _positive_int("pca_every_n_steps", pca_every_n_steps, allow_none=True)
        pca_resolution = _positive_int("pca_resolution", pca_resolution, minimum=3, allow_none=True)
        if pca_span is not None:
            pca_span = _positive_float("pca_span", pca_span)
        _choice("background", background, SUPPORTED_BACKGROUND)
        self.background = "process" if background is True else (background or None)
        background_threads = _positive_int("background_threads", background_threads, allow_none=True)
        if isinstance(background_nice, bool) or not isinstance(background_nice, numbers.Integral) \
                or not 0 <= background_nice <= 19:
            _fail("background_nice", background_nice, "must be an integer from 0 to 19")
        self._background_nice = int(background_nice)
        max_batches = _positive_int("max_batches", max_batches, allow_none=True)

        self.writer = writer
        self.model = model
        inner = unwrap_model(model)
        self._inner = inner
        trainable = [p for p in inner.parameters() if p.requires_grad]
        if not trainable:
            _fail("model", type(model).__name__, "has no trainable parameters: there is no landscape to draw")
        first = next(iter(inner.parameters()))
        if device is None:
            compute_device = first.device
        else:
            try:
                compute_device = torch.device(device)
            except (TypeError, RuntimeError) as e:
                _fail("device", device, f"is not a torch device: {e}")

        self.config = Config(
            dims=dims, resolution=resolution, span=span, normalization=normalization, seed=int(seed), frame=frame,
            bn=bn, metrics=dict(metrics) if metrics else None, params=params, scalars=scalars,
            basin_delta=basin_delta, sam_rho=sam_rho, hessian_iters=hessian_iters, trace_samples=trace_samples,
            pca_resolution=pca_resolution, pca_span=pca_span, path=path, tag=tag, pca_tag=pca_tag,
            # A worker process gets a CPU copy of the model: tell it where to compute.
            device=str(compute_device) if device is not None or self.background == "process" else None,
            trace=self.background != "thread")
        self.scalar_prefix = scalar_prefix

        with rng_preserved():
            self._shadow = self._copy_model(inner, compute_device)
            self._batches = self._prepare_data(eval_data, compute_device, max_batches, loss_fn)
        self.loss_fn = loss_fn

        self._store: Optional[SnapshotStore] = None
        self.snapshot_every = snapshot_every or max(1, self.every_n_steps // 10)
        if path:
            snap_bytes = tensor_bytes(self._state_tensors())
            capacity = snapshot_budget_bytes // max(snap_bytes, 1)
            if capacity < 3:
                _fail("snapshot_budget_bytes", snapshot_budget_bytes,
                      f"holds {capacity} snapshot(s) of this model ({snap_bytes} bytes each); the path needs at "
                      f"least 3: raise it, use snapshot_storage='disk', or pass path=False")
            self._store = SnapshotStore(snapshot_budget_bytes, storage=snapshot_storage, directory=snapshot_dir,
                                        every_n_steps=self.snapshot_every, max_count=max_snapshots,
                                        share_memory=self.background == "process")

        self._context = _jobs.Context(self._shadow, loss_fn, self._batches, self.config)
        self._executor: Optional[concurrent.futures.Executor] = None
        self._payload: Optional[bytes] = None
        self._background_threads = background_threads or max(1, torch.get_num_threads() // 2)
        if self.background == "process":
            self._payload = self._pickle_payload()
            self._start_executor()
        elif self.background == "thread":
            self._start_executor()
        self._inflight: Optional[Tuple[concurrent.futures.Future, Job]] = None
        self._next_landscape: Optional[int] = None
        self._next_pca: Optional[int] = None
        self._last_step: Optional[int] = None
        self._closed = False
        self.stats: Dict[str, float] = {
            "landscapes": 0, "pca_landscapes": 0, "skipped": 0, "failed": 0, "snapshots": 0,
            "blocked_seconds": 0.0, "snapshot_seconds": 0.0, "compute_seconds": 0.0, "max_blocked_seconds": 0.0,
        }

    # ---- construction helpers ------------------------------------------------------------------
    @staticmethod
    def _copy_model(model: nn.Module, device: torch.device) -> nn.Module:
        try:
            shadow = copy.deepcopy(model)
        except Exception as e:
            _fail("model", type(model).__name__, f"cannot be copied (copy.deepcopy failed: {e}); the logger "
                  "computes on its own copy so that training is untouched")
        shadow = shadow.to(device)
        for p in shadow.parameters():
            p.grad = None
        shadow.eval()
        return shadow

    def _prepare_data(self, eval_data: Any, device: torch.device, max_batches: Optional[int],
                      loss_fn: Callable) -> List[Any]:
        from tb_landscape.engine.data import prepare_data

        try:
            prepared = prepare_data(eval_data, device, max_batches=max_batches)
        except ValueError as e:
            _fail("eval_data", type(eval_data).__name__, f"is not usable: {e}")
        batches = list(prepared.batches)
        x, y = batches[0]
        try:
            with torch.no_grad():
                loss = loss_fn(_jobs._call(self._shadow, x), y)
        except Exception as e:
            _fail("eval_data", type(eval_data).__name__,
                  f"does not match the model and loss_fn: evaluating the first batch raised "
                  f"{type(e).__name__}: {e}")
        if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
            _fail("loss_fn", loss_fn, f"must return a scalar tensor, got "
                  f"{type(loss).__name__}{tuple(loss.shape) if isinstance(loss, torch.Tensor) else ''}")
        return batches

    def _pickle_payload(self) -> bytes:
        from tb_landscape.integrations import _worker

        _worker.check_not_bootstrapping()
        shadow_cpu = copy.deepcopy(self._shadow).cpu()
        from tb_landscape.engine.data import to_device

        batches_cpu = [to_device(b, torch.device("cpu")) for b in self._batches]
        for name, obj in (("model", shadow_cpu), ("loss_fn", self.loss_fn), ("eval_data", batches_cpu),
                          ("metrics", self.config.metrics), ("params", self.config.params)):
            try:
                pickle.dumps(obj)
            except Exception as e:
                _fail(name, type(obj).__name__, f"cannot be pickled for background='process' ({e}); define it at "
                      "module level, or use background='thread'")
        payload = pickle.dumps((shadow_cpu, self.loss_fn, batches_cpu, self.config))
        if _worker.needs_main(payload) and not _worker.main_is_importable():
            _fail("background", "process", "cannot be used here: the model, loss_fn, metrics or eval data are "
                  "defined in an interactive __main__ that a worker process cannot import; define them in a "
                  "module, or use background='thread'")
        return payload

    def _start_executor(self) -> None:
        if self.background == "thread":
            self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="tb_landscape")
            return
        import torch.multiprocessing as tmp

        from tb_landscape.integrations import _worker

        self._executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=tmp.get_context("spawn"), initializer=_worker.init,
            initargs=(self._payload, self._background_threads, self._background_nice))
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
            snap_due = self._store is not None and self._store.due(step)
            pca_due = self.pca_every_n_steps is not None and self._next_pca is not None and step >= self._next_pca
            if self.pca_every_n_steps is not None and self._next_pca is None:
                self._next_pca = (step // self.pca_every_n_steps + 1) * self.pca_every_n_steps
            self._last_step = step
            if not (land_due or snap_due or pca_due):
                return
            with rng_preserved():
                if snap_due:
                    self._snapshot(step)
                if land_due:
                    self._next_landscape = (step // self.every_n_steps + 1) * self.every_n_steps
                    self._submit("frame", step, wait=False)
                if pca_due:
                    self._next_pca = (step // self.pca_every_n_steps + 1) * self.pca_every_n_steps
                    self._submit("pca", step, wait=False)
        except Exception as e:  # never into the training loop
            self._warn(f"step {step}: {_jobs._short_error(e)}")
        finally:
            blocked = time.perf_counter() - t0
            self.stats["blocked_seconds"] += blocked
            self.stats["max_blocked_seconds"] = max(self.stats["max_blocked_seconds"], blocked)

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
            self._warn(f"snapshot at step {step} skipped: {_jobs._short_error(e)}")

    def _snapshot(self, step: int, force: bool = False) -> None:
        t0 = time.perf_counter()
        try:
            if self._store.add(step, self._state_tensors(), force=force):
                self.stats["snapshots"] += 1
        except Exception as e:
            self._warn(f"weight snapshot at step {step} skipped: {_jobs._short_error(e)}")
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

    def _submit(self, kind: str, step: int, wait: bool) -> bool:
        """Starts a job (or runs it, in foreground mode). With `wait`, waits for a running job
        first and for this one to finish; without, skips it when one is running."""
        if self._inflight is not None:
            if wait:
                self._collect(wait=True)
            else:
                self._collect(wait=False)
                if self._inflight is not None:
                    self.stats["skipped"] += 1
                    return False
        path = self._store.snapshots() if self._store is not None else []
        job = Job(kind=kind, step=step, state=self._job_state(), path=path)
        if self.background is None:
            self._write(_jobs.run_job(self._context, job))
            return True
        if self._executor is None:
            self._start_executor()
        if self.background == "thread":
            future = self._executor_submit(_jobs.run_job_in_thread, self._context, job, self._background_nice)
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
                       f"{_jobs._short_error(e)}")
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
            for name, value in result.scalars.items():
                _log_scalar(self.writer, f"{self.scalar_prefix}/{name}", value, result.step)
            if result.records or result.scalars:
                self.writer.flush()
        except Exception as e:
            self._warn(f"writing the {result.kind} landscape of step {result.step} failed: {_jobs._short_error(e)}")

    def _warn(self, message: str) -> None:
        warnings.warn(f"tb_landscape: {message}", LandscapeWarning, stacklevel=3)

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
            self._warn(f"{kind} landscape at step {step} skipped: {_jobs._short_error(e)}")

    def wait(self) -> None:
        """Waits for a running background computation and logs its result."""
        try:
            self._collect(wait=True)
        except Exception as e:
            self._warn(_jobs._short_error(e))

    def close(self, pca: bool = True) -> None:
        """Finishes: waits for a running computation, logs the PCA plane of the whole path
        (with `pca`, when there are at least 2 snapshots), stops the worker, drops the
        snapshots and flushes the writer (which stays open: it is the caller's). Never raises."""
        if self._closed:
            return
        try:
            self._collect(wait=True)
            if pca and self._store is not None and len(self._store) >= 2 and self._last_step is not None:
                with rng_preserved():
                    self._submit("pca", self._last_step, wait=True)
        except Exception as e:
            self._warn(f"close: {_jobs._short_error(e)}")
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
