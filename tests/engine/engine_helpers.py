"""Models and helpers of the engine tests: small real torch models, digits data, and the
bit-exact snapshot / comparison of everything a computation must leave unchanged.

Models are tiny so that the whole suite runs in well under three minutes on two CPU cores.
"""

from __future__ import annotations

import copy
import random

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


class MLP(nn.Module):
    def __init__(self, d_in=64, hidden=32, d_out=10):
        super().__init__()
        self.fc1 = nn.Linear(d_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.head = nn.Linear(hidden, d_out)

    def forward(self, x):
        return self.head(torch.relu(self.fc2(torch.relu(self.fc1(x)))))


class CNN(nn.Module):
    """Conv + BatchNorm + ReLU blocks, a dropout and a linear head, for 1x8x8 digits."""

    def __init__(self, width=4):
        super().__init__()
        self.conv1 = nn.Conv2d(1, width, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, 2 * width, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(2 * width)
        self.drop = nn.Dropout(0.5)
        self.fc = nn.Linear(2 * width * 16, 10)

    def forward(self, x):
        x = x.view(-1, 1, 8, 8)
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        return self.fc(self.drop(torch.flatten(x, 1)))


class Decoder(nn.Module):
    """ConvTranspose layers (weights [in, out/groups, k, k]), one grouped, with BatchNorm."""

    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(64, 8 * 2 * 2)
        self.up1 = nn.ConvTranspose2d(8, 6, 2, stride=2)
        self.bn = nn.BatchNorm2d(6)
        self.up2 = nn.ConvTranspose2d(6, 4, 2, stride=2, groups=2)
        self.out = nn.Conv2d(4, 1, 1)
        self.cls = nn.Linear(64, 10)

    def forward(self, x):
        z = self.lin(x).view(-1, 8, 2, 2)
        z = torch.relu(self.bn(self.up1(z)))
        return self.cls(self.out(torch.relu(self.up2(z))).flatten(1))


def digits_data(n=128):
    """The first n scikit-learn digits: x float32 [n, 64] in [0, 1], y int64 [n]."""
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.tensor(d.data[:n], dtype=torch.float32) / 16.0
    y = torch.tensor(d.target[:n], dtype=torch.int64)
    return x, y


def settle(model, x, passes=2):
    """A few train-mode passes so BatchNorm statistics are not the defaults; back to train()."""
    with torch.no_grad():
        model.train()
        for i in range(passes):
            model(x[i::passes])
    return model


def accuracy(outputs, targets):
    return (outputs.argmax(1) == targets).float().mean()


# ---- exactness helpers -------------------------------------------------------------------

def snapshot(model):
    """Everything `preserved` promises to keep, as comparable values."""
    return {
        "params": {n: (p, p.detach().clone(), p.requires_grad, p.grad, None if p.grad is None else p.grad.clone())
                   for n, p in model.named_parameters()},
        "buffers": {n: (b, b.detach().clone()) for n, b in model.named_buffers()},
        "modes": [(m, m.training) for m in model.modules()],
        "torch": torch.get_rng_state(),
        "numpy": np.random.get_state(),
        "python": random.getstate(),
    }


def assert_unchanged(model, snap):
    """Bit-identical parameters, buffers, flags, .grad, modes and global RNG states."""
    params = dict(model.named_parameters())
    assert set(params) == set(snap["params"])
    for n, (obj, value, rg, grad, grad_value) in snap["params"].items():
        p = params[n]
        assert p is obj, n
        assert torch.equal(p.detach(), value) and p.dtype == value.dtype, n
        assert p.requires_grad == rg, n
        assert p.grad is grad, n
        if grad is not None:
            assert torch.equal(p.grad, grad_value), n
    buffers = dict(model.named_buffers())
    for n, (obj, value) in snap["buffers"].items():
        assert buffers[n] is obj and torch.equal(buffers[n], value), n
    for m, training in snap["modes"]:
        assert m.training == training
    assert torch.equal(torch.get_rng_state(), snap["torch"])
    np_now, np_then = np.random.get_state(), snap["numpy"]
    assert np_now[0] == np_then[0] and np.array_equal(np_now[1], np_then[1]) and np_now[2:] == np_then[2:]
    assert random.getstate() == snap["python"]


def loss_at(model, loss_fn, x, y, dirs, coords):
    """Independent evaluation: a fresh copy of the model with w0 + sum_k c_k d_k, in eval mode."""
    import copy

    m = copy.deepcopy(model).eval()
    with torch.no_grad():
        named = dict(m.named_parameters())
        for k, d in enumerate(dirs):
            for n, t in d.items():
                named[n].add_(coords[k] * t)
        return float(loss_fn(m(x), y))


def sgd_checkpoints(model, x, y, steps, lr=0.5):
    """Trains `model` in place by full-batch SGD on cross-entropy; its state dict after each step."""
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    states = []
    for _ in range(steps):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
        states.append(copy.deepcopy(model.state_dict()))
    return states
