"""`align_permutations`: weight matching of hidden units (Git Re-Basin), the same function."""

import copy

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from engine_helpers import CNN, MLP, assert_unchanged, settle, snapshot
from tb_landscape.engine import align_permutations
from tb_landscape.engine.permute import permutation_chain


def _distance(a: nn.Module, b: nn.Module) -> float:
    sb = dict(b.named_parameters())
    return sum(float((p - sb[n]).detach().pow(2).sum()) for n, p in a.named_parameters()) ** 0.5


def _outputs_equal(b, aligned, x):
    b.eval(), aligned.eval()
    with torch.no_grad():
        torch.testing.assert_close(aligned(x), b(x), rtol=1e-5, atol=1e-5)


def test_mlp_aligned_copy_computes_the_same_function_and_is_closer_to_a():
    torch.manual_seed(0)
    a, b = MLP(), MLP()
    b.fc1.weight.grad = torch.ones_like(b.fc1.weight)
    snap_a, snap_b = snapshot(a), snapshot(b)
    aligned = align_permutations(a, b)
    assert_unchanged(a, snap_a)
    assert_unchanged(b, snap_b)
    assert aligned is not b and all(p.grad is None for p in aligned.parameters())
    _outputs_equal(b, aligned, torch.randn(50, 64))
    assert _distance(a, aligned) < _distance(a, b)


def test_a_permuted_copy_of_a_is_aligned_back_exactly():
    torch.manual_seed(1)
    a = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.BatchNorm1d(16), nn.Linear(16, 12), nn.Tanh(),
                      nn.Dropout(0.1), nn.Linear(12, 3))
    settle(a, torch.randn(64, 8)).eval()
    b = copy.deepcopy(a)
    p1, p2 = torch.randperm(16), torch.randperm(12)
    with torch.no_grad():
        for t in (b[0].weight, b[0].bias, b[2].weight, b[2].bias, b[2].running_mean, b[2].running_var):
            t.copy_(t[p1])
        b[3].weight.copy_(b[3].weight[p2][:, p1])
        b[3].bias.copy_(b[3].bias[p2])
        b[6].weight.copy_(b[6].weight[:, p2])
    assert _distance(a, b) > 1
    aligned = align_permutations(a, b, seed=3)
    for (n, x), (_, y) in zip(a.state_dict().items(), aligned.state_dict().items()):
        assert torch.equal(x, y), n


def test_cnn_with_batchnorm_pooling_and_flatten_keeps_the_function():
    torch.manual_seed(2)
    a, b = CNN(width=4), CNN(width=4)
    x = torch.randn(40, 64)
    settle(a, x).eval()
    settle(b, x).eval()
    snap_b = snapshot(b)
    aligned = align_permutations(a, b)
    assert_unchanged(b, snap_b)
    _outputs_equal(b, aligned, torch.randn(30, 64))
    # the conv's channels moved, and the Linear's columns followed in blocks of 16 (4 x 4 pixels)
    assert not torch.equal(aligned.conv2.weight, b.conv2.weight)
    assert [layer.name for layer in permutation_chain(a)] == ["conv1", "conv2", "fc"]


def test_a_state_dict_b_gives_a_permuted_state_dict():
    torch.manual_seed(3)
    a, b = MLP(hidden=8), MLP(hidden=8)
    out = align_permutations(a, b.state_dict())
    assert isinstance(out, dict) and set(out) == set(b.state_dict())
    c = MLP(hidden=8)
    c.load_state_dict(out)
    _outputs_equal(b, c, torch.randn(10, 64))


class Residual(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2, self.head = nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 2)

    def forward(self, x):
        h = F.relu(self.fc1(x))
        return self.head(h + self.fc2(h))


class Attention(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.attn, self.head = nn.Linear(4, 8), nn.MultiheadAttention(8, 2), nn.Linear(8, 2)

    def forward(self, x):
        h = self.fc1(x)
        return self.head(self.attn(h, h, h)[0])


class Shared(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2, self.head = nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.fc2(F.relu(self.fc2(F.relu(self.fc1(x))))))


@pytest.mark.parametrize("make, match", [
    (Residual, "model_a=.*not a plain chain"),
    (Attention, "model_a=.*attn"),
    (Shared, "model_a=.*'fc2'.*called more than once"),
    (lambda: nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.Linear(8, 2)), "model_a=.*'1' \\(LayerNorm\\)"),
    (lambda: nn.Sequential(nn.Linear(4, 2)), "model_a=.*1 Linear/Conv layer"),
])
def test_unsupported_architectures_are_refused_naming_the_layer(make, match):
    torch.manual_seed(0)
    a, b = make(), make()
    with pytest.raises(ValueError, match=match):
        align_permutations(a, b)


def test_tied_weights_are_refused():
    a = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 4))
    a[2].weight = a[0].weight
    with pytest.raises(ValueError, match="tied weights"):
        align_permutations(a, copy.deepcopy(a))


def test_another_architecture_or_state_dict_is_refused_naming_model_b():
    with pytest.raises(ValueError, match="model_b=.*shape"):
        align_permutations(MLP(hidden=8), MLP(hidden=16))
    with pytest.raises(ValueError, match="model_b=.*same architecture"):
        align_permutations(MLP(), CNN())
    with pytest.raises(ValueError, match="model_b=.*missing"):
        align_permutations(MLP(), {"fc1.weight": torch.zeros(32, 64)})
