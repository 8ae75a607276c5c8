"""Random directions: Li et al.'s filter normalization exactly, layer/none, subsets, frames."""

from __future__ import annotations

import pickle

import pytest
import torch
from torch import nn

import tb_landscape.engine as E
from engine_helpers import assert_unchanged, snapshot


def _filters(t, transposed_groups=None):
    """List of filters: dim 0 slices, or per output channel of a grouped ConvTranspose."""
    if transposed_groups is None:
        return [t[i] for i in range(t.shape[0])]
    g = transposed_groups
    cin_g = t.shape[0] // g
    return [t[gi * cin_g:(gi + 1) * cin_g, j] for gi in range(g) for j in range(t.shape[1])]


def test_filter_normalization_gives_each_filter_its_weight_norm(cnn):
    d1, d2 = E.random_directions(cnn, dims=2, normalization="filter", seed=0)
    params = dict(cnn.named_parameters())
    for d in (d1, d2):
        for name, t in d.items():
            w = params[name]
            if w.dim() <= 1:
                continue
            for df, wf in zip(_filters(t), _filters(w.detach())):
                assert torch.allclose(df.norm(), wf.norm(), rtol=1e-6, atol=0), name


def test_biases_and_norm_layers_are_zero_by_default(cnn):
    (d,) = E.random_directions(cnn, dims=1, seed=0)
    assert set(d) == {n for n, _ in cnn.named_parameters()}
    for name in ("conv2.bias", "bn1.weight", "bn1.bias", "bn2.weight", "bn2.bias", "fc.bias"):
        assert torch.count_nonzero(d[name]) == 0, name
    for name in ("conv1.weight", "conv2.weight", "fc.weight"):
        assert torch.count_nonzero(d[name]) == d[name].numel(), name


def test_conv_transpose_filters_run_along_dim_1_within_groups(decoder):
    (d,) = E.random_directions(decoder, dims=1, seed=0)
    for name, groups in (("up1.weight", 1), ("up2.weight", 2)):
        w = dict(decoder.named_parameters())[name].detach()
        filters_d, filters_w = _filters(d[name], groups), _filters(w, groups)
        assert len(filters_d) == (6 if name == "up1.weight" else 4)  # one per output channel
        for df, wf in zip(filters_d, filters_w):
            assert torch.allclose(df.norm(), wf.norm(), rtol=1e-6)
        # ... and not along dim 0 (the input channels)
        norms_dim0 = torch.stack([d[name][i].norm() for i in range(d[name].shape[0])])
        wnorms_dim0 = torch.stack([w[i].norm() for i in range(w.shape[0])])
        assert not torch.allclose(norms_dim0, wnorms_dim0, rtol=1e-3)


def test_same_draws_as_li_et_al_after_manual_seed(mlp):
    """Li et al.: torch.manual_seed(s); [torch.randn(w.size()) for w in net.parameters()] x2."""
    torch.manual_seed(7)
    li = [[torch.randn(p.size()) for p in mlp.parameters()] for _ in range(2)]
    for k, d in enumerate(E.random_directions(mlp, dims=2, seed=7)):
        for (name, w), r in zip(mlp.named_parameters(), li[k]):
            if w.dim() <= 1:
                assert torch.count_nonzero(d[name]) == 0
                continue
            expected = torch.stack([ri * (wi.norm() / (ri.norm() + 1e-10)) for ri, wi in zip(r, w.detach())])
            assert torch.allclose(d[name], expected, rtol=1e-6, atol=1e-7), name


def test_layer_and_no_normalization(mlp):
    layer = E.random_directions(mlp, dims=1, normalization="layer", seed=0)
    none = E.random_directions(mlp, dims=1, normalization=None, seed=0)
    (dl,), (dn,) = layer, none
    for name, w in mlp.named_parameters():
        if w.dim() > 1:
            assert torch.allclose(dl[name].norm(), w.detach().norm(), rtol=1e-6)
            # the same draw, unscaled
            assert torch.allclose(dl[name] / dl[name].norm(), dn[name] / dn[name].norm(), atol=1e-6)
    assert none.normalization == "none" and layer.normalization == "layer"
    assert none.unit.startswith("N(0, 1)") and layer.unit == "layer-normalized units"


def test_ignore_none_moves_biases_by_their_own_values(mlp):
    (d,) = E.random_directions(mlp, dims=1, seed=0, ignore=None)
    assert torch.equal(d["fc1.bias"], mlp.fc1.bias.detach())


def test_seeded_draws_are_reproducible_and_leave_global_rng_alone(mlp):
    snap = snapshot(mlp)
    a = E.random_directions(mlp, seed=3)
    b = E.random_directions(mlp, seed=3)
    c = E.random_directions(mlp, seed=4)
    assert_unchanged(mlp, snap)
    assert all(torch.equal(a[k][n], b[k][n]) for k in range(2) for n in a[k])
    assert not torch.equal(a[0]["fc1.weight"], c[0]["fc1.weight"])
    assert a.frame_id() == b.frame_id() != c.frame_id()
    assert a.method == "random" and a.seed == 3 and a.unit == "filter-normalized units"


def test_subset_is_the_restriction_of_the_full_directions(cnn):
    full = E.random_directions(cnn, seed=5)
    by_name = E.random_directions(cnn, seed=5, params=["fc"])
    by_module = E.random_directions(cnn, seed=5, params=cnn.fc)
    by_pred = E.random_directions(cnn, seed=5, params=lambda n, p: n.startswith("fc."))
    for sub in (by_name, by_module, by_pred):
        for k in range(2):
            assert set(sub[k]) == {"fc.weight", "fc.bias"}
            assert torch.equal(sub[k]["fc.weight"], full[k]["fc.weight"])


def test_trainable_only_by_default(mlp):
    mlp.fc1.weight.requires_grad_(False)
    (d,) = E.random_directions(mlp, dims=1)
    assert "fc1.weight" not in d and "fc2.weight" in d
    (d,) = E.random_directions(mlp, dims=1, trainable_only=False)
    assert "fc1.weight" in d


def test_ddp_like_wrappers_are_unwrapped(mlp):
    wrapped = nn.DataParallel(mlp)
    a = E.random_directions(wrapped, seed=0)
    b = E.random_directions(mlp, seed=0)
    assert set(a[0]) == set(b[0]) and a.frame_id() == b.frame_id()


def test_frame_id_ignores_explicit_zeros_and_directions_pickle(mlp):
    dirs = E.random_directions(mlp, seed=0)
    stripped = [{n: t for n, t in d.items() if torch.count_nonzero(t)} for d in dirs]
    assert E.frame_id(stripped) == dirs.frame_id()
    again = pickle.loads(pickle.dumps(dirs))
    assert isinstance(again, E.Directions) and again.seed == 0 and again.frame_id() == dirs.frame_id()


@pytest.mark.parametrize("kwargs, match", [
    (dict(normalization="weird"), r"normalization='weird'"),
    (dict(dims=3), r"dims=3"),
    (dict(ignore="bias"), r"ignore='bias'"),
    (dict(seed=1.5), r"seed=1.5"),
    (dict(params=["nope"]), r"params='nope'"),
    (dict(params=lambda n, p: False), r"params=.*selects no parameter"),
])
def test_bad_arguments_name_argument_and_value(mlp, kwargs, match):
    with pytest.raises(ValueError, match=match):
        E.random_directions(mlp, **kwargs)


def test_params_module_not_in_model(mlp):
    with pytest.raises(ValueError, match=r"params='Linear' is a module that is not part of the model"):
        E.random_directions(mlp, params=nn.Linear(2, 2))


def test_normalize_direction_checks_shapes():
    with pytest.raises(ValueError, match=r"d=\(2, 3\) does not match"):
        E.normalize_direction(torch.ones(2, 3), torch.ones(3, 2))
