"""Speed knobs change speed, not results: every fast path agrees with the plain eager loop, and
the knobs that cannot change rounding (workers, memory) do not change a bit."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as E
from tb_landscape.engine import _pool
from engine_helpers import MLP, accuracy, loss_at


def _plain(model, data, dirs, **kw):
    """The reference: the model's own forward on a copy, whole batches."""
    return E.compute_landscape(model, F.cross_entropy, data, directions=dirs, trace=False, resolution=3,
                               metrics={"accuracy": accuracy}, **kw)


@pytest.mark.parametrize("knobs", [
    dict(chunk_size=16),
    dict(chunk_size=48),  # last chunk shorter
    dict(channels_last=True),
    dict(channels_last=False, chunk_size=None),
    dict(linearize=True),
    dict(linearize=False),
    dict(linearize=True, channels_last=True, chunk_size=48),
    dict(threads=3),
    dict(),  # all automatic
])
@pytest.mark.parametrize("model_name", ["cnn", "decoder"])
def test_modes_agree_with_plain_loop(request, digits, model_name, knobs):
    model = request.getfixturevalue(model_name)
    dirs = E.random_directions(model, seed=0)
    ref = _plain(model, digits, dirs)
    got = E.compute_landscape(model, F.cross_entropy, digits, directions=dirs, resolution=3,
                              metrics={"accuracy": accuracy}, **knobs)
    assert got.extra["plan"] == "traced"
    assert np.allclose(got.values[0], ref.values[0], rtol=2e-5, atol=1e-6)
    assert np.allclose(got.values[1], ref.values[1], atol=1.5 / len(digits[0]))  # an argmax may flip on a tie


@pytest.mark.parametrize("model_name", ["cnn", "mlp", "decoder"])
def test_workers_and_memory_never_change_a_bit(request, digits, model_name):
    model = request.getfixturevalue(model_name)
    x, y = digits
    batches = [(x[:80], y[:80]), (x[80:], y[80:])]
    ref = E.compute_landscape(model, F.cross_entropy, batches, resolution=(4, 3), threads=1)
    assert ref.extra["workers"] == "1 (one torch thread each)"
    for kw in (dict(threads=2), dict(threads=5), dict(memory_limit=40_000, threads=2)):
        torch.set_num_threads(2)  # the caller's own count does not matter either
        got = E.compute_landscape(model, F.cross_entropy, batches, resolution=(4, 3), **kw)
        assert got.values.tobytes() == ref.values.tobytes(), kw
        assert kw.get("memory_limit") or got.extra["workers"] == f"{kw['threads']} (one torch thread each)"


def test_prefix_cache_for_a_subset_agrees(cnn, digits):
    for params in (["fc"], ["conv2", "fc"], ["bn2"]):
        dirs = E.random_directions(cnn, seed=1, params=params, ignore=None)
        ref = _plain(cnn, digits, dirs)
        got = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3,
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


def test_structural_decisions(cnn, mlp, digits):
    """What "auto" decides, from the structure alone (and recorded)."""
    m = E.compute_landscape(mlp, F.cross_entropy, digits, resolution=3)
    assert m.extra["linearized"] == "1"  # fc1: fan-in 64 >= 8 per axis
    assert m.extra["chunk_size"] == "whole batches"  # small activations
    c = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3)
    assert c.extra["linearized"] == "1"  # conv1: one input channel, fan-in 9
    assert c.extra["bn_folded"] == "2" and c.extra["fast_max_pool"] == "1" and c.extra["inplace_relu"] == "2"
    r = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3, params=["conv2", "fc"])
    assert "linearized" not in r.extra  # conv2: 4 input channels
    assert "memory_format" not in c.extra  # conv2 has 4 input channels (< 16)
    assert c.extra["evaluation"] == "defaults"


def test_moving_batchnorm_parameters_is_not_folded(cnn, digits):
    dirs = E.random_directions(cnn, seed=0, ignore=None)  # bn weights and biases move too
    land = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3)
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


class _BatchMixer(nn.Module):
    """Rows interact (a batch mean): outputs depend on how a batch is split. Large activations
    (64x64 maps), so that "auto" would cut the batch into chunks."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 8, 3, padding=1)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        h = torch.relu(self.conv(F.interpolate(x.view(-1, 1, 8, 8), scale_factor=8.0)))
        h = h - h.mean(0)
        return self.fc(h.mean((2, 3)))


def test_automatic_chunking_never_changes_a_row_mixing_model(digits):
    torch.manual_seed(0)
    model = _BatchMixer().eval()
    x, y = digits
    dirs = E.random_directions(model, seed=0)
    land = E.compute_landscape(model, F.cross_entropy, digits, directions=dirs, resolution=3)
    assert land.extra["chunk_size"] == "whole batches (rows interact)"
    assert land.values[0, 2] == pytest.approx(loss_at(model, F.cross_entropy, x, y, dirs, (1.0, -1.0)), rel=1e-5)


def test_bf16_autocast_close_to_float32(cnn, digits):
    dirs = E.random_directions(cnn, seed=0)
    ref = _plain(cnn, digits, dirs)
    got = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, precision="bf16")
    assert got.extra["precision"] == "autocast bfloat16"
    assert np.allclose(got.values, ref.values[0], rtol=3e-2)


def test_prefix_cache_over_memory_limit_is_recomputed_with_the_same_bits(cnn, digits):
    dirs = E.random_directions(cnn, seed=0, params=["fc"])
    cached = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3)
    lazy = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, memory_limit=1000)
    assert cached.extra["prefix_cache"].startswith("on")
    assert lazy.extra["prefix_cache"].startswith("recomputed per point (would take")
    assert lazy.values.tobytes() == cached.values.tobytes()


def test_grid_axes():
    xs, ys = E.grid_axes(2, span=(2.0, 1.0), resolution=(5, 3))
    assert np.allclose(xs, [-2, -1, 0, 1, 2]) and np.allclose(ys, [-1, 0, 1])
    (lim,) = E.grid_axes(1, resolution=3, limits=(-0.5, 1.5))
    assert np.allclose(lim, [-0.5, 0.5, 1.5])
    with pytest.raises(ValueError, match=r"limits=\(1, 0\) must have finite lo < hi"):
        E.grid_axes(1, limits=(1, 0))
    with pytest.raises(ValueError, match=r"resolution=1 must be an integer >= 2"):
        E.grid_axes(1, resolution=1)


# ---- fast max pooling: the same bits as F.max_pool2d ------------------------------------------

@pytest.mark.parametrize("shape, kernel, stride, padding", [
    ((3, 4, 9, 9), 2, 2, 0), ((3, 4, 9, 9), 3, 2, 1), ((2, 3, 8, 8), 3, 1, 1), ((2, 3, 7, 8), 2, None, 0),
    ((2, 5, 6, 6), (2, 3), (1, 2), (1, 0)), ((1, 2, 4, 4), 1, 1, 0)])
@pytest.mark.parametrize("channels_last", [False, True])
def test_fast_max_pool_equals_max_pool2d(shape, kernel, stride, padding, channels_last):
    torch.manual_seed(0)
    x = torch.randn(shape)
    x[0, 0, 0, 0] = float("nan")
    x[-1, 1, 2, 3] = float("-inf")
    x[0, 1, 1, 1] = float("inf")
    if channels_last:
        x = x.contiguous(memory_format=torch.channels_last)
    want = F.max_pool2d(x, kernel, stride, padding)
    got = _pool.max_pool2d(x, kernel, stride, padding)
    assert got.shape == want.shape
    assert torch.equal(torch.isnan(got), torch.isnan(want))
    assert torch.equal(torch.nan_to_num(got, nan=7.0), torch.nan_to_num(want, nan=7.0))


def test_fast_max_pool_keeps_the_original_for_what_it_does_not_cover():
    x = torch.randn(2, 3, 9, 9)
    for kw in (dict(ceil_mode=True), dict(dilation=2), dict(return_indices=True)):
        want = F.max_pool2d(x, 3, 2, **kw)
        got = _pool.max_pool2d(x, 3, 2, **kw)
        assert all(torch.equal(a, b) for a, b in zip(want if isinstance(want, tuple) else (want,),
                                                     got if isinstance(got, tuple) else (got,)))


def test_a_graph_traced_ahead_serves_threads_that_must_not_trace(cnn, digits):
    import threading

    ref = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3)
    got = {}

    def background(key):
        with E.no_new_traces():
            got[key] = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3)

    for key in ("before", "after"):
        if key == "after":
            assert E.trace_ahead(cnn)
        t = threading.Thread(target=background, args=(key,))
        t.start()
        t.join()
    assert got["before"].extra["plan"].startswith("eager (not traceable: RuntimeError: no graph traced ahead")
    assert got["after"].extra["plan"] == "traced"
    assert got["after"].values.tobytes() == ref.values.tobytes()
    cnn.fc = nn.Linear(cnn.fc.in_features, 10)  # another module: the graph traced ahead is stale
    with E.no_new_traces():
        assert E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3).extra["plan"].startswith("eager")
    assert E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3).extra["plan"] == "traced"
