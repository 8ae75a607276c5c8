"""Layer sensitivity (per-group Hessian trace and top eigenvalue) against an exact Hessian."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as E
from engine_helpers import assert_unchanged, snapshot


def _small_problem():
    """A float64 MLP 6-5-4-3 (tanh) on 40 random points: 74 parameters in 3 modules."""
    g = torch.Generator().manual_seed(0)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(6, 5), nn.Tanh(), nn.Linear(5, 4), nn.Tanh(), nn.Linear(4, 3)).double()
    x = torch.randn(40, 6, generator=g, dtype=torch.float64)
    y = torch.randint(0, 3, (40,), generator=g)
    return model, x, y


def _exact_hessian(model, x, y):
    """The full Hessian [n, n] of the mean cross-entropy over the flattened parameters."""
    names = [n for n, _ in model.named_parameters()]
    params = [p.detach() for p in model.parameters()]
    sizes = [p.numel() for p in params]

    def loss(flat):
        parts = torch.split(flat, sizes)
        named = {n: t.reshape(p.shape) for n, t, p in zip(names, parts, params)}
        return F.cross_entropy(torch.func.functional_call(model, named, (x,)), y)

    return torch.autograd.functional.hessian(loss, torch.cat([p.reshape(-1) for p in params]))


SAMPLES = 2000


@pytest.fixture(scope="module")
def exact():
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # module-scoped: set up before the per-test one-thread fixture
    try:
        model, x, y = _small_problem()
        hess = _exact_hessian(model, x, y)
        result = E.layer_sensitivity(model, F.cross_entropy, (x, y), samples=SAMPLES, tol=1e-10)
    finally:
        torch.set_num_threads(before)
    return model, x, y, hess, result


def test_groups_are_the_modules_that_hold_parameters(exact):
    _, _, _, _, r = exact
    assert r.groups == ["0", "2", "4"]
    assert r.parameters == [("0.weight", "0.bias"), ("2.weight", "2.bias"), ("4.weight", "4.bias")]
    assert r.sizes.tolist() == [35, 24, 15] and r.sizes.dtype == np.int64
    assert r.trace_samples.shape == (SAMPLES, 3)
    assert r.hvp_calls > SAMPLES  # the probes (one product each) plus the Lanczos steps


def test_block_traces_and_top_eigenvalues_match_the_exact_hessian(exact):
    _, _, _, hess, r = exact
    start = 0
    for k, size in enumerate(r.sizes):
        block = hess[start:start + size, start:start + size]
        start += size
        trace, top = float(torch.trace(block)), float(torch.linalg.eigvalsh(block)[-1])
        assert abs(r.trace[k] - trace) <= 3 * r.trace_std_error[k], (k, r.trace[k], trace, r.trace_std_error[k])
        assert r.trace_std_error[k] < 0.1 * abs(trace)  # many probes: a tight check
        assert r.top_eigenvalue[k] == pytest.approx(top, rel=1e-4)
        assert r.eigenvalue_residual[k] < 1e-6
    assert abs(r.total_trace - float(torch.trace(hess))) <= 3 * r.total_trace_std_error


def test_block_traces_sum_to_the_full_trace_of_the_same_probes(exact):
    model, x, y, _, r = exact
    assert r.trace.sum() == pytest.approx(r.total_trace, rel=1e-12)
    small = E.layer_sensitivity(model, F.cross_entropy, (x, y), measures="trace", samples=20, seed=5)
    full = E.hessian_trace(model, F.cross_entropy, (x, y), max_iter=20, min_iter=20, seed=5)
    assert small.total_trace == full.value  # the same probes, drawn as hessian_trace draws them
    assert np.allclose(small.trace_samples.sum(axis=1), full.samples, rtol=1e-12, atol=0)
    assert small.hvp_calls == 20 and np.isnan(small.top_eigenvalue).all()


def test_groups_by_parameter_dict_and_callable_split_the_same_probes(exact):
    model, x, y, _, _ = exact
    data = (x, y)
    by_module = E.layer_sensitivity(model, F.cross_entropy, data, measures=("trace",), samples=10)
    by_tensor = E.layer_sensitivity(model, F.cross_entropy, data, "parameter", measures=("trace",), samples=10)
    assert by_tensor.groups == [n for n, _ in model.named_parameters()]
    assert by_tensor.trace[0] + by_tensor.trace[1] == pytest.approx(by_module.trace[0], rel=1e-12)
    as_dict = E.layer_sensitivity(model, F.cross_entropy, data, {"hidden": ["0", "2"], "head": "4.weight"},
                                  measures="trace", samples=10)
    assert as_dict.groups == ["hidden", "head"] and as_dict.parameters[1] == ("4.weight",)
    assert as_dict.sizes.tolist() == [59, 12]
    # the union of the groups is what the probes span: 4.bias is left out, so the probes differ
    picked = E.layer_sensitivity(model, F.cross_entropy, data, lambda n: "weights" if n.endswith("weight") else None,
                                 measures="trace", samples=10)
    assert picked.groups == ["weights"] and picked.sizes.tolist() == [30 + 20 + 12]


def test_top_eigenvalue_of_a_block_is_that_of_hessian_eigenvalues_on_the_block(exact):
    model, x, y, _, _ = exact
    r = E.layer_sensitivity(model, F.cross_entropy, (x, y), {"head": ["4"]}, measures="top_eigenvalue")
    e = E.hessian_eigenvalues(model, F.cross_entropy, (x, y), params=["4"])
    assert r.top_eigenvalue[0] == e.eigenvalues[0] and np.isnan(r.trace).all()
    assert r.hvp_calls == e.hvp_calls


def test_state_is_restored_and_curves_move_one_group(cnn, digits):
    x, y = digits
    cnn.train()
    F.cross_entropy(cnn(x), y).backward()
    cnn.conv1.weight.requires_grad_(False)
    snap = snapshot(cnn)
    r = E.layer_sensitivity(cnn, F.cross_entropy, [(x[:64], y[:64]), (x[64:], y[64:])], samples=3, max_iter=4,
                            curves=True, curve_resolution=5)
    assert_unchanged(cnn, snap)
    assert r.groups == ["bn1", "conv2", "bn2", "fc"]  # conv1 is frozen: not selected by default
    assert set(r.curves) == set(r.groups)
    with torch.no_grad():
        centre = float(F.cross_entropy(cnn.eval()(x), y))
    cnn.train()
    for g, land in r.curves.items():
        assert land.dims == 1 and land.values.shape == (5,)
        assert land.values[2] == pytest.approx(centre, rel=1e-5), g
        assert np.ptp(land.values) > 0, g  # biases and BatchNorm parameters move too


def test_to_dict_and_table(exact):
    *_, r = exact
    d = r.to_dict()
    assert d["group"] == r.groups and d["size"] == [35, 24, 15]
    assert d["trace_per_parameter"][2] == pytest.approx(r.trace[2] / 15)
    assert all(len(v) == 3 for v in d.values())
    text = r.table()
    assert "sum = full trace" in text and len(text.splitlines()) == 5


@pytest.mark.parametrize("kwargs, match", [
    (dict(groups="layer"), r"groups='layer' is not supported"),
    (dict(groups={"a": ["nope"]}), r"groups='a: nope' matches no parameter or module name"),
    (dict(groups={"a": ["fc1"], "b": ["fc1.weight"]}), r"groups='fc1.weight' is in two groups, 'a' and 'b'"),
    (dict(groups=lambda n: 3), r"groups=3 was returned for 'fc1.weight'"),
    (dict(groups=lambda n: None), r"groups=<function .* puts no selected parameter in any group"),
    (dict(groups={}), r"groups=\{\} is an empty dict"),
    (dict(measures=("trace", "diagonal")), r"measures='diagonal' is not supported"),
    (dict(samples=1), r"samples=1 must be an integer >= 2"),
    (dict(max_iter=0), r"max_iter=0 must be a positive integer"),
    (dict(curve_span=-1.0), r"curve_span=-1.0 must be a positive"),
])
def test_bad_arguments(mlp, digits, kwargs, match):
    with pytest.raises(ValueError, match=match):
        E.layer_sensitivity(mlp, F.cross_entropy, digits, **kwargs)


def test_a_frozen_parameter_named_in_a_group_is_reported(mlp, digits):
    mlp.fc1.weight.requires_grad_(False)
    with pytest.raises(ValueError, match=r"groups='a: fc1.weight' names no selected parameter"):
        E.layer_sensitivity(mlp, F.cross_entropy, digits, {"a": ["fc1.weight"]})
    r = E.layer_sensitivity(mlp, F.cross_entropy, digits, {"a": ["fc1.weight"]}, trainable_only=False,
                            measures="trace", samples=2)
    assert r.sizes.tolist() == [64 * 32] and math.isfinite(r.trace[0])


def test_parameters_held_by_the_model_itself_form_one_group(digits):
    class Scaled(nn.Module):
        def __init__(self):
            super().__init__()
            self.scale = nn.Parameter(torch.ones(10))
            self.lin = nn.Linear(64, 10)

        def forward(self, x):
            return self.lin(x) * self.scale

    r = E.layer_sensitivity(Scaled(), F.cross_entropy, digits, measures="trace", samples=2)
    assert r.groups == ["(model)", "lin"] and r.parameters[0] == ("scale",)
