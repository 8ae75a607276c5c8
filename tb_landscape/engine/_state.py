"""Leave the caller's model and random number generators exactly as they were.

"Training is sacred": every engine entry point runs inside `preserved(model)`, which saves
what a computation could touch and puts it back bit for bit in a `finally` block, also when
the computation raises midway:

- every parameter's values, `requires_grad` flag and `.grad` (object and values), and the
  parameter object held by its module;
- every buffer's values (BatchNorm running statistics, `num_batches_tracked`) and object;
- every module's train/eval flag;
- the global random number generators: torch CPU, torch CUDA (all devices, when CUDA is
  initialized), numpy's legacy global generator and Python's `random`.

Values are restored from saved copies with `copy_`, never by undoing arithmetic
(`w + a*d - a*d` is not `w` in floating point). In a background thread, wrap engine calls in
`global_rng_untouched()` so that the global generators are left to the training thread.
"""

from __future__ import annotations

import contextlib
import random
import threading
from typing import Iterator, List, Optional, Tuple

import numpy as np
import torch
from torch import nn


_THREAD = threading.local()


@contextlib.contextmanager
def global_rng_untouched() -> Iterator[None]:
    """In the current thread only, engine calls neither save nor restore the global RNGs.

    For computations in a background thread while training runs in another: restoring the
    global generators there would rewind the training thread's draws (dropout masks, shuffling
    in between would repeat). The engine draws its own random numbers from seeded generators;
    what remains global is what user code draws (a shuffling DataLoader passed as `data`,
    a stochastic loss function), which then advances the global generators as it would
    anywhere else. Model state is still restored exactly.
    """
    with thread_flag(_THREAD, "untouched"):
        yield


@contextlib.contextmanager
def thread_flag(local: threading.local, name: str) -> Iterator[None]:
    """Sets the flag `local.<name>` in the current thread for the block (then puts it back)."""
    before = getattr(local, name, False)
    setattr(local, name, True)
    try:
        yield
    finally:
        setattr(local, name, before)


class _RngState:
    """The global RNG states of torch (CPU and CUDA), numpy and Python `random`."""

    def __init__(self):
        self._skip = getattr(_THREAD, "untouched", False)
        if self._skip:
            return
        self.torch_cpu = torch.get_rng_state()
        self.torch_cuda = None
        if torch.cuda.is_available() and torch.cuda.is_initialized():
            self.torch_cuda = torch.cuda.get_rng_state_all()
        self.numpy = np.random.get_state()
        self.python = random.getstate()

    def restore(self) -> None:
        if self._skip:
            return
        torch.set_rng_state(self.torch_cpu)
        if self.torch_cuda is not None:
            torch.cuda.set_rng_state_all(self.torch_cuda)
        np.random.set_state(self.numpy)
        random.setstate(self.python)


class _ModelState:
    """Saved copies of everything of a module tree that a computation may change."""

    def __init__(self, model: nn.Module):
        self.modes: List[Tuple[nn.Module, bool]] = []
        # (module, attribute name, parameter object, saved values, requires_grad, grad object, saved grad)
        self.params: List[tuple] = []
        # (module, attribute name, buffer object, saved values)
        self.buffers: List[tuple] = []
        seen = set()
        with torch.no_grad():
            for module in model.modules():
                self.modes.append((module, module.training))
                for name, p in module._parameters.items():
                    if p is None:
                        continue
                    grad = p.grad
                    self.params.append((
                        module, name, p, p.detach().clone() if id(p) not in seen else None,
                        p.requires_grad, grad, None if grad is None else grad.detach().clone(),
                    ))
                    seen.add(id(p))
                for name, b in module._buffers.items():
                    if b is None:
                        continue
                    self.buffers.append((module, name, b, b.detach().clone() if id(b) not in seen else None))
                    seen.add(id(b))

    def restore(self) -> None:
        with torch.no_grad():
            for module, name, p, value, requires_grad, grad, grad_value in self.params:
                module._parameters[name] = p
                if value is not None:
                    if p.shape != value.shape or p.dtype != value.dtype or p.device != value.device:
                        p.data = value
                    else:
                        p.copy_(value)
                p.requires_grad_(requires_grad)
                if grad is not None:
                    if grad.shape == grad_value.shape:
                        grad.copy_(grad_value)
                    else:
                        grad.data = grad_value
                p.grad = grad
            for module, name, b, value in self.buffers:
                module._buffers[name] = b
                if value is not None:
                    if b.shape != value.shape or b.dtype != value.dtype or b.device != value.device:
                        b.data = value
                    else:
                        b.copy_(value)
        for module, training in self.modes:
            module.training = training


@contextlib.contextmanager
def preserved(model: Optional[nn.Module]) -> Iterator[None]:
    """Context manager: restores `model` (may be None) and the global RNGs on exit.

    Memory: one copy of every parameter, gradient and buffer of `model`.
    """
    rng = _RngState()
    state = _ModelState(model) if model is not None else None
    try:
        yield
    finally:
        if state is not None:
            state.restore()
        rng.restore()


@contextlib.contextmanager
def rng_preserved() -> Iterator[None]:
    """Context manager: restores only the global RNG states on exit (torch CPU and CUDA,
    numpy's legacy global generator, Python's `random`); nothing in a thread inside
    `global_rng_untouched()`. The one implementation: the integrations use it too."""
    rng = _RngState()
    try:
        yield
    finally:
        rng.restore()
