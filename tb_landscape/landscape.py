"""`Landscape` and `Trajectory`: the plain-data result objects that are logged.

Numpy only (no torch, no TensorBoard): the engine returns these, the summary writer
serializes them, and users may build them by hand.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Dict, Optional, Sequence, Tuple, Union

import numpy as np

__all__ = ["Landscape", "Trajectory"]

# Steps and seeds are stored as int64.
_INT64 = (-(2 ** 63), 2 ** 63 - 1)


def _axis(name: str, value) -> np.ndarray:
    """Coerces an axis to a finite, strictly increasing float64 vector, naming `name`."""
    arr = _real("Landscape", name, value, np.float64)
    if arr.ndim != 1:
        raise ValueError(f"Landscape.{name} must be 1D, got shape {arr.shape}")
    if arr.size == 0:
        raise ValueError(f"Landscape.{name} is empty: a landscape needs at least one point")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"Landscape.{name} has non-finite coordinates: {arr[~np.isfinite(arr)][:3]}")
    if arr.size > 1 and not np.all(np.diff(arr) > 0):
        raise ValueError(f"Landscape.{name} must be strictly increasing")
    return arr


def _real(owner: str, name: str, value, dtype) -> np.ndarray:
    """`value` as an array of `dtype`, refusing what does not convert or is complex."""
    try:
        arr = np.asarray(value)
        if arr.dtype.kind == "c":
            raise TypeError(f"complex values ({arr.dtype})")
        return arr.astype(dtype)
    except (TypeError, ValueError, OverflowError) as e:
        raise ValueError(f"{owner}.{name} must be an array of real numbers: {e}") from None


def _vector(owner: str, name: str, value, dtype, n: Optional[int]) -> np.ndarray:
    arr = _real(owner, name, value, dtype)
    if arr.ndim != 1:
        raise ValueError(f"{owner}.{name} must be 1D, got shape {arr.shape}")
    if n is not None and arr.size != n:
        raise ValueError(f"{owner}.{name} has {arr.size} entries, expected {n} (one per step)")
    return arr


def _steps(value) -> np.ndarray:
    """Training steps as int64 [T]: integers only (a float step would be truncated), in range."""
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError) as e:
        raise ValueError(f"Trajectory.steps must be a 1D array of integers: {e}") from None
    if arr.size == 0:
        arr = arr.astype(np.int64)
    if arr.dtype.kind not in "iu":
        raise ValueError(f"Trajectory.steps must be integers (int64), got dtype {arr.dtype}: {_short(value)}")
    if arr.ndim != 1:
        raise ValueError(f"Trajectory.steps must be 1D, got shape {arr.shape}")
    if arr.size and (int(arr.min()) < _INT64[0] or int(arr.max()) > _INT64[1]):
        raise ValueError(f"Trajectory.steps must fit in int64, got {_short(value)}")
    return arr.astype(np.int64)


def _short(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _metrics(value) -> Tuple[str, ...]:
    """A metric name or a list/tuple of names -> a tuple of names."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"Landscape.metric must be a name or a list of names, got {_short(value)}")
    return tuple(value)


def _check_text(name: str, value) -> None:
    """A str that UTF-8 can store (protobuf refuses lone surrogates)."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a str, got {_short(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(f"{name} is not valid text ({e.reason} at position {e.start}): {_short(value)}") from None


@dataclasses.dataclass
class Trajectory:
    """The optimizer's path projected onto a landscape's line or plane.

    Attributes:
        steps: int64 [T], training step of each point.
        x: float64 [T], coordinate along the first axis.
        y: float64 [T] or None (1D landscapes), coordinate along the second axis.
        plane_loss: float32 [T] or None, loss at the projected point on the plane.
        true_loss: float32 [T] or None, loss at the real weights of that step.
        residual: float32 [T] or None, norm of the part of the weights' offset from the
            centre that the projection drops (0 when the point lies on the plane).
    """

    steps: np.ndarray
    x: np.ndarray
    y: Optional[np.ndarray] = None
    plane_loss: Optional[np.ndarray] = None
    true_loss: Optional[np.ndarray] = None
    residual: Optional[np.ndarray] = None

    def __post_init__(self):
        self.steps = _steps(self.steps)
        n = self.steps.size
        self.x = _vector("Trajectory", "x", self.x, np.float64, n)
        if self.y is not None:
            self.y = _vector("Trajectory", "y", self.y, np.float64, n)
        for name in ("plane_loss", "true_loss", "residual"):
            v = getattr(self, name)
            if v is not None:
                setattr(self, name, _vector("Trajectory", name, v, np.float32, n))

    def __len__(self) -> int:
        return int(self.steps.size)


@dataclasses.dataclass
class Landscape:
    """A 1D curve or 2D surface of one or more metrics around a point in weight space.

    Grids are stored as `values[iy, ix]` (2D) or `values[ix]` (1D), with a leading metric
    axis when there are several metrics: `[M, ny, nx]` or `[M, nx]`.

    Attributes:
        values: float32 array, shape `[ny, nx]`, `[nx]`, `[M, ny, nx]` or `[M, nx]`. NaN and
            +-inf are allowed (a diverged point stays in the grid).
        xs: float64 [nx], finite, strictly increasing coordinates along the first direction.
        ys: float64 [ny] for a 2D landscape, None for a 1D curve.
        metric: a metric name, or a sequence of M names when `values` has a metric axis.
        x_label, y_label: what the axes mean (e.g. "direction 1", "PC 1 (62.1%)").
        x_unit, y_unit: the unit of the coordinates (e.g. "filter-normalized units").
        center: where the model itself sits on the axes; defaults to the origin.
        method, normalization, seed, bn_mode, data_description, frame_id: provenance.
        explained_variance: per-axis fraction of variance (PCA directions), or None.
        extra: any other provenance, as strings.
        trajectory: the optimizer's path projected onto this line or plane, or None.

    Raises:
        ValueError: on construction, naming the field, when shapes do not match, an axis is
            empty, not finite or not increasing, or metric names do not match `values`.
    """

    values: np.ndarray
    xs: np.ndarray
    ys: Optional[np.ndarray] = None
    metric: Union[str, Sequence[str]] = "loss"
    x_label: str = "x"
    y_label: str = "y"
    x_unit: str = ""
    y_unit: str = ""
    center: Optional[Tuple[float, ...]] = None
    method: str = ""
    normalization: str = ""
    seed: Optional[int] = None
    bn_mode: str = ""
    data_description: str = ""
    frame_id: str = ""
    explained_variance: Optional[Tuple[float, ...]] = None
    extra: Dict[str, str] = dataclasses.field(default_factory=dict)
    trajectory: Optional[Trajectory] = None

    def __post_init__(self):
        self.xs = _axis("xs", self.xs)
        if self.ys is not None:
            self.ys = _axis("ys", self.ys)
        self._check_values()
        self._check_provenance()
        if self.trajectory is not None:
            if not isinstance(self.trajectory, Trajectory):
                raise ValueError(f"Landscape.trajectory must be a Trajectory, got {type(self.trajectory).__name__}")
            if (self.trajectory.y is not None) != (self.dims == 2):
                raise ValueError(
                    f"Landscape.trajectory.y must be {'given' if self.dims == 2 else 'None'} "
                    f"for a {self.dims}D landscape"
                )

    def _check_values(self) -> None:
        """Values and metric names against the axes: [ny, nx], [nx], or [M, ...] for M names."""
        values = _real("Landscape", "values", self.values, np.float32)
        if values.size == 0:
            raise ValueError(f"Landscape.values is empty (shape {values.shape})")
        grid = (self.ys.size, self.xs.size) if self.ys is not None else (self.xs.size,)
        metrics = _metrics(self.metric)
        expected = grid if isinstance(self.metric, str) else (len(metrics),) + grid
        if not metrics or not all(isinstance(m, str) and m for m in metrics):
            raise ValueError(f"Landscape.metric must be a non-empty name or names, got {_short(self.metric)}")
        for m in metrics:
            _check_text("Landscape.metric", m)
        if len(set(metrics)) != len(metrics):
            raise ValueError(f"Landscape.metric has duplicate names: {list(metrics)}")
        if values.shape != expected:
            raise ValueError(
                f"Landscape.values has shape {values.shape}, expected {expected} "
                f"({'[M, ' if len(expected) > len(grid) else '['}"
                f"{'ny, nx' if len(grid) == 2 else 'nx'}] from len(ys)="
                f"{self.ys.size if self.ys is not None else None}, len(xs)={self.xs.size}"
                f"{', M=len(metric)=' + str(len(metrics)) if len(expected) > len(grid) else ''})"
            )
        self.values = values
        self._metrics = metrics

    def _check_provenance(self) -> None:
        """Centre, explained variance, seed, extra and the text fields."""
        if self.center is None:
            self.center = (0.0,) * self.dims
        else:
            center = tuple(float(c) for c in _real("Landscape", "center", self.center, np.float64).ravel())
            if len(center) != self.dims or not all(math.isfinite(c) for c in center):
                raise ValueError(f"Landscape.center must be {self.dims} finite numbers, got {_short(self.center)}")
            self.center = center
        if self.explained_variance is not None:
            ev = _real("Landscape", "explained_variance", self.explained_variance, np.float64).ravel()
            if len(ev) != self.dims:
                raise ValueError(f"Landscape.explained_variance must have {self.dims} entries, got {len(ev)}")
            self.explained_variance = tuple(float(v) for v in ev)
        if self.seed is not None:
            if isinstance(self.seed, bool) or not isinstance(self.seed, (int, np.integer)):
                raise ValueError(f"Landscape.seed must be an integer or None, got {_short(self.seed)}")
            if not _INT64[0] <= int(self.seed) <= _INT64[1]:
                raise ValueError(f"Landscape.seed must fit in int64 (|seed| < 2**63), got {self.seed}")
            self.seed = int(self.seed)
        if not isinstance(self.extra, dict):
            raise ValueError(f"Landscape.extra must be a dict of str -> str, got {_short(self.extra)}")
        for k, v in self.extra.items():
            if not isinstance(k, str) or not isinstance(v, str):
                raise ValueError(f"Landscape.extra must be a dict of str -> str, got {k!r}: {_short(v)}")
            _check_text("Landscape.extra key", k)
            _check_text(f"Landscape.extra[{k!r}]", v)
        for name in ("x_label", "y_label", "x_unit", "y_unit", "method", "normalization",
                     "bn_mode", "data_description", "frame_id"):
            _check_text(f"Landscape.{name}", getattr(self, name))

    @property
    def dims(self) -> int:
        """1 for a curve, 2 for a surface."""
        return 1 if self.ys is None else 2

    @property
    def metrics(self) -> Tuple[str, ...]:
        """The metric names, one per slice of `stacked()`."""
        return self._metrics

    def stacked(self) -> np.ndarray:
        """The values with a leading metric axis: float32 `[M, ny, nx]` or `[M, nx]`."""
        grid_ndim = self.dims
        return self.values if self.values.ndim > grid_ndim else self.values[np.newaxis]

    def metric_values(self, name: str) -> np.ndarray:
        """The grid of one metric, `[ny, nx]` or `[nx]`."""
        try:
            return self.stacked()[self._metrics.index(name)]
        except ValueError:
            raise KeyError(f"no metric {name!r}; have {list(self._metrics)}") from None
