"""Numbers read off a computed landscape: centre loss, 1D curvature and basin width.

Pure functions of a `tb_landscape.Landscape` (numpy only, no torch): they cost nothing beyond
the landscape itself. The scalars that need the model (SAM sharpness, Hessian eigenvalue and
trace) are computed by the engine; see `tb_landscape.integrations.logger`.

NaN and infinity: a grid point whose loss is NaN or +-inf (a diverged evaluation) counts as
*outside* the basin, and is left out of the curvature fit. A measure that cannot be had (a
non-finite centre, fewer than 3 finite points near the centre) is NaN, never an exception.
"""

from __future__ import annotations

import math
from typing import Dict, Optional, Tuple

import numpy as np

from tb_landscape.landscape import Landscape

__all__ = ["center_value", "curve_through_center", "curvature_1d", "basin_width", "landscape_scalars"]


def _center_index(coords: np.ndarray, center: float) -> int:
    """The grid index nearest to `center` along one axis."""
    return int(np.argmin(np.abs(np.asarray(coords, dtype=np.float64) - center)))


def center_value(landscape: Landscape, metric: str = "loss") -> float:
    """The metric at the grid point nearest to the landscape's centre (the model itself)."""
    grid = landscape.metric_values(metric)
    ix = _center_index(landscape.xs, landscape.center[0])
    if landscape.dims == 1:
        return float(grid[ix])
    iy = _center_index(landscape.ys, landscape.center[1])
    return float(grid[iy, ix])


def curve_through_center(landscape: Landscape, axis: int, metric: str = "loss") -> Tuple[np.ndarray, np.ndarray, float]:
    """The 1D cut through the centre along `axis` (0: x, 1: y).

    Returns:
        (coords float64 [n], values float64 [n], centre coordinate on that axis).
    """
    grid = np.asarray(landscape.metric_values(metric), dtype=np.float64)
    if landscape.dims == 1:
        if axis != 0:
            raise ValueError(f"axis={axis!r}: a 1D landscape has only axis 0")
        return landscape.xs, grid, landscape.center[0]
    if axis == 0:
        iy = _center_index(landscape.ys, landscape.center[1])
        return landscape.xs, grid[iy, :], landscape.center[0]
    if axis == 1:
        ix = _center_index(landscape.xs, landscape.center[0])
        return landscape.ys, grid[:, ix], landscape.center[1]
    raise ValueError(f"axis={axis!r} must be 0 or 1")


def curvature_1d(coords, values, center: float = 0.0, points: int = 5) -> float:
    """Second derivative of a 1D loss curve at `center`, from a least-squares parabola.

    Fits `a t^2 + b t + c` (t = coordinate - center) to the `points` grid points nearest to
    the centre that have finite values, and returns `2a`: exact for a quadratic, an average
    curvature over +-(points // 2) grid steps otherwise. Units: loss per (axis unit)^2.

    Returns:
        The curvature, or NaN when fewer than 3 finite points are near the centre.
    """
    t = np.asarray(coords, dtype=np.float64) - float(center)
    v = np.asarray(values, dtype=np.float64)
    order = np.argsort(np.abs(t), kind="stable")[: max(int(points), 3)]
    keep = order[np.isfinite(v[order])]
    if keep.size < 3 or np.unique(t[keep]).size < 3:
        return math.nan
    a, _, _ = np.polyfit(t[keep], v[keep], 2)
    return float(2.0 * a)


def _crossing(t0: float, v0: float, t1: float, v1: float, level: float) -> float:
    """Where the segment (t0, v0)-(t1, v1) reaches `level` (v0 <= level < v1 or v1 non-finite)."""
    if not math.isfinite(v1):
        return t0
    return t0 + (level - v0) / (v1 - v0) * (t1 - t0)


def basin_width(coords, values, center: float = 0.0, delta: float = 0.1) -> float:
    """Width of the connected interval around `center` where the loss stays within `delta`.

    The basin is the interval around the grid point nearest `center` where
    `loss <= loss(centre) + delta`; its ends are found by linear interpolation between the
    last grid point inside and the first outside (a non-finite point is outside). A basin
    that reaches the end of the grid is cut there: a width equal to the full span means
    "at least this wide". Units: those of the axis.

    Returns:
        The width (>= 0), or NaN when the loss at the centre is not finite.
    """
    t = np.asarray(coords, dtype=np.float64)
    v = np.asarray(values, dtype=np.float64)
    c = _center_index(t, center)
    if not math.isfinite(v[c]):
        return math.nan
    level = v[c] + float(delta)
    right = t[-1]
    for i in range(c + 1, t.size):
        if not (v[i] <= level):  # NaN is outside
            right = _crossing(t[i - 1], v[i - 1], t[i], v[i], level)
            break
    left = t[0]
    for i in range(c - 1, -1, -1):
        if not (v[i] <= level):
            left = _crossing(t[i + 1], v[i + 1], t[i], v[i], level)
            break
    return float(max(right - left, 0.0))


def landscape_scalars(landscape: Landscape, metric: str = "loss", basin_delta: float = 0.1,
                      curvature_points: int = 5, which: Optional[Tuple[str, ...]] = None) -> Dict[str, float]:
    """The scalars read off one landscape, by name.

    Names: `center_loss`; per direction k = 1, 2: `curvature_d{k}` (see `curvature_1d`),
    `basin_width_d{k}` (see `basin_width`, threshold `basin_delta` above the centre loss).
    A 1D landscape has only `_d1`. `which` keeps only names starting with one of its
    entries ("center_loss", "curvature", "basin_width"); None keeps all.

    Cost: O(grid size); no model evaluation.
    """
    out: Dict[str, float] = {}

    def want(name: str) -> bool:
        return which is None or any(name.startswith(w) for w in which)

    if want("center_loss"):
        out["center_loss"] = center_value(landscape, metric)
    for axis in range(landscape.dims):
        coords, values, c = curve_through_center(landscape, axis, metric)
        if want("curvature"):
            out[f"curvature_d{axis + 1}"] = curvature_1d(coords, values, c, curvature_points)
        if want("basin_width"):
            out[f"basin_width_d{axis + 1}"] = basin_width(coords, values, c, basin_delta)
    return out
