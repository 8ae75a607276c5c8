"""Hessian measures against a quadratic loss with a known spectrum, and on a real MLP."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as E
from engine_helpers import MLP, assert_unchanged, snapshot

N = 12
SPECTRUM = torch.tensor([9.0, 6.0, 4.0, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.25, 0.1, -0.5], dtype=torch.float64)


class Quadratic(nn.Module):
    """Outputs its parameter; with `quadratic_loss` the loss is 0.5 (w - c)^T A (w - c)."""

    def __init__(self, dtype=torch.float64):
        super().__init__()
        g = torch.Generator().manual_seed(0)
        self.w = nn.Parameter(torch.randn(N, 1, generator=g, dtype=dtype))

    def forward(self, x):
        return self.w.reshape(-1) + 0 * x.sum()


def _problem(rotated=True):
    g = torch.Generator().manual_seed(1)
    q, _ = torch.linalg.qr(torch.randn(N, N, generator=g, dtype=torch.float64))
    if not rotated:
        q = torch.eye(N, dtype=torch.float64)
    a = q @ torch.diag(SPECTRUM) @ q.T
    c = torch.randn(N, generator=g, dtype=torch.float64)

    def quadratic_loss(w, target):
        r = w.to(torch.float64) - c
        return 0.5 * r @ a @ r

    return a, q, c, quadratic_loss


DATA = (torch.zeros(4, 1), torch.zeros(4))


def test_hessian_vector_product_is_a_v():
    a, _, _, loss = _problem()
    model = Quadratic()
    v = torch.randn(N, 1, dtype=torch.float64)
    hv = E.hessian_vector_product(model, loss, DATA, {"w": v})
    assert torch.allclose(hv["w"].reshape(-1), a @ v.reshape(-1), atol=1e-12)


def test_top_eigenvalues_lanczos_and_power_match_the_spectrum():
    a, q, _, loss = _problem()
    model = Quadratic()
    lz = E.hessian_eigenvalues(model, loss, DATA, k=3, return_eigenvectors=True)
    assert np.allclose(lz.eigenvalues, [9.0, 6.0, 4.0], rtol=1e-8)
    for i, vec in enumerate(lz.eigenvectors):  # eigenvectors: the columns of q, up to sign
        assert abs(float(vec["w"].reshape(-1) @ q[:, i])) == pytest.approx(1.0, abs=1e-8)
    pw = E.hessian_eigenvalues(model, loss, DATA, k=2, method="power", max_iter=500, tol=1e-10)
    assert np.allclose(pw.eigenvalues, [9.0, 6.0], rtol=1e-6)
    assert pw.hvp_calls > lz.hvp_calls  # Lanczos converges in fewer products


def test_float32_model_is_accurate_to_float32():
    _, _, _, loss = _problem()
    e = E.hessian_eigenvalues(Quadratic(torch.float32), loss, DATA, k=2)
    assert np.allclose(e.eigenvalues, [9.0, 6.0], rtol=1e-5)


def test_hutchinson_trace():
    a, _, _, loss = _problem(rotated=False)  # diagonal: v^T A v = tr(A) for every Rademacher v
    t = E.hessian_trace(Quadratic(), loss, DATA, max_iter=20)
    assert t.value == pytest.approx(float(SPECTRUM.sum()), rel=1e-12) and t.std_error == pytest.approx(0, abs=1e-9)
    a, _, _, loss = _problem(rotated=True)
    t = E.hessian_trace(Quadratic(), loss, DATA, max_iter=2000, tol=1e-3)
    assert abs(t.value - float(SPECTRUM.sum())) < 4 * t.std_error + 1e-9
    assert float(t) == t.value


def test_spectral_density_by_lanczos_quadrature():
    _, _, _, loss = _problem(rotated=False)
    d = E.hessian_density(Quadratic(), loss, DATA, steps=N, runs=3)
    for r in range(3):  # a full Krylov space: the nodes are the eigenvalues
        assert np.allclose(np.sort(d.nodes[r]), np.sort(SPECTRUM.numpy()), atol=1e-8)
        assert d.weights[r].sum() == pytest.approx(1.0, abs=1e-12)
    assert d.moment(1) == pytest.approx(float(SPECTRUM.mean()), rel=1e-10)  # (1/n) tr(H), exact here
    grid, dens = d.density(sigma=0.05)
    assert np.trapezoid(dens, grid) == pytest.approx(1.0, abs=1e-3)
    assert dens[np.argmin(np.abs(grid - 9.0))] > 10 * dens[np.argmin(np.abs(grid - 8.0))]  # a peak at 9
    _, _, _, rloss = _problem(rotated=True)
    dr = E.hessian_density(Quadratic(), rloss, DATA, steps=N, runs=1)
    assert np.allclose(np.sort(dr.nodes[0]), np.sort(SPECTRUM.numpy()), atol=1e-8)


def test_landscape_of_the_quadratic_is_analytic():
    a, q, c, loss = _problem()
    model = Quadratic()
    g = torch.Generator().manual_seed(3)
    d1, d2 = (torch.randn(N, 1, generator=g, dtype=torch.float64) for _ in range(2))
    land = E.compute_landscape(model, loss, DATA, directions=({"w": d1}, {"w": d2}), resolution=(5, 4),
                               span=(2.0, 1.0))
    w0 = model.w.detach().reshape(-1)
    for iy, yv in enumerate(land.ys):
        for ix, xv in enumerate(land.xs):
            r = w0 + xv * d1.reshape(-1) + yv * d2.reshape(-1) - c
            assert land.values[iy, ix] == pytest.approx(float(0.5 * r @ a @ r), rel=1e-6)


def test_hessian_directions_curve_with_the_top_eigenvalues():
    a, q, c, loss = _problem()
    model = Quadratic()
    h = 0.5
    land = E.compute_landscape(model, loss, DATA, directions="hessian", resolution=3, span=h)
    assert land.method == "hessian" and land.x_label.startswith("eigenvector 1 (lambda=9")
    z = land.values.astype(np.float64)
    # second differences along each axis at the centre: d^T A d = lambda for unit eigenvectors
    assert (z[1, 2] - 2 * z[1, 1] + z[1, 0]) / h ** 2 == pytest.approx(9.0, rel=1e-4)
    assert (z[2, 1] - 2 * z[1, 1] + z[0, 1]) / h ** 2 == pytest.approx(6.0, rel=1e-4)
    assert land.extra["eigenvalues"].startswith("9, 6")


def test_batches_are_weighted_by_size_and_state_is_restored(digits):
    torch.manual_seed(0)
    model = MLP()
    x, y = digits
    model.fc1.weight.requires_grad_(False)
    model.train()
    F.cross_entropy(model(x), y).backward()
    v = {n: torch.randn_like(p) for n, p in model.named_parameters() if p.requires_grad}
    snap = snapshot(model)
    batches = [(x[:100], y[:100]), (x[100:], y[100:])]
    hv = E.hessian_vector_product(model, F.cross_entropy, batches, v)
    assert_unchanged(model, snap)
    assert "fc1.weight" not in hv  # frozen: not selected by default
    names = list(hv)
    params = [p for n, p in model.named_parameters() if n in names]

    def full_loss(*ps):
        out = torch.func.functional_call(model.eval(), dict(zip(names, ps)), (x,))
        return F.cross_entropy(out, y)

    _, ref = torch.autograd.functional.hvp(full_loss, tuple(p.detach() for p in params), tuple(v[n] for n in names))
    model.train()
    for n, r in zip(names, ref):
        assert torch.allclose(hv[n].float(), r, rtol=1e-4, atol=1e-6), n
    E.hessian_eigenvalues(model, F.cross_entropy, batches, k=2, max_iter=10)
    E.hessian_trace(model, F.cross_entropy, batches, max_iter=3)
    E.hessian_density(model, F.cross_entropy, batches, steps=5)
    assert_unchanged(model, snap)


@pytest.mark.parametrize("call, match", [
    (lambda m, l: E.hessian_eigenvalues(m, l, DATA, k=0), r"k=0 must be a positive integer"),
    (lambda m, l: E.hessian_eigenvalues(m, l, DATA, k=13), r"k=13 exceeds the 12 selected parameters"),
    (lambda m, l: E.hessian_eigenvalues(m, l, DATA, method="arnoldi"), r"method='arnoldi' is not supported"),
    (lambda m, l: E.hessian_trace(m, l, DATA, tol=0), r"tol=0 must be a positive"),
    (lambda m, l: E.hessian_density(m, l, DATA, steps=-1), r"steps=-1 must be a positive integer"),
    (lambda m, l: E.hessian_vector_product(m, l, DATA, {"v": torch.ones(1)}), r"vector='v' names no parameter"),
    (lambda m, l: E.hessian_eigenvalues(m, l, []), r"data=\[\] is empty"),
])
def test_bad_arguments(call, match):
    _, _, _, loss = _problem()
    with pytest.raises(ValueError, match=match):
        call(Quadratic(), loss)
