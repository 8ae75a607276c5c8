"""`PointEvaluator`: the metrics at points `w0 + sum_k c_k d_k` of a frame, exactly, and fast.

Every point is evaluated in eval mode under `torch.no_grad`, on the same fixed batches, as
the batch-size-weighted mean of `loss_fn(outputs, targets)` (and of each metric). How a
point runs is decided from the model's structure, the data's shapes and the options in
`EvalSpec` alone, never from timing:

- **traced** (the default where torch.fx can trace the model, the batches are `(x, y)`
  pairs and BatchNorm is frozen): the rewritten forward pass of `_trace` (prefix cache,
  BatchNorm folding, linearized first layers, fast max pooling, channels-last), its rows cut
  into chunks (`_layout`); the loss is computed once per batch on the chunks' concatenated
  outputs, so any `loss_fn` (mean or sum) sees whole batches.
- **eager**: the model's own forward on copies of the model whose moved parameters are their
  own (`trace=False`, BatchNorm recalibration, batches of other structures, untraceable
  models).
- **in place**: the caller's model itself, written and restored, with the caller's torch
  threads: for a custom `evaluate` function (it may not be thread-safe), or a model that
  cannot be copied.

On CPU the points are shared out over worker threads that compute each point with one torch
thread (`_workers`), so a result never depends on the number of workers, on which worker
ran it, or on the machine's load. The caller's model is never written (but in place).

The user's `loss_fn` and `metrics` are called from the workers: functions at once, callable
objects (a module, a torchmetrics metric: they may keep state) one worker at a time.

Memory: the evaluation batches are held on the device; each worker holds its own copy of the
moved tensors (eager: of the model); the prefix's outputs for every chunk are cached when
they fit `memory_limit` (else recomputed at every point: slower, the same bits).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import threading
import types
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import torch
from torch import nn

from ..specs import EvalSpec
from . import _trace
from ._losses import fast_loss
from ._layout import chunk_rows, rows_interact
from ._memory import free_memory, nbytes
from ._plan import Moves, Plan, eager_plan
from ._workers import one_thread, run_items
from .checkpoints import load_state
from .._validate import fail
from .data import (EvalData, call_model, cat_outputs, metric_row, metrics_of_batch, metrics_of_outputs,
                   to_float32)

_AUTOCAST = {"bfloat16": torch.bfloat16, "float16": torch.float16}


class PointEvaluator:
    """Evaluates the metrics at points of a frame (see the module docstring).

    Args:
        model: the (unwrapped) centre model, on `device`, in eval mode.
        loss_fn: `loss_fn(outputs, targets) -> scalar`, or None with `evaluate`.
        metrics: extra `name -> fn(outputs, targets) -> scalar`.
        evaluate: optional `evaluate(model, batch) -> {"loss": ..., ...}`.
        data: the materialized batches.
        moves: parameter name -> (centre value, per-axis directions).
        spec: the evaluation knobs.
        device: evaluation device.
    """

    def __init__(self, model: nn.Module, loss_fn: Optional[Callable], metrics: Dict[str, Callable],
                 evaluate: Optional[Callable], data: EvalData, moves: Moves, spec: EvalSpec,
                 device: torch.device):
        self.model, self.loss_fn, self.metrics, self.evaluate_fn = model, loss_fn, dict(metrics), evaluate
        self.data, self.moves, self.spec, self.device = data, moves, spec, device
        self.total = float(sum(data.sizes))
        self.dims = max((len(d) for _, d in moves.values()), default=1)
        self.memory_limit = spec.memory_limit or free_memory(device) // 2
        self.autocast = _AUTOCAST.get(spec.precision)
        self.notes: Dict[str, str] = {}
        self.metric_names = self._metric_names()
        self._state_models: Dict[int, nn.Module] = {}
        self._user_lock = threading.Lock() if _stateful(loss_fn, *self.metrics.values()) else contextlib.nullcontext()
        self.loss_call, loss_note = fast_loss(loss_fn, [b[1] for b in data.batches] if data.pairs else [], device)
        if loss_note:
            self.notes["loss"] = loss_note
        with one_thread(device.type == "cpu"):  # the set-up's passes, quick on a busy machine too
            self.traced, self.plan, self.in_place = self._choose_plan()
            self.chunk = self._choose_chunk() if self.traced is not None else None
        self.workers = self._worker_count()
        self.plans: List[Plan] = [self.plan] + [self.plan.replica(copy_buffers=self.plan.kind == "eager")
                                                for _ in range(self.workers - 1)]
        self.frontiers = self._cache_frontiers() if self.traced is not None else None
        self.notes["workers"] = f"{self.workers} (one torch thread each)" if self._single_thread else \
            f"1 (the caller's {torch.get_num_threads()} torch threads)"
        if self.autocast is not None:
            self.notes["precision"] = f"autocast {spec.precision}"

    # -- set-up --------------------------------------------------------------------------------
    def _metric_names(self) -> List[str]:
        if self.evaluate_fn is None:
            return ["loss"] + list(self.metrics)
        with torch.no_grad():
            out = metrics_of_batch(self.model, self.data.batches[0], None, {}, self.evaluate_fn)
        if "loss" not in out:
            fail("evaluate", sorted(out), "must return a dict with a 'loss' entry")
        return ["loss"] + [n for n in out if n != "loss"] + [n for n in self.metrics if n not in out]

    def _why_not_traced(self) -> Optional[str]:
        if not self.spec.trace:
            return "trace=False"
        if self.evaluate_fn is not None:
            return "custom evaluate"
        if self.spec.bn == "recalibrate":
            return "BatchNorm recalibration"
        if not self.data.pairs:
            return "batches are not (tensor, tensor) pairs"
        return None

    def _choose_plan(self) -> Tuple[Optional[_trace.Traced], Plan, bool]:
        """(the traced forward or None, the first worker's plan, whether it runs in place)."""
        reason = self._why_not_traced()
        if reason is None:
            try:
                x = self.data.batches[0][0]
                traced = _trace.trace(self.model, self.moves, linearize=self.spec.linearize,
                                      channels_last=self.spec.channels_last, device=self.device, example=x[:1])
                _trace.check_against(self.model, traced, x[:64])
                self.notes.update(traced.notes)
                return traced, traced.plan, False
            except Exception as e:  # untraceable, or a rewrite that does not reproduce the model
                reason = f"not traceable: {type(e).__name__}: {str(e)[:160]}"
        in_place = self.evaluate_fn is not None
        try:
            plan = eager_plan(self.model, self.moves, in_place=in_place)
        except Exception as e:  # a model that deepcopy cannot copy: the caller's model in place
            in_place, plan = True, eager_plan(self.model, self.moves, in_place=True)
            reason = f"{reason}; model not copyable: {type(e).__name__}"
        self.notes["plan"] = f"eager ({reason})" + (", in place" if in_place else "")
        self.notes["chunk_size"] = "whole batches"
        return None, plan, in_place

    def _choose_chunk(self) -> Optional[int]:
        first = self.data.batches[0]
        chunk = chunk_rows(self.traced, first, self.device, self.spec.chunk_size)
        note = ""
        if chunk is not None and self.spec.chunk_size == "auto" and rows_interact(self.traced, first, chunk):
            chunk, note = None, " (rows interact)"
        self.notes["chunk_size"] = (str(chunk) if chunk else "whole batches") + note
        return chunk

    @property
    def _single_thread(self) -> bool:
        return self.device.type == "cpu" and not self.in_place

    def _worker_count(self) -> int:
        if not self._single_thread:
            return 1
        wanted = self.spec.threads or torch.get_num_threads()
        own = nbytes([s.base for s in self.plan.slots])
        if self.plan.kind == "eager":
            own += nbytes(list(self.model.buffers()))
        return max(1, min(wanted, self.memory_limit // max(2 * own, 1)))  # (speed only: never the bits)

    # -- the traced plan's inputs ---------------------------------------------------------------
    def _chunks(self, b: int) -> List[torch.Tensor]:
        x = self.data.batches[b][0]
        size = x.shape[0] if not self.chunk else self.chunk
        parts = [x[i:i + size] for i in range(0, x.shape[0], size)]
        if self.traced.channels_last:
            parts = [p.contiguous(memory_format=torch.channels_last) if p.dim() == 4 else p for p in parts]
        return parts

    def _frontier(self, x: torch.Tensor) -> tuple:
        if self.traced.prefix is None:
            return (x,)
        with torch.no_grad():
            fr = tuple(self.traced.prefix(x))
        if self.traced.channels_last:
            fr = tuple(t.contiguous(memory_format=torch.channels_last)
                       if isinstance(t, torch.Tensor) and t.dim() == 4 else t for t in fr)
        return fr

    def _cache_frontiers(self) -> Optional[List[List[tuple]]]:
        """The prefix's outputs for every chunk, computed once by the workers (None when they
        would not fit: recomputed at every point)."""
        chunks = [self._chunks(b) for b in range(len(self.data.batches))]
        if self.traced.prefix is None:
            return [[(x,) for x in cs] for cs in chunks]
        first = self._frontier(chunks[0][0][:1])
        rows = sum(x.shape[0] for cs in chunks for x in cs)
        estimate = nbytes(first) * rows
        if estimate > self.memory_limit:
            self.notes["prefix_cache"] = (f"recomputed per point (would take {estimate / 2**20:.0f} MiB > "
                                          f"memory_limit {self.memory_limit / 2**20:.0f} MiB)")
            return None
        items = [(b, c) for b, cs in enumerate(chunks) for c in range(len(cs))]
        out = run_items(items, lambda w, bc: self._frontier(chunks[bc[0]][bc[1]]), self.workers,
                        single_thread=self._single_thread)
        frontiers: List[List[tuple]] = [[] for _ in chunks]
        for (b, _), fr in zip(items, out):
            frontiers[b].append(fr)
        return frontiers

    # -- evaluation ----------------------------------------------------------------------------
    def _forward(self, module: nn.Module, inputs: tuple) -> Any:
        if self.autocast is None:
            return module(*inputs)
        with torch.autocast(self.device.type, dtype=self.autocast):
            out = module(*inputs)
        return to_float32(out)

    def _call(self, model: nn.Module, x: Any) -> Any:
        """`model(x)` (`model(*x)`, `model(**x)`), under autocast when asked, outputs in float32."""
        if self.autocast is None:
            return call_model(model, x)
        with torch.autocast(self.device.type, dtype=self.autocast):
            out = call_model(model, x)
        return to_float32(out)

    def _traced_point(self, w: int, coords: Sequence[float]) -> np.ndarray:
        plan = self.plans[w]
        plan.write(coords)
        acc = np.zeros(len(self.metric_names))
        with torch.no_grad():
            for b, ((_, y), n) in enumerate(zip(self.data.batches, self.data.sizes)):
                frontiers = self.frontiers[b] if self.frontiers is not None else \
                    [self._frontier(x) for x in self._chunks(b)]
                out = cat_outputs([self._forward(plan.module, fr) for fr in frontiers])
                acc += n * self._metrics(out, y)
        return acc / self.total

    def _metrics(self, out: Any, y: Any) -> np.ndarray:
        """The user's loss and metrics of one batch's outputs; callable objects (modules, metric
        objects: they may keep state) are called by one worker at a time, functions freely."""
        with self._user_lock:
            return metric_row(metrics_of_outputs(out, y, self.loss_call, self.metrics), self.metric_names)

    def _model_metrics(self, model: nn.Module) -> np.ndarray:
        acc = np.zeros(len(self.metric_names))
        with torch.no_grad():
            for batch, n in zip(self.data.batches, self.data.sizes):
                if self.evaluate_fn is not None:  # (in place: the caller's thread only)
                    with torch.autocast(self.device.type, dtype=self.autocast, enabled=self.autocast is not None):
                        vals = metrics_of_batch(model, batch, None, self.metrics, self.evaluate_fn)
                    acc += n * metric_row(vals, self.metric_names)
                    continue
                x, y = batch
                acc += n * self._metrics(self._call(model, x), y)
        return acc / self.total

    def _eager_point(self, w: int, coords: Sequence[float]) -> np.ndarray:
        plan = self.plans[w]
        plan.write(coords)
        if self.spec.bn == "recalibrate":
            recalibrate(plan.module, self.data.batches, self.spec.bn_batches, self.evaluate_fn)
        return self._model_metrics(plan.module)

    def evaluate_points(self, coords: np.ndarray, progress: Optional[Callable[[int], None]] = None) -> np.ndarray:
        """Metrics at each point: float64 [P, M] for coordinates [P, dims] (NaN/inf kept)."""
        coords = np.asarray(coords, dtype=np.float64).reshape(-1, self.dims)
        out = np.empty((coords.shape[0], len(self.metric_names)), dtype=np.float64)
        point = self._traced_point if self.traced is not None else self._eager_point

        def one(w: int, i: int) -> None:
            out[i] = point(w, coords[i].tolist())

        try:
            run_items(range(coords.shape[0]), one, self.workers, single_thread=self._single_thread,
                      progress=progress)
        finally:
            if self.in_place:
                self.plan.restore_centre()
        return out

    # -- whole weights (the path's true loss) ----------------------------------------------------
    def _state_model(self, w: int) -> nn.Module:
        if self.in_place:
            return self.model
        if w not in self._state_models:
            self._state_models[w] = copy.deepcopy(self.model)
        return self._state_models[w]

    def evaluate_states(self, states: Sequence[Any], load: Callable[[Any], Mapping[str, torch.Tensor]] = dict
                        ) -> np.ndarray:
        """Metrics [T, M] of the model with each state's parameters and buffers (the others at
        the centre's values), on the model's own forward pass; `load(state)` gives the state
        dict of an entry (called by the worker that evaluates it)."""
        centre = {n: t.detach().clone() for n, t in
                  list(self.model.named_parameters()) + list(self.model.named_buffers())}

        def one(w: int, state: Any) -> np.ndarray:
            model = self._state_model(w)
            load_state(model, centre)
            load_state(model, load(state))
            if self.spec.bn == "recalibrate":
                recalibrate(model, self.data.batches, self.spec.bn_batches, self.evaluate_fn)
            return self._model_metrics(model)

        try:
            rows = run_items(list(states), one, self.workers if not self.in_place else 1,
                             single_thread=self._single_thread)
        finally:
            if self.in_place:
                load_state(self.model, centre)
        return np.array(rows, dtype=np.float64).reshape(len(states), len(self.metric_names))


def _stateful(*fns: Any) -> bool:
    """Whether any of the callables is an object that may keep state between calls (a module,
    a metric object), rather than a function."""
    plain = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, functools.partial)
    return any(f is not None and not isinstance(f, plain) for f in fns)


def recalibrate(model: nn.Module, batches: List[Any], bn_batches: Optional[int], evaluate: Optional[Callable]) -> None:
    """Resets the BatchNorm statistics of `model` and re-estimates them (cumulative average
    over `bn_batches` batches, all when None) in train mode; back in eval mode after."""
    from .data import call_model

    bns = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    if not bns:
        return
    momenta = [m.momentum for m in bns]
    try:
        for m in bns:
            m.reset_running_stats()
            m.momentum = None
            m.train()
        with torch.no_grad():
            for b in batches[:bn_batches] if bn_batches else batches:
                evaluate(model, b) if evaluate is not None else call_model(model, b[0])
    finally:
        for m, mom in zip(bns, momenta):
            m.momentum = mom
            m.eval()
