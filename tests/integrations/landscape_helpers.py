"""Small real models, data and training loops for the integration tests (picklable: the
background-process tests send them to a worker)."""

from __future__ import annotations

import random
from typing import Callable, Dict

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def digits(n: int = 512):
    """scikit-learn's digits (shipped inside the package): x float32 [n, 64] in [0, 1], y [n]."""
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.tensor(d.data[:n], dtype=torch.float32) / 16.0
    y = torch.tensor(d.target[:n], dtype=torch.int64)
    return x, y


class TinyCNN(nn.Module):
    """conv+BN+ReLU, dropout, linear head for 1x8x8 digits (~3k parameters)."""

    def __init__(self, width: int = 8, dropout: float = 0.2):
        super().__init__()
        self.conv = nn.Conv2d(1, width, 3, padding=1)
        self.bn = nn.BatchNorm2d(width)
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(width * 16, 10)

    def forward(self, x):
        x = x.view(-1, 1, 8, 8)
        x = F.max_pool2d(F.relu(self.bn(self.conv(x))), 2)
        return self.fc(self.drop(torch.flatten(x, 1)))


class MLP(nn.Module):
    def __init__(self, hidden: int = 32):
        super().__init__()
        self.l1 = nn.Linear(64, hidden)
        self.l2 = nn.Linear(hidden, 10)

    def forward(self, x):
        return self.l2(F.relu(self.l1(x)))


def cross_entropy(out, y):
    return F.cross_entropy(out, y)


def accuracy(out, y):
    return (out.argmax(1) == y).float().mean()


def seed_everything(seed: int = 0) -> None:
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)


def train(model_factory: Callable[[], nn.Module] = TinyCNN, steps: int = 60, logger_factory=None,
          lr: float = 0.1, batch: int = 32, data=None, seed: int = 0, optimizer: str = "sgd"):
    """Trains with RNG draws from torch (init, shuffling, dropout), numpy and Python in every step.

    Returns (model, optimizer, logger, rng fingerprint) after training.
    """
    seed_everything(seed)
    x, y = data if data is not None else digits(512)
    model = model_factory()
    if optimizer == "sgd":
        opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    else:
        opt = torch.optim.Adam(model.parameters(), lr=lr)
    logger = logger_factory(model, (x[:128], y[:128])) if logger_factory is not None else None
    model.train()
    for step in range(steps):
        idx = torch.randint(0, x.shape[0], (batch,))
        noise = float(np.random.rand()) * 1e-3 + random.random() * 1e-3  # numpy and Python streams in use
        xb = x[idx] + noise
        opt.zero_grad()
        loss = F.cross_entropy(model(xb), y[idx])
        loss.backward()
        opt.step()
        if logger is not None:
            logger.step(step)
    if logger is not None:
        logger.close()
    fingerprint = (torch.get_rng_state(), np.random.get_state()[1].copy(), random.getstate())
    return model, opt, logger, fingerprint


def state_bytes(model: nn.Module, opt: torch.optim.Optimizer) -> Dict[str, bytes]:
    """Every tensor of the model (parameters, buffers, grads) and the optimizer, as raw bytes."""
    out = {}
    for k, v in model.state_dict().items():
        out[f"model.{k}"] = v.detach().contiguous().view(-1).view(torch.uint8).numpy().tobytes() \
            if v.dim() else v.detach().reshape(1).contiguous().view(torch.uint8).numpy().tobytes()
    for k, p in model.named_parameters():
        if p.grad is not None:
            out[f"grad.{k}"] = p.grad.detach().contiguous().view(-1).view(torch.uint8).numpy().tobytes()
    for i, st in opt.state_dict()["state"].items():
        for k, v in st.items():
            if isinstance(v, torch.Tensor):
                out[f"opt.{i}.{k}"] = v.detach().reshape(-1).contiguous().view(torch.uint8).numpy().tobytes()
            else:
                out[f"opt.{i}.{k}"] = repr(v).encode()
    out["training_flags"] = repr([m.training for m in model.modules()]).encode()
    return out


def read_events(logdir: str):
    """(records by tag -> [(step, Landscape, or the SensitivityRecord / SpectrumRecord proto)], scalars by tag -> [(step, value)]) of a
    run directory, read back with TensorBoard's EventAccumulator and `metadata.parse_record`."""
    from tensorboard.backend.event_processing import event_accumulator

    from tb_landscape import metadata

    acc = event_accumulator.EventAccumulator(logdir, size_guidance={"tensors": 0, "scalars": 0})
    acc.Reload()
    records = {}
    for tag in acc.Tags()["tensors"]:
        if acc.SummaryMetadata(tag).plugin_data.plugin_name != metadata.PLUGIN_NAME:
            continue  # the hparams plugin's summaries, say
        kind = metadata.kind_name(metadata.parse_plugin_metadata(acc.SummaryMetadata(tag).plugin_data.content))
        items = []
        for ev in acc.Tensors(tag):
            rec = metadata.parse_record(ev.tensor_proto.string_val[0], kind)
            items.append((ev.step, metadata.record_to_landscape(rec) if kind == metadata.LANDSCAPE else rec))
        records[tag] = items
    scalars = {tag: [(e.step, e.value) for e in acc.Scalars(tag)] for tag in acc.Tags()["scalars"]}
    return records, scalars


def fresh_python(code: str, timeout: float = 120) -> str:
    """What `code` prints when run by a new Python interpreter (which must exit with 0)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()
