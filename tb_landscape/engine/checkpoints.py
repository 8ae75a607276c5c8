"""Checkpoints: the one loader of weights from files, state dicts, models and training dicts.

A checkpoint may be a file written by `torch.save`, a state dict, a model, or a training
dict holding the state under "state_dict" (Lightning), "model_state_dict" or "model". Keys
are matched to a model's names by dropping one common prefix ("module." from DDP, "model."
from Lightning modules, ...) when that makes them match.
"""

from __future__ import annotations

import os
import re
from typing import Any, Dict, Mapping, Optional, Sequence

import torch
from torch import nn

from .._validate import fail
from .params import unwrap_model

__all__ = ["load_checkpoint", "read_checkpoint", "checkpoint_step", "fit_keys", "strip_prefix", "load_state"]

_STATE_KEYS = ("state_dict", "model_state_dict", "model")


def read_checkpoint(path: Any, arg: str = "checkpoint", trust: bool = False) -> Any:
    """`torch.load` of a checkpoint file on the CPU, whatever it holds; safely
    (`weights_only=True`) unless `trust`. Errors name `arg` and the file."""
    if not os.path.exists(path):
        fail(arg, str(path), "is not an existing file")
    try:
        return torch.load(path, map_location="cpu", weights_only=not trust)
    except Exception as e:
        if not trust and "weights_only" in str(e):
            fail(arg, str(path), "holds more than tensors and cannot be loaded safely (torch.load "
                 "weights_only=True); load it only if you trust the file (trust=True, or "
                 "--trust-checkpoints on the command line)")
        fail(arg, str(path), f"does not load: {type(e).__name__}: {e}")


def load_checkpoint(checkpoint: Any, arg: str = "checkpoint", trust: bool = False) -> Dict[str, torch.Tensor]:
    """A checkpoint as a flat state dict name -> tensor (parameters and buffers).

    Args:
        checkpoint: a file path, a state dict, a model, or a training dict (see the module
            docstring).
        arg: the argument's name, for error messages.
        trust: load files with `torch.load(weights_only=False)` (runs code in the file).

    Raises:
        ValueError: naming `arg` for a missing or unloadable file, or an object that holds no
            state dict.
    """
    if isinstance(checkpoint, (str, os.PathLike)):
        checkpoint = read_checkpoint(checkpoint, arg, trust)
    if isinstance(checkpoint, nn.Module):
        checkpoint = unwrap_model(checkpoint).state_dict()
    if not isinstance(checkpoint, Mapping):
        fail(arg, type(checkpoint).__name__, "must be a state dict, a model or a file path")
    for key in _STATE_KEYS:
        inner = checkpoint.get(key)
        if isinstance(inner, nn.Module):
            return dict(unwrap_model(inner).state_dict())
        if isinstance(inner, Mapping) and inner and all(isinstance(v, torch.Tensor) for v in inner.values()):
            checkpoint = inner
            break
    tensors = {k: v for k, v in checkpoint.items() if isinstance(v, torch.Tensor)}
    if not tensors:
        fail(arg, type(checkpoint).__name__, "holds no tensors (no state dict)")
    return tensors


def checkpoint_step(checkpoint: Any, path: str, index: int) -> int:
    """The training step of a loaded checkpoint: its "global_step" or "step" entry, else the
    last number in its file name, else `index`."""
    if isinstance(checkpoint, Mapping):
        for key in ("global_step", "step"):
            v = checkpoint.get(key)
            if isinstance(v, int) and not isinstance(v, bool):
                return v
    numbers = re.findall(r"\d+", os.path.splitext(os.path.basename(str(path)))[0])
    return int(numbers[-1]) if numbers else index


def strip_prefix(state: Mapping[str, Any], names: Sequence[str]) -> Mapping[str, Any]:
    """Drops a DDP `module.` prefix from keys when the model's names lack it."""
    keys = list(state.keys())
    if keys and all(k.startswith("module.") for k in keys) and not any(n.startswith("module.") for n in names):
        return {k[len("module."):]: v for k, v in state.items()}
    return state


def fit_keys(model: nn.Module, state: Mapping[str, Any], arg: str = "checkpoint",
             required: Optional[Sequence[str]] = None) -> Dict[str, Any]:
    """`state` restricted to `required` names (default: the model's state_dict keys), dropping
    one common key prefix ("module.", "model.", "net.", ...) where that makes them match.

    Raises:
        ValueError: naming `arg` with the first missing names when the keys do not fit.
    """
    want = set(required if required is not None else unwrap_model(model).state_dict().keys())
    if want <= set(state):
        return {k: state[k] for k in want}
    for key in state:
        for cut in range(1, key.count(".") + 1):
            prefix = ".".join(key.split(".", cut)[:cut]) + "."
            stripped = {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)}
            if want <= set(stripped):
                return {k: stripped[k] for k in want}
        break
    fail(arg, f"<{len(state)} keys>", f"does not fit the model: missing {sorted(want - set(state))[:5]}")


def load_state(model: nn.Module, state: Mapping[str, torch.Tensor]) -> None:
    """Copies the parameters and buffers of `state` whose names and shapes match into
    `model`, in place (the others are left as they are)."""
    tensors = dict(model.named_parameters())
    tensors.update(dict(model.named_buffers()))
    with torch.no_grad():
        for n, t in state.items():
            target = tensors.get(n)
            if target is not None and target.shape == t.shape:
                target.copy_(t)
