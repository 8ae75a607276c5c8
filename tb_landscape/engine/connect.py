"""Paths between two solutions: the straight line and its barrier, and a trained Bezier curve.

- `linear_barrier(A, B, ...)`: the loss along `(1 - t) A + t B`, and the barrier height as
  Frankle et al. (2020) define it: `max_t [loss(t) - ((1 - t) loss(A) + t loss(B))]`, with the
  `t` where it peaks. Every parameter and every float buffer is interpolated. BatchNorm:
  "frozen" (the default) evaluates each point in eval mode with the *interpolated* running
  statistics; `bn="recalibrate"` re-estimates them at each point over the evaluation data
  (the engine's `EvalSpec`).
- `connect_curve(A, B, ...)`: a quadratic Bezier curve `phi(t) = (1 - t)^2 A + 2t(1 - t) theta
  + t^2 B` with the endpoints fixed and the control point `theta` trained as Garipov et al.
  (2018) do: for each batch, `t ~ U(0, 1)`, one step of SGD (momentum 0.9) on
  `loss(phi(t))` with respect to `theta` (through `torch.func.functional_call` on a copy in
  train mode: no model is written). Evaluated along the curve with the BatchNorm statistics
  re-estimated at each `t` over the training data (Garipov et al.), unless `bn="frozen"`.

Both evaluate through the engine's `PointEvaluator` (the same fixed batches, batch-size-
weighted means, eval mode, `torch.no_grad`) and leave the given models, their gradients and
modes, and the global random number generators as they were.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
import time
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

import numpy as np
import torch
from torch import nn

from .._validate import check_positive_int, fail
from ..landscape import Landscape
from ..specs import DirectionSpec, EvalSpec, GridSpec, coerce_spec, route_options, signature_names
from ._state import preserved
from .checkpoints import load_state
from .params import unwrap_model
from .permute import fitted_states

__all__ = ["PathLoss", "BezierCurve", "linear_barrier", "connect_curve", "barrier_height", "SUPPORTED_BENDS"]

#: Curves `connect_curve` trains: 3 bends (A, one control point, B) is the quadratic Bezier curve.
SUPPORTED_BENDS = (3,)


@dataclasses.dataclass
class PathLoss:
    """The loss (and metrics) along a path from model A (`t = 0`) to model B (`t = 1`).

    Attributes:
        t: float64 [T], increasing from 0 to 1: where the path was evaluated.
        loss: float64 [T], the mean loss at each `t` (NaN/inf kept).
        metrics: name -> float64 [T], the extra metrics at each `t`.
        barrier: `max_t [loss(t) - ((1 - t) loss[0] + t loss[-1])]` (>= 0: the ends count;
            NaN when a loss is NaN).
        t_peak: the `t` where that maximum is reached.
        path: "linear" or "bezier".
        bn_mode: how BatchNorm was evaluated ("frozen": the interpolated running statistics;
            "recalibrate": re-estimated at each point, on the data named in `extra`).
        data_description: the evaluation data.
        extra: provenance as strings (how it was computed, the curve's training).
    """

    t: np.ndarray
    loss: np.ndarray
    metrics: Dict[str, np.ndarray]
    barrier: float
    t_peak: float
    path: str
    bn_mode: str = "frozen"
    data_description: str = ""
    extra: Dict[str, str] = dataclasses.field(default_factory=dict)

    def to_landscape(self) -> Landscape:
        """A 1D `tb_landscape.Landscape` (method "interpolate") of the loss and metrics over
        `t`, with the barrier and its `t` in `extra`, ready for `tb_landscape.add_landscape`."""
        names = ["loss"] + list(self.metrics)
        values = np.stack([self.loss] + [self.metrics[n] for n in self.metrics]).astype(np.float32)
        label = "interpolation (A to B)" if self.path == "linear" else "Bezier curve parameter t (A to B)"
        extra = dict(self.extra)
        extra.update(path=self.path, barrier=f"{self.barrier:.6g}", t_peak=f"{self.t_peak:.6g}",
                     end_losses=f"{self.loss[0]:.6g}, {self.loss[-1]:.6g}")
        return Landscape(values=values[0] if len(names) == 1 else values, xs=self.t,
                         metric="loss" if len(names) == 1 else names, x_label=label, x_unit="t (A at 0, B at 1)",
                         method="interpolate", normalization="none", bn_mode=self.bn_mode,
                         data_description=self.data_description, extra=extra)


def barrier_height(t: np.ndarray, loss: np.ndarray) -> Tuple[float, float]:
    """(barrier, t_peak): the largest rise of `loss` over the straight line between its end
    values (Frankle et al. 2020), and where it is; (NaN, the first NaN's t) when a loss is NaN."""
    t, loss = np.asarray(t, dtype=np.float64), np.asarray(loss, dtype=np.float64)
    with np.errstate(invalid="ignore", over="ignore"):
        rise = loss - ((1 - t) * loss[0] + t * loss[-1])
    if np.isnan(rise).any():
        i = int(np.argmax(np.isnan(rise)))
        return float("nan"), float(t[i])
    i = int(np.argmax(rise))
    return float(rise[i]), float(t[i])


# ---- checks --------------------------------------------------------------------------------------

def _check_points(points: Any) -> int:
    return check_positive_int("points", points, minimum=2)


def _eval_spec(fn: Callable, evaluation: Any, options: Mapping[str, Any], default: EvalSpec) -> EvalSpec:
    """The `EvalSpec` of a call: `evaluation` (or `default`), with the flat options applied."""
    base = default if evaluation is None else coerce_spec(EvalSpec, evaluation, "evaluation")
    return route_options(fn.__name__, options, signature_names(fn), evaluation=base)["evaluation"]


def _check_models(model_a: Any, model_b: Any) -> Tuple[nn.Module, Dict[str, torch.Tensor], Dict[str, torch.Tensor]]:
    """(A unwrapped, A's state, B's state); ValueErrors name the argument."""
    if not isinstance(model_a, nn.Module):
        fail("model_a", type(model_a).__name__, "must be a torch.nn.Module")
    model_a = unwrap_model(model_a)
    a, b = fitted_states(model_a, model_b)
    if all(torch.equal(a[n], b[n].to(a[n].device)) for n, _ in model_a.named_parameters()):
        fail("model_b", "<state>", "has the same weights as model_a: there is no path between them")
    return model_a, a, b


def _is_float(t: torch.Tensor) -> bool:
    return t.is_floating_point() or t.is_complex()


def _lerp_state(a: Mapping[str, torch.Tensor], b: Mapping[str, torch.Tensor], t: float) -> Dict[str, torch.Tensor]:
    """(1 - t) a + t b for float tensors (exactly b at t = 1); other tensors (BatchNorm's
    `num_batches_tracked`) from a."""
    return {k: torch.lerp(v, b[k].to(v.device), float(t)) if _is_float(v) else v for k, v in a.items()}


# ---- evaluation through the engine ---------------------------------------------------------------

@dataclasses.dataclass
class _Rows:
    values: np.ndarray   # [T, M]
    names: List[str]
    description: str
    notes: Dict[str, str]
    seconds: float


def _evaluate_path(model_a: nn.Module, model_b: Any, loss_fn, data, metrics, spec: EvalSpec, ts: np.ndarray,
                   state_at: Optional[Callable[[float], Mapping[str, torch.Tensor]]]) -> _Rows:
    """The metrics [T, M] at each `t`: on the engine's line from A to B (`state_at` None: the
    parameters move, the buffers are A's), or at the full states `state_at(t)`."""
    from .compute import _check_functions, _Specs, prepared
    from .evaluator import PointEvaluator

    metrics = _check_functions(loss_fn, None, metrics, False)
    specs = _Specs(GridSpec(dims=1, limits=[(0.0, 1.0)], resolution=len(ts)),
                   DirectionSpec(method="interpolate", trainable_only=False), spec, None)
    with prepared(model_a, loss_fn, data, specs, metrics, None, model_b, None) as p:
        ev = PointEvaluator(p.work, loss_fn, metrics, None, p.data, p.moves, spec, p.device)
        t0 = time.perf_counter()
        if state_at is None:
            values = ev.evaluate_points(ts.reshape(-1, 1))
        else:
            values = ev.evaluate_states(list(ts), load=state_at)
        return _Rows(values, list(ev.metric_names), p.data.description, dict(ev.notes), time.perf_counter() - t0)


def _path_loss(ts: np.ndarray, rows: _Rows, path: str, bn_mode: str, extra: Dict[str, str]) -> PathLoss:
    loss = rows.values[:, 0].astype(np.float64)
    barrier, t_peak = barrier_height(ts, loss)
    extra = {**{k: str(v) for k, v in rows.notes.items()}, **extra,
             "seconds_per_point": f"{rows.seconds / max(len(ts), 1):.6g}", "torch": torch.__version__}
    return PathLoss(t=ts, loss=loss, metrics={n: rows.values[:, j + 1].astype(np.float64)
                                              for j, n in enumerate(rows.names[1:])},
                    barrier=barrier, t_peak=t_peak, path=path, bn_mode=bn_mode,
                    data_description=rows.description, extra=extra)


def linear_barrier(model_a: nn.Module, model_b: Any, loss_fn: Callable[[Any, Any], torch.Tensor], data: Any,
                   points: int = 31, metrics: Optional[Mapping[str, Callable]] = None, *,
                   evaluation: Union[EvalSpec, Mapping, None] = None, **options: Any) -> PathLoss:
    """The loss along the straight line from model A to model B, and its barrier height.

    Evaluates `(1 - t) A + t B` (every parameter and float buffer interpolated) at `points`
    evenly spaced `t` in [0, 1] (A at 0, B at 1), as `compute_landscape` evaluates a point.
    The barrier is `max_t [loss(t) - ((1 - t) loss(A) + t loss(B))]` (Frankle et al. 2020).

    Args:
        model_a: model A (DDP/DataParallel unwrapped).
        model_b: model B of the same architecture, or its state dict.
        loss_fn: `loss_fn(outputs, targets) -> scalar tensor`.
        data: `(x, y)`, an iterable of batches or a DataLoader (see `compute_landscape`).
        points: how many `t` (>= 2; 31 by default).
        metrics: extra `name -> fn(outputs, targets) -> scalar`, averaged like the loss.
        evaluation: an `EvalSpec`; `bn="frozen"` (default) evaluates with the interpolated
            BatchNorm statistics, `bn="recalibrate"` re-estimates them at each `t` on `data`.
        **options: `EvalSpec` fields by name (`bn=`, `max_batches=`, `device=`, `threads=`).

    Returns:
        A `PathLoss` (t, loss, metrics, barrier, t_peak; `to_landscape()` for logging).

    Raises:
        ValueError: naming the argument: `points` < 2, models of different architectures or
            state dicts that do not match, identical models, empty `data`, a bad option.
    """
    points = _check_points(points)
    spec = _eval_spec(linear_barrier, evaluation, options, EvalSpec())
    model_a, a, b = _check_models(model_a, model_b)
    ts = np.linspace(0.0, 1.0, points)
    buffers = [n for n, t in model_a.named_buffers() if _is_float(t) and not torch.equal(a[n], b[n].to(t.device))]
    # the engine's line moves the parameters only: with float buffers that differ (and are not
    # re-estimated anyway), each point is the whole interpolated state instead
    whole = bool(buffers) and spec.bn == "frozen"
    rows = _evaluate_path(model_a, b, loss_fn, data, metrics, spec, ts,
                          (lambda t: _lerp_state(a, b, t)) if whole else None)
    how = "interpolated running statistics" if spec.bn == "frozen" else "re-estimated at each t on the data"
    return _path_loss(ts, rows, "linear", spec.bn, {"batchnorm": how if buffers or spec.bn != "frozen" else "none",
                                                   "evaluated": "whole states" if whole else "engine line"})


# ---- the Bezier curve --------------------------------------------------------------------------

@dataclasses.dataclass
class BezierCurve:
    """A quadratic Bezier curve in weight space, `phi(t) = (1 - t)^2 A + 2t(1 - t) theta + t^2 B`.

    Attributes:
        start: model A's state dict (t = 0).
        theta: the control point: the trained parameters, and the float buffers at the
            midpoint of A's and B's (so that buffers move on the straight line).
        end: model B's state dict (t = 1).
        path: the loss along the curve (`PathLoss`, path "bezier"), or None.
        train_loss: float64 [steps], the training loss of each step (at its sampled t).
    """

    start: Dict[str, torch.Tensor]
    theta: Dict[str, torch.Tensor]
    end: Dict[str, torch.Tensor]
    path: Optional[PathLoss] = None
    train_loss: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0))

    def weights(self, t: float) -> Dict[str, torch.Tensor]:
        """The state dict at `t` in [0, 1] (A at 0, B at 1): load it with `load_state_dict`.
        Tensors that are not float (BatchNorm's `num_batches_tracked`) are A's."""
        t = float(t)
        if not 0.0 <= t <= 1.0:
            fail("t", t, "must be in [0, 1]")
        c0, c1, c2 = (1 - t) ** 2, 2 * t * (1 - t), t * t
        return {k: c0 * a + c1 * self.theta[k] + c2 * self.end[k] if k in self.theta else a.clone()
                for k, a in self.start.items()}


def _is_pair(data: Any) -> bool:
    return isinstance(data, (tuple, list)) and len(data) == 2 and all(isinstance(t, torch.Tensor) for t in data) \
        and data[0].dim() > 0 and data[1].dim() > 0 and data[0].shape[0] == data[1].shape[0]


def _training_batches(train_data: Any, batch_size: int, gen: torch.Generator, device: torch.device):
    """Endless (x, y) batches on `device`: shuffled minibatches of a tensor pair (from `gen`),
    else the given batches over and over."""
    from .data import to_device

    if _is_pair(train_data):
        x, y = train_data
        while True:
            order = torch.randperm(x.shape[0], generator=gen)
            for i in range(0, x.shape[0], batch_size):
                idx = order[i:i + batch_size]
                yield x[idx].to(device), y[idx].to(device)
    if isinstance(train_data, torch.Tensor) or not hasattr(train_data, "__iter__"):
        fail("train_data", type(train_data).__name__, "must be (x, y) tensors, an iterable of (x, y) batches or "
             "a DataLoader")
    while True:
        empty = True
        for batch in train_data:
            empty = False
            if not (isinstance(batch, (tuple, list)) and len(batch) == 2):
                fail("train_data", type(batch).__name__, "must yield (x, y) batches")
            yield to_device(tuple(batch), device)
        if empty:
            fail("train_data", type(train_data).__name__, "is empty: it yielded no batch to train on")


def _train_theta(work: nn.Module, a, b, theta, loss_fn, batches, steps: int, lr: float, gen: torch.Generator,
                 progress: Optional[Callable[[int, int], None]]) -> np.ndarray:
    """Garipov et al.'s training of the control point; the training loss of each step."""
    names = [n for n, _ in work.named_parameters()]
    opt = torch.optim.SGD([theta[n] for n in names], lr=lr, momentum=0.9)
    losses = np.empty(steps)
    for i in range(steps):
        x, y = next(batches)
        t = float(torch.rand((), generator=gen))
        c0, c1, c2 = (1 - t) ** 2, 2 * t * (1 - t), t * t
        params = {n: c0 * a[n] + c1 * theta[n] + c2 * b[n] for n in names}
        loss = loss_fn(torch.func.functional_call(work, params, (x,)), y)
        if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
            fail("loss_fn", loss_fn, "must return a scalar tensor")
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        losses[i] = float(loss.detach())
        if progress is not None:
            progress(i + 1, steps)
    return losses


def _recalibrated(model: nn.Module, curve: BezierCurve, batches: List[Any]) -> Callable[[float], Dict]:
    """`state_at(t)`: the curve's state at t with BatchNorm's statistics re-estimated over
    `batches` in train mode, on a copy of `model` per worker thread."""
    from .evaluator import recalibrate

    local = threading.local()

    def state_at(t: float) -> Dict[str, torch.Tensor]:
        work = getattr(local, "model", None)
        if work is None:
            work = local.model = copy.deepcopy(model).eval()
        load_state(work, curve.weights(t))
        recalibrate(work, batches, None, None)
        return {k: v.detach().clone() for k, v in work.state_dict().items()}

    return state_at


def _check_curve_args(bends, steps, lr, seed, batch_size, progress) -> Tuple[int, float]:
    if bends not in SUPPORTED_BENDS or isinstance(bends, bool):
        fail("bends", bends, "is not supported: only 3 (A, one control point, B: the quadratic Bezier curve of "
             "Garipov et al. 2018); polygonal chains are not implemented")
    steps = check_positive_int("steps", steps)
    check_positive_int("batch_size", batch_size)
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not np.isfinite(lr) or lr <= 0:
        fail("lr", lr, "must be a positive finite number")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        fail("seed", seed, "must be an integer")
    if progress is not None and not callable(progress):
        fail("progress", progress, "must be None or callable(done, total)")
    return steps, float(lr)


def connect_curve(model_a: nn.Module, model_b: Any, loss_fn: Callable[[Any, Any], torch.Tensor], train_data: Any,
                  bends: int = 3, steps: int = 1000, lr: float = 0.05, seed: int = 0, points: int = 31,
                  eval_data: Any = None, *, metrics: Optional[Mapping[str, Callable]] = None, batch_size: int = 128,
                  evaluation: Union[EvalSpec, Mapping, None] = None,
                  progress: Optional[Callable[[int, int], None]] = None, **options: Any) -> BezierCurve:
    """Trains a low-loss quadratic Bezier curve from model A to model B (Garipov et al. 2018).

    The control point `theta` starts at the midpoint `(A + B) / 2`; each step samples
    `t ~ U(0, 1)` (from `seed`), takes a batch and does one SGD step (momentum 0.9) on
    `loss_fn(phi_t(x), y)` with respect to `theta`, in train mode (BatchNorm on batch
    statistics, dropout on) on a copy of A; A and B stay fixed. The curve is then evaluated at
    `points` evenly spaced `t` with BatchNorm's statistics re-estimated at each `t` over the
    training data (in train mode, on a copy), unless `bn="frozen"` (the buffers then move on
    the straight line).

    Args:
        model_a: model A (t = 0).
        model_b: model B (t = 1) of the same architecture, or its state dict.
        loss_fn: `loss_fn(outputs, targets) -> scalar tensor`, for training and evaluation.
        train_data: `(x, y)` tensors (shuffled into minibatches of `batch_size` from `seed`),
            an iterable of `(x, y)` batches or a DataLoader (re-iterated as needed).
        bends: 3 (A, one control point, B): the quadratic Bezier curve; nothing else yet.
        steps: training steps (batches).
        lr: SGD learning rate.
        seed: seed of the sampled `t` and of the minibatches of a tensor pair.
        points: how many `t` to evaluate (>= 2).
        eval_data: data of the evaluation (default: `train_data`).
        metrics: extra `name -> fn(outputs, targets) -> scalar` of the evaluation.
        batch_size: minibatch size for a tensor pair `train_data`.
        evaluation: an `EvalSpec` of the evaluation (default `bn="recalibrate"`).
        progress: `callable(done, total)` after each training step.
        **options: `EvalSpec` fields by name (`bn=`, `bn_batches=`, `max_batches=`, ...).

    Returns:
        A `BezierCurve`: `theta`, `weights(t)`, `train_loss`, and `path` (a `PathLoss`:
        t, loss, metrics, and `barrier`, the largest rise over the straight line between the
        end losses, at `t_peak`).

    Raises:
        ValueError: naming the argument: `bends` other than 3, `points` < 2, a bad `steps`,
            `lr`, `seed`, models of different architectures, mismatched state dicts, data
            that yields nothing, a bad option.
    """
    points = _check_points(points)
    steps, lr = _check_curve_args(bends, steps, lr, seed, batch_size, progress)
    spec = _eval_spec(connect_curve, evaluation, options, EvalSpec(bn="recalibrate"))
    model_a, a, b = _check_models(model_a, model_b)
    device = next(iter(a.values())).device
    b = {k: v.to(device) for k, v in b.items()}
    gen = torch.Generator().manual_seed(int(seed))
    with preserved(model_a), torch.enable_grad():
        work = copy.deepcopy(model_a).train()
        theta = {k: torch.lerp(v, b[k], 0.5).detach().clone() for k, v in a.items() if _is_float(v)}
        names = {n for n, _ in work.named_parameters()}
        for n in names:
            theta[n].requires_grad_(True)
        batches = _training_batches(train_data, batch_size, gen, device)
        losses = _train_theta(work, a, b, theta, loss_fn, batches, steps, lr, gen, progress)
        del work
    curve = BezierCurve({k: v.detach().clone() for k, v in a.items()}, {k: v.detach() for k, v in theta.items()},
                        {k: v.detach().clone() for k, v in b.items()}, None, losses)
    curve.path = _curve_path(model_a, curve, loss_fn, train_data, eval_data, metrics, spec, points)
    curve.path.extra.update(steps=str(steps), lr=f"{lr:g}", seed=str(seed), bends=str(bends),
                            final_train_loss=f"{losses[-1]:.6g}")
    return curve


def _curve_path(model_a: nn.Module, curve: BezierCurve, loss_fn, train_data, eval_data, metrics, spec: EvalSpec,
                points: int) -> PathLoss:
    """The loss along the trained curve (BatchNorm re-estimated on the training data)."""
    from .data import prepare_data

    ts = np.linspace(0.0, 1.0, points)
    has_bn = any(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in model_a.modules())
    state_at: Callable[[float], Mapping[str, torch.Tensor]] = curve.weights
    how = "none"
    if has_bn and spec.bn == "recalibrate":
        device = next(iter(curve.start.values())).device
        recal = prepare_data(train_data, device, spec.bn_batches).batches
        state_at, how = _recalibrated(model_a, curve, recal), "re-estimated at each t on the training data"
    elif has_bn:
        how = "running statistics on the straight line between A's and B's"
    data = train_data if eval_data is None else eval_data
    rows = _evaluate_path(model_a, curve.end, loss_fn, data, metrics, spec.replace(bn="frozen"), ts, state_at)
    return _path_loss(ts, rows, "bezier", spec.bn, {"batchnorm": how, "evaluated": "whole states"})
