"""The knobs, each defined once: small validated specs that every entry point passes along.

    grid = tbl.GridSpec(resolution=41, span=0.5)
    land = tbl.compute_landscape(model, loss_fn, (x, y), grid=grid,
                                 directions=tbl.DirectionSpec(seed=3),
                                 evaluation=tbl.EvalSpec(bn="recalibrate"))
    land = tbl.compute_landscape(model, loss_fn, (x, y), resolution=41, seed=3)   # the same knobs, flat

Engine specs (`compute_landscape`, the logger, the worker process and the CLI take the same
objects):

- `GridSpec`: where the points lie (dims, resolution, span, limits);
- `DirectionSpec`: how the frame is made (method, normalization, seed, which parameters,
  `HessianSpec` for Hessian directions);
- `EvalSpec`: how a point is evaluated (BatchNorm mode, batches, device, precision, worker
  threads, memory, and the fast-path knobs);
- `SensitivitySpec` (`layer_sensitivity`: which parameter groups, which per-group Hessian
  measures) and `SharpnessSpec` (`worst_case_sharpness`: the region and the ascent);

and the logger's own: `ScheduleSpec` (when, under which tags, in the background or not),
`ScalarSpec` (which scalars, at what cost) and `PathSpec` (the weight snapshots of the path).

Each field carries its checker and its one-line help (metadata), so there is one validator
(`validate`, run on construction: a bad value raises `ValueError` naming the field), one set
of `SUPPORTED_*` values (below), the docstrings' attribute lists and the command line's
options are generated from the same fields. `route_options` sends flat keyword options
(`resolution=41`) to the spec that defines them and names unknown ones with the closest real
names. This module imports no torch (a `device` is checked with torch when one is given).
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import numbers
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence, Tuple, Type, TypeVar, Union

from ._validate import (Checker, check_bool, check_choice, check_int, check_positive_float, choice, fail,
                        non_empty_str, one_or_two, positive_float, positive_int)

__all__ = [
    "GridSpec", "DirectionSpec", "HessianSpec", "EvalSpec", "ScheduleSpec", "ScalarSpec", "PathSpec",
    "SUPPORTED_METHODS", "SUPPORTED_NORMALIZATIONS", "SUPPORTED_IGNORE", "SUPPORTED_BN_MODES",
    "SUPPORTED_PRECISIONS", "SUPPORTED_HESSIAN_METHODS", "SUPPORTED_FRAMES", "SUPPORTED_SCALARS", "DEFAULT_SCALARS", "RecordsSpec",
    "SUPPORTED_STORAGE", "SUPPORTED_BACKGROUND", "MAX_GRID_POINTS", "route_options", "coerce_spec",
    "signature_names", "SensitivitySpec", "SharpnessSpec", "SUPPORTED_GROUPINGS", "SUPPORTED_SENSITIVITY_MEASURES",
    "SUPPORTED_REGIONS", "SUPPORTED_SHARPNESS_NORMALIZATIONS",
]

#: Direction methods: by name, or "explicit" (tensors given by the caller).
SUPPORTED_METHODS = ("random", "pca", "hessian", "interpolate", "explicit")
#: Normalizations of random directions (None: raw N(0, 1) draws; the string "none" is taken too).
SUPPORTED_NORMALIZATIONS = ("filter", "layer", None)
#: "biasbn": biases and normalization-layer parameters get direction zero; None: they move.
SUPPORTED_IGNORE = ("biasbn", None)
#: BatchNorm during evaluation: the centre's running statistics, or re-estimated per point.
SUPPORTED_BN_MODES = ("frozen", "recalibrate")
#: Autocast precisions (None: the model's own dtype); "bf16" and "fp16" are taken as aliases.
SUPPORTED_PRECISIONS = (None, "float32", "bfloat16", "float16")
SUPPORTED_HESSIAN_METHODS = ("lanczos", "power")
#: Logger frames: directions drawn once ("fixed") or at every landscape ("redraw").
SUPPORTED_FRAMES = ("fixed", "redraw")
#: Scalars the logger can log, in the order they are computed. The first three are read off
#: the landscape; the others evaluate the model (costs in `ScalarSpec`).
SUPPORTED_SCALARS = ("center_loss", "curvature", "basin_width", "sharpness", "hessian_top_eigenvalue",
                     "hessian_trace", "worst_case_sharpness")
#: The logger's scalars by default: all but worst_case_sharpness, whose projected ascent costs
#: `worst_case_steps` forward+backward passes (about 3 passes each) every landscape.
DEFAULT_SCALARS = SUPPORTED_SCALARS[:-1]
SUPPORTED_STORAGE = ("memory", "disk")
#: Logger modes: "auto" (a process when it can, else a thread), False (in the training thread),
#: True (= "process"), "thread" or "process".
SUPPORTED_BACKGROUND = ("auto", False, True, "thread", "process")
#: Parameter groups of `layer_sensitivity` by name: one group per module that holds parameters
#: directly, or one per parameter tensor (a dict or a callable gives other groups).
SUPPORTED_GROUPINGS = ("module", "parameter")
#: Per-group measures of `layer_sensitivity`: the Hessian block's trace and top eigenvalue.
SUPPORTED_SENSITIVITY_MEASURES = ("trace", "top_eigenvalue")
#: Regions of `worst_case_sharpness`: an L2 ball, or the box of Keskar et al. 2017.
SUPPORTED_REGIONS = ("l2", "keskar")
#: Scalings of the L2 ball: None (plain), "filter" (per filter, by the weights' filter norms).
SUPPORTED_SHARPNESS_NORMALIZATIONS = (None, "filter")
#: The most grid points one landscape may have (2048 x 2048): more is refused before allocating.
MAX_GRID_POINTS = 1 << 22

_PRECISION_ALIASES = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}


# ---- checkers that need more than the generic ones -------------------------------------------

def _normalization(arg: str, value: Any):
    return check_choice(arg, None if value == "none" else value, SUPPORTED_NORMALIZATIONS)


def _precision(arg: str, value: Any):
    if isinstance(value, str):
        value = _PRECISION_ALIASES.get(value, value)
    return check_choice(arg, value, SUPPORTED_PRECISIONS)


def _auto_or(check: Checker, allow_none: bool = False) -> Checker:
    def run(arg: str, value: Any):
        if value == "auto" and isinstance(value, str):
            return "auto"
        if value is None and allow_none:
            return None
        return check(arg, value)
    return run


def _limits(arg: str, value: Any):
    """None, one (lo, hi) pair or two of them; every axis finite with lo < hi."""
    if value is None:
        return None
    pairs = value
    if isinstance(value, (list, tuple)) and len(value) == 2 and not isinstance(value[0], (list, tuple)):
        pairs = (value,)
    if not isinstance(pairs, (list, tuple)) or len(pairs) not in (1, 2) or any(
            not isinstance(p, (list, tuple)) or len(p) != 2 for p in pairs):
        fail(arg, value, "must be a (lo, hi) pair, or one pair per axis")
    out = []
    for lo, hi in pairs:
        if not all(isinstance(v, numbers.Real) and not isinstance(v, bool) for v in (lo, hi)) \
                or not (math.isfinite(lo) and math.isfinite(hi)) or not hi > lo:
            fail(arg, value, "must have finite lo < hi on every axis")
        out.append((float(lo), float(hi)))
    return tuple(out)


def _params(arg: str, value: Any):
    """A parameter selector: None, a name or names, a submodule, or a predicate (checked
    against the model where the model is known)."""
    if value is None or callable(value) or isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        if not value or not all(isinstance(s, str) and s for s in value):
            fail(arg, value, "must be a non-empty list of parameter or module names")
        return tuple(value)
    if type(value).__module__.startswith("torch") or hasattr(value, "parameters"):
        return value  # a submodule
    fail(arg, value, "must be None, names, a submodule or a predicate (name, param) -> bool")


def _device(arg: str, value: Any):
    """None, or a device torch knows and this machine has ("cuda" without a GPU is refused)."""
    if value is None:
        return None
    import torch

    try:
        dev = torch.device(value)
    except (TypeError, RuntimeError, ValueError) as e:
        fail(arg, value, f"is not a torch device: {e}")
    if dev.type == "cuda":
        if not torch.cuda.is_available():
            fail(arg, value, "is not available: torch.cuda.is_available() is False on this machine")
        if dev.index is not None and dev.index >= torch.cuda.device_count():
            fail(arg, value, f"is not available: this machine has {torch.cuda.device_count()} CUDA device(s)")
        if dev.index is None:  # "cuda" is the current device: spelled as torch compares devices
            dev = torch.device("cuda", torch.cuda.current_device())
    elif dev.type == "mps":
        if not (hasattr(torch.backends, "mps") and torch.backends.mps.is_available()):
            fail(arg, value, "is not available on this machine")
    elif dev.type == "meta":
        fail(arg, value, "holds no data: use a real device")
    elif dev.type != "cpu":
        try:
            torch.empty(1, device=dev)
        except Exception as e:  # any other backend: can it hold a tensor?
            fail(arg, value, f"is not available: {type(e).__name__}: {e}")
    return str(dev)


def _scalar_names(arg: str, value: Any):
    if isinstance(value, str) or value is None or not isinstance(value, Iterable):
        fail(arg, value, f"must be a sequence of names from {list(SUPPORTED_SCALARS)} (or ())")
    return tuple(check_choice(arg, s, SUPPORTED_SCALARS) for s in value)


def _nice(arg: str, value: Any):
    if not isinstance(value, numbers.Integral) or isinstance(value, bool) or not 0 <= value <= 19:
        fail(arg, value, "must be an integer from 0 to 19")
    return int(value)


def _optional_str(arg: str, value: Any):
    return None if value is None else non_empty_str(arg, value)


def _groups(arg: str, value: Any):
    """A grouping by name ("module", "parameter"), a dict group name -> parameter (or module)
    names, or a callable parameter name -> group name (None: left out). Names are checked
    against the model where the model is known."""
    if isinstance(value, str):
        return check_choice(arg, value, SUPPORTED_GROUPINGS)
    if isinstance(value, Mapping):
        if not value:
            fail(arg, value, "is an empty dict: map group names to parameter names")
        out = {}
        for name, members in value.items():
            if not isinstance(name, str) or not name:
                fail(arg, name, "has a group name that is not a non-empty string")
            members = (members,) if isinstance(members, str) else members
            if not isinstance(members, (list, tuple)) or not members or not all(
                    isinstance(m, str) and m for m in members):
                fail(arg, {name: members}, "must map each group name to a non-empty list of parameter names")
            out[name] = tuple(members)
        return out
    if callable(value):
        return value
    fail(arg, value, f"must be one of {list(SUPPORTED_GROUPINGS)}, a dict group name -> parameter names, "
         "or a callable parameter name -> group name")


def _measures(arg: str, value: Any):
    values = (value,) if isinstance(value, str) else value
    if not isinstance(values, Iterable) or not values:
        fail(arg, value, f"must be a non-empty sequence of names from {list(SUPPORTED_SENSITIVITY_MEASURES)}")
    out = tuple(check_choice(arg, v, SUPPORTED_SENSITIVITY_MEASURES) for v in values)
    if len(set(out)) != len(out):
        fail(arg, value, "names a measure twice")
    return out


def _sharpness_normalization(arg: str, value: Any):
    return check_choice(arg, None if value == "none" else value, SUPPORTED_SHARPNESS_NORMALIZATIONS)


# ---- the fields ------------------------------------------------------------------------------

def knob(default: Any, check: Checker, help: str, cli: Optional[dict] = None, factory: Any = None):
    """A spec field: its default, its checker and its one-line help (and, for the command
    line, argparse keyword arguments)."""
    meta = {"check": check, "help": help, "cli": cli}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def validate(spec: Any) -> None:
    """Checks and normalizes every field of `spec` in place (the one validator); the error
    names the field."""
    for f in dataclasses.fields(spec):
        check = f.metadata.get("check")
        if check is not None:
            object.__setattr__(spec, f.name, check(f.name, getattr(spec, f.name)))
    cross = getattr(spec, "_check_together", None)
    if cross is not None:
        cross()


def _document(cls):
    """Appends the fields' help to the class docstring (so it is written once)."""
    lines = ["", "    Attributes:"]
    for f in dataclasses.fields(cls):
        default = "" if f.default is dataclasses.MISSING else f" Default {f.default!r}."
        lines.append(f"        {f.name}: {f.metadata['help']}{default}")
    cls.__doc__ = (cls.__doc__ or "").rstrip() + "\n" + "\n".join(lines) + "\n"
    return cls


class _Spec:
    """Base of the specs: validated on construction, immutable, `replace(**changes)`."""

    def __post_init__(self):
        validate(self)

    def replace(self, **changes: Any):
        """A copy with some fields changed (validated again); unknown names are refused."""
        return route_options(type(self).__name__, changes, [], spec=self)["spec"]


# ---- engine specs ------------------------------------------------------------------------------

@_document
@dataclasses.dataclass(frozen=True)
class GridSpec(_Spec):
    """Where the points of a landscape lie: `dims` axes, each `resolution` points over
    `[-span, span]` (or explicit `limits`), in the directions' units; an odd resolution puts a
    point exactly on the centre. Grids over `MAX_GRID_POINTS` points are refused."""

    dims: Optional[int] = knob(None, choice(None, 1, 2),
                               "1 (a curve) or 2 (a plane); None: the number of directions (2 for a method)",
                               cli=dict(type=int, choices=(1, 2)))
    resolution: Union[int, Tuple[int, ...]] = knob(21, one_or_two(positive_int(minimum=2)),
                                                  "points per axis (>= 2), or one per axis",
                                                  cli=dict(type=int))
    span: Union[None, float, Tuple[float, ...]] = knob(None, one_or_two(positive_float(), allow_none=True),
                                                      "half-width of each axis; None: 1.0, or what the method "
                                                      "implies (PCA: the path plus 20%)", cli=dict(type=float))
    limits: Any = knob(None, _limits, "explicit (lo, hi) per axis, overriding span")

    def _check_together(self):
        for name in ("resolution", "span"):
            value = getattr(self, name)
            if isinstance(value, tuple) and self.dims is not None and len(value) != self.dims:
                fail(name, value, f"must be one value or {self.dims} (one per axis)")
        if self.limits is not None and self.dims is not None and len(self.limits) != self.dims:
            fail("limits", self.limits, f"must be {self.dims} (lo, hi) pair{'s' if self.dims > 1 else ''}")
        # the total is checked here when the axes are known, else when the directions tell
        self.resolution_per_axis(self.dims or (len(self.resolution) if isinstance(self.resolution, tuple) else 1))

    def resolution_per_axis(self, dims: int) -> Tuple[int, ...]:
        """Points per axis for a `dims`-D grid; refuses grids over `MAX_GRID_POINTS` points."""
        res = self.resolution if isinstance(self.resolution, tuple) else (self.resolution,) * dims
        if len(res) != dims:
            fail("resolution", self.resolution, f"must be one value or {dims} (one per axis)")
        if math.prod(res) > MAX_GRID_POINTS:
            fail("resolution", self.resolution, f"gives {math.prod(res):,} points, over the limit of "
                 f"{MAX_GRID_POINTS:,} (MAX_GRID_POINTS): lower it")
        return res


@_document
@dataclasses.dataclass(frozen=True)
class HessianSpec(_Spec):
    """How Hessian eigenvectors are found (Hessian directions, the top-eigenvalue scalar)."""

    method: str = knob("lanczos", choice(*SUPPORTED_HESSIAN_METHODS),
                       "'lanczos' (k largest algebraic eigenvalues) or 'power' (largest in magnitude, "
                       "with deflation)")
    max_iter: int = knob(100, positive_int(), "Lanczos steps, or power iterations per eigenpair")
    tol: float = knob(1e-4, lambda a, v: check_positive_float(a, v), "relative tolerance of the eigenvalues")


def _hessian(arg: str, value: Any):
    return coerce_spec(HessianSpec, value, arg)


@_document
@dataclasses.dataclass(frozen=True)
class DirectionSpec(_Spec):
    """How the frame (one or two directions in weight space) is made."""

    method: str = knob("random", choice(*SUPPORTED_METHODS),
                       "'random' (Li et al.), 'pca' (of checkpoints), 'hessian' (top eigenvectors), "
                       "'interpolate' (towards other models), or 'explicit' (tensors given)",
                       cli=dict(choices=("random", "pca", "hessian")))
    normalization: Optional[str] = knob("filter", _normalization,
                                        "of random directions: 'filter', 'layer' or None",
                                        cli=dict(choices=("filter", "layer", "none")))
    seed: int = knob(0, check_int, "seed of random directions and Hessian start vectors", cli=dict(type=int))
    params: Any = knob(None, _params, "which parameters move: names or module-name prefixes, a submodule, "
                                      "or a predicate (name, param) -> bool; None: all trainable ones")
    trainable_only: bool = knob(True, check_bool, "only parameters with requires_grad=True move")
    ignore: Optional[str] = knob("biasbn", choice(*SUPPORTED_IGNORE),
                                 "'biasbn': biases and norm-layer parameters get direction 0 in random "
                                 "directions; None: they move too")
    hessian: HessianSpec = knob(None, _hessian, "Hessian directions: a HessianSpec (or a dict of its fields)",
                                factory=HessianSpec)


@_document
@dataclasses.dataclass(frozen=True)
class EvalSpec(_Spec):
    """How each point is evaluated: in eval mode under no_grad, the batch-size-weighted mean
    of the loss over fixed batches. The fast-path knobs change speed and float rounding,
    never the mathematics; "auto" decides from the model's structure and the data's shapes
    alone (never from timing), so the same inputs give the same bits."""

    bn: str = knob("frozen", choice(*SUPPORTED_BN_MODES),
                   "'frozen' (the centre's running statistics) or 'recalibrate' (re-estimated per point)",
                   cli=dict(choices=SUPPORTED_BN_MODES))
    bn_batches: Optional[int] = knob(None, positive_int(allow_none=True),
                                     "batches per recalibration (bn='recalibrate'); None: all")
    max_batches: Optional[int] = knob(None, positive_int(allow_none=True),
                                      "evaluate on at most this many batches of the data", cli=dict(type=int))
    device: Any = knob(None, _device, "evaluation device; None: the model's (another device evaluates a copy)",
                       cli=dict(type=str))
    precision: Optional[str] = knob(None, _precision, "autocast precision: None (the model's dtype), "
                                    "'bfloat16' or 'float16'", cli=dict(choices=("bfloat16", "float16")))
    threads: Optional[int] = knob(None, positive_int(allow_none=True),
                                  "CPU worker threads, each evaluating whole points on one core; None: "
                                  "torch.get_num_threads(). Changes speed, never the bits", cli=dict(type=int))
    memory_limit: Optional[int] = knob(None, positive_int(allow_none=True),
                                       "bytes for cached activations and copies; None: half the free memory. "
                                       "Changes speed, never the bits")
    trace: bool = knob(True, check_bool, "rewrite the forward pass with torch.fx (prefix cache, BatchNorm "
                                         "folding, fast pooling); False: the model's own forward")
    chunk_size: Union[str, int, None] = knob("auto", _auto_or(positive_int(), allow_none=True),
                                             "rows per forward pass: 'auto' (about 2 MiB of the largest "
                                             "activation), None (whole batches) or an int")
    channels_last: Union[str, bool] = knob("auto", _auto_or(check_bool),
                                           "channels-last convolutions: 'auto' (when a moving Conv2d has >= 16 "
                                           "input channels, on CPU) or True/False")
    linearize: Union[str, bool] = knob("auto", _auto_or(check_bool),
                                       "first moving Linear/Conv layers as cached affine parts: 'auto' (Linear "
                                       "layers with fan-in >= 8 per axis, convolutions with <= 2 input "
                                       "channels) or True/False")


@_document
@dataclasses.dataclass(frozen=True)
class SensitivitySpec(_Spec):
    """Which parameter groups `layer_sensitivity` measures, and how. The trace of every
    group's Hessian block comes from the same `samples` Hutchinson probes (one Hessian-vector
    product each, whatever the number of groups); the top eigenvalue of each block costs up
    to `max_iter` products per group."""

    groups: Any = knob("module", _groups, "'module' (one group per module holding parameters directly), "
                       "'parameter' (one per tensor), a dict group name -> parameter or module names, or a "
                       "callable parameter name -> group name (None leaves it out)")
    measures: Tuple[str, ...] = knob(SUPPORTED_SENSITIVITY_MEASURES, _measures,
                                     "names from SUPPORTED_SENSITIVITY_MEASURES")
    samples: int = knob(50, positive_int(minimum=2), "Hutchinson probes (Rademacher) shared by all groups (>= 2)")
    max_iter: int = knob(100, positive_int(), "Lanczos steps per group for its top eigenvalue")
    tol: float = knob(1e-4, positive_float(), "relative tolerance of the top eigenvalues (Ritz residual)")
    seed: int = knob(0, check_int, "seed of the probes and of the Lanczos start vectors")
    curves: bool = knob(False, check_bool, "also a filter-normalized 1D loss curve per group (moving only it)")
    curve_resolution: int = knob(21, positive_int(minimum=2), "points of each curve")
    curve_span: float = knob(1.0, positive_float(), "half-width of each curve, in filter-normalized units")


@_document
@dataclasses.dataclass(frozen=True)
class SharpnessSpec(_Spec):
    """The region and the ascent of `worst_case_sharpness`: the largest loss over the region
    found by projected gradient ascent, `steps` gradient steps from the centre and from each
    of `restarts` random points of the region (each step one forward+backward pass)."""

    rho: float = knob(0.05, positive_float(), "radius: of the L2 ball, or the box's relative half-width "
                      "(Keskar et al. used 1e-3 and 5e-4)")
    region: str = knob("l2", choice(*SUPPORTED_REGIONS), "'l2' (||delta|| <= rho) or 'keskar' "
                       "(|delta_i| <= rho (|w_i| + 1), reported in percent)")
    normalization: Optional[str] = knob(None, _sharpness_normalization,
                                        "of the L2 ball: None, or 'filter' (each filter's radius scaled by its "
                                        "weights' norm + eta: ASAM's adaptive ball)")
    steps: int = knob(20, positive_int(), "gradient steps per start")
    restarts: int = knob(0, positive_int(minimum=0), "extra starts from random points of the region")
    step_size: float = knob(1.0, positive_float(), "step length as a fraction of the radius (the first step "
                            "from the centre is the whole radius: the one-step SAM point)")
    eta: float = knob(0.01, positive_float(), "added to the filter norms with normalization='filter'")
    seed: int = knob(0, check_int, "seed of the random restarts")

    def _check_together(self):
        if self.normalization is not None and self.region != "l2":
            fail("normalization", self.normalization, f"applies to region='l2' only (region={self.region!r})")


# ---- logger specs ------------------------------------------------------------------------------

@_document
@dataclasses.dataclass(frozen=True)
class ScheduleSpec(_Spec):
    """When the logger computes, where it logs, and where the work runs."""

    every_n_steps: int = knob(200, positive_int(), "landscape cadence in steps", cli=dict(type=int))
    frame: str = knob("fixed", choice(*SUPPORTED_FRAMES), "'fixed' (directions drawn once) or 'redraw'",
                      cli=dict(choices=SUPPORTED_FRAMES))
    tag: str = knob("landscape", non_empty_str, "tag of the landscape records", cli=dict(type=str))
    pca_tag: str = knob("landscape_pca", non_empty_str, "tag of the PCA-plane records", cli=dict(type=str))
    scalar_prefix: str = knob("landscape", non_empty_str, "prefix of the scalar tags")
    pca_every_n_steps: Optional[int] = knob(None, positive_int(allow_none=True),
                                            "also log the PCA plane every this many steps (None: at close)")
    pca_resolution: Optional[int] = knob(None, positive_int(minimum=2, allow_none=True),
                                         "points per axis of the PCA plane (None: the grid's)", cli=dict(type=int))
    pca_span: Optional[float] = knob(None, positive_float(allow_none=True),
                                     "half-width of the PCA plane (None: the path plus 20%)", cli=dict(type=float))
    background: Union[bool, str] = knob("auto", choice(*SUPPORTED_BACKGROUND),
                                        "'auto' (a worker process when the model, loss and data can be "
                                        "pickled and the model is on the CPU, else a thread), False (in the "
                                        "training loop), True/'process' or 'thread'")
    background_threads: Optional[int] = knob(None, positive_int(allow_none=True),
                                             "cores of the background work: torch threads of the worker "
                                             "process, and in 'thread' mode the engine's threads unless set "
                                             "(None: half of torch.get_num_threads(), at least 1)",
                                             cli=dict(type=int))
    background_nice: int = knob(10, _nice, "niceness increment of the background work (0-19)")

    def _check_together(self):
        if self.tag == self.pca_tag:
            fail("pca_tag", self.pca_tag, "must differ from tag")

    @property
    def mode(self) -> Optional[str]:
        """None (foreground), "thread", "process", or "auto" (the logger resolves it to one of
        the two when it is made)."""
        return "process" if self.background is True else (self.background or None)


@_document
@dataclasses.dataclass(frozen=True)
class ScalarSpec(_Spec):
    """Which landscape scalars the logger logs (G = grid points, a pass = one forward pass
    over the eval data): center_loss, curvature, basin_width are read off the grid (free);
    sharpness costs about 4 passes; hessian_top_eigenvalue `hessian_iters` Hessian-vector
    products (about 4 passes each); hessian_trace `trace_samples` of them."""

    scalars: Tuple[str, ...] = knob(DEFAULT_SCALARS, _scalar_names, "names from SUPPORTED_SCALARS, or () (default: "
                                    "all but worst_case_sharpness)")
    basin_delta: float = knob(0.1, positive_float(), "loss rise that bounds basin_width", cli=dict(type=float))
    sam_rho: float = knob(0.05, positive_float(), "radius of the sharpness step", cli=dict(type=float))
    hessian_iters: int = knob(20, positive_int(), "Lanczos steps of hessian_top_eigenvalue", cli=dict(type=int))
    trace_samples: int = knob(10, positive_int(), "Rademacher vectors of hessian_trace", cli=dict(type=int))
    worst_case_rho: Optional[float] = knob(None, positive_float(allow_none=True),
                                           "L2 radius of worst_case_sharpness (None: sam_rho, so that it bounds "
                                           "sharpness from above)")
    worst_case_steps: int = knob(10, positive_int(), "gradient-ascent steps of worst_case_sharpness "
                                 "(one forward+backward pass each)")


@_document
@dataclasses.dataclass(frozen=True)
class RecordsSpec(_Spec):
    """The logger's records besides landscapes, each off unless its cadence is set:
    per-layer sensitivity (`layer_sensitivity`: `sensitivity_samples` Hessian-vector products
    for the traces of all groups, plus up to `sensitivity_iters` per group for the top
    eigenvalues) and the Hessian's eigenvalue density (`hessian_density`:
    `spectrum_lanczos_steps` x `spectrum_runs` products). One product costs about 4
    passes over the eval data. Both are due at the first step and then at every multiple of
    their cadence, and are computed with the landscape when it is due at the same step."""

    sensitivity_every_n_steps: Optional[int] = knob(None, positive_int(allow_none=True),
                                                    "log per-layer sensitivity every this many steps (None: never)",
                                                    cli=dict(type=int))
    spectrum_every_n_steps: Optional[int] = knob(None, positive_int(allow_none=True),
                                                 "log the Hessian's eigenvalue density every this many steps "
                                                 "(None: never)", cli=dict(type=int))
    sensitivity_tag: str = knob("layers", non_empty_str, "tag of the sensitivity records")
    spectrum_tag: str = knob("spectrum", non_empty_str, "tag of the spectrum records")
    sensitivity_groups: Any = knob("module", _groups, "parameter groups, as SensitivitySpec.groups")
    sensitivity_measures: Tuple[str, ...] = knob(SUPPORTED_SENSITIVITY_MEASURES, _measures,
                                                 "names from SUPPORTED_SENSITIVITY_MEASURES")
    sensitivity_samples: int = knob(20, positive_int(minimum=2), "Hutchinson probes shared by all groups")
    sensitivity_iters: int = knob(20, positive_int(), "Lanczos steps per group for its top eigenvalue")
    spectrum_lanczos_steps: int = knob(40, positive_int(), "Lanczos steps per run of the density")
    spectrum_runs: int = knob(1, positive_int(), "Lanczos runs of the density")
    spectrum_points: int = knob(256, positive_int(minimum=2), "eigenvalues of the grid the density is logged on")

    def _check_together(self):
        if self.sensitivity_tag == self.spectrum_tag:
            fail("spectrum_tag", self.spectrum_tag, "must differ from sensitivity_tag")


@_document
@dataclasses.dataclass(frozen=True)
class PathSpec(_Spec):
    """The weight snapshots that make the optimizer's path (host memory or disk, never the
    accelerator): every `snapshot_every` steps, at most `max_snapshots` and
    `snapshot_budget_bytes`; when full, every other one is dropped and the cadence doubles."""

    path: bool = knob(True, check_bool, "keep snapshots and draw the path")
    snapshot_every: Optional[int] = knob(None, positive_int(allow_none=True),
                                         "snapshot cadence in steps (None: every_n_steps // 10)")
    snapshot_budget_bytes: int = knob(256 * 2 ** 20, positive_int(), "the most bytes of snapshots kept")
    max_snapshots: int = knob(100, positive_int(minimum=3), "the most snapshots kept (>= 3)")
    snapshot_storage: str = knob("memory", choice(*SUPPORTED_STORAGE), "'memory' or 'disk'")
    snapshot_dir: Optional[str] = knob(None, _optional_str, "directory of 'disk' snapshots (None: a temporary one)")

    def _check_together(self):
        if self.snapshot_dir is not None and self.snapshot_storage != "disk":
            fail("snapshot_dir", self.snapshot_dir, "is only used with snapshot_storage='disk'")


# ---- routing flat options to specs ---------------------------------------------------------------

S = TypeVar("S")


def coerce_spec(cls: Type[S], value: Any, arg: str) -> S:
    """`value` as a `cls`: None (the defaults), an instance, or a dict of its fields."""
    if value is None:
        return cls()
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        return route_options(arg, dict(value), [], spec=cls())["spec"]
    fail(arg, value, f"must be a {cls.__name__} (or a dict of its fields)")


def field_names(cls: type) -> Tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def signature_names(fn: Any) -> Tuple[str, ...]:
    """The named parameters of `fn` (not `*args` / `**options`): what `route_options` also
    suggests for a misspelled option."""
    import inspect

    return tuple(n for n, p in inspect.signature(fn).parameters.items()
                 if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and n != "self")


def route_options(where: str, options: Mapping[str, Any], signature: Sequence[str], **specs: Any) -> Dict[str, Any]:
    """Sends each flat option to the spec that defines a field of that name.

    Args:
        where: the function or class the options were given to (for messages).
        options: name -> value, as passed by the caller.
        signature: the function's own parameter names (suggested for misspellings too).
        **specs: key -> spec instance; each option updates the one with that field.

    Returns:
        key -> the spec with its options applied (validated again).

    Raises:
        ValueError: naming an option that no spec defines, with the closest real names.
    """
    owner: Dict[str, str] = {}
    for key, spec in specs.items():
        for name in field_names(type(spec)):
            owner.setdefault(name, key)
    changes: Dict[str, Dict[str, Any]] = {key: {} for key in specs}
    for name, value in options.items():
        if name not in owner:
            known = sorted(set(owner) | {s for s in signature if not s.startswith("_")})
            close = difflib.get_close_matches(name, known, n=3)
            hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
            fail(name, value, f"is not an option of {where}{hint}")
        changes[owner[name]][name] = value
    out = {}
    for key, spec in specs.items():
        out[key] = dataclasses.replace(spec, **changes[key]) if changes[key] else spec
    return out
