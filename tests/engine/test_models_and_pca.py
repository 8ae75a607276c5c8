"""Lines and planes through models, and PCA of a checkpoint sequence with its trajectory."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import tb_landscape.engine as E
from engine_helpers import MLP, assert_unchanged, loss_at, sgd_checkpoints, snapshot


def _loss(model, x, y):
    with torch.no_grad():
        return float(F.cross_entropy(copy.deepcopy(model).eval()(x), y))


@pytest.fixture
def two_models(digits):
    torch.manual_seed(0)
    a, b = MLP(), MLP()
    sgd_checkpoints(b, *digits, steps=5)
    return a, b


def test_line_between_two_models(two_models, digits):
    a, b = two_models
    x, y = digits
    snap = snapshot(a)
    land = E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others=b, resolution=5)
    assert_unchanged(a, snap)
    assert np.allclose(land.xs, [-0.5, 0, 0.5, 1.0, 1.5])
    assert land.method == "interpolate" and land.x_unit == "interpolation coefficient" and land.dims == 1
    assert land.values[1] == pytest.approx(_loss(a, x, y), rel=1e-6)
    assert land.values[3] == pytest.approx(_loss(b, x, y), rel=1e-5)
    # a DDP-style state dict ("module." prefix) works the same
    ddp_state = {"module." + k: v for k, v in b.state_dict().items()}
    again = E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others=ddp_state, resolution=5)
    assert np.array_equal(again.values, land.values)


def test_plane_through_three_models(two_models, digits):
    a, b = two_models
    c = copy.deepcopy(b)
    sgd_checkpoints(c, *digits, steps=5, lr=2.0)
    x, y = digits
    dirs, anchors = E.interpolation_directions(a, [b, c])
    u, v = dirs
    assert E.params.dict_dot(u, u) == pytest.approx(1.0) and E.params.dict_dot(v, v) == pytest.approx(1.0)
    assert abs(E.params.dict_dot(u, v)) < 1e-5
    wa, wb, wc = (dict(m.named_parameters()) for m in (a, b, c))
    for (px, py), w in zip(anchors[1:], (wb, wc)):  # the anchors' coordinates rebuild their weights
        for n in u:
            assert torch.allclose(wa[n] + px * u[n] + py * v[n], w[n], atol=1e-5)
    bx = anchors[1][0]
    land = E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others=[b, c],
                               resolution=(2, 2), limits=((0.0, bx), (0.0, 1.0)))
    assert land.values[0, 0] == pytest.approx(_loss(a, x, y), rel=1e-6)
    assert land.values[0, 1] == pytest.approx(_loss(b, x, y), rel=1e-5)
    assert "others[1]=" in land.extra["anchors"]
    auto = E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others=[b, c], resolution=3)
    assert auto.xs[0] < min(0.0, anchors[2][0]) and auto.xs[-1] > bx and auto.ys[-1] > anchors[2][1]


def test_interpolation_errors(two_models, digits):
    a, b = two_models
    with pytest.raises(ValueError, match=r"others='others\[0\]' has the same selected weights"):
        E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others=copy.deepcopy(a))
    mid = copy.deepcopy(a)
    with torch.no_grad():
        for p, q in zip(mid.parameters(), b.parameters()):
            p.mul_(0.5).add_(0.5 * q)
    with pytest.raises(ValueError, match=r"others='others\[1\]' lies on the line"):
        E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others=[b, mid])
    with pytest.raises(ValueError, match=r"others='fc1.weight' is a selected parameter missing"):
        E.compute_landscape(a, F.cross_entropy, digits, directions="interpolate", others={"head.weight": b.head.weight})


@pytest.fixture
def trajectory(digits, tmp_path):
    torch.manual_seed(0)
    model = MLP()
    states = sgd_checkpoints(model, *digits, steps=6)
    # some checkpoints as files, as a training run would leave them
    paths = []
    for i, s in enumerate(states[:3]):
        p = tmp_path / f"step{i}.pt"
        torch.save({"model_state_dict": s, "step": i}, p)
        paths.append(str(p))
    return model, paths + states[3:], states


def test_pca_directions_match_sklearn(trajectory):
    from sklearn.decomposition import PCA

    model, checkpoints, states = trajectory
    dirs, info = E.pca_directions(model, checkpoints)
    names = list(dirs[0])
    rows = np.stack([torch.cat([s[n].reshape(-1) - states[-1][n].reshape(-1) for n in names]).double().numpy()
                     for s in states])
    pca = PCA(n_components=2).fit(rows)
    assert np.allclose(dirs.explained_variance, pca.explained_variance_ratio_, rtol=1e-5)
    comps = np.stack([torch.cat([d[n].reshape(-1) for n in names]).double().numpy() for d in dirs])
    assert np.allclose(np.abs((comps * pca.components_).sum(1)), 1.0, atol=1e-5)  # same axes up to sign
    assert np.allclose(comps @ comps.T, np.eye(2), atol=1e-5)
    assert np.allclose(info["coords"], rows @ comps.T, atol=1e-5)  # projection without the mean
    assert np.all(info["coords"][0] <= 0) and np.allclose(info["coords"][-1], 0)
    assert dirs.labels[0] == f"PC 1 ({100 * pca.explained_variance_ratio_[0]:.1f}%)"


def test_pca_landscape_with_trajectory(trajectory, digits):
    model, checkpoints, states = trajectory
    x, y = digits
    start = MLP()  # the model holds other weights: the centre is still the last checkpoint
    start.load_state_dict(states[0])
    snap = snapshot(start)
    land = E.compute_landscape(start, F.cross_entropy, digits, directions="pca", checkpoints=checkpoints,
                               checkpoint_steps=[10 * i for i in range(6)], resolution=5)
    assert_unchanged(start, snap)
    dirs, info = E.pca_directions(model, checkpoints)
    tr = land.trajectory
    assert list(tr.steps) == [0, 10, 20, 30, 40, 50]
    assert np.allclose(tr.x, info["coords"][:, 0]) and np.allclose(tr.y, info["coords"][:, 1])
    assert tr.x[-1] == 0 and tr.y[-1] == 0 and tr.residual[-1] == 0
    assert np.allclose(tr.residual, info["residual"], rtol=1e-5)
    assert land.xs[0] <= tr.x.min() and land.xs[-1] >= tr.x.max()
    assert land.ys[0] <= tr.y.min() and land.ys[-1] >= tr.y.max()
    assert land.explained_variance == pytest.approx(tuple(info["explained_variance"]))
    assert land.x_unit == "parameter distance (L2)" and land.x_label.startswith("PC 1 (")
    for i in range(6):
        # true loss: the checkpoint itself; plane loss: centre + x d1 + y d2
        assert tr.true_loss[i] == pytest.approx(_state_loss(states[i], x, y), rel=1e-5)
        assert tr.plane_loss[i] == pytest.approx(
            loss_at(model, F.cross_entropy, x, y, dirs, (tr.x[i], tr.y[i])), rel=1e-5)
    assert tr.plane_loss[-1] == pytest.approx(tr.true_loss[-1], rel=1e-6)
    # the surface's centre is the last checkpoint's loss
    centre = E.compute_landscape(start, F.cross_entropy, digits, directions="pca", checkpoints=checkpoints,
                                 span=1.0, resolution=3)
    assert centre.values[1, 1] == pytest.approx(_state_loss(states[-1], x, y), rel=1e-6)


def _state_loss(state, x, y):
    m = MLP()
    m.load_state_dict(state)
    return _loss(m, x, y)


def test_pca_one_dimensional(trajectory, digits):
    model, checkpoints, _ = trajectory
    land = E.compute_landscape(model, F.cross_entropy, digits, directions="pca", checkpoints=checkpoints,
                               dims=1, resolution=5)
    assert land.dims == 1 and land.trajectory.y is None and len(land.trajectory) == 6


def test_pca_errors(trajectory, digits):
    model, checkpoints, states = trajectory
    with pytest.raises(ValueError, match=r"checkpoints='<1 checkpoint>' must hold at least two"):
        E.compute_landscape(model, F.cross_entropy, digits, directions="pca", checkpoints=checkpoints[:1])
    with pytest.raises(ValueError, match=r"checkpoints='<3 checkpoints>' are identical"):
        E.pca_directions(model, [states[0]] * 3)
    with pytest.raises(ValueError, match=r"checkpoints='<2 checkpoints>' vary along a single direction"):
        E.pca_directions(model, states[:2])
    with pytest.raises(ValueError, match=r"checkpoint_steps='<2 steps>'"):
        E.compute_landscape(model, F.cross_entropy, digits, directions="pca", checkpoints=checkpoints,
                            checkpoint_steps=[1, 2], resolution=3)
    with pytest.raises(E.LandscapeMemoryError, match=r"pass fewer checkpoints or a parameter subset"):
        E.pca_directions(model, checkpoints, memory_limit=1000)
