"""The traced plan's local rewrites and the small-class cross-entropy: each one is taken where
its rule says (and recorded), and each agrees with the model's own forward and loss."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as E
from tb_landscape.engine import _losses, _peephole
from engine_helpers import accuracy, digits_data


class Wide(nn.Module):
    """conv(1->16) + ReLU + conv(16->16) + ReLU + max pool + flatten + Linear(256 -> 10): a
    suffix convolution with 16 input channels (channels-last), a ReLU before the pooling, a
    flattening read by a narrow head. `flatten` picks how the flattening is written."""

    def __init__(self, flatten: str = "function", hidden: int = 0):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 16, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.flatten_module = nn.Flatten()
        self.how = flatten
        self.fc = nn.Linear(16 * 16, hidden or 10)
        self.head = nn.Linear(hidden, 10) if hidden else None

    def forward(self, x):
        x = F.relu(self.conv1(x.view(-1, 1, 8, 8)))
        x = self.pool(F.relu(self.conv2(x)))
        if self.how == "function":
            x = torch.flatten(x, 1)
        elif self.how == "method":
            x = x.flatten(start_dim=1)
        elif self.how == "module":
            x = self.flatten_module(x)
        else:  # "view": not a pattern the rewrite takes
            x = x.reshape(x.shape[0], -1)
        x = self.fc(x)
        return self.head(F.relu(x)) if self.head is not None else x


@pytest.fixture(scope="module")
def rows300():
    return digits_data(300)


def _plain(model, data, dirs):
    return E.compute_landscape(model, lambda o, t: F.cross_entropy(o, t), data, directions=dirs, trace=False,
                               resolution=3, metrics={"accuracy": accuracy})


@pytest.mark.parametrize("how", ["function", "method", "module", "view"])
@pytest.mark.parametrize("params", [None, ["conv2"], ["fc"]])
def test_channels_last_flattening_and_the_narrow_head_agree_with_the_model(rows300, how, params):
    torch.manual_seed(4)
    model = Wide(how).eval()
    dirs = E.random_directions(model, seed=3, params=params)
    ref = _plain(model, rows300, dirs)
    got = E.compute_landscape(model, F.cross_entropy, rows300, directions=dirs, resolution=3,
                              metrics={"accuracy": accuracy})
    suffix_conv = params != ["fc"]
    assert got.extra["plan"] == "traced"
    assert got.extra.get("memory_format") == ("channels_last" if suffix_conv else None)
    assert got.extra.get("nhwc_flatten") == ("1" if suffix_conv and how != "view" else None)
    assert got.extra["pool_before_relu"] == "1"  # (in the prefix or the suffix)
    assert got.extra["narrow_linear"] == ("1" if suffix_conv else "3")  # (the head alone: its 3 linearized parts)
    assert got.extra["loss"].startswith("cross-entropy over < 16 classes")
    assert np.allclose(got.values[0], ref.values[0], rtol=2e-5, atol=1e-6)
    assert np.allclose(got.values[1], ref.values[1], atol=1.5 / 300)


def test_a_flattening_read_by_two_layers_is_left_alone(rows300):
    class Two(Wide):
        def forward(self, x):
            x = F.relu(self.conv1(x.view(-1, 1, 8, 8)))
            x = torch.flatten(self.pool(F.relu(self.conv2(x))), 1)
            return self.fc(x) + self.fc(x).flip(1)

    torch.manual_seed(5)
    model = Two().eval()
    dirs = E.random_directions(model, seed=0)
    got = E.compute_landscape(model, F.cross_entropy, rows300, directions=dirs, resolution=3)
    assert "nhwc_flatten" not in got.extra and got.extra["memory_format"] == "channels_last"
    assert np.allclose(got.values, _plain(model, rows300, dirs).values[:1], rtol=2e-5, atol=1e-6)


def test_narrow_linear_keeps_the_layers_product_below_its_rule():
    torch.manual_seed(0)
    lin = nn.Linear(128, 10)
    narrow = _peephole.NarrowLinear(lin)
    assert narrow.weight is lin.weight and narrow.bias is lin.bias  # the slots write these
    for rows in (1, 255, 256, 1000):
        x = torch.randn(rows, 128)
        with torch.no_grad():
            got, ref = narrow(x), lin(x)
        assert got.shape == ref.shape and got.is_contiguous()
        if rows < _peephole.NARROW_MIN_ROWS:
            assert torch.equal(got, ref)
        else:
            assert torch.allclose(got, ref, rtol=1e-5, atol=1e-5)
    x3 = torch.randn(2, 300, 128)  # more than 2 dims: the layer's own product
    assert torch.equal(narrow(x3), lin(x3))
    no_bias = _peephole.NarrowLinear(nn.Linear(128, 12, bias=False))
    x = torch.randn(300, 128)
    assert torch.allclose(no_bias(x), x @ no_bias.weight.t(), rtol=1e-5, atol=1e-5)


def test_pool_before_relu_gives_the_same_values(rows300):
    torch.manual_seed(6)
    model = Wide().eval()
    x = rows300[0]
    traced = torch.fx.symbolic_trace(model)
    assert _peephole.pool_before_relu(traced) == 0  # nn.MaxPool2d before the fast pooling swap: untouched
    land = E.compute_landscape(model, F.cross_entropy, rows300, resolution=2, trace=True)
    assert land.extra["pool_before_relu"] == "1"
    with torch.no_grad():
        z = model.conv2(F.relu(model.conv1(x.view(-1, 1, 8, 8))))
        assert torch.equal(F.max_pool2d(F.relu(z), 2), F.relu(F.max_pool2d(z, 2)))


@pytest.mark.parametrize("classes", [2, 3, 7, 10, 15])
@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_small_cross_entropy_equals_the_users(classes, reduction):
    torch.manual_seed(classes)
    out = torch.randn(700, classes, dtype=torch.float32) * 4
    y = torch.randint(0, classes, (700,))
    y[0] = classes - 1
    user = F.cross_entropy if reduction == "mean" else nn.CrossEntropyLoss(reduction="sum")
    fast, note = _losses.fast_loss(user, [y], torch.device("cpu"))
    assert isinstance(fast, _losses.SmallCrossEntropy) and note
    got, ref = fast(out, y), user(out, y)
    assert got.shape == ref.shape == () and torch.allclose(got, ref, rtol=1e-6)
    assert torch.allclose(fast(out.double(), y), user(out.double(), y), rtol=1e-12)
    wide = torch.randn(700, 20)  # more classes than the rule: the user's function
    assert torch.equal(fast(wide, y), user(wide, y))


@pytest.mark.parametrize("loss_fn,targets", [
    (nn.CrossEntropyLoss(weight=torch.ones(10)), torch.arange(10)),
    (nn.CrossEntropyLoss(label_smoothing=0.1), torch.arange(10)),
    (nn.CrossEntropyLoss(reduction="none"), torch.arange(10)),
    (F.cross_entropy, torch.tensor([0, 1, -100, 3])),          # ignore_index would ignore one
    (F.cross_entropy, torch.arange(20)),                        # 20 classes at least
    (F.cross_entropy, torch.rand(10, 10)),                      # class probabilities
    (lambda o, t: F.cross_entropy(o, t), torch.arange(10)),     # any other function
    (F.nll_loss, torch.arange(10)),
])
def test_small_cross_entropy_is_not_taken_elsewhere(loss_fn, targets):
    fn, note = _losses.fast_loss(loss_fn, [targets], torch.device("cpu"))
    assert fn is loss_fn and note == ""


def test_small_cross_entropy_in_a_landscape_agrees_with_the_function(rows300):
    torch.manual_seed(7)
    model = nn.Sequential(nn.Linear(64, 32), nn.Tanh(), nn.Linear(32, 10)).eval()
    dirs = E.random_directions(model, seed=1)
    fast = E.compute_landscape(model, F.cross_entropy, rows300, directions=dirs, resolution=5)
    plain = E.compute_landscape(model, lambda o, t: F.cross_entropy(o, t), rows300, directions=dirs, resolution=5)
    assert fast.extra["loss"].startswith("cross-entropy") and "loss" not in plain.extra
    assert np.allclose(fast.values, plain.values, rtol=1e-6)
    x, y = rows300
    with torch.no_grad():
        centre = float(F.cross_entropy(model(x), y))
    assert fast.values[2, 2] == pytest.approx(centre, rel=1e-6)


def test_the_rewritten_plan_gives_the_same_bytes_under_load_and_any_worker_count(monkeypatch, rows300):
    """The rewrites (NHWC flattening, narrow head, pooling before ReLU, the small-class loss)
    never change a bit with the worker count, the clock or two CPU-bound processes alongside."""
    import random
    import subprocess
    import sys
    import time

    torch.manual_seed(8)
    model = Wide(hidden=0).eval()
    x, y = rows300
    batches = [(x[:260], y[:260]), (x[260:], y[260:])]  # rows above and below the narrow rule

    def land(**kw):
        got = E.compute_landscape(model, F.cross_entropy, batches, resolution=(3, 4), seed=2, **kw)
        assert {"nhwc_flatten", "narrow_linear", "pool_before_relu", "loss"} <= set(got.extra)
        return got.values.tobytes()

    ref = land(threads=1)
    assert land(threads=2) == ref and land(threads=5) == ref
    rng = random.Random(0)
    for name in ("perf_counter", "monotonic", "time"):
        monkeypatch.setattr(time, name, lambda: rng.uniform(0.0, 1e6))
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        assert land() == ref and land(threads=2) == ref
        assert all(p.poll() is None for p in procs)
    finally:
        for p in procs:
            p.kill()
            p.wait()


class _ReluOfInputView(nn.Module):
    def __init__(self, how: str):
        super().__init__()
        self.how = how
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        if self.how == "view":
            h = F.relu(x.view(-1, 64))
        elif self.how == "dropout":  # eval-mode dropout returns its input itself
            h = F.relu(self.drop(x))
        else:  # "flatten" of a 4D view
            h = torch.relu(torch.flatten(x.view(-1, 1, 8, 8), 1))
        return self.fc(h)


@pytest.mark.parametrize("how", ["view", "dropout", "flatten"])
def test_an_in_place_relu_never_writes_the_callers_data(how):
    """A ReLU of a view of the input (or of what returns its input) is not made in-place: the
    data is the caller's (it was overwritten before this rule)."""
    torch.manual_seed(9)
    x = torch.randn(80, 64)
    y = torch.randint(0, 10, (80,))
    kept = x.clone()
    model = _ReluOfInputView(how).eval()
    got = E.compute_landscape(model, F.cross_entropy, (x, y), resolution=3, linearize=False)
    assert got.extra["plan"] == "traced" and "inplace_relu" not in got.extra
    assert torch.equal(x, kept)


def test_pooling_is_not_moved_before_an_in_place_relu_whose_input_is_read_again(rows300):
    class Reread(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(1, 4, 3, padding=1)
            self.relu = nn.ReLU(inplace=True)
            self.fc = nn.Linear(4 * 16 + 4 * 64, 10)

        def forward(self, x):
            z = self.conv(x.view(-1, 1, 8, 8))
            pooled = F.max_pool2d(self.relu(z), 2)  # z itself is rectified in place ...
            return self.fc(torch.cat([pooled.flatten(1), z.flatten(1)], 1))  # ... and read here

    torch.manual_seed(10)
    model = Reread().eval()
    dirs = E.random_directions(model, seed=0)
    got = E.compute_landscape(model, F.cross_entropy, rows300, directions=dirs, resolution=3)
    assert got.extra["plan"] == "traced" and "pool_before_relu" not in got.extra
    assert np.allclose(got.values, _plain(model, rows300, dirs).values[:1], rtol=2e-5, atol=1e-6)
