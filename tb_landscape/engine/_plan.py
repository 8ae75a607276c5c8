"""What one worker runs at a grid point: a module, and the tensors it writes first.

A grid point is `w(a, b) = w0 + a*d1 + b*d2` on the moved tensors. A `Plan` holds a module
(the traced suffix, see `_trace`, or a copy of the model) and its *slots*: the tensors of
that module written at each point as `base + sum_k c_k * dir_k`. Every worker has its own
`Plan` (`replica()`): its slot tensors are its own, everything else is shared read-only, so
workers never see each other's writes and the caller's model is never written. A point's
value is written from `base` every time (no "already there" shortcut): a write costs one
multiply-add per moved entry, nothing next to a forward pass, and cannot go stale.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import torch
from torch import nn

#: parameter name -> (its centre value, one direction tensor per axis or None)
Moves = Dict[str, Tuple[torch.Tensor, List[Optional[torch.Tensor]]]]


@dataclasses.dataclass
class Slot:
    """A tensor written at every point: `value = base + sum_k coords[k] * dirs[k]`.

    Attributes:
        name: qualified name of the tensor inside the plan's module.
        base: its value at the centre (a tensor of its own, never written).
        dirs: one tensor per axis (None where the slot does not move along that axis).
    """

    name: str
    base: torch.Tensor
    dirs: List[Optional[torch.Tensor]]

    def write(self, target: torch.Tensor, coords: Sequence[float]) -> None:
        """Writes the value at `coords` into `target` (call under `torch.no_grad`)."""
        first = True
        for c, d in zip(coords, self.dirs):
            if d is None:
                continue
            if first:
                torch.add(self.base, d, alpha=float(c), out=target)
                first = False
            else:
                target.add_(d, alpha=float(c))
        if first:
            target.copy_(self.base)


def owner_object(module: nn.Module, name: str) -> torch.Tensor:
    """The parameter, buffer or tensor attribute at a dotted name."""
    return functools.reduce(getattr, name.split("."), module)


def resolve(module: nn.Module, name: str) -> torch.Tensor:
    """The tensor written for a slot: a parameter's `.data`, or the buffer itself."""
    obj = owner_object(module, name)
    return obj.data if isinstance(obj, nn.Parameter) else obj


@dataclasses.dataclass
class Plan:
    """One worker's module and the slot tensors it writes (see the module docstring).

    Attributes:
        kind: "traced" (`module` is the suffix of a rewritten graph) or "eager" (a copy of
            the model, or the caller's model itself for custom `evaluate` functions).
        module: what runs at each point.
        slots: the tensors written at each point.
        targets: the slot tensors inside `module`, in the order of `slots`.
    """

    kind: str
    module: nn.Module
    slots: List[Slot]
    targets: List[torch.Tensor] = dataclasses.field(default_factory=list)

    def __post_init__(self):
        if not self.targets:
            self.targets = [resolve(self.module, s.name) for s in self.slots]

    def write(self, coords: Sequence[float]) -> None:
        """Writes every slot at `coords`."""
        with torch.no_grad():
            for slot, target in zip(self.slots, self.targets):
                slot.write(target, coords)

    def restore_centre(self) -> None:
        """Copies every slot's centre value back (for a plan over the caller's model)."""
        with torch.no_grad():
            for slot, target in zip(self.slots, self.targets):
                target.copy_(slot.base)

    def replica(self, copy_buffers: bool = False) -> "Plan":
        """A plan over a copy of `module` whose slot tensors (and, with `copy_buffers`, its
        buffers) are its own; every other tensor is shared."""
        own = {id(owner_object(self.module, s.name)) for s in self.slots}
        memo = {}
        for t in _tensors(self.module, buffers=not copy_buffers):
            if id(t) not in own:
                memo[id(t)] = t
                grad = getattr(t, "grad", None)
                if grad is not None:
                    memo[id(grad)] = grad
        return Plan(self.kind, copy.deepcopy(self.module, memo), self.slots)


def _tensors(module: nn.Module, buffers: bool) -> Iterable[torch.Tensor]:
    yield from module.parameters()
    if buffers:
        yield from module.buffers()
    for m in module.modules():  # tensor attributes of graph modules (get_attr targets)
        for v in vars(m).values():
            if isinstance(v, torch.Tensor) and not isinstance(v, nn.Parameter):
                yield v


def eager_plan(model: nn.Module, moves: Moves, in_place: bool = False) -> Plan:
    """A plan over a copy of the model whose moved parameters are its own (buffers copied
    too: recalibration writes them), or, with `in_place`, over the caller's model itself
    (the caller restores it)."""
    slots = [Slot(name=name, base=base, dirs=dirs) for name, (base, dirs) in moves.items()]
    plan = Plan("eager", model, slots)
    return plan if in_place else plan.replica(copy_buffers=True)
