"""Paths between solutions: `linear_barrier`, `connect_curve` (and `align_permutations` on
trained models: the aligned line's barrier is lower)."""

import copy

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine_helpers import CNN, MLP, accuracy, assert_unchanged, digits_data, settle, snapshot
import tb_landscape as tbl
from tb_landscape.engine.connect import barrier_height


def _lerp_model(a, b, t):
    m = copy.deepcopy(a)
    sb = b.state_dict()
    m.load_state_dict({k: torch.lerp(v, sb[k], t) if v.is_floating_point() else v for k, v in a.state_dict().items()})
    return m.eval()


def _loss(model, x, y):
    with torch.no_grad():
        return float(F.cross_entropy(model.eval()(x), y))


def _train(seed, x, y, steps, hidden=32, lr=0.1):
    torch.manual_seed(seed)
    model = MLP(hidden=hidden)
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(steps):
        idx = torch.randint(0, x.shape[0], (64,), generator=gen)
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
    return model.eval()


@pytest.fixture(scope="module")
def trained():
    x, y = digits_data(512)
    return x, y, _train(0, x, y, 300), _train(1, x, y, 300)


def test_barrier_height_is_the_largest_rise_over_the_chord():
    t = np.linspace(0, 1, 5)
    assert barrier_height(t, np.array([1.0, 2.0, 4.0, 2.5, 3.0])) == (2.0, 0.5)  # 4 - (0.5 * 1 + 0.5 * 3)
    assert barrier_height(t, np.array([1.0, 0.5, 0.5, 0.5, 1.0])) == (0.0, 0.0)  # convex: the ends
    b, tp = barrier_height(t, np.array([1.0, np.nan, 4.0, 2.5, 3.0]))
    assert np.isnan(b) and tp == 0.25


def test_linear_barrier_evaluates_the_interpolated_models(digits):
    x, y = digits
    torch.manual_seed(0)
    a, b = MLP(), MLP()
    res = tbl.linear_barrier(a, b, F.cross_entropy, (x, y), points=5, metrics={"acc": accuracy})
    assert res.t.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0] and res.path == "linear"
    for i, t in enumerate(res.t):
        assert res.loss[i] == pytest.approx(_loss(_lerp_model(a, b, float(t)), x, y), rel=1e-5)
    chord = (1 - res.t) * res.loss[0] + res.t * res.loss[-1]
    assert res.barrier == pytest.approx(max(res.loss - chord)) and res.t_peak == res.t[np.argmax(res.loss - chord)]
    land = res.to_landscape()
    assert land.method == "interpolate" and land.metric == ["loss", "acc"] and land.values.shape == (2, 5)
    assert float(land.extra["barrier"]) == pytest.approx(res.barrier, rel=1e-5)


def test_batchnorm_frozen_uses_interpolated_statistics_and_recalibrate_reestimates(digits):
    x, y = digits
    torch.manual_seed(0)
    a, b = settle(CNN(), x).eval(), settle(CNN(), x.flip(0)).eval()
    with torch.no_grad():  # different running statistics in A and B
        b.bn1.running_mean.add_(0.3)
    frozen = tbl.linear_barrier(a, b, F.cross_entropy, (x, y), points=3)
    assert frozen.bn_mode == "frozen" and "interpolated" in frozen.extra["batchnorm"]
    assert frozen.loss[1] == pytest.approx(_loss(_lerp_model(a, b, 0.5), x, y), rel=1e-5)
    recal = tbl.linear_barrier(a, b, F.cross_entropy, (x, y), points=3, bn="recalibrate")
    assert recal.bn_mode == "recalibrate" and recal.loss[1] != pytest.approx(frozen.loss[1], rel=1e-6)


def test_everything_is_left_untouched(digits):
    x, y = digits
    torch.manual_seed(0)
    a, b = CNN(), CNN()
    settle(a, x), settle(b, x)  # left in train mode
    F.cross_entropy(a(x), y).backward()
    snap_a, snap_b = snapshot(a), snapshot(b)
    tbl.linear_barrier(a, b, F.cross_entropy, (x, y), points=3)
    tbl.connect_curve(a, b, F.cross_entropy, (x, y), steps=3, points=3, batch_size=32)
    tbl.align_permutations(a, b)
    assert_unchanged(a, snap_a)
    assert_unchanged(b, snap_b)


def test_curve_ends_are_the_models_and_training_is_seeded(digits):
    x, y = digits
    torch.manual_seed(0)
    a, b = MLP(hidden=8), MLP(hidden=8)
    c1 = tbl.connect_curve(a, b, F.cross_entropy, (x, y), steps=20, points=3, seed=5, batch_size=32)
    c2 = tbl.connect_curve(a, b, F.cross_entropy, (x, y), steps=20, points=3, seed=5, batch_size=32)
    assert np.array_equal(c1.train_loss, c2.train_loss) and len(c1.train_loss) == 20
    for k, v in a.state_dict().items():
        assert torch.equal(c1.weights(0)[k], v) and torch.equal(c1.weights(1)[k], b.state_dict()[k])
    assert not torch.equal(c1.theta["fc1.weight"], torch.lerp(a.fc1.weight, b.fc1.weight, 0.5))
    assert c1.path.path == "bezier" and c1.path.loss[0] == pytest.approx(_loss(a, x, y), rel=1e-5)
    assert c1.path.to_landscape().x_label.startswith("Bezier")


def test_bad_input_is_refused_naming_the_argument(digits):
    x, y = digits
    a, b = MLP(), MLP()
    with pytest.raises(ValueError, match="points=1 "):
        tbl.linear_barrier(a, b, F.cross_entropy, (x, y), points=1)
    with pytest.raises(ValueError, match="model_b=.*shape"):
        tbl.linear_barrier(a, MLP(hidden=8), F.cross_entropy, (x, y))
    with pytest.raises(ValueError, match="model_b=.*same architecture"):
        tbl.linear_barrier(a, CNN(), F.cross_entropy, (x, y))
    with pytest.raises(ValueError, match="model_b=.*missing"):
        tbl.linear_barrier(a, {"fc1.weight": a.fc1.weight}, F.cross_entropy, (x, y))
    with pytest.raises(ValueError, match="model_b=.*same weights"):
        tbl.linear_barrier(a, copy.deepcopy(a), F.cross_entropy, (x, y))
    with pytest.raises(ValueError, match="data=.*empty"):
        tbl.linear_barrier(a, b, F.cross_entropy, [])
    with pytest.raises(ValueError, match="bnn=.*did you mean 'bn'"):
        tbl.linear_barrier(a, b, F.cross_entropy, (x, y), bnn="frozen")
    with pytest.raises(ValueError, match="bends=4 .*not supported"):
        tbl.connect_curve(a, b, F.cross_entropy, (x, y), bends=4)
    with pytest.raises(ValueError, match="train_data=.*empty"):
        tbl.connect_curve(a, b, F.cross_entropy, [], steps=2)
    with pytest.raises(ValueError, match="lr=0 "):
        tbl.connect_curve(a, b, F.cross_entropy, (x, y), lr=0)


def test_aligned_and_curved_paths_have_lower_barriers_on_trained_mlps(trained):
    x, y, a, b = trained
    linear = tbl.linear_barrier(a, b, F.cross_entropy, (x, y), points=11)
    aligned = tbl.linear_barrier(a, tbl.align_permutations(a, b), F.cross_entropy, (x, y), points=11)
    curve = tbl.connect_curve(a, b, F.cross_entropy, (x, y), steps=300, points=11, batch_size=64)
    assert linear.barrier > 0.1
    assert aligned.barrier < linear.barrier
    assert curve.path.barrier < linear.barrier


def test_curve_batchnorm_is_recalibrated_on_the_training_data(digits):
    x, y = digits
    torch.manual_seed(0)
    a, b = settle(CNN(), x).eval(), settle(CNN(), x.flip(0)).eval()
    seen = []
    curve = tbl.connect_curve(a, b, F.cross_entropy, (x, y), steps=4, points=3, batch_size=32,
                              eval_data=(x[:64], y[:64]), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert curve.path.bn_mode == "recalibrate" and "training data" in curve.path.extra["batchnorm"]
    ref = copy.deepcopy(a)
    for m in (ref.bn1, ref.bn2):  # A's statistics re-estimated on all the training data, in one pass
        m.reset_running_stats(), setattr(m, "momentum", None)
    with torch.no_grad():
        ref.train()(x)
    assert curve.path.loss[0] == pytest.approx(_loss(ref, x[:64], y[:64]), rel=1e-5)
