"""compute_landscape: grids equal independent evaluations, provenance, exact restoration."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as E
from tb_landscape.landscape import Landscape
from engine_helpers import MLP, accuracy, assert_unchanged, loss_at, snapshot


def _check_points(model, land, dirs, x, y, points, rtol=1e-5):
    for ix, iy in points:
        coords = (land.xs[ix], land.ys[iy]) if land.ys is not None else (land.xs[ix],)
        expected = loss_at(model, F.cross_entropy, x, y, dirs, coords)
        got = land.values[iy, ix] if land.ys is not None else land.values[ix]
        assert got == pytest.approx(expected, rel=rtol, abs=1e-6), (ix, iy)


@pytest.mark.parametrize("model_name", ["mlp", "cnn", "decoder"])
def test_grid_points_equal_independent_evaluations(request, digits, model_name):
    model = request.getfixturevalue(model_name)
    x, y = digits
    dirs = E.random_directions(model, seed=0)
    land = E.compute_landscape(model, F.cross_entropy, (x, y), directions=dirs, span=(1.0, 0.5),
                               resolution=(5, 3))
    assert isinstance(land, Landscape)
    assert land.values.shape == (3, 5)  # Z[iy, ix]: ny rows, nx columns
    assert np.allclose(land.xs, np.linspace(-1, 1, 5)) and np.allclose(land.ys, np.linspace(-0.5, 0.5, 3))
    _check_points(model, land, dirs, x, y, [(0, 0), (4, 0), (1, 2), (2, 1), (4, 2)])


def test_random_landscape_provenance(cnn, digits):
    x, y = digits
    land = E.compute_landscape(cnn, F.cross_entropy, (x, y), resolution=3, seed=4, trace=True)
    dirs = E.random_directions(cnn, seed=4)
    assert land.method == "random" and land.normalization == "filter" and land.seed == 4
    assert land.bn_mode == "frozen"
    assert land.data_description == "128 samples in 1 batch"
    assert land.frame_id == dirs.frame_id()
    assert land.x_label == "direction 1" and land.y_label == "direction 2"
    assert land.x_unit == land.y_unit == "filter-normalized units"
    assert land.metric == "loss" and land.center == (0.0, 0.0)
    assert land.extra["plan"] == "traced" and land.extra["bn_folded"] == "2"
    # the centre is the model's own loss
    m = copy.deepcopy(cnn).eval()
    with torch.no_grad():
        assert land.values[1, 1] == pytest.approx(float(F.cross_entropy(m(x), y)), rel=1e-6)


def test_one_dimensional_curve(mlp, digits):
    x, y = digits
    land = E.compute_landscape(mlp, F.cross_entropy, (x, y), dims=1, resolution=7, span=2.0)
    assert land.values.shape == (7,) and land.ys is None and land.dims == 1
    (d,) = E.random_directions(mlp, dims=1, seed=0)
    for ix in (0, 3, 6):
        assert land.values[ix] == pytest.approx(loss_at(mlp, F.cross_entropy, x, y, [d], (land.xs[ix],)), rel=1e-5)


def test_same_seed_same_landscape_bit_for_bit(cnn, digits):
    x, y = digits
    a = E.compute_landscape(cnn, F.cross_entropy, (x, y), resolution=4, seed=1)
    b = E.compute_landscape(cnn, F.cross_entropy, (x, y), resolution=4, seed=1)
    c = E.compute_landscape(cnn, F.cross_entropy, (x, y), resolution=4, seed=2)
    assert a.values.tobytes() == b.values.tobytes() and a.frame_id == b.frame_id
    assert not np.array_equal(a.values, c.values) and a.frame_id != c.frame_id


def _dirty(model, x, y):
    """A model as mid-training: train mode, grads present, one frozen tensor, one grad None."""
    model.train()
    F.cross_entropy(model(x), y).backward()
    params = list(model.parameters())
    params[0].requires_grad_(False)
    params[-1].grad = None
    return model


@pytest.mark.parametrize("kwargs", [
    dict(),                                    # traced plan
    dict(bn="recalibrate"),                    # eager plan, BatchNorm statistics rewritten per point
    dict(params=["fc"]),                       # prefix cache
    dict(chunk_size=32, channels_last=True, linearize=True),  # every fast path pinned on
    dict(trace=False),                         # the eager loop on copies of the model
    dict(threads=3),                           # more workers than cores
])
def test_model_and_rngs_bit_identical_afterwards(cnn, digits, kwargs):
    x, y = digits
    _dirty(cnn, x, y)
    snap = snapshot(cnn)
    E.compute_landscape(cnn, F.cross_entropy, [(x[:64], y[:64]), (x[64:], y[64:])], resolution=3,
                        metrics={"accuracy": accuracy}, **kwargs)
    assert_unchanged(cnn, snap)


@pytest.mark.parametrize("kwargs", [dict(), dict(bn="recalibrate"), dict(params=["fc"]), dict(trace=False),
                                    dict(directions="hessian", hessian={"max_iter": 5})])
def test_restored_when_evaluation_raises_midway(cnn, digits, kwargs):
    x, y = digits
    _dirty(cnn, x, y)
    snap = snapshot(cnn)
    calls = {"n": 0}

    def flaky_loss(outputs, targets):
        calls["n"] += 1
        if calls["n"] == 12:
            raise RuntimeError("boom")
        return F.cross_entropy(outputs, targets)

    with pytest.raises(RuntimeError, match="boom"):
        E.compute_landscape(cnn, flaky_loss, (x, y), resolution=5, chunk_size=None, **kwargs)
    assert_unchanged(cnn, snap)


def test_recalibrated_batchnorm_matches_independent_recalibration(cnn, digits):
    x, y = digits
    dirs = E.random_directions(cnn, seed=0)
    batches = [(x[:64], y[:64]), (x[64:], y[64:])]
    land = E.compute_landscape(cnn, F.cross_entropy, batches, directions=dirs, bn="recalibrate", resolution=3)
    assert land.bn_mode == "recalibrate" and land.extra["plan"].startswith("eager")
    for ix, iy in [(0, 0), (1, 1), (2, 1)]:
        m = copy.deepcopy(cnn)
        with torch.no_grad():
            named = dict(m.named_parameters())
            for k, c in enumerate((land.xs[ix], land.ys[iy])):
                for n, t in dirs[k].items():
                    named[n].add_(c * t)
            for mod in m.modules():
                if isinstance(mod, nn.BatchNorm2d):
                    mod.reset_running_stats()
                    mod.momentum = None
            m.eval()
            for mod in m.modules():
                if isinstance(mod, nn.BatchNorm2d):
                    mod.train()
            for bx, _ in batches:
                m(bx)
            m.eval()
            expected = sum(len(bx) * float(F.cross_entropy(m(bx), by)) for bx, by in batches) / len(x)
        assert land.values[iy, ix] == pytest.approx(expected, rel=1e-5)
    frozen = E.compute_landscape(cnn, F.cross_entropy, batches, directions=dirs, resolution=3)
    assert not np.allclose(frozen.values, land.values)


def test_metrics_and_batch_weighted_mean(mlp, digits):
    x, y = digits
    uneven = [(x[:100], y[:100]), (x[100:], y[100:])]
    land = E.compute_landscape(mlp, F.cross_entropy, uneven, resolution=3, metrics={"accuracy": accuracy})
    assert land.metrics == ("loss", "accuracy") and land.values.shape == (2, 3, 3)
    m = copy.deepcopy(mlp).eval()
    with torch.no_grad():
        out = m(x)
    assert land.metric_values("loss")[1, 1] == pytest.approx(float(F.cross_entropy(out, y)), rel=1e-6)
    assert land.metric_values("accuracy")[1, 1] == pytest.approx(float(accuracy(out, y)), rel=1e-6)
    assert land.data_description == "128 samples in 2 batches"


def test_data_forms(mlp, digits):
    x, y = digits
    ds = torch.utils.data.TensorDataset(x, y)
    ref = E.compute_landscape(mlp, F.cross_entropy, (x, y), resolution=3, chunk_size=None)
    loader = torch.utils.data.DataLoader(ds, batch_size=32, shuffle=True)
    snap = snapshot(mlp)
    a = E.compute_landscape(mlp, F.cross_entropy, loader, resolution=3)
    assert_unchanged(mlp, snap)  # the shuffling sampler's draws do not leak into the global RNG
    assert np.allclose(a.values, ref.values, rtol=1e-5)
    b = E.compute_landscape(mlp, F.cross_entropy, ((x[i:i + 50], y[i:i + 50]) for i in range(0, 128, 50)),
                            resolution=3)
    assert np.allclose(b.values, ref.values, rtol=1e-5) and b.data_description == "128 samples in 3 batches"
    c = E.compute_landscape(mlp, F.cross_entropy, loader, resolution=3, max_batches=2)
    assert c.data_description == "64 samples in 2 batches"


def test_evaluate_escape_hatch_for_dict_batches(digits):
    class KwModel(nn.Module):  # a Hugging Face style model: keyword inputs, returns a dict
        def __init__(self):
            super().__init__()
            self.net = MLP()

        def forward(self, pixel_values, labels=None):
            logits = self.net(pixel_values)
            return {"logits": logits, "loss": F.cross_entropy(logits, labels)}

    torch.manual_seed(0)
    model = KwModel()
    x, y = digits
    batches = [{"pixel_values": x[:64], "labels": y[:64]}, {"pixel_values": x[64:], "labels": y[64:]}]

    def evaluate(m, batch):
        out = m(**batch)
        return {"loss": out["loss"], "accuracy": accuracy(out["logits"], batch["labels"])}

    land = E.compute_landscape(model, None, batches, evaluate=evaluate, resolution=3)
    assert land.metrics == ("loss", "accuracy")
    dirs = E.random_directions(model, seed=0)
    m = copy.deepcopy(model).eval()
    with torch.no_grad():
        named = dict(m.named_parameters())
        for k, c in enumerate((1.0, -1.0)):
            for n, t in dirs[k].items():
                named[n].add_(c * t)
        expected = float(m(pixel_values=x, labels=y)["loss"])
    assert land.values[0, 0, 2] == pytest.approx(expected, rel=1e-5)


def test_explicit_directions_reuse_a_frame(cnn, digits):
    x, y = digits
    dirs = E.random_directions(cnn, seed=9)
    a = E.compute_landscape(cnn, F.cross_entropy, (x, y), directions=dirs, resolution=3)
    b = E.compute_landscape(cnn, F.cross_entropy, (x, y), seed=9, resolution=3)
    assert a.values.tobytes() == b.values.tobytes() and a.frame_id == b.frame_id
    assert a.method == "random" and a.seed == 9  # provenance travels with the Directions
    plain = E.compute_landscape(cnn, F.cross_entropy, (x, y), directions=(dict(dirs[0]), dict(dirs[1])),
                                resolution=3)
    assert plain.method == "explicit" and np.array_equal(plain.values, a.values)
    # one flat tensor for a 1D curve, over the trainable parameters in order
    flat = torch.cat([dirs[0][n].reshape(-1) for n, p in cnn.named_parameters()])
    one = E.compute_landscape(cnn, F.cross_entropy, (x, y), directions=flat, resolution=3)
    assert one.dims == 1 and one.values[1] == pytest.approx(a.values[1, 1], rel=1e-6)


def test_head_only_landscape_uses_the_prefix_cache(cnn, digits):
    x, y = digits
    dirs = E.random_directions(cnn, seed=0, params=["fc"])
    land = E.compute_landscape(cnn, F.cross_entropy, (x, y), directions=dirs, resolution=3, trace=True)
    assert land.extra["prefix_cache"].startswith("on")
    assert land.extra["tensors_moved"] == "1"  # fc.weight (fc.bias has direction zero)
    _check_points(cnn, land, dirs, x, y, [(0, 0), (2, 1), (1, 2)])


def test_nan_and_inf_losses_are_recorded_not_dropped(mlp, digits):
    x, y = digits
    shift = torch.zeros(10)
    shift[0] = 1.0  # moving along it adds c to every logit 0

    def log_logit(outputs, targets):  # NaN where some logit 0 is negative
        return torch.log(outputs[:, 0]).mean()

    land = E.compute_landscape(mlp, log_logit, (x, y), directions=({"head.bias": shift},), resolution=5,
                               span=1.0, metrics={"accuracy": accuracy})
    assert land.values.shape == (2, 5)
    with torch.no_grad():
        logits0 = copy.deepcopy(mlp).eval()(x)[:, 0]
    expected = np.array([float(torch.log(logits0 + c).mean()) for c in land.xs])
    got = land.values[0]
    assert np.isnan(got[0]) and np.isfinite(got[-1])
    assert np.array_equal(np.isnan(got), np.isnan(expected))
    assert np.allclose(got[~np.isnan(got)], expected[~np.isnan(expected)], rtol=1e-5)
    assert np.isfinite(land.values[1]).all()  # the other metric is unaffected


def test_inf_loss_kept(mlp, digits):
    x, y = digits
    land = E.compute_landscape(mlp, lambda o, t: torch.tensor(float("inf")) if o.abs().max() > 3.0
                               else F.cross_entropy(o, t), (x, y), resolution=5, span=30.0, chunk_size=None)
    assert np.isinf(land.values).any() and np.isfinite(land.values[2, 2])


def test_progress_callback_and_device_argument(mlp, digits):
    x, y = digits
    seen = []
    land = E.compute_landscape(mlp, F.cross_entropy, (x, y), resolution=3, device="cpu",
                               progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (9, 9) and land.extra["device"] == "cpu"


def test_data_parallel_wrapper_unwrapped(mlp, digits):
    x, y = digits
    a = E.compute_landscape(nn.DataParallel(mlp), F.cross_entropy, (x, y), resolution=3)
    b = E.compute_landscape(mlp, F.cross_entropy, (x, y), resolution=3)
    assert np.array_equal(a.values, b.values)


# ---- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, match", [
    (dict(directions="sideways"), r"directions='sideways' is not supported"),
    (dict(normalization="batch"), r"normalization='batch' is not supported"),
    (dict(span=0), r"span=0 must be a positive"),
    (dict(span=(1.0, -2.0)), r"span=-2.0 must be a positive"),
    (dict(resolution=0), r"resolution=0 must be an integer >= 2"),
    (dict(resolution=2.5), r"resolution=2.5 must be an integer >= 2"),
    (dict(resolution=1), r"resolution=1 must be an integer >= 2"),
    (dict(resolution=10 ** 6), r"resolution=1000000 gives 1,000,000,000,000 points, over the limit"),
    (dict(resolution=(3, 4, 5)), r"resolution=\(3, 4, 5\) must be one value or two"),
    (dict(bn="train"), r"bn='train' is not supported"),
    (dict(dims=3), r"dims=3 is not supported"),
    (dict(directions=({"fc1.weight": torch.ones(3, 3)},)), r"directions='fc1.weight: shape \(3, 3\)' does not match"),
    (dict(directions=({"nope": torch.ones(3)},)), r"directions='nope' names no parameter"),
    (dict(directions=torch.ones(5)), r"directions='Tensor\[5\]' is a flat direction of the wrong size"),
    (dict(directions=({"fc1.weight": torch.ones(32, 64)},) * 3), r"directions='<3 directions>'"),
    (dict(directions="pca", checkpoints=[{}]), r"checkpoints='<1 checkpoint>' must hold at least two"),
    (dict(directions="pca"), r"checkpoints='<0 checkpoints>' must hold at least two"),
    (dict(directions="pca", checkpoints="ckpt.pt"), r"checkpoints='ckpt.pt' must be a list"),
    (dict(directions="interpolate"), r"others=None is required"),
    (dict(metrics={"loss": accuracy}), r"metrics='loss'"),
    (dict(metrics=[accuracy]), r"metrics=\[<function accuracy.*\] must be a dict"),
    (dict(hessian_options={"bogus": 1}), r"hessian_options=\{'bogus': 1\} is not an option of compute_landscape "
                                         r"\(did you mean 'hessian'\?\)"),
    (dict(directions="hessian", hessian={"bogus": 1}), r"bogus=1 is not an option of hessian"),
    (dict(resolutoin=5), r"resolutoin=5 is not an option of compute_landscape \(did you mean 'resolution'"),
    (dict(device="cuda"), r"device='cuda' is not available"),
    (dict(device="nonsense"), r"device='nonsense' is not a torch device"),
    (dict(grid=[3]), r"grid=\[3\] must be a GridSpec"),
    (dict(chunk_size=0), r"chunk_size=0"),
    (dict(precision="int8"), r"precision='int8'"),
    (dict(dims=1, directions=({"fc1.weight": torch.ones(32, 64)},) * 2), r"dims=1 does not match"),
])
def test_bad_input_raises_value_error_naming_argument(mlp, digits, kwargs, match):
    with pytest.raises(ValueError, match=match):
        E.compute_landscape(mlp, F.cross_entropy, digits, **kwargs)


@pytest.mark.parametrize("data, match", [
    ([], r"data=\[\] is empty"),
    (iter([]), r"data=.* is empty"),
    (None, r"data=None is required"),
    (torch.ones(3, 64), r"data='Tensor\(3, 64\)' is a bare tensor"),
    ([torch.ones(3, 64)], r"batch 0 is not an \(inputs, targets\) pair"),
])
def test_bad_data(mlp, data, match):
    with pytest.raises(ValueError, match=match):
        E.compute_landscape(mlp, F.cross_entropy, data)


def test_loss_fn_required(mlp, digits):
    with pytest.raises(ValueError, match=r"loss_fn=None must be callable"):
        E.compute_landscape(mlp, None, digits)


@pytest.mark.parametrize("trace", [True, False])
def test_loss_fn_returning_none_or_a_vector_is_named(mlp, digits, trace):
    with pytest.raises(ValueError, match=r"loss_fn='loss: NoneType' must return a scalar"):
        E.compute_landscape(mlp, lambda o, t: None, digits, resolution=2, trace=trace)
    with pytest.raises(ValueError, match=r"loss_fn='loss: shape \(128,\)' must return a scalar"):
        E.compute_landscape(mlp, lambda o, t: F.cross_entropy(o, t, reduction="none"), digits, resolution=2,
                            trace=trace)


def test_a_huge_grid_is_refused_before_allocating(mlp, digits):
    import time
    import tracemalloc

    tracemalloc.start()
    t0 = time.perf_counter()
    with pytest.raises(ValueError, match=r"over the limit of 4,194,304 \(MAX_GRID_POINTS\)"):
        E.compute_landscape(mlp, F.cross_entropy, digits, resolution=10 ** 6)
    with pytest.raises(ValueError, match=r"resolution=\(5000, 5000\) gives 25,000,000 points"):
        E.compute_landscape(mlp, F.cross_entropy, digits, resolution=(5000, 5000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - t0 < 5 and peak < 50 * 2 ** 20
    with pytest.raises(E.LandscapeMemoryError, match=r"1,000,000 points need about .* memory_limit"):
        E.compute_landscape(mlp, F.cross_entropy, digits, resolution=1000, memory_limit=2 ** 20)


def test_numpy_integers_are_taken_like_python_ones(mlp, digits):
    a = E.compute_landscape(mlp, F.cross_entropy, digits, dims=np.int64(2), resolution=np.int32(3), seed=np.int64(0))
    b = E.compute_landscape(mlp, F.cross_entropy, digits, dims=2, resolution=3, seed=0)
    assert a.values.tobytes() == b.values.tobytes()
    with pytest.raises(ValueError, match=r"dims=True is not supported"):
        E.compute_landscape(mlp, F.cross_entropy, digits, dims=True)


def test_project_points_bad_input_and_non_orthonormal_frames(mlp, digits):
    with pytest.raises(ValueError, match=r"directions=\[\] must hold one or two directions"):
        E.project_points(mlp, [], [])
    with pytest.raises(ValueError, match=r"directions=.* are linearly dependent"):
        d = E.random_directions(mlp, dims=1, seed=0)[0]
        E.project_points(mlp, [d, {n: 2 * t for n, t in d.items()}], [mlp.state_dict()])
    # a point built on a non-orthogonal frame is found exactly, with zero residual
    d1, d2 = E.random_directions(mlp, seed=3)  # filter-normalized: neither unit nor orthogonal
    state = {n: t.detach().clone() for n, t in mlp.state_dict().items()}
    for n in d1:
        state[n] = state[n] + 0.3 * d1[n] - 0.7 * d2[n]
    coords, residual = E.project_points(mlp, [d1, d2], [state, mlp.state_dict()])
    assert np.allclose(coords, [[0.3, -0.7], [0.0, 0.0]], atol=1e-5) and np.allclose(residual, 0, atol=1e-4)


def test_specs_are_the_same_knobs_as_the_flat_options(cnn, digits):
    grid = E.GridSpec(resolution=(3, 4), span=0.5)
    a = E.compute_landscape(cnn, F.cross_entropy, digits, grid=grid, directions=E.DirectionSpec(seed=3),
                            evaluation=E.EvalSpec(chunk_size=32))
    b = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=(3, 4), span=0.5, seed=3, chunk_size=32)
    c = E.compute_landscape(cnn, F.cross_entropy, digits, grid={"resolution": (3, 4), "span": 0.5},
                            evaluation={"chunk_size": 32}, seed=3)
    assert a.values.tobytes() == b.values.tobytes() == c.values.tobytes()
    assert a.extra["evaluation"] == "chunk_size=32" and a.seed == 3


_SUBPROCESS_LANDSCAPE = """
import sys, torch, numpy as np
sys.path.insert(0, {helpers!r})
torch.set_num_threads(2)
import torch.nn.functional as F
import tb_landscape.engine as E
from engine_helpers import CNN, digits_data, settle
torch.manual_seed(2)
x, y = digits_data(128)
model = settle(CNN(), x)
land = E.compute_landscape(model, F.cross_entropy, (x, y), resolution=4, seed=5, **{knobs!r})
np.save({out!r}, land.values)
"""


@pytest.mark.parametrize("knobs", [dict(), dict(chunk_size=32, channels_last=True, linearize=True)])
def test_same_seed_same_landscape_bit_for_bit_across_processes(tmp_path, digits, knobs):
    """Another process, with another number of torch threads, computes the very same bytes."""
    import os
    import subprocess
    import sys

    from engine_helpers import CNN, settle

    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    out = str(tmp_path / "values.npy")
    code = _SUBPROCESS_LANDSCAPE.format(helpers=here, knobs=knobs, out=out)
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
    torch.manual_seed(2)
    x, y = digits
    model = settle(CNN(), x)
    land = E.compute_landscape(model, F.cross_entropy, (x, y), resolution=4, seed=5, **knobs)
    assert np.load(out).tobytes() == land.values.tobytes()


def test_a_stateful_loss_object_is_called_by_one_worker_at_a_time(mlp, digits):
    import time

    class NotReentrant:  # a callable object (think torchmetrics): may keep state between calls
        def __init__(self):
            self.inside, self.calls = False, 0

        def __call__(self, outputs, targets):
            assert not self.inside, "called by two workers at once"
            self.inside = True
            time.sleep(0.002)
            self.inside = False
            self.calls += 1
            return F.cross_entropy(outputs, targets)

    loss = NotReentrant()
    land = E.compute_landscape(mlp, loss, digits, resolution=4, threads=3)
    ref = E.compute_landscape(mlp, lambda o, t: F.cross_entropy(o, t), digits, resolution=4, threads=3)
    assert loss.calls >= 16 and land.values.tobytes() == ref.values.tobytes()
