"""Grid axes and the evaluation of the metrics at points `w0 + sum_k c_k * d_k`.

`PointEvaluator` evaluates the loss (and metrics) at any list of points in the frame of one
or two directions, on a fixed list of batches, under `torch.no_grad`, in eval mode, with a
batch-size-weighted mean over batches. It picks how to run a point (see `_plan`) and tunes,
by measurement on the first batch, the knobs that change speed but not the mathematics:

- `chunk_size`: rows per forward pass. A batch is split into chunks, the chunks' outputs are
  concatenated and the loss is computed once per batch on the concatenated outputs, so the
  result is that of one forward pass over the batch up to float rounding (kernels may round
  differently for another number of rows), for any `loss_fn` (mean or sum). Cache-sized
  chunks are faster for convolutional nets on CPU and slower for small MLPs: 64 rows for
  convolutional nets, whole batches otherwise, and another size where measured faster with
  the same bits.
- the plan: the traced graph (prefix cache, BatchNorm folding) or the eager loop on the
  caller's model (a rewritten graph is not always faster: on CPU the order in which it frees
  large activations can cost page faults), channels-last convolution weights, linearized
  first layers (see `_plan`).
- `points_per_pass`: several grid points in one batched forward (`torch.func.vmap` over the
  moved tensors), for small models, kept only where measured faster and bit-identical to one
  point per pass.

Timing never decides the bits of a landscape (same seed, same landscape, bit for bit on
CPU, in any process): a reference decision is made from the structure alone (what is usually
fastest), and timing may replace it only by a candidate that computes the model's outputs
bit for bit like the reference (checked on the first and last batch, at the centre and off
it). Knobs that change the rounding (BatchNorm folding against the eager loop, linearized
layers, batched points, sometimes channels-last kernels or another chunk size) thus stay as
the reference sets them unless pinned. Choices are measured once per process for a given
model structure, data shapes, device and options, then reused; they are recorded in the
landscape's `extra` and can be pinned (`chunk_size=`, `points_per_pass=`, `memory_format=`,
`linearize=`, `trace=`); the check above samples two batches and two points, so pinned knobs
(and `memory_limit`) are the strict guarantee across machines. Tuning takes at most `tuning_budget` seconds (default 10% of the
expected evaluation time, at least 0.5 s); the reference is kept if the budget runs out.
(What the reference is can depend on `memory_limit`, which defaults to half of the free
memory: linearized layers are kept only when their cached parts fit.)

Memory: the evaluation batches are held on the device; traced plans cache the frontier
activations of every chunk (the prefix), refused when larger than `memory_limit`;
`points_per_pass=P` multiplies activation memory by about P. An explicit setting whose
estimate exceeds `memory_limit` raises `LandscapeMemoryError` before allocating.
"""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import torch
from torch import nn
from torch.utils import _pytree as pytree

from . import _plan
from ._validate import (LandscapeMemoryError, check_choice, check_positive_float, check_positive_int, fail,
                        per_axis)
from .data import EvalData, call_model, metrics_of_batch, metrics_of_outputs

SUPPORTED_BN_MODES = ("frozen", "recalibrate")
SUPPORTED_PRECISIONS = (None, "float32", "bfloat16", "bf16", "float16", "fp16")
SUPPORTED_MEMORY_FORMATS = ("auto", "contiguous", "channels_last")
_AUTOCAST = {"bfloat16": torch.bfloat16, "bf16": torch.bfloat16, "float16": torch.float16, "fp16": torch.float16}

Moves = Dict[str, Tuple[torch.Tensor, List[Optional[torch.Tensor]]]]


# ---- axes -----------------------------------------------------------------------------------

def grid_axes(
    dims: int,
    span: Any = 1.0,
    resolution: Any = 21,
    limits: Any = None,
) -> List[np.ndarray]:
    """Coordinates of each axis, float64, strictly increasing.

    Args:
        dims: 1 or 2.
        span: half-width of each axis around the centre: a positive number, or one per axis.
        resolution: points per axis: a positive integer, or one per axis. An odd resolution
            puts a grid point exactly at the centre; a resolution of 1 is the centre alone.
        limits: explicit `(lo, hi)` per axis (a pair for 1D, a pair of pairs for 2D),
            overriding `span`.

    Returns:
        `dims` arrays; axis k has `resolution[k]` points.

    Raises:
        ValueError: naming `span`, `resolution` or `limits` when not positive / not increasing.
    """
    res = per_axis("resolution", resolution, dims, check_positive_int)
    if limits is not None:
        lims = limits
        if dims == 1 and len(lims) == 2 and not isinstance(lims[0], (list, tuple)):
            lims = (lims,)
        if not isinstance(lims, (list, tuple)) or len(lims) != dims or any(
                not isinstance(l, (list, tuple)) or len(l) != 2 for l in lims):
            fail("limits", limits, f"must be {dims} (lo, hi) pair{'s' if dims > 1 else ''}")
        out = []
        for (lo, hi), n in zip(lims, res):
            lo, hi = float(lo), float(hi)
            if not (math.isfinite(lo) and math.isfinite(hi)) or not hi > lo:
                fail("limits", limits, "must have finite lo < hi on every axis")
            out.append(np.linspace(lo, hi, n) if n > 1 else np.array([(lo + hi) / 2]))
        return out
    spans = per_axis("span", span, dims, check_positive_float)
    return [np.linspace(-s, s, n) if n > 1 else np.zeros(1) for s, n in zip(spans, res)]


# ---- configuration --------------------------------------------------------------------------

@dataclasses.dataclass
class EvalConfig:
    """Speed and memory knobs (none changes the mathematics beyond float rounding).

    Attributes:
        chunk_size: rows per forward pass: "auto" (measured), None (whole batches), or an int.
        points_per_pass: grid points per forward pass: "auto" (measured, small models only)
            or an int >= 1. Memory grows about linearly with it.
        precision: None (the model's dtype), "bfloat16" or "float16" (autocast).
        compile: run the per-point forward through `torch.compile`.
        cache_prefix: compute activations before the first moved layer once (traced plans).
        fold_bn: fold frozen BatchNorm layers into the preceding convolution (traced plans).
        memory_format: "auto", "contiguous" or "channels_last" convolution weights.
        memory_limit: bytes the engine may allocate for caches and batched points (default:
            half of the free memory of the device).
        bn_batches: batches per recalibration in `bn="recalibrate"` mode (default: all).
        tuning_budget: seconds the measurements may take (default: 10% of the expected
            evaluation time, at least 0.5 s).
        linearize: replace moving Linear/Conv layers whose input does not move by their
            affine form in the coordinates, computed once ("auto": where each such layer
            has a fan-in of at least 16 per axis and the parts fit `memory_limit`).
        trace: rewrite the forward pass with torch.fx (prefix cache, BatchNorm folding,
            channels-last, linearization): "auto" (measured against the plain loop on the
            caller's model), True (always, when traceable) or False (never).
    """

    chunk_size: Union[int, str, None] = "auto"
    points_per_pass: Union[int, str] = "auto"
    precision: Optional[str] = None
    compile: bool = False
    cache_prefix: bool = True
    fold_bn: bool = True
    memory_format: str = "auto"
    memory_limit: Optional[int] = None
    bn_batches: Optional[int] = None
    tuning_budget: Optional[float] = None
    linearize: Union[bool, str] = "auto"
    trace: Union[bool, str] = "auto"

    def validate(self) -> "EvalConfig":
        if self.chunk_size not in ("auto", None):
            check_positive_int("chunk_size", self.chunk_size)
        if self.points_per_pass != "auto":
            check_positive_int("points_per_pass", self.points_per_pass)
        check_choice("precision", self.precision, SUPPORTED_PRECISIONS)
        check_choice("memory_format", self.memory_format, SUPPORTED_MEMORY_FORMATS)
        if self.memory_limit is not None:
            check_positive_int("memory_limit", self.memory_limit)
        check_positive_int("bn_batches", self.bn_batches, allow_none=True)
        check_choice("linearize", self.linearize, ("auto", True, False))
        check_choice("trace", self.trace, ("auto", True, False))
        if self.tuning_budget is not None:
            check_positive_float("tuning_budget", self.tuning_budget)
        if not isinstance(self.compile, bool):
            fail("compile", self.compile, "must be True or False")
        return self


def free_memory(device: torch.device) -> int:
    """Free bytes on `device` (CUDA: `mem_get_info`; CPU: MemAvailable from /proc/meminfo)."""
    if device.type == "cuda":
        return int(torch.cuda.mem_get_info(device)[0])
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 8 << 30


def _nbytes(obj: Any) -> int:
    return sum(t.numel() * t.element_size() for t in pytree.tree_leaves(obj) if isinstance(t, torch.Tensor))


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


# The measured choices, per process: key -> (traced, channels_last, linearized, chunk_size, points_per_pass)
_TUNING_CACHE: Dict[tuple, Tuple[bool, bool, bool, Optional[int], int]] = {}


def _signature(model: nn.Module, data: EvalData, moves: Moves, config: EvalConfig, device, traceable: bool) -> tuple:
    params = tuple((n, tuple(p.shape), str(p.dtype)) for n, p in model.named_parameters())
    shapes = tuple(tuple(tuple(t.shape) for t in pytree.tree_leaves(b) if isinstance(t, torch.Tensor))
                   for b in data.batches[:2])
    return (type(model).__qualname__, params, shapes, len(data.batches), str(device), torch.get_num_threads(),
            tuple(sorted(moves)), config.precision, config.compile, config.fold_bn, config.cache_prefix,
            config.memory_format, config.chunk_size, config.points_per_pass, config.linearize, config.trace, traceable)


# ---- the evaluator ----------------------------------------------------------------------------

class PointEvaluator:
    """Evaluates metrics at points of a frame; see the module docstring.

    Args:
        model: the (unwrapped) model, on `device`, already in eval mode.
        loss_fn: `loss_fn(outputs, targets) -> scalar`, or None with `evaluate`.
        metrics: extra `name -> fn(outputs, targets) -> scalar`.
        evaluate: optional `evaluate(model, batch) -> dict[str, Tensor]` escape hatch.
        data: the materialized batches.
        moves: parameter name -> (centre value, per-axis direction tensors or None).
        bn_mode: "frozen" or "recalibrate".
        config: speed/memory knobs.
        device: evaluation device.
        expected_points: how many points will be evaluated (bounds the tuning time).
        group: a torch.distributed process group whose rank 0 decides the tuning, or None.
    """

    def __init__(self, model: nn.Module, loss_fn: Optional[Callable], metrics: Dict[str, Callable],
                 evaluate: Optional[Callable], data: EvalData, moves: Moves, bn_mode: str,
                 config: EvalConfig, device: torch.device, expected_points: int = 1, group: Any = None):
        self.model = model
        self.loss_fn = loss_fn
        self.metrics = dict(metrics)
        self.evaluate_fn = evaluate
        self.data = data
        self.moves = moves
        self.bn_mode = bn_mode
        self.config = config
        self.device = device
        self.group = group
        self.total = float(sum(data.sizes))
        self.notes: Dict[str, str] = {}
        self.setup_seconds = 0.0
        self._autocast = _AUTOCAST.get(config.precision) if config.precision else None
        self._host = device.type == "cpu"  # accumulate in numpy (CPU) or on the device
        self.memory_limit = config.memory_limit or free_memory(device) // 2
        t0 = time.perf_counter()
        if data.nbytes() > self.memory_limit and device.type == "cuda":
            raise LandscapeMemoryError(
                f"the evaluation batches take {data.nbytes() / 2**20:.0f} MiB on {device}, over memory_limit="
                f"{self.memory_limit / 2**20:.0f} MiB: lower max_batches or the batch size")
        self.metric_names = self._discover_metric_names()
        self._build(expected_points)
        self.setup_seconds = time.perf_counter() - t0

    # -- set-up --------------------------------------------------------------------------------
    def _discover_metric_names(self) -> List[str]:
        if self.evaluate_fn is None:
            return ["loss"] + list(self.metrics)
        with torch.no_grad():
            out = metrics_of_batch(self.model, self.data.batches[0], None, {}, self.evaluate_fn)
        names = list(out)
        if "loss" not in names:
            fail("evaluate", sorted(names), "must return a dict with a 'loss' entry")
        return ["loss"] + [n for n in names if n != "loss"] + [n for n in self.metrics if n not in names]

    def _build(self, expected_points: int) -> None:
        cfg = self.config
        reason = None
        if self.evaluate_fn is not None:
            reason = "custom evaluate"
        elif self.bn_mode == "recalibrate":
            reason = "BatchNorm recalibration"
        elif not self.data.pairs:
            reason = "batches are not (tensor, tensor) pairs"
        # plan variants, keyed by (traced, channels-last weights, linearized first layers);
        # (False, False, False) is the eager loop on the caller's model
        self.plans: Dict[Tuple[bool, bool, bool], _plan.Plan] = {}
        self.traceable = False
        if reason is None and cfg.trace is not False:
            try:
                self.plans[(True, False, False)] = self._traced(False, False)
                self.traceable = True
            except Exception as e:  # an untraceable model: the eager loop
                reason = f"not traceable: {type(e).__name__}: {str(e)[:120]}"
        elif cfg.trace is False:
            reason = "trace=False"
        self._has_conv2d = False
        if self.traceable:
            base = self.plans[(True, False, False)]
            has_conv2d = any(isinstance(m, nn.Conv2d) for m in base.suffix.modules()) or (
                base.prefix is not None and any(isinstance(m, nn.Conv2d) for m in base.prefix.modules()))
            self._has_conv2d = has_conv2d
            if cfg.memory_format == "contiguous" or not has_conv2d:
                formats = [False]
            else:
                formats = [True] if cfg.memory_format == "channels_last" else [False, True]
            for cl in formats:
                for lin in ((False, True) if cfg.linearize in ("auto", True) else (False,)):
                    if (True, cl, lin) in self.plans:
                        continue
                    try:
                        plan = self._traced(cl, lin)
                    except Exception:
                        continue
                    if lin and "linearized" not in plan.notes:
                        continue  # nothing to linearize: same as the plain variant
                    self.plans[(True, cl, lin)] = plan
            if cfg.linearize is True:  # forced: keep the linearized variants when there are any
                self.plans = {k: v for k, v in self.plans.items() if k[2]} or self.plans
            if cfg.memory_format == "channels_last" and any(k[1] for k in self.plans):
                self.plans = {k: v for k, v in self.plans.items() if k[1]}
        chunkable = self.data.pairs and self.evaluate_fn is None and self.bn_mode == "frozen"
        # The eager loop is a candidate too (a rewritten graph is not always faster: on CPU,
        # the order in which it frees large activations can cost page faults).
        if not self.plans or (cfg.trace == "auto" and chunkable and cfg.linearize is not True
                              and cfg.memory_format != "channels_last"):
            self.plans[(False, False, False)] = _plan.eager_plan(self.model, self.moves)
            self.plans[(False, False, False)].notes["plan"] = "eager" + (f" ({reason})" if reason else "")
        self._decide(chunkable, expected_points)
        if self.variant[2] and (True, self.variant[1], False) in self.plans:
            first = self._chunks_of(self.plans[self.variant], self.data.batches[0], self.chunk_size)
            if _nbytes(first) * len(self.data.batches) > self.memory_limit:
                self.variant = (True, self.variant[1], False)  # the linearized parts would not stay cached
        for key, other in list(self.plans.items()):
            if key != self.variant:
                other.restore()  # (eager plans: puts back what tuning wrote)
        plan = self.plans[self.variant]
        self.plan = plan
        self.notes.update(plan.notes)
        self.notes["chunk_size"] = str(self.chunk_size) if self.chunk_size else "whole batches"
        self.notes["points_per_pass"] = str(self.points_per_pass)
        self.plans = {self.variant: plan}
        self.suffix = plan.suffix
        if self.config.precision:
            self.notes["precision"] = f"autocast {self._autocast}".replace("torch.", "")
        self._fill_cache(self.chunk_size)
        if self.config.compile and chunkable:  # (the point-by-point path runs the caller's model as is)
            self.suffix = torch.compile(plan.suffix, dynamic=False)
            self.notes["compile"] = "torch.compile"
            # compile now (once per chunk shape), so that it counts as set-up time
            frontiers = self._frontiers(0) if self.cache is not None else \
                self._chunks_of(plan, self.data.batches[0], self.chunk_size)
            self._run_batch(plan, frontiers, self.data.batches[0], [(0.0,) * self._dims], 1, suffix=self.suffix)

    def _traced(self, channels_last: bool, linearize: bool) -> _plan.Plan:
        cfg = self.config
        plan = _plan.traced_plan(self.model, self.moves, fold_bn=cfg.fold_bn, cache_prefix=cfg.cache_prefix,
                                 channels_last=channels_last, linearize=linearize)
        self._check_plan(plan)
        return plan

    def _check_plan(self, plan: _plan.Plan) -> None:
        """A traced plan must reproduce the model at the centre (guards against tracing surprises)."""
        x, _ = self.data.batches[0]
        x = x[:64]
        with torch.no_grad():
            plan.write((0.0,) * self._dims)
            if getattr(self, "_reference", None) is None:
                self._reference = call_model(self.model, x)
            ref = self._reference
            frontier = plan.prefix(x) if plan.prefix is not None else (x,)
            out = plan.suffix(*frontier)
        for a, b in zip(pytree.tree_leaves(ref), pytree.tree_leaves(out)):
            if isinstance(a, torch.Tensor) and a.is_floating_point():
                scale = float(a.abs().max()) if a.numel() else 0.0
                if a.shape != b.shape or not torch.allclose(a.float(), b.float(), rtol=1e-3, atol=1e-4 * max(scale, 1.0)):
                    raise RuntimeError("traced plan disagrees with the model at the centre")

    @property
    def _dims(self) -> int:
        return max((len(d) for _, d in self.moves.values()), default=1)

    def _chunks_of(self, plan: _plan.Plan, batch: Tuple[torch.Tensor, torch.Tensor], chunk: Optional[int]):
        x, _ = batch
        n = x.shape[0]
        size = n if not chunk or chunk >= n else chunk
        out = []
        with torch.no_grad():
            for i in range(0, n, size):
                part = x[i:i + size]
                if plan.channels_last and part.dim() == 4:
                    part = part.contiguous(memory_format=torch.channels_last)
                if plan.prefix is not None:
                    fr = tuple(plan.prefix(part))
                    if plan.channels_last:
                        fr = tuple(t.contiguous(memory_format=torch.channels_last)
                                   if isinstance(t, torch.Tensor) and t.dim() == 4 else t for t in fr)
                    out.append(fr)
                else:
                    out.append((part,))
        return out

    def _fill_cache(self, chunk: Optional[int]) -> None:
        """Frontier tensors of every chunk of every batch (traced plans), within memory_limit."""
        self.cache: Optional[List[list]] = None
        self._lazy = False
        if self.plan.kind != "traced":
            if self.data.pairs:  # views of the batches: no memory
                self.cache = [self._chunks_of(self.plan, b, chunk) for b in self.data.batches]
            return
        first = self._chunks_of(self.plan, self.data.batches[0], chunk)
        estimate = _nbytes(first) * len(self.data.batches)
        if self.plan.prefix is not None and estimate > self.memory_limit:
            self.notes["prefix_cache"] = (f"off (would take {estimate / 2**20:.0f} MiB > memory_limit "
                                          f"{self.memory_limit / 2**20:.0f} MiB)")
            self._lazy = True
            self.cache = [first] + [None] * (len(self.data.batches) - 1)
            return
        self._lazy = False
        self.cache = [first] + [self._chunks_of(self.plan, b, chunk) for b in self.data.batches[1:]]

    def _frontiers(self, i: int):
        if self.cache is None:
            return None
        got = self.cache[i]
        if got is None or (self._lazy and i > 0):
            return self._chunks_of(self.plan, self.data.batches[i], self.chunk_size)
        return got

    # -- tuning --------------------------------------------------------------------------------
    def _decide(self, chunkable: bool, expected_points: int) -> None:
        """Sets variant (traced, channels_last, linearized), chunk_size and points_per_pass."""
        cfg = self.config
        if not chunkable:  # point by point on the caller's model: nothing to tune
            self.variant, self.chunk_size, self.points_per_pass = (False, False, False), None, 1
            return
        # (the expected number of points bounds the tuning time: a coarse bucket of it is part
        # of the key, so that a quick small grid does not decide for a large one)
        key = _signature(self.model, self.data, self.moves, cfg, self.device, self.traceable) + (
            int(math.log10(max(expected_points, 1))),)
        decision = _TUNING_CACHE.get(key)
        if decision is None and self._rank() == 0:
            decision = self._measure(expected_points)
        decision = self._broadcast(decision)
        _TUNING_CACHE[key] = decision
        variant, self.chunk_size, self.points_per_pass = tuple(decision[:3]), decision[3], decision[4]
        # a variant rank 0 could build and this rank could not (should not happen): the simplest
        self.variant = variant if variant in self.plans else min(self.plans)

    def _rank(self) -> int:
        if self.group is None:
            return 0
        import torch.distributed as dist
        return dist.get_rank(self.group)

    def _broadcast(self, decision):
        if self.group is None:
            return decision
        import torch.distributed as dist
        backend = dist.get_backend(self.group)
        dev = self.device if backend == "nccl" else torch.device("cpu")
        t = torch.zeros(5, dtype=torch.int64, device=dev)
        if decision is not None:
            t.copy_(torch.tensor([int(decision[0]), int(decision[1]), int(decision[2]), int(decision[3] or 0),
                                  int(decision[4])]))
        src = dist.get_global_rank(self.group, 0) if hasattr(dist, "get_global_rank") else 0
        dist.broadcast(t, src=src, group=self.group)
        v = t.tolist()
        return (bool(v[0]), bool(v[1]), bool(v[2]), v[3] or None, v[4])

    def _time(self, fn: Callable[[], Any], reps: int = 2) -> float:
        fn()
        _sync(self.device)
        best = math.inf
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            _sync(self.device)
            best = min(best, time.perf_counter() - t0)
        return best

    def _reference(self, chunks: List[Optional[int]]) -> Tuple[Tuple[bool, bool, bool], Optional[int]]:
        """The decision made without timing: (variant, chunk size), with one point per pass.

        What is usually fastest, from the structure alone: the traced graph (prefix cache,
        BatchNorm folding); convolutions channels-last in 64-row chunks (cache-sized), other
        models in whole batches; linearized first layers where each replaces at least 16
        multiply-adds per output element and axis (`_linearizing_pays`). Timing may move away
        from it only to a candidate that computes the very same bits (see `_measure`).
        """
        traced_variants = sorted(k for k in self.plans if k[0])
        if not traced_variants:
            variant = min(self.plans)
        else:
            cl = any(k[1] for k in traced_variants)
            lin = (True, cl, True) in self.plans and self._linearizing_pays(self.plans[(True, cl, True)], chunks)
            variant = (True, cl, lin)
            if variant not in self.plans:
                variant = (True, cl, False) if (True, cl, False) in self.plans else traced_variants[0]
        chunk = 64 if self._has_conv2d and 64 in chunks else (None if None in chunks else chunks[0])
        if chunk is not None and self.config.chunk_size == "auto":
            plan = self.plans[variant]
            batch = self.data.batches[0]
            if not _close(self._outputs(plan, self._chunks_of(plan, batch, chunk)),
                          self._outputs(plan, self._chunks_of(plan, batch, None))):
                chunk = None  # the model mixes rows: chunks would change its outputs
        return variant, chunk

    def _linearizing_pays(self, plan: _plan.Plan, chunks: List[Optional[int]]) -> bool:
        """Whether the reference decision linearizes (structure and memory only, no timing)."""
        if self.config.linearize is True:
            return True
        if not plan.linear_fan_in or min(plan.linear_fan_in) < 16 * self._dims:
            return False
        first = self._chunks_of(plan, self.data.batches[0], chunks[0] if chunks else None)
        return _nbytes(first) * len(self.data.batches) <= self.memory_limit  # the parts stay cached

    def _probe(self, variant, chunk: Optional[int], p: int) -> List[str]:
        """Fingerprints of the model's outputs, bit for bit, on the first (and last) batch at the
        centre and at an off-centre point, computed as `(variant, chunk, p)` would compute them."""
        import hashlib

        plan = self.plans[variant]
        dims = self._dims
        coords = [(0.0,) * dims, (0.37, -0.61)[:dims] + (0.23,) * max(0, dims - 2)]
        batches = [self.data.batches[0]]
        if len(self.data.batches) > 1 and self.data.sizes[-1] != self.data.sizes[0]:
            batches.append(self.data.batches[-1])  # a shorter last batch may run other kernels

        def digest(out: Any) -> str:
            h = hashlib.sha256()
            for t in pytree.tree_leaves(out):
                if isinstance(t, torch.Tensor):
                    h.update(repr((tuple(t.shape), str(t.dtype))).encode())
                    h.update(t.detach().contiguous().cpu().reshape(-1).view(torch.uint8).numpy().tobytes())
                else:
                    h.update(repr(t).encode())
            return h.hexdigest()

        result = []
        with torch.no_grad():
            for batch in batches:
                frontiers = self._chunks_of(plan, batch, chunk)
                if p == 1:
                    for c in coords:
                        plan.write(c)
                        result.append(digest(_cat([self._forward(plan.suffix, fr) for fr in frontiers], 0)))
                    continue
                from torch.func import functional_call, vmap

                pts = [coords[i % len(coords)] for i in range(p)]
                params = {s.name: s.stacked(pts) for s in plan.slots}
                batched = vmap(lambda pv, *fr: functional_call(plan.suffix, pv, fr),
                               in_dims=(0,) + (None,) * len(frontiers[0]))
                out = _cat([self._forward(lambda *fr: batched(params, *fr), fr) for fr in frontiers], 1)
                per_point = [digest(pytree.tree_map(lambda t: t[i] if isinstance(t, torch.Tensor) else t, out))
                             for i in range(p)]
                if any(per_point[i] != per_point[i % len(coords)] for i in range(p)):
                    return ["(points of one pass disagree)"]
                result.extend(per_point[:len(coords)])
        return result

    def _measure(self, expected_points: int):
        """Chooses (traced, channels_last, linearized, chunk_size, points_per_pass).

        Timing never changes the bits of a landscape: the reference decision is made from the
        structure alone (`_reference`), and a candidate replaces the current choice only when
        it is clearly faster *and* computes the model's outputs bit for bit like the reference
        (checked on the first and last batch, at the centre and off it: `_probe`). So the
        same model, data and seed give the same bytes whatever the timings (other processes on
        the CPU, a different tuning budget, another rank's decision); only the speed differs.
        Knobs that change the rounding (BatchNorm folding against the eager loop, linearized
        layers, batched points, sometimes channels-last kernels or another chunk size) are
        thereby fixed by the reference unless they happen to agree bit for bit; pin them
        (`trace=`, `linearize=`, `points_per_pass=`, ...) to choose otherwise.

        Coordinate descent on the first batch from the reference: the chunk size; at that size,
        the memory format, then linearization, then the eager loop on the caller's model; the
        chunk size again if the variant changed; then points per pass. Chunked candidates are
        timed on a sub-batch of at least 256 rows (time per row). The budget is
        `tuning_budget` seconds, or 10% of the expected evaluation time (at least 0.5 s); a
        candidate must be 3% faster than the current one to be chosen.
        """
        cfg = self.config
        batch = self.data.batches[0]
        n = self.data.sizes[0]
        x, y = batch
        traced = self.traceable
        if cfg.chunk_size == "auto":
            # Automatic chunks only for traced models: a traced graph has no data-dependent
            # control flow, and the reference chunking is checked against whole batches at the
            # centre (models that mix the rows of a batch keep whole batches).
            chunks = [c for c in (64, None, 128, 32, 256, 512) if c is None or c < n] if traced else [None]
        else:
            chunks = [cfg.chunk_size]
        per_row: Dict[tuple, float] = {}
        t_start = time.perf_counter()
        budget = [cfg.tuning_budget]

        def timed(variant, c) -> float:
            key = variant + (c,)
            if key not in per_row:
                if budget[0] is not None and per_row and time.perf_counter() - t_start > budget[0]:
                    return math.inf
                plan = self.plans[variant]
                rows = n if c is None else min(n, max(c, 256))
                sub = (x[:rows], y[:rows])
                fr = self._chunks_of(plan, sub, c)
                per_row[key] = self._time(lambda: self._run_batch(plan, fr, sub, [(0.0,) * self._dims], 1)) / rows
                if budget[0] is None:
                    budget[0] = max(0.5, 0.1 * per_row[key] * self.total * expected_points)
            return per_row[key]

        def better(a: float, b: float) -> bool:  # a clearly faster than b
            return a < b / 1.03

        ref_variant, ref_chunk = self._reference(chunks)
        same: Dict[tuple, bool] = {}

        def same_bits(variant, c, p: int = 1) -> bool:
            """Whether (variant, c, p) computes exactly what the reference computes."""
            key = variant + (c, p)
            if key not in same:
                if "ref" not in same:
                    same["ref"] = self._probe(ref_variant, ref_chunk, 1)  # type: ignore[assignment]
                same[key] = (variant, c, p) == (ref_variant, ref_chunk, 1) or \
                    self._probe(variant, c, p) == same["ref"]
            return same[key]

        def switch(candidate, current) -> bool:  # candidate = (variant, chunk), current likewise
            return better(timed(*candidate), timed(*current)) and same_bits(*candidate)

        def best_chunk(variant, current) -> Optional[int]:
            timed(variant, current)  # measured first: the fallback when the budget runs out
            for c in chunks:
                if c != current and switch((variant, c), (variant, current)):
                    current = c
            return current

        variant, chunk = ref_variant, ref_chunk
        if len(self.plans) > 1 or len(chunks) > 1:
            chunk = best_chunk(variant, chunk)
            traced_variants = sorted(k for k in self.plans if k[0])
            for key in traced_variants:  # memory format and linearization, then the eager loop
                if key != variant and switch((key, chunk), (variant, chunk)):
                    variant = key
            eager = (False, False, False)
            if eager in self.plans and eager != variant and switch((eager, chunk), (variant, chunk)):
                variant = eager
            if variant != ref_variant:
                chunk = best_chunk(variant, chunk)
        per_point = per_row.get(variant + (chunk,))
        plan = self.plans[variant]
        if cfg.points_per_pass != "auto":
            self._check_memory_for_points(cfg.points_per_pass, plan, chunk)
            return variant + (chunk, cfg.points_per_pass)
        ppp = 1
        if per_point is None:
            fr = self._chunks_of(plan, batch, chunk)
            per_point = self._time(lambda: self._run_batch(plan, fr, batch, [(0.0,) * self._dims], 1)) / n
        # Batched points pay off only for small models (when a point takes < 2 ms), measured on
        # the first batch as it is; a choice must be 15% faster twice in a row (noise) and
        # compute the same bits as one point per pass.
        if per_point * self.total < 2e-3 and expected_points >= 8:
            fr = self._chunks_of(plan, batch, chunk)
            origin = (0.0,) * self._dims

            def per_point_time(p: int, stacked=None) -> float:
                return self._time(lambda: self._run_batch(plan, fr, batch, [origin] * p, p, stacked=stacked)) / p

            best_t = per_point_time(1)
            for p in (4, 16):
                if p > expected_points or not self._vmap_works(plan, fr, p):
                    break
                stacked = {s.name: s.stacked([origin] * p) for s in plan.slots}
                t = per_point_time(p, stacked)
                if t < 0.85 * best_t and per_point_time(p, stacked) < 0.85 * per_point_time(ppp) \
                        and same_bits(variant, chunk, p):
                    best_t, ppp = t, p
        return variant + (chunk, ppp)

    def _outputs(self, plan: _plan.Plan, frontiers: list):
        with torch.no_grad():
            plan.write((0.0,) * self._dims)
            return _cat([self._forward(plan.suffix, fr) for fr in frontiers], 0)

    def _vmap_works(self, plan: _plan.Plan, frontiers: list, p: int) -> bool:
        """Whether the forward pass runs batched over points (some ops have no vmap rule).

        Only the model is tried here: errors of the user's loss function must propagate.
        """
        from torch.func import functional_call, vmap

        try:
            params = {s.name: s.stacked([(0.0,) * self._dims] * p) for s in plan.slots}
            with torch.no_grad():
                vmap(lambda pv, *fr: functional_call(plan.suffix, pv, fr),
                     in_dims=(0,) + (None,) * len(frontiers[0]))(params, *frontiers[0])
            return True
        except Exception:
            return False

    def _check_memory_for_points(self, p: int, plan: _plan.Plan, chunk: Optional[int]) -> None:
        if p <= 1:
            return
        batch = self.data.batches[0]
        fr = self._chunks_of(plan, batch, chunk)[0]
        with torch.no_grad():
            out = plan.suffix(*fr)
        estimate = p * (4 * _nbytes(out) + 3 * _nbytes(fr) + sum(s.base.numel() * s.base.element_size()
                                                                   for s in plan.slots))
        if estimate > self.memory_limit:
            raise LandscapeMemoryError(
                f"points_per_pass={p} needs about {estimate / 2**20:.0f} MiB (P x (activations + moved "
                f"tensors)), over memory_limit={self.memory_limit / 2**20:.0f} MiB: lower points_per_pass or chunk_size")

    # -- evaluation ----------------------------------------------------------------------------
    def _forward(self, suffix: nn.Module, frontier: tuple):
        if self._autocast is None:
            return suffix(*frontier)
        with torch.autocast(self.device.type, dtype=self._autocast):
            out = suffix(*frontier)
        return _to_float32(out)

    def _values(self, out: Any, y: Any) -> torch.Tensor:
        vals = metrics_of_outputs(out, y, self.loss_fn, self.metrics)
        return self._stack(vals)

    def _stack(self, vals: Dict[str, Any]) -> torch.Tensor:
        """The metric values as float64 [M]: a numpy array on CPU (cheap Python floats), a
        tensor on the device otherwise (no synchronization per batch)."""
        if self._host:
            out = np.empty(len(self.metric_names), dtype=np.float64)
            for i, name in enumerate(self.metric_names):
                v = vals.get(name, math.nan)
                if isinstance(v, torch.Tensor) and v.numel() != 1:
                    fail("loss_fn" if name == "loss" else "metrics", f"{name}: shape {tuple(v.shape)}",
                         "must return a scalar")
                out[i] = float(v)
            return out
        row = []
        for name in self.metric_names:
            v = vals.get(name, math.nan)
            if isinstance(v, torch.Tensor):
                if v.numel() != 1:
                    fail("loss_fn" if name == "loss" else "metrics", f"{name}: shape {tuple(v.shape)}",
                         "must return a scalar")
                row.append(v.detach().reshape(()).to(device=self.device, dtype=torch.float64))
            else:
                row.append(torch.tensor(float(v), dtype=torch.float64, device=self.device))
        return torch.stack(row)

    def _run_batch(self, plan: _plan.Plan, frontiers: list, batch, coords: List[Tuple[float, ...]], p: int,
                   suffix: Optional[nn.Module] = None, stacked: Optional[Dict[str, torch.Tensor]] = None):
        """Metrics [len(coords), M] of one batch, evaluated at `coords` (p points per pass).

        With p > 1, `stacked` may hold the moved tensors at all points (reused across batches).
        """
        _, y = batch
        suffix = plan.suffix if suffix is None else suffix
        with torch.no_grad():
            if p == 1:
                rows = []
                for c in coords:
                    plan.write(c)
                    outs = [self._forward(suffix, fr) for fr in frontiers]
                    rows.append(self._values(_cat(outs, 0), y))
                return self._rows(rows)
            from torch.func import functional_call, vmap

            params = stacked if stacked is not None else {s.name: s.stacked(coords) for s in plan.slots}
            batched = vmap(lambda pv, *fr: functional_call(plan.suffix, pv, fr),
                           in_dims=(0,) + (None,) * len(frontiers[0]))
            out = _cat([self._forward(lambda *fr: batched(params, *fr), fr) for fr in frontiers], 1)
            return self._rows([self._values(pytree.tree_map(lambda t: t[i] if isinstance(t, torch.Tensor) else t, out), y)
                               for i in range(len(coords))])

    def _rows(self, rows: list):
        return np.stack(rows) if self._host else torch.stack(rows)

    def _zeros(self, *shape: int):
        return np.zeros(shape) if self._host else torch.zeros(shape, dtype=torch.float64, device=self.device)

    def _host_array(self, acc) -> np.ndarray:
        return acc if self._host else acc.cpu().numpy()

    def _recalibrate(self) -> None:
        """Resets BatchNorm statistics and re-estimates them (cumulative average) in train mode."""
        bns = [m for m in self.model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
        if not bns:
            return
        momenta = [m.momentum for m in bns]
        try:
            for m in bns:
                m.reset_running_stats()
                m.momentum = None
                m.train()
            batches = self.data.batches[: self.config.bn_batches] if self.config.bn_batches else self.data.batches
            with torch.no_grad():
                for b in batches:
                    if self.evaluate_fn is not None:
                        self.evaluate_fn(self.model, b)
                    else:
                        call_model(self.model, b[0])
        finally:
            for m, mom in zip(bns, momenta):
                m.momentum = mom
                m.eval()

    def _eval_eager_point(self, coords: Tuple[float, ...]) -> torch.Tensor:
        self.plan.write(coords)
        if self.bn_mode == "recalibrate":
            self._recalibrate()
        return self._eval_current_model()

    def _eval_current_model(self):
        acc = self._zeros(len(self.metric_names))
        with torch.no_grad():
            for batch, n in zip(self.data.batches, self.data.sizes):
                if self._autocast is not None:
                    with torch.autocast(self.device.type, dtype=self._autocast):
                        vals = metrics_of_batch(self.model, batch, self.loss_fn, self.metrics, self.evaluate_fn)
                else:
                    vals = metrics_of_batch(self.model, batch, self.loss_fn, self.metrics, self.evaluate_fn)
                acc += n * self._stack(vals)
        return acc / self.total

    def evaluate_points(self, coords: Sequence[Tuple[float, ...]],
                        progress: Optional[Callable[[int], None]] = None) -> np.ndarray:
        """Metrics at each point: float64 [len(coords), M] (NaN/inf kept as computed)."""
        coords = [tuple(float(c) for c in pt) for pt in coords]
        out = np.empty((len(coords), len(self.metric_names)), dtype=np.float64)
        if self.bn_mode == "recalibrate" or self.evaluate_fn is not None or not self.data.pairs:
            for i, c in enumerate(coords):
                out[i] = self._host_array(self._eval_eager_point(c))
                if progress:
                    progress(1)
            return out
        p = self.points_per_pass
        for start in range(0, len(coords), p):
            group = coords[start:start + p]
            acc = self._zeros(len(group), len(self.metric_names))
            stacked = None
            if p > 1:
                with torch.no_grad():
                    stacked = {s.name: s.stacked(group) for s in self.plan.slots}
            for i, (batch, n) in enumerate(zip(self.data.batches, self.data.sizes)):
                acc += n * self._run_batch(self.plan, self._frontiers(i), batch, group, len(group) if p > 1 else 1,
                                           suffix=self.suffix, stacked=stacked)
            out[start:start + len(group)] = self._host_array(acc / self.total)
            if progress:
                progress(len(group))
        return out

    def evaluate_weights(self, params: Dict[str, torch.Tensor], buffers: Optional[Dict[str, torch.Tensor]] = None
                         ) -> np.ndarray:
        """Metrics [M] of the model with the given parameter (and buffer) values, restored after.

        Used for the true loss of a checkpoint: the model's own forward, no chunking.
        """
        named = dict(self.model.named_parameters())
        named_b = dict(self.model.named_buffers())
        saved = []
        self.plan.last = None  # eager plans write the same tensors
        try:
            with torch.no_grad():
                for n, t in params.items():
                    p = named[n]
                    saved.append((p, p.detach().clone()))
                    p.copy_(t)
                for n, t in (buffers or {}).items():
                    b = named_b.get(n)
                    if b is not None and b.shape == t.shape:
                        saved.append((b, b.detach().clone()))
                        b.copy_(t)
            if self.bn_mode == "recalibrate":
                self._recalibrate()
            return self._host_array(self._eval_current_model())
        finally:
            with torch.no_grad():
                for t, keep in reversed(saved):
                    t.copy_(keep)

    def close(self) -> None:
        """Puts the caller's parameters back (eager plans write them in place)."""
        self.plan.restore()
        self.plan.last = None


def _close(a: Any, b: Any) -> bool:
    """Outputs equal up to float rounding (used to reject chunking for row-mixing models)."""
    if b is None:
        return False
    la, lb = pytree.tree_leaves(a), pytree.tree_leaves(b)
    if len(la) != len(lb):
        return False
    for x, y in zip(la, lb):
        if isinstance(x, torch.Tensor) and x.is_floating_point():
            if x.shape != y.shape:
                return False
            scale = float(y.abs().max()) if y.numel() else 0.0
            if not torch.allclose(x, y, rtol=1e-4, atol=1e-5 * max(scale, 1e-6), equal_nan=True):
                return False
    return True


def _to_float32(out: Any) -> Any:
    """Autocast outputs back to float32 before the loss (losses in bf16 lose digits)."""
    return pytree.tree_map(
        lambda t: t.float() if isinstance(t, torch.Tensor) and t.is_floating_point() and t.dtype != torch.float64
        else t, out)


def _cat(outs: List[Any], dim: int) -> Any:
    if len(outs) == 1:
        return outs[0]
    leaves0, spec = pytree.tree_flatten(outs[0])
    all_leaves = [pytree.tree_flatten(o)[0] for o in outs]
    merged = []
    for j, leaf in enumerate(leaves0):
        if isinstance(leaf, torch.Tensor) and leaf.dim() > dim:
            merged.append(torch.cat([ls[j] for ls in all_leaves], dim))
        else:
            merged.append(leaf)
    return pytree.tree_unflatten(merged, spec)
