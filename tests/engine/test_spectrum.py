"""The eigenvalue density on a grid (log density and outliers), on a quadratic whose
spectrum is a dense bulk plus three outliers."""

from __future__ import annotations

import inspect
import json

import numpy as np
import pytest
import torch
from torch import nn

import tb_landscape.engine as E

N = 300
OUTLIERS = [30.0, 20.0, 12.0]
DATA = (torch.zeros(2, 1), torch.zeros(2))


class _Quadratic(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(N, dtype=torch.float64))

    def forward(self, x):
        return self.w + 0 * x.sum()


@pytest.fixture(scope="module")
def spectrum_loss():
    g = torch.Generator().manual_seed(0)
    spectrum = torch.cat([torch.tensor(OUTLIERS, dtype=torch.float64),
                          torch.linspace(-0.1, 1.0, N - len(OUTLIERS), dtype=torch.float64)])
    q, _ = torch.linalg.qr(torch.randn(N, N, generator=g, dtype=torch.float64))
    a = q @ torch.diag(spectrum) @ q.T
    return lambda w, target: 0.5 * w @ a @ w


def test_defaults_follow_ghorbani_et_al():
    params = inspect.signature(E.hessian_density).parameters
    assert params["steps"].default == 80 and params["runs"].default == 3


def test_outliers_are_the_resolved_isolated_top_eigenvalues(spectrum_loss):
    d = E.hessian_density(_Quadratic(), spectrum_loss, DATA, steps=40, runs=3)
    assert d.residuals.shape == d.nodes.shape == (3, 40)
    grid = d.on_grid()
    assert np.allclose(grid.outliers, OUTLIERS, rtol=1e-9)  # the bulk (0.0037 apart) stays unresolved
    assert np.all(grid.outlier_residuals < 1e-6) and np.all(grid.outlier_weights > 0)
    assert grid.num_parameters == N and (grid.runs, grid.steps) == (3, 40)
    assert -0.1 < grid.grid[np.argmax(grid.log_density)] < 1.0  # the peak is in the bulk
    assert grid.grid[0] < -0.1 and grid.grid[-1] > 30.0
    capped = d.on_grid(max_outliers=2)
    assert np.allclose(capped.outliers, OUTLIERS[:2], rtol=1e-9)


def test_log_density_is_the_log_of_the_density_and_stays_finite(spectrum_loss):
    d = E.hessian_density(_Quadratic(), spectrum_loss, DATA, steps=30, runs=2)
    g = d.on_grid(points=400, sigma=0.05)
    assert g.grid.shape == g.log_density.shape == (400,) and g.sigma == 0.05
    assert np.all(np.isfinite(g.log_density))
    _, plain = d.density(grid=g.grid, sigma=0.05)
    floor = g.log_density.max() + np.log(1e-12)
    above = g.log_density > floor
    assert np.allclose(np.exp(g.log_density[above]), plain[above], rtol=1e-9)
    assert above.sum() < 400 and np.all(g.log_density >= floor - 1e-12)  # floored far from every node
    assert np.trapezoid(g.density, g.grid) == pytest.approx(1.0, abs=1e-3)


def test_default_sigma_is_relative_to_the_width_and_to_dict_is_json(spectrum_loss):
    d = E.hessian_density(_Quadratic(), spectrum_loss, DATA, steps=12, runs=1)
    g = d.on_grid(points=64)
    assert g.sigma == pytest.approx(0.01 * (d.nodes.max() - d.nodes.min()))
    text = json.dumps(g.to_dict())
    back = json.loads(text)
    assert len(back["grid"]) == 64 and back["num_parameters"] == N


def test_without_residuals_no_outliers_are_claimed():
    d = E.SpectralDensity(np.array([[0.0, 1.0, 5.0]]), np.array([[0.5, 0.3, 0.2]]), 3)
    g = d.on_grid(points=50)
    assert g.outliers.shape == (0,) and np.all(np.isfinite(g.log_density))


@pytest.mark.parametrize("kwargs, match", [
    (dict(points=1), r"points=1 must be an integer >= 2"),
    (dict(sigma=0.0), r"sigma=0.0 must be a positive"),
    (dict(max_outliers=-1), r"max_outliers=-1 must be an integer >= 0"),
])
def test_bad_arguments(kwargs, match):
    d = E.SpectralDensity(np.array([[0.0, 1.0]]), np.array([[0.5, 0.5]]), 2, np.zeros((1, 2)))
    with pytest.raises(ValueError, match=match):
        d.on_grid(**kwargs)
