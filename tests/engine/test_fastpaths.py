"""Speed knobs change speed, not results: every mode agrees with the plain eager loop."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import tb_landscape.engine as E
from engine_helpers import MLP, accuracy, loss_at


def _plain(model, data, dirs, **kw):
    """The reference: the eager loop on the model, whole batches, one point per pass."""
    return E.compute_landscape(model, F.cross_entropy, data, directions=dirs, trace=False, chunk_size=None,
                               points_per_pass=1, resolution=3, metrics={"accuracy": accuracy}, **kw)


@pytest.mark.parametrize("knobs", [
    dict(chunk_size=16),
    dict(chunk_size=48),  # last chunk shorter
    dict(memory_format="channels_last"),
    dict(fold_bn=True, memory_format="contiguous"),
    dict(points_per_pass=4),
    dict(points_per_pass=4, chunk_size=32, memory_format="channels_last"),
    dict(trace=True, chunk_size=None, fold_bn=False, cache_prefix=False, memory_format="contiguous"),
    dict(trace=False, chunk_size=32, points_per_pass=4),
    dict(linearize=True),
    dict(linearize=True, points_per_pass=4, memory_format="channels_last", chunk_size=48),
    dict(),  # all automatic
])
@pytest.mark.parametrize("model_name", ["cnn", "decoder"])
def test_modes_agree_with_plain_loop(request, digits, model_name, knobs):
    model = request.getfixturevalue(model_name)
    dirs = E.random_directions(model, seed=0)
    ref = _plain(model, digits, dirs)
    got = E.compute_landscape(model, F.cross_entropy, digits, directions=dirs, resolution=3,
                              metrics={"accuracy": accuracy}, **knobs)
    assert np.allclose(got.values[0], ref.values[0], rtol=2e-5, atol=1e-6)
    assert np.allclose(got.values[1], ref.values[1], atol=1.5 / len(digits[0]))  # an argmax may flip on a tie


def test_prefix_cache_for_a_subset_agrees(cnn, digits):
    for params in (["fc"], ["conv2", "fc"], ["bn2"]):
        dirs = E.random_directions(cnn, seed=1, params=params, ignore=None)
        ref = _plain(cnn, digits, dirs)
        got = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, trace=True,
                                  metrics={"accuracy": accuracy})
        assert got.extra["prefix_cache"].startswith("on"), params
        assert np.allclose(got.values[0], ref.values[0], rtol=2e-5), params


@pytest.mark.parametrize("params", [None, ["fc"], ["conv2", "fc"]])
def test_linearized_first_layers_agree(cnn, mlp, digits, params):
    for model in (cnn, mlp):
        names = None if params is None or model is cnn else ["fc2", "head"]
        dirs = E.random_directions(model, seed=2, params=params if model is cnn else names)
        ref = _plain(model, digits, dirs)
        got = E.compute_landscape(model, F.cross_entropy, digits, directions=dirs, resolution=3, linearize=True,
                                  metrics={"accuracy": accuracy})
        assert got.extra["linearized"] == "1" and got.extra["prefix_cache"].startswith("on")
        assert np.allclose(got.values[0], ref.values[0], rtol=2e-5, atol=1e-6)


def test_moving_batchnorm_parameters_is_not_folded(cnn, digits):
    dirs = E.random_directions(cnn, seed=0, ignore=None)  # bn weights and biases move too
    land = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, trace=True)
    assert land.extra["plan"] == "traced" and land.extra.get("bn_folded") is None
    x, y = digits
    assert land.values[0, 2] == pytest.approx(loss_at(cnn, F.cross_entropy, x, y, dirs, (land.xs[2], land.ys[0])),
                                              rel=1e-5)


def test_untraceable_model_falls_back_to_the_eager_loop(digits):
    class Branchy(MLP):
        def forward(self, x):  # data-dependent control flow: torch.fx cannot trace it
            h = torch.relu(self.fc1(x))
            if h.sum() > 0:
                h = torch.relu(self.fc2(h))
            return self.head(h)

    torch.manual_seed(0)
    model = Branchy()
    x, y = digits
    dirs = E.random_directions(model, seed=0)
    land = E.compute_landscape(model, F.cross_entropy, digits, directions=dirs, resolution=3)
    assert land.extra["plan"].startswith("eager (not traceable")
    assert land.values[0, 2] == pytest.approx(loss_at(model, F.cross_entropy, x, y, dirs, (1.0, -1.0)), rel=1e-5)


def test_automatic_chunking_never_changes_a_row_mixing_model(digits):
    class BatchCentred(MLP):
        def forward(self, x):  # rows interact: outputs depend on how the batch is split
            h = torch.relu(self.fc1(x))
            return self.head(torch.relu(self.fc2(h - h.mean(0))))

    torch.manual_seed(0)
    model = BatchCentred()
    x, y = digits
    dirs = E.random_directions(model, seed=0)
    land = E.compute_landscape(model, F.cross_entropy, digits, directions=dirs, resolution=3)
    assert land.extra["chunk_size"] == "whole batches"
    assert land.values[0, 2] == pytest.approx(loss_at(model, F.cross_entropy, x, y, dirs, (1.0, -1.0)), rel=1e-5)


def test_bf16_autocast_close_to_float32(cnn, digits):
    dirs = E.random_directions(cnn, seed=0)
    ref = _plain(cnn, digits, dirs)
    got = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, precision="bf16")
    assert got.extra["precision"] == "autocast bfloat16"
    assert np.allclose(got.values, ref.values[0], rtol=3e-2)


def test_points_per_pass_memory_error_before_allocating(mlp, digits):
    with pytest.raises(E.LandscapeMemoryError, match=r"points_per_pass=1000 needs about .* memory_limit"):
        E.compute_landscape(mlp, F.cross_entropy, digits, points_per_pass=1000, memory_limit=1 << 20, resolution=3)


def test_prefix_cache_over_memory_limit_is_skipped_not_wrong(cnn, digits):
    dirs = E.random_directions(cnn, seed=0, params=["fc"])
    land = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, memory_limit=1000,
                               trace=True)
    assert land.extra["prefix_cache"].startswith("off (would take")
    ref = _plain(cnn, digits, dirs)
    assert np.allclose(land.values, ref.values[0], rtol=2e-5)


def test_an_exhausted_tuning_budget_keeps_the_prefix_cache(cnn, digits):
    """Out of tuning time, the engine keeps the traced graph (the eager loop must prove itself)."""
    dirs = E.random_directions(cnn, seed=0, params=["fc"])
    land = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, tuning_budget=1e-9)
    assert land.extra["plan"] == "traced" and land.extra["prefix_cache"].startswith("on")


def test_tuning_is_recorded_and_reused(cnn, digits):
    a = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3)
    b = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3)
    for key in ("chunk_size", "points_per_pass", "plan"):
        assert a.extra[key] == b.extra[key]
    assert a.values.tobytes() == b.values.tobytes()


def test_grid_axes():
    xs, ys = E.grid_axes(2, span=(2.0, 1.0), resolution=(5, 3))
    assert np.allclose(xs, [-2, -1, 0, 1, 2]) and np.allclose(ys, [-1, 0, 1])
    (c,) = E.grid_axes(1, resolution=1)
    assert np.array_equal(c, [0.0])
    (lim,) = E.grid_axes(1, resolution=3, limits=(-0.5, 1.5))
    assert np.allclose(lim, [-0.5, 0.5, 1.5])
    with pytest.raises(ValueError, match=r"limits=\(1, 0\) must have finite lo < hi"):
        E.grid_axes(1, limits=(1, 0))
