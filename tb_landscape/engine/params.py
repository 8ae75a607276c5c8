"""Which parameters a landscape moves, and small helpers on name -> tensor dicts.

A *direction* is a dict `parameter name -> tensor` shaped like that parameter; parameters
that are absent do not move. Names are those of `unwrap_model(model).named_parameters()`
(shared parameters appear once, under their first name).
"""

from __future__ import annotations

import math
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

import torch
from torch import nn

from .._validate import fail

__all__ = ["unwrap_model", "select_parameters", "ParamSelector", "NORM_LAYERS"]

#: Normalization layers whose affine parameters are excluded with `ignore="biasbn"`.
NORM_LAYERS: Tuple[type, ...] = (
    nn.modules.batchnorm._NormBase,
    nn.LayerNorm,
    nn.GroupNorm,
    nn.LocalResponseNorm,
) + ((nn.RMSNorm,) if hasattr(nn, "RMSNorm") else ())

#: What `params=` accepts: None (all trainable), names or module-name prefixes, a submodule,
#: or a predicate `(name, parameter) -> bool`.
ParamSelector = Union[None, str, Sequence[str], nn.Module, Callable[[str, nn.Parameter], bool]]


def unwrap_model(model: nn.Module) -> nn.Module:
    """The module that holds the parameters: unwraps DistributedDataParallel, DataParallel
    and `torch.compile`'s wrapper (repeatedly, in any nesting)."""
    if not isinstance(model, nn.Module):
        fail("model", model, "must be a torch.nn.Module")
    while True:
        if isinstance(model, (nn.parallel.DistributedDataParallel, nn.DataParallel)):
            model = model.module
        elif type(model).__name__ == "OptimizedModule" and isinstance(getattr(model, "_orig_mod", None), nn.Module):
            model = model._orig_mod
        else:
            return model


def named_parameters(model: nn.Module) -> List[Tuple[str, nn.Parameter]]:
    """`model.named_parameters()` as a list (shared parameters once, first name)."""
    return list(model.named_parameters())


def parameter_owners(model: nn.Module) -> Dict[str, Tuple[nn.Module, str]]:
    """Maps each parameter name to (the module that holds it directly, attribute name)."""
    owners: Dict[str, Tuple[nn.Module, str]] = {}
    by_id = {id(p): n for n, p in model.named_parameters()}
    for mname, module in model.named_modules(remove_duplicate=False):
        for pname, p in module._parameters.items():
            if p is None:
                continue
            full = by_id.get(id(p))
            if full is not None and full not in owners:
                owners[full] = (module, pname)
    return owners


def select_parameters(
    model: nn.Module, params: ParamSelector = None, trainable_only: bool = True
) -> List[str]:
    """Names of the parameters a computation may move, in `named_parameters()` order.

    Args:
        model: the model (DDP/DataParallel wrappers are unwrapped).
        params: None for all parameters; a name or sequence of names, each a parameter name
            or a module name whose parameters are all selected (`"layer4"`, `"fc"`); a
            submodule of `model`; or a predicate `(name, parameter) -> bool`.
        trainable_only: keep only parameters with `requires_grad=True`.

    Returns:
        The selected parameter names (at least one).

    Raises:
        ValueError: naming `params` when a name matches nothing, the module is not part of
            `model`, or the selection is empty.
    """
    model = unwrap_model(model)
    named = named_parameters(model)
    if params is None:
        chosen = [n for n, _ in named]
    elif isinstance(params, nn.Module):
        ids = {id(p) for p in params.parameters()}
        if not any(id(p) in ids for _, p in named) or not any(m is params for m in model.modules()):
            fail("params", type(params).__name__, "is a module that is not part of the model")
        chosen = [n for n, p in named if id(p) in ids]
    elif isinstance(params, str) or (
        isinstance(params, Sequence) and all(isinstance(s, str) for s in params)
    ):
        wanted = [params] if isinstance(params, str) else list(params)
        if not wanted:
            fail("params", params, "is an empty list of names")
        chosen_set = set()
        for s in wanted:
            hits = [n for n, _ in named if n == s or n.startswith(s + ".")]
            if not hits:
                fail("params", s, "matches no parameter or module name of the model "
                     f"(first names: {[n for n, _ in named[:5]]})")
            chosen_set.update(hits)
        chosen = [n for n, _ in named if n in chosen_set]
    elif callable(params):
        chosen = [n for n, p in named if params(n, p)]
    else:
        fail("params", params, "must be None, names, a submodule or a predicate (name, param) -> bool")
    if trainable_only:
        by_name = dict(named)
        chosen = [n for n in chosen if by_name[n].requires_grad]
    if not chosen:
        fail("params", params if not isinstance(params, nn.Module) else type(params).__name__,
             "selects no parameter" + (" with requires_grad=True (pass trainable_only=False to "
                                       "include frozen ones)" if trainable_only else ""))
    return chosen


# ---- name -> tensor dict arithmetic (float64 accumulation for inner products) -------------

def dict_dot(a: Mapping[str, torch.Tensor], b: Mapping[str, torch.Tensor]) -> float:
    """Inner product sum_name <a[name], b[name]> over common names, accumulated in float64."""
    total = 0.0
    for k, v in a.items():
        w = b.get(k)
        if w is not None:
            total += float(torch.sum(v.double() * w.double()))
    return total


def dict_norm(a: Mapping[str, torch.Tensor]) -> float:
    """Euclidean norm of a direction over all its tensors (float64 accumulation)."""
    return math.sqrt(sum(float(torch.sum(v.double() ** 2)) for v in a.values()))


def flatten(tensors: Mapping[str, Optional[torch.Tensor]], names: Iterable[str], dtype=torch.float64,
            like: Optional[Mapping[str, torch.Tensor]] = None) -> torch.Tensor:
    """Concatenates the named tensors into one vector [n] of `dtype`; with `like`, a missing
    name or a None counts as zeros shaped like `like[name]`."""
    parts = []
    for n in names:
        t = tensors.get(n)
        if t is None:
            if like is None:
                raise KeyError(n)
            t = torch.zeros(like[n].numel(), dtype=dtype, device=like[n].device)
        parts.append(t.reshape(-1).to(dtype))
    return torch.cat(parts)


def unflatten(vector: torch.Tensor, like: Mapping[str, torch.Tensor], dtype=None) -> Dict[str, torch.Tensor]:
    """Splits a flat vector [n] into tensors shaped like `like`, in its order, on each one's
    device, typed like it (or `dtype`). The inverse of `flatten`: the one flat <-> dict
    conversion of the engine."""
    out: Dict[str, torch.Tensor] = {}
    i = 0
    for k, t in like.items():
        n = t.numel()
        out[k] = vector[i:i + n].reshape(t.shape).to(dtype=dtype or t.dtype, device=t.device)
        i += n
    if i != vector.numel():
        raise ValueError(f"flat vector has {vector.numel()} entries, expected {i}")
    return out
