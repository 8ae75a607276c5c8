"""Local rewrites of a traced suffix graph: less work per point, the same mathematics.

Each pass looks at one node and its neighbours and decides from the graph and the layers'
shapes alone (never from timing); `_trace` runs them on every graph module it builds.

- `pool_before_relu`: `max_pool(relu(z))` becomes `relu(max_pool(z))`, the same values (a
  maximum commutes with a monotone function), with the ReLU on the pooled, 4x smaller tensor.
- `inplace_relus`: a ReLU of a value nothing else reads overwrites it (no new
  activation-sized tensor: 2-8% of a point measured on the small CNN and ResNet-20).
- `narrow_linears`: a Linear layer with few outputs computes its transposed product (see
  `NarrowLinear`).
"""

from __future__ import annotations

import torch
import torch.fx as fx
import torch.nn.functional as F
from torch import nn

from . import _pool

_RELUS = (F.relu, torch.relu)
#: `NarrowLinear` takes Linear layers with NARROW_OUT[0] <= out_features < NARROW_OUT[1], ...
NARROW_OUT = (8, 16)
#: ... at least this many input features, ...
NARROW_MIN_IN = 128
#: ... on inputs of at least this many rows (fewer: the layer's own product).
NARROW_MIN_ROWS = 256


def _is_relu(module: fx.GraphModule, node: fx.Node) -> bool:
    if node.op == "call_function" and node.target in _RELUS:
        return True
    return node.op == "call_module" and type(module.get_submodule(node.target)) is nn.ReLU


def _is_max_pool(module: fx.GraphModule, node: fx.Node) -> bool:
    if node.op == "call_function" and node.target is _pool.max_pool2d:
        return True
    return node.op == "call_module" and type(module.get_submodule(node.target)) is _pool.MaxPool2d


def pool_before_relu(module: fx.GraphModule) -> int:
    """Swaps `max_pool(relu(z))` into `relu(max_pool(z))` where the pooling is the ReLU's only
    reader; returns how many."""
    count = 0
    for node in list(module.graph.nodes):
        if not _is_max_pool(module, node) or not node.args or not isinstance(node.args[0], fx.Node):
            continue
        relu = node.args[0]
        if not _is_relu(module, relu) or len(relu.users) != 1 or not relu.args \
                or not isinstance(relu.args[0], fx.Node) or relu.kwargs.get("inplace"):
            continue
        node.args = (relu.args[0],) + tuple(node.args[1:])
        with module.graph.inserting_after(node):
            after = module.graph.call_function(torch.relu, (node,))
        node.replace_all_uses_with(after, delete_user_cb=lambda user: user is not after)
        module.graph.erase_node(relu)
        count += 1
    return count


def inplace_relus(module: fx.GraphModule) -> int:
    """Makes ReLUs of values nothing else reads in-place; returns how many. Never on the
    graph's inputs (cached prefix outputs) or on parameters."""
    count = 0
    for node in module.graph.nodes:
        if not _is_relu(module, node) or not node.args or not isinstance(node.args[0], fx.Node):
            continue
        src = node.args[0]
        if src.op in ("placeholder", "get_attr") or len(src.users) != 1:
            continue
        node.op, node.target, node.args, node.kwargs = "call_function", torch.relu_, (src,), {}
        count += 1
    return count


class NarrowLinear(nn.Module):
    """A Linear layer with few outputs as the transposed product `(W x^T + b)^T`.

    On CPU, `x @ W^T` with fewer than 16 output columns runs far from the matmul's peak
    (measured here, torch 2.13, one thread: [1024, 128] x [128, 10] took 1.3-1.7x as long as
    `W @ x^T`, and [256, 512] x [512, 10] 1.7x); for 8-15 outputs, 128 or more inputs and
    256 or more rows the transposed product was faster in every case measured, and slower
    for fewer rows or inputs. It holds the original layer's parameter tensors (the plan's
    slots write them)."""

    def __init__(self, original: nn.Linear):
        super().__init__()
        self.weight = original.weight
        self.bias = original.bias

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() != 2 or x.shape[0] < NARROW_MIN_ROWS:
            return F.linear(x, self.weight, self.bias)
        if self.bias is None:
            return torch.mm(self.weight, x.t()).t().contiguous()
        return torch.addmm(self.bias.unsqueeze(1), self.weight, x.t()).t().contiguous()


def narrow_linears(module: fx.GraphModule) -> int:
    """Replaces the Linear layers `NarrowLinear` takes (see there); returns how many."""
    count = 0
    for node in module.graph.nodes:
        if node.op != "call_module":
            continue
        mod = module.get_submodule(node.target)
        if type(mod) is not nn.Linear or not NARROW_OUT[0] <= mod.out_features < NARROW_OUT[1] \
                or mod.in_features < NARROW_MIN_IN or mod.weight.device.type != "cpu":
            continue
        parent, _, attr = node.target.rpartition(".")
        setattr(module.get_submodule(parent) if parent else module, attr, NarrowLinear(mod))
        count += 1
    return count
