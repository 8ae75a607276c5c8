"""Worst-case sharpness: properties of the ascent, the regions, an analytic quadratic, and
leaving the model exactly as it was."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as E
from engine_helpers import MLP, assert_unchanged, snapshot


@pytest.fixture
def trained(digits):
    """A small MLP after 30 full-batch SGD steps: near a minimum, with a non-zero gradient."""
    x, y = digits
    torch.manual_seed(0)
    model = MLP(hidden=16)
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    for _ in range(30):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    opt.zero_grad(set_to_none=True)
    return model


def test_l2_ascent_is_at_least_the_sam_step_and_grows_with_rho(trained, digits):
    values = []
    for rho in (0.02, 0.05, 0.1, 0.2):
        r = E.worst_case_sharpness(trained, F.cross_entropy, digits, rho=rho, steps=5)
        sam = E.sam_sharpness(trained, F.cross_entropy, digits, rho=rho)
        assert r.value >= sam - 1e-6 * max(1.0, abs(r.center_loss))
        assert r.history[0, 1] - r.center_loss == pytest.approx(sam, rel=1e-4, abs=1e-6)  # the SAM point
        values.append(r.value)
    assert values == sorted(values) and values[0] > 0


def test_the_best_point_is_kept_and_reported(trained, digits):
    r = E.worst_case_sharpness(trained, F.cross_entropy, digits, rho=0.1, steps=6, restarts=2, step_size=0.5,
                               return_perturbation=True)
    assert r.history.shape == (3, 7)
    assert r.history[0, 0] == r.center_loss
    assert r.max_loss == np.nanmax(r.history) and r.value == pytest.approx(r.max_loss - r.center_loss)
    assert r.steps_used <= 3 * 6 and r.restarts == 2 and r.region == "l2"
    norm = math.sqrt(sum(float((t.double() ** 2).sum()) for t in r.perturbation.values()))
    assert norm <= 0.1 * (1 + 1e-6) and r.extent == pytest.approx(norm / 0.1, rel=1e-6)  # float32 delta
    assert set(r.perturbation) == {n for n, _ in trained.named_parameters()}
    assert float(r) == r.value


def test_keskar_box_is_respected_and_reported_in_percent(trained, digits):
    rho = 1e-3
    r = E.worst_case_sharpness(trained, F.cross_entropy, digits, rho=rho, region="keskar", steps=5, restarts=1,
                               return_perturbation=True)
    for name, p in trained.named_parameters():
        bound = rho * (p.detach().double().abs() + 1)
        assert bool((r.perturbation[name].double().abs() <= bound * (1 + 1e-6)).all()), name
    assert r.extent <= 1 + 1e-12
    assert r.value == pytest.approx(100 * (r.max_loss - r.center_loss) / (1 + r.center_loss))
    assert r.value > 0 and r.region == "keskar" and r.normalization is None


def test_filter_normalized_ball_scales_each_filter(trained, digits):
    r = E.worst_case_sharpness(trained, F.cross_entropy, digits, rho=0.05, normalization="filter", steps=3,
                               return_perturbation=True)
    total = 0.0
    for name, p in trained.named_parameters():
        w = p.detach().double()
        scale = (w.abs() if w.dim() <= 1 else w.norm(dim=1, keepdim=True)) + 0.01
        total += float(((r.perturbation[name].double() / scale) ** 2).sum())
    assert math.sqrt(total) <= 0.05 * (1 + 1e-6) and r.extent == pytest.approx(math.sqrt(total) / 0.05, rel=1e-5)
    assert r.value > 0 and r.normalization == "filter"


class _Quadratic(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(6, dtype=torch.float64))

    def forward(self, x):
        return self.w + 0 * x.sum()


SPECTRUM = torch.tensor([4.0, 2.0, 1.0, 0.5, 0.25, -1.0], dtype=torch.float64)


def _quadratic_loss():
    q, _ = torch.linalg.qr(torch.randn(6, 6, generator=torch.Generator().manual_seed(3), dtype=torch.float64))
    a = q @ torch.diag(SPECTRUM) @ q.T
    return lambda w, target: 0.5 * w @ a @ w


def test_at_a_minimum_restarts_find_the_top_eigenvalue_of_a_quadratic():
    model, loss = _Quadratic(), _quadratic_loss()
    data = (torch.zeros(2, 1), torch.zeros(2))
    still = E.worst_case_sharpness(model, loss, data, rho=0.5)
    assert still.value == 0.0 and still.steps_used == 1  # zero gradient: the centre is all it sees
    r = E.worst_case_sharpness(model, loss, data, rho=0.5, restarts=2, steps=60)
    assert r.value == pytest.approx(0.5 * 4.0 * 0.5 ** 2, rel=1e-6)  # max over the ball: lambda_max rho^2 / 2


def test_model_gradients_buffers_modes_and_rngs_are_untouched(cnn, digits):
    x, y = digits
    cnn.train()
    F.cross_entropy(cnn(x), y).backward()
    cnn.conv1.weight.requires_grad_(False)
    snap = snapshot(cnn)
    batches = [(x[:100], y[:100]), (x[100:], y[100:])]
    for kwargs in (dict(), dict(region="keskar", rho=1e-3, restarts=1), dict(normalization="filter", restarts=1)):
        E.worst_case_sharpness(cnn, F.cross_entropy, batches, steps=2, **kwargs)
        assert_unchanged(cnn, snap)


def test_nan_loss_gives_nan():
    model = _Quadratic()
    r = E.worst_case_sharpness(model, lambda w, t: (w * float("nan")).sum(), (torch.zeros(2, 1), torch.zeros(2)),
                               restarts=2)
    assert math.isnan(r.value) and math.isnan(r.center_loss) and r.steps_used == 1


def test_signature_takes_every_field_of_the_spec():
    import dataclasses
    import inspect

    names = set(inspect.signature(E.worst_case_sharpness).parameters)
    assert {f.name for f in dataclasses.fields(E.SharpnessSpec)} <= names
    spec = E.SharpnessSpec(rho=0.1, region="keskar")
    assert E.SharpnessSpec(**dataclasses.asdict(spec)) == spec
    names = set(inspect.signature(E.layer_sensitivity).parameters)
    assert {f.name for f in dataclasses.fields(E.SensitivitySpec)} <= names


@pytest.mark.parametrize("kwargs, match", [
    (dict(rho=0), r"rho=0 must be a positive finite number"),
    (dict(rho=-0.1), r"rho=-0.1 must be a positive"),
    (dict(region="linf"), r"region='linf' is not supported; use one of \['l2', 'keskar'\]"),
    (dict(steps=0), r"steps=0 must be a positive integer"),
    (dict(restarts=-1), r"restarts=-1 must be an integer >= 0"),
    (dict(step_size=0.0), r"step_size=0.0 must be a positive"),
    (dict(normalization="layer"), r"normalization='layer' is not supported"),
    (dict(region="keskar", normalization="filter"), r"normalization='filter' applies to region='l2' only"),
    (dict(seed=1.5), r"seed=1.5 must be an integer"),
    (dict(params=["nope"]), r"params='nope' matches no parameter"),
    (dict(loss_fn=lambda out, y: F.cross_entropy(out, y, reduction="none")),
     r"loss_fn='Tensor' must return a scalar"),
])
def test_bad_arguments(mlp, digits, kwargs, match):
    loss_fn = kwargs.pop("loss_fn", F.cross_entropy)
    with pytest.raises(ValueError, match=match):
        E.worst_case_sharpness(mlp, loss_fn, digits, **kwargs)
