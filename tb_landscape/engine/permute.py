"""`align_permutations`: weight matching (Ainsworth et al. 2023, "Git Re-Basin").

Hidden units of a network can be permuted without changing the function it computes: permute
the rows of a layer (its weight's output axis, its bias, the BatchNorm that follows) and the
matching input columns of the next layer. Weight matching picks, for model B, the
permutations that bring its weights closest to model A's:

    maximize  sum over layers of <W_A, P_l W_B P_{l-1}^T>

by coordinate descent: one hidden layer at a time, holding the others fixed, the best
permutation of that layer is a linear assignment problem whose score S[i, j] is the inner
product of all the weights touching unit i of A and unit j of B (the layer's rows, bias and
BatchNorm affine parameters, and the next layer's columns), solved exactly by
`scipy.optimize.linear_sum_assignment`. Layers are visited in a random order per sweep (from
`seed`) until a whole sweep changes no permutation.

Supported: chains, decided from the `torch.fx` graph of model A: every node takes its input
from the node before it and only that node uses it. Between two weight layers (`Linear`,
`Conv1d/2d/3d` with `groups=1`) only unit-wise operations may sit: BatchNorm, element-wise
activations, dropout, pooling and flattening (a flatten between a convolution with C
channels and a Linear: each channel owns a block of `in_features / C` consecutive columns).
Anything else (residual adds, attention, a layer called twice, tied weights, a parameter
used directly) raises a ValueError naming the layer.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, Dict, List, Mapping, Optional, Tuple

import numpy as np
import torch
from torch import nn

from .._validate import check_int, check_positive_int, fail
from .checkpoints import fit_keys, load_checkpoint
from .params import unwrap_model

__all__ = ["align_permutations", "permutation_chain"]

_WEIGHT_LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d)
_NORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
#: Modules that act on each unit (channel) separately and the same way for all of them.
_UNITWISE_MODULES = (
    nn.ReLU, nn.ReLU6, nn.LeakyReLU, nn.ELU, nn.SELU, nn.CELU, nn.GELU, nn.SiLU, nn.Mish, nn.Tanh, nn.Sigmoid,
    nn.Hardtanh, nn.Hardswish, nn.Hardsigmoid, nn.Softplus, nn.Identity, nn.Dropout, nn.Dropout1d, nn.Dropout2d,
    nn.Dropout3d, nn.AlphaDropout, nn.MaxPool1d, nn.MaxPool2d, nn.MaxPool3d, nn.AvgPool1d, nn.AvgPool2d,
    nn.AvgPool3d, nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveAvgPool3d, nn.AdaptiveMaxPool1d,
    nn.AdaptiveMaxPool2d, nn.AdaptiveMaxPool3d,
)
_UNITWISE_FUNCTIONS = {
    torch.relu, torch.tanh, torch.sigmoid, nn.functional.relu, nn.functional.relu6, nn.functional.leaky_relu,
    nn.functional.elu, nn.functional.selu, nn.functional.gelu, nn.functional.silu, nn.functional.mish,
    nn.functional.tanh, nn.functional.sigmoid, nn.functional.softplus, nn.functional.hardtanh,
    nn.functional.dropout, nn.functional.max_pool1d, nn.functional.max_pool2d, nn.functional.max_pool3d,
    nn.functional.avg_pool1d, nn.functional.avg_pool2d, nn.functional.avg_pool3d,
    nn.functional.adaptive_avg_pool1d, nn.functional.adaptive_avg_pool2d, nn.functional.adaptive_max_pool2d,
}
_UNITWISE_METHODS = {"relu", "tanh", "sigmoid", "contiguous"}


@dataclasses.dataclass
class _Layer:
    """One weight layer of the chain and the unit-wise layers after it (up to the next one)."""

    name: str                 # module name of the Linear / Conv
    module: nn.Module
    norms: List[Tuple[str, bool]] = dataclasses.field(default_factory=list)  # (BatchNorm name, after a flatten)
    flattened: bool = False   # a flatten sits between it and the next weight layer


def _node_kind(node: Any, modules: Mapping[str, nn.Module]) -> Tuple[str, str]:
    """("weight" | "norm" | "unitwise" | "flatten" | "other", a readable name) of a graph node."""
    if node.op == "call_module":
        m = modules[node.target]
        name = f"{node.target!r} ({type(m).__name__})"
        if isinstance(m, _WEIGHT_LAYERS):
            if getattr(m, "groups", 1) != 1:
                return "other", f"{name} with groups={m.groups}"
            return "weight", name
        if isinstance(m, _NORMS):
            return "norm", name
        if isinstance(m, _UNITWISE_MODULES):
            return "unitwise", name
        if isinstance(m, nn.Flatten):
            return ("flatten" if m.start_dim == 1 and m.end_dim == -1 else "other"), name
        return "other", name
    if node.op == "call_function":
        name = getattr(node.target, "__name__", str(node.target))
        if node.target in _UNITWISE_FUNCTIONS:
            return "unitwise", name
        if node.target is torch.flatten and tuple(node.args[1:]) in ((1,), (1, -1)) and not node.kwargs:
            return "flatten", name
        return "other", name
    if node.op == "call_method":
        if node.target in _UNITWISE_METHODS:
            return "unitwise", f".{node.target}()"
        if node.target == "flatten" and tuple(node.args[1:]) in ((1,), (1, -1)) and not node.kwargs:
            return "flatten", ".flatten()"
        return "other", f".{node.target}()"
    return "other", f"{node.op} {node.target}"


def _chain_nodes(model: nn.Module) -> List[Any]:
    """The graph's computing nodes in order; a ValueError when the graph is not a chain."""
    from torch import fx

    try:
        graph = fx.symbolic_trace(model).graph
    except Exception as e:
        fail("model_a", type(model).__name__, f"cannot be traced by torch.fx ({type(e).__name__}: "
             f"{str(e)[:120]}): align_permutations needs a chain of Linear/Conv layers")
    nodes = list(graph.nodes)
    inputs = [n for n in nodes if n.op == "placeholder"]
    if len(inputs) != 1:
        fail("model_a", type(model).__name__, f"takes {len(inputs)} inputs: only single-input chains are supported")
    prev, out = inputs[0], []
    for node in nodes[1:]:
        where = f"{node.target!r}" if node.op == "call_module" else node.name
        if node.op == "get_attr":
            fail("model_a", where, "uses a parameter or buffer directly: not a chain of layers")
        used = list(node.all_input_nodes)
        if used != [prev] or len(prev.users) != 1:
            fail("model_a", where, "is not a plain chain (a residual add, a branch or several inputs): "
                 "not supported by align_permutations")
        if node.op == "output":
            return out
        out.append(node)
        prev = node
    return out


def permutation_chain(model: nn.Module) -> List[_Layer]:
    """The weight layers of a chain model, each with the BatchNorms on its outputs.

    Raises:
        ValueError: naming the layer that makes the model something other than a supported
            chain (see the module docstring).
    """
    model = unwrap_model(model)
    modules = dict(model.named_modules())
    seen: Dict[int, str] = {}
    for name, p in model.named_parameters(remove_duplicate=False):
        if id(p) in seen:
            fail("model_a", name, f"shares its tensor with {seen[id(p)]!r} (tied weights): not supported")
        seen[id(p)] = name
    layers: List[_Layer] = []
    called: set = set()
    mixing: Optional[str] = None  # an operation after the last weight layer that may mix units
    for node in _chain_nodes(model):
        kind, name = _node_kind(node, modules)
        if node.op == "call_module":
            if node.target in called:
                fail("model_a", name, "is called more than once (shared weights): not supported")
            called.add(node.target)
        if kind == "weight":
            if mixing is not None:
                fail("model_a", mixing, "sits between two weight layers and may mix hidden units: not "
                     "supported (only BatchNorm, element-wise activations, dropout, pooling and flatten)")
            layers.append(_Layer(node.target, modules[node.target]))
        elif not layers or kind == "unitwise":
            continue  # before the first weight layer nothing is permuted
        elif kind == "norm":
            layers[-1].norms.append((node.target, layers[-1].flattened))
        elif kind == "flatten":
            layers[-1].flattened = True
        elif mixing is None:
            mixing = name
    if len(layers) < 2:
        fail("model_a", type(model).__name__, f"has {len(layers)} Linear/Conv layer(s): no hidden units to permute")
    return layers


# ---- permuting a state dict -------------------------------------------------------------------

def _blocks(perm: torch.Tensor, block: int) -> torch.Tensor:
    """Indices of `perm` over units that own `block` consecutive entries each."""
    if block == 1:
        return perm
    return (perm[:, None] * block + torch.arange(block)).reshape(-1)


def _block_sizes(model: nn.Module, layers: List[_Layer]) -> List[int]:
    """Per hidden layer: how many input columns of the next layer each of its units owns.

    Raises:
        ValueError: naming a layer whose sizes do not fit the chain.
    """
    modules = dict(model.named_modules())
    sizes = []
    for layer, nxt in zip(layers[:-1], layers[1:]):
        n, fan_in = layer.module.weight.shape[0], nxt.module.weight.shape[1]
        conv = isinstance(layer.module, _WEIGHT_LAYERS[1:])
        # units own blocks of columns only where a flatten follows channels-first maps (a conv)
        if fan_in % n or (fan_in != n and not (conv and layer.flattened)):
            fail("model_a", nxt.name, f"takes {fan_in} inputs after {layer.name!r} gives {n} units: the sizes "
                 "do not fit a chain (a reshape that is not a flatten?)")
        if conv and isinstance(nxt.module, nn.Linear) and not layer.flattened:
            fail("model_a", nxt.name, f"is applied to the maps of {layer.name!r} without a flatten: not supported")
        sizes.append(fan_in // n)
        for norm, after in layer.norms:
            features = getattr(modules[norm], "num_features", None)
            if features != (fan_in if after else n):
                fail("model_a", norm, f"normalizes {features} features where {layer.name!r} gives {n} units")
    return sizes


def _entries(layers: List[_Layer], sizes: List[int], l: int, state: Mapping[str, torch.Tensor]
             ) -> List[Tuple[str, int, int]]:
    """(state key, axis, block) of every tensor that holds the units of hidden layer `l`."""
    layer, nxt = layers[l], layers[l + 1]
    out = [(f"{layer.name}.weight", 0, 1), (f"{layer.name}.bias", 0, 1)]
    for norm, after in layer.norms:
        block = sizes[l] if after else 1
        out += [(f"{norm}.{k}", 0, block) for k in ("weight", "bias", "running_mean", "running_var")]
    out.append((f"{nxt.name}.weight", 1, sizes[l]))
    return [e for e in out if e[0] in state]


def _permute_state(state: Mapping[str, torch.Tensor], layers: List[_Layer], sizes: List[int],
                   perms: List[torch.Tensor]) -> Dict[str, torch.Tensor]:
    """`state` with hidden layer l's units reordered by `perms[l]` (new unit i = old unit perms[l][i])."""
    out = dict(state)
    for l, perm in enumerate(perms):
        for key, axis, block in _entries(layers, sizes, l, state):
            t = out[key]
            out[key] = t.index_select(axis, _blocks(perm, block).to(t.device))
    return out


def _unit_rows(t: torch.Tensor, axis: int, n: int) -> torch.Tensor:
    """[n, -1] float64: row i holds every entry of `t` that belongs to unit i."""
    return t.detach().to("cpu", torch.float64).movedim(axis, 0).reshape(n, -1)


def _scores(a: Mapping[str, torch.Tensor], b: Mapping[str, torch.Tensor], entries, n: int) -> np.ndarray:
    """S[i, j]: the inner product of all weights touching unit i of A and unit j of B
    (parameters only: BatchNorm's running statistics are data, not weights)."""
    s = torch.zeros(n, n, dtype=torch.float64)
    for key, axis, _ in entries:
        if key.endswith(("running_mean", "running_var")):
            continue
        s += _unit_rows(a[key], axis, n) @ _unit_rows(b[key], axis, n).T
    return s.numpy()


def _match(a: Mapping[str, torch.Tensor], b: Mapping[str, torch.Tensor], layers: List[_Layer],
           sizes: List[int], seed: int, max_sweeps: int) -> Tuple[List[torch.Tensor], int]:
    """Coordinate descent over the hidden layers' permutations; (perms, sweeps run)."""
    from scipy.optimize import linear_sum_assignment

    units = [layer.module.weight.shape[0] for layer in layers[:-1]]
    perms = [torch.arange(n) for n in units]
    rng = np.random.default_rng(seed)
    for sweep in range(1, max_sweeps + 1):
        changed = False
        for l in rng.permutation(len(units)):
            others = [p if k != l else torch.arange(units[l]) for k, p in enumerate(perms)]
            s = _scores(a, _permute_state(b, layers, sizes, others), _entries(layers, sizes, l, a), units[l])
            rows, cols = linear_sum_assignment(s, maximize=True)
            old = s[np.arange(units[l]), perms[l].numpy()].sum()
            new = s[rows, cols].sum()
            if new > old + 1e-12 * max(1.0, abs(old)):
                perms[l] = torch.as_tensor(cols, dtype=torch.int64)
                changed = True
        if not changed:
            return perms, sweep
    return perms, max_sweeps


def fitted_states(model_a: nn.Module, model_b: Any) -> Tuple[Dict[str, torch.Tensor], Dict[str, torch.Tensor]]:
    """The state dicts of A and B; a ValueError naming `model_b` when they differ in structure."""
    if isinstance(model_b, nn.Module) and type(unwrap_model(model_b)) is not type(model_a):
        fail("model_b", type(unwrap_model(model_b)).__name__, f"is not the same architecture as model_a "
             f"({type(model_a).__name__})")
    a = dict(model_a.state_dict())
    b = fit_keys(model_a, load_checkpoint(model_b, "model_b"), "model_b")  # (drops a "module." prefix)
    for k, t in a.items():
        if tuple(b[k].shape) != tuple(t.shape):
            fail("model_b", k, f"has shape {tuple(b[k].shape)}, model_a {tuple(t.shape)}")
    return a, dict(b)


def align_permutations(model_a: nn.Module, model_b: Any, *, seed: int = 0, max_sweeps: int = 100) -> Any:
    """A copy of model B with its hidden units permuted to match model A (weight matching).

    The copy computes exactly the same function as B (up to float rounding): each hidden
    unit's incoming weights, bias and BatchNorm parameters and statistics move together, and
    the next layer's input columns follow (in blocks of the spatial size after a flatten).
    See the module docstring for the method and the supported architectures. Neither model
    is modified.

    Args:
        model_a: the reference model: a chain of Linear/Conv layers (an `nn.Sequential` or a
            module whose forward is such a chain).
        model_b: a model of the same architecture, or its state dict.
        seed: seed of the random layer order of each sweep.
        max_sweeps: the most sweeps over all hidden layers (it stops earlier when a sweep
            changes no permutation).

    Returns:
        A deep copy of `model_b` (same modes, no gradients) holding the permuted weights, or
        the permuted state dict when `model_b` is a state dict.

    Raises:
        ValueError: naming `model_a` and the layer for an unsupported architecture (not a
            chain, residual adds, attention, shared or tied weights), or `model_b` for
            another architecture or a state dict that does not match.
    """
    if not isinstance(model_a, nn.Module):
        fail("model_a", type(model_a).__name__, "must be a torch.nn.Module")
    model_a = unwrap_model(model_a)
    seed, max_sweeps = check_int("seed", seed), check_positive_int("max_sweeps", max_sweeps)
    a, b = fitted_states(model_a, model_b)
    layers = permutation_chain(model_a)
    sizes = _block_sizes(model_a, layers)
    with torch.no_grad():
        perms, _ = _match(a, b, layers, sizes, seed, max_sweeps)
        state = _permute_state(b, layers, sizes, perms)
    if not isinstance(model_b, nn.Module):
        return {k: v.clone() for k, v in state.items()}
    out = copy.deepcopy(unwrap_model(model_b))
    out.load_state_dict(state)
    for p in out.parameters():
        p.grad = None
    return out
