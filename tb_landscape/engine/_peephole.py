"""Local rewrites of a traced suffix graph: less work per point, the same mathematics.

Each pass looks at one node and its neighbours and decides from the graph and the layers'
shapes alone (never from timing); `_trace` runs them on every graph module it builds.

- `pool_before_relu`: `max_pool(relu(z))` becomes `relu(max_pool(z))`, the same values (a
  maximum commutes with a monotone function), with the ReLU on the pooled, 4x smaller tensor.
- `inplace_relus`: a ReLU of a value nothing else reads overwrites it (no new
  activation-sized tensor: 2-8% of a point measured on the small CNN and ResNet-20), where
  that value is a fresh tensor (`fresh`): never a view of an input, a cached activation or a
  parameter (`relu(x.view(...))` of the caller's data must not write the caller's data).
- `narrow_linears`: a Linear layer with few outputs computes its transposed product (see
  `NarrowLinear`).
"""

from __future__ import annotations

import operator

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


#: modules and functions whose result is a new tensor (never their input or a view of it)
_FRESH_MODULES = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.ConvTranspose1d, nn.ConvTranspose2d,
                  nn.ConvTranspose3d, nn.modules.batchnorm._BatchNorm, nn.LayerNorm, nn.GroupNorm, nn.MaxPool1d,
                  nn.MaxPool2d, nn.MaxPool3d, nn.AvgPool1d, nn.AvgPool2d, nn.AvgPool3d, nn.AdaptiveAvgPool1d,
                  nn.AdaptiveAvgPool2d, nn.AdaptiveAvgPool3d, _pool.MaxPool2d)
_FRESH_FUNCTIONS = {operator.add, operator.sub, operator.mul, operator.truediv, operator.matmul, torch.add,
                    torch.sub, torch.mul, torch.div, torch.matmul, torch.mm, torch.bmm, torch.addmm, torch.cat,
                    F.linear, F.conv1d, F.conv2d, F.conv3d, F.batch_norm, F.layer_norm, F.group_norm, F.max_pool1d,
                    F.max_pool2d, F.max_pool3d, F.avg_pool1d, F.avg_pool2d, F.avg_pool3d, F.adaptive_avg_pool1d,
                    F.adaptive_avg_pool2d, F.adaptive_avg_pool3d, _pool.max_pool2d}
_FRESH_METHODS = {"add", "sub", "mul", "div", "matmul"}


def fresh(module: fx.GraphModule, node: fx.Node) -> bool:
    """Whether `node`'s value is a tensor of its own (safe to overwrite when nothing else reads
    it): the output of a layer, an arithmetic operation or a pooling, by a fixed list, or of a
    module of this engine that says so (`returns_fresh`)."""
    if node.op == "call_module":
        mod = module.get_submodule(node.target)
        return isinstance(mod, _FRESH_MODULES) or getattr(mod, "returns_fresh", False)
    if node.op == "call_function":
        return node.target in _FRESH_FUNCTIONS
    return node.op == "call_method" and node.target in _FRESH_METHODS


def _is_relu(module: fx.GraphModule, node: fx.Node) -> bool:
    if node.op == "call_function" and node.target in _RELUS:
        return True
    return node.op == "call_module" and type(module.get_submodule(node.target)) is nn.ReLU


def _is_max_pool(module: fx.GraphModule, node: fx.Node) -> bool:
    if node.op == "call_function" and node.target is _pool.max_pool2d:
        return True
    return node.op == "call_module" and type(module.get_submodule(node.target)) is _pool.MaxPool2d


def _writes_input(module: fx.GraphModule, relu: fx.Node) -> bool:
    """Whether a ReLU node overwrites its input (others may read the rectified value there)."""
    if relu.op == "call_module":
        return bool(module.get_submodule(relu.target).inplace)
    return bool(relu.kwargs.get("inplace")) or (len(relu.args) > 1 and bool(relu.args[1]))


def pool_before_relu(module: fx.GraphModule) -> int:
    """Swaps `max_pool(relu(z))` into `relu(max_pool(z))` where the pooling is the ReLU's only
    reader; returns how many."""
    count = 0
    for node in list(module.graph.nodes):
        if not _is_max_pool(module, node) or not node.args or not isinstance(node.args[0], fx.Node):
            continue
        relu = node.args[0]
        if not _is_relu(module, relu) or _writes_input(module, relu) or len(relu.users) != 1 or not relu.args \
                or not isinstance(relu.args[0], fx.Node):
            continue
        node.args = (relu.args[0],) + tuple(node.args[1:])
        with module.graph.inserting_after(node):
            after = module.graph.call_function(torch.relu, (node,))
        node.replace_all_uses_with(after, delete_user_cb=lambda user: user is not after)
        module.graph.erase_node(relu)
        count += 1
    return count


def inplace_relus(module: fx.GraphModule) -> int:
    """Makes ReLUs of fresh values (`fresh`) nothing else reads in-place; returns how many."""
    count = 0
    for node in module.graph.nodes:
        if not _is_relu(module, node) or not node.args or not isinstance(node.args[0], fx.Node):
            continue
        src = node.args[0]
        if not fresh(module, src) or len(src.users) != 1:
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

    returns_fresh = True

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
