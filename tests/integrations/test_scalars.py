"""Scalars read off a landscape: centre value, curvature, basin width; NaN behaviour."""

import math

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape.integrations import scalars


def _bowl(a=2.0, b=8.0, n=41, span=1.0, offset=0.3):
    xs = np.linspace(-span, span, n)
    ys = np.linspace(-span, span, n + 2)  # non-square on purpose
    X, Y = np.meshgrid(xs, ys)
    return tbl.Landscape(values=(offset + 0.5 * a * X ** 2 + 0.5 * b * Y ** 2).astype(np.float32), xs=xs, ys=ys)


def test_curvature_of_a_quadratic_is_exact_along_each_axis():
    out = scalars.landscape_scalars(_bowl(a=2.0, b=8.0))
    assert out["curvature_d1"] == pytest.approx(2.0, rel=1e-4)
    assert out["curvature_d2"] == pytest.approx(8.0, rel=1e-4)
    assert out["center_loss"] == pytest.approx(0.3, rel=1e-6)


def test_basin_width_of_a_quadratic():
    # 0.5*a*t^2 <= delta  <=>  |t| <= sqrt(2 delta / a)
    land = _bowl(a=2.0, b=8.0, n=201)
    out = scalars.landscape_scalars(land, basin_delta=0.1)
    assert out["basin_width_d1"] == pytest.approx(2 * math.sqrt(0.1), rel=2e-3)
    assert out["basin_width_d2"] == pytest.approx(2 * math.sqrt(0.2 / 8.0), rel=5e-3)


def test_basin_width_is_clipped_to_the_grid():
    xs = np.linspace(-1, 1, 21)
    assert scalars.basin_width(xs, 0.01 * xs ** 2, 0.0, delta=1.0) == pytest.approx(2.0)


def test_basin_width_treats_nan_as_outside():
    xs = np.linspace(-1, 1, 21)
    v = xs ** 2
    v[15] = np.nan  # xs[15] = 0.5
    w = scalars.basin_width(xs, v, 0.0, delta=10.0)
    # right end is the last finite point before the NaN (0.4); left end the grid (-1)
    assert w == pytest.approx(1.4)


def test_nan_centre_gives_nan_scalars_not_an_error():
    xs = np.linspace(-1, 1, 11)
    land = tbl.Landscape(values=np.full((11, 11), np.nan, np.float32), xs=xs, ys=xs)
    out = scalars.landscape_scalars(land)
    assert set(out) == {"center_loss", "curvature_d1", "curvature_d2", "basin_width_d1", "basin_width_d2"}
    assert all(math.isnan(v) for v in out.values())


def test_curvature_skips_non_finite_points():
    xs = np.linspace(-1, 1, 21)
    v = 3.0 * xs ** 2
    v[11] = np.inf
    assert scalars.curvature_1d(xs, v, 0.0, points=7) == pytest.approx(6.0, rel=1e-6)


def test_1d_landscape_and_off_origin_centre():
    xs = np.linspace(-1, 2, 31)
    land = tbl.Landscape(values=((xs - 1.0) ** 2).astype(np.float32), xs=xs, center=(1.0,))
    out = scalars.landscape_scalars(land)
    assert set(out) == {"center_loss", "curvature_d1", "basin_width_d1"}
    assert out["center_loss"] == pytest.approx(0.0, abs=1e-6)
    assert out["curvature_d1"] == pytest.approx(2.0, rel=1e-4)


def test_which_selects_scalars():
    out = scalars.landscape_scalars(_bowl(), which=("basin_width",))
    assert set(out) == {"basin_width_d1", "basin_width_d2"}


def test_metric_selection_reads_that_metric():
    xs = np.linspace(-1, 1, 5)
    vals = np.stack([np.outer(xs, xs) * 0 + 1.0, np.outer(xs, xs) * 0 + 0.5]).astype(np.float32)
    land = tbl.Landscape(values=vals, xs=xs, ys=xs, metric=["loss", "accuracy"])
    assert scalars.center_value(land, "accuracy") == 0.5
