"""Models and data used by `benchmarks/engine.py` (and handy in tests).

MLP and small CNN (the demo's `DigitsCNN`) on scikit-learn's digits (8x8 grey images, 10
classes), ResNet-20 (He et al. 2016, CIFAR variant with option-A identity shortcuts) on random
CIFAR-size inputs, LeNet-5 on random 1x32x32 inputs.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from tb_landscape.integrations.demo import DigitsCNN


def digits(n: int = 1024):
    """The first `n` scikit-learn digits: x float32 [n, 64] in [0, 1], y int64 [n]."""
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.tensor(d.data[:n], dtype=torch.float32) / 16.0
    y = torch.tensor(d.target[:n], dtype=torch.int64)
    return x, y


def mlp() -> nn.Module:
    """64 -> 128 -> 128 -> 10 MLP with ReLU (~26k parameters)."""
    return nn.Sequential(
        nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 10)
    )


#: Two conv+BN+ReLU blocks and a linear head for 1x8x8 digits (~10k parameters): the demo's
#: model (`tb-landscape demo`), so the benchmark measures what the demo trains.
SmallCNN = DigitsCNN


class _Block(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.pad = cout - cin
        self.stride = stride

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        shortcut = x
        if self.stride != 1 or self.pad:
            # option A: subsample and zero-pad channels (He et al. 2016, CIFAR ResNets)
            shortcut = F.pad(x[:, :, ::2, ::2], (0, 0, 0, 0, self.pad // 2, self.pad - self.pad // 2))
        return F.relu(out + shortcut)


class ResNet20(nn.Module):
    """ResNet-20 for 3x32x32 inputs, 10 classes (~270k parameters)."""

    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        layers = []
        cin = 16
        for cout, stride in ((16, 1), (32, 2), (64, 2)):
            blocks = []
            for i in range(3):
                blocks.append(_Block(cin, cout, stride if i == 0 else 1))
                cin = cout
            layers.append(nn.Sequential(*blocks))
        self.layer1, self.layer2, self.layer3 = layers
        self.linear = nn.Linear(64, num_classes)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.layer3(self.layer2(self.layer1(out)))
        out = F.adaptive_avg_pool2d(out, 1).flatten(1)
        return self.linear(out)


def cifar_like(n: int = 256, seed: int = 0):
    """Random CIFAR-size data: x float32 [n, 3, 32, 32] ~ N(0, 1), y int64 [n] in [0, 10)."""
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, 32, 32, generator=g), torch.randint(0, 10, (n,), generator=g)


def settle_bn(model: nn.Module, x: torch.Tensor, passes: int = 3) -> nn.Module:
    """Makes BatchNorm layers look trained: affine parameters moved off their init (1, 0) and
    non-trivial running statistics (a few train-mode passes). loss-landscapes 3.0.6 divides
    by the norm of every bias entry and crashes on an exact zero."""
    g = torch.Generator().manual_seed(123)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.modules.batchnorm._BatchNorm) and m.affine:
                m.weight.add_(0.1 * torch.randn(m.weight.shape, generator=g))
                m.bias.add_(0.1 * torch.randn(m.bias.shape, generator=g))
    model.train()
    with torch.no_grad():
        for _ in range(passes):
            model(x)
    return model.eval()


class LeNet5(nn.Module):
    """LeNet-5 for 1x32x32 inputs (~62k parameters): conv(1,6,5)-ReLU-maxpool 2-conv(6,16,5)-
    ReLU-maxpool 2, then fully connected 400-120-84-10 with ReLU between."""

    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, num_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))


def lenet_like(n: int = 2048, seed: int = 0):
    """Random LeNet-size data: x float32 [n, 1, 32, 32] ~ N(0, 1), y int64 [n] in [0, 10)."""
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 1, 32, 32, generator=g), torch.randint(0, 10, (n,), generator=g)
