"""The traced plan: the model's forward pass rewritten with torch.fx to do less work per point.

When `torch.fx.symbolic_trace` can trace the model, its graph is split and rewritten; the
caller's model is never changed (moving layers are copies):

- *prefix caching*: every node that depends neither on a moved parameter nor on anything
  that does is computed once per evaluation chunk (the "prefix"); each point runs only the
  rest (the "suffix") from the cached frontier activations. With directions on the head
  only, a point costs a linear layer and the loss.
- *BatchNorm folding*: a frozen BatchNorm after a convolution is an affine map per channel,
  `s = gamma / sqrt(var + eps)`, folded into the convolution: `W_f = W * s`, `b_f = (b -
  mean) * s + beta`. Both are affine in the coordinates when the BatchNorm's own parameters
  do not move, so the folded tensors are again `base + a*u + b*v`.
- *linearized first layers*: a moving Linear/Conv layer whose input does not move is affine
  in the coordinates, `layer(x; W0 + a D1 + b D2) = layer(x; W0) + a layer_0(x; D1) + b
  layer_0(x; D2)`; the parts are computed once (prefix) and a point costs two multiply-adds
  per output element (`_Combine`). "auto": Linear layers with a fan-in of at least 8 per
  axis, convolutions with at most 2 input channels per group (see `LINEARIZE_FAN_IN_PER_AXIS`).
- *fast max pooling*: `max_pool2d` as pairwise maxima of strided views (`_pool`; same bits).
- *local rewrites* (`_peephole`): max pooling before a ReLU, in-place ReLUs, the transposed
  product for Linear layers with few outputs.
- *channels-last*: convolution weights (and inputs) channels-last; "auto": on CPU, when a
  convolution of the suffix has at least 16 input channels (faster oneDNN kernels there).

All of these are decided from the graph and the shapes, never from timing. The result is
checked against the model at the centre (`check_against`) before it is used.

Tracing itself (`torch.fx.symbolic_trace`) patches `nn.Module.__call__` and torch functions
process-wide while it runs, so it must not run in a background thread next to training. A
graph traced ahead in the training thread (`trace_ahead`) is reused by later computations on
the same model from any thread; inside `no_new_traces()` nothing is traced (a model without a
graph traced ahead is evaluated by its own forward).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import math
import threading
import weakref
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple, Union

import torch
import torch.fx as fx
from torch import nn
from torch.utils import _pytree as pytree

from . import _peephole, _pool
from ._plan import Moves, Plan, Slot
from ._state import thread_flag

_FOLDABLE = {nn.Conv1d: nn.BatchNorm1d, nn.Conv2d: nn.BatchNorm2d, nn.Conv3d: nn.BatchNorm3d}
_LINEAR_LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d)
#: "auto" linearizes a Linear layer whose fan-in is at least this many multiply-adds per axis,
#: and a convolution with at most `LINEARIZE_MAX_CONV_CHANNELS` input channels per group whose
#: fan-in is at least half that: oneDNN runs such convolutions far from its peak (nothing to
#: vectorize over the input channels), so two multiply-adds per output are cheaper; measured
#: here, linearizing LeNet-5's conv1 (1 channel, 5x5) saves 32% of a point and the small CNN's
#: (1 channel, 3x3) 15%, while ResNet-20's (3 channels) gains nothing and reads 48 MB of parts
#: per point.
LINEARIZE_FAN_IN_PER_AXIS = 8
LINEARIZE_MAX_CONV_CHANNELS = 2
#: "auto" uses channels-last weights when a suffix convolution has this many input channels.
CHANNELS_LAST_MIN_CHANNELS = 16


class _Combine(nn.Module):
    """A linearized layer's output at the point, from cached parts: `base + sum_k coef[k] u_k`."""

    returns_fresh = True  # (at least one part: a new tensor, never `base`)

    def __init__(self, dims: int, axes: List[int], dtype: torch.dtype, device: torch.device):
        super().__init__()
        self.coef = nn.Parameter(torch.zeros(dims, dtype=dtype, device=device), requires_grad=False)
        self.axes = list(axes)

    def forward(self, base: torch.Tensor, *parts: torch.Tensor) -> torch.Tensor:
        out = base
        if self.coef.device.type != "cpu":  # (reading the numbers would wait for the device)
            for k, u in zip(self.axes, parts):
                out = torch.addcmul(out, u, self.coef[k])
            return out
        coef = self.coef.tolist()  # on CPU, a multiply-add with a number: ~20% quicker than with a tensor
        for k, u in zip(self.axes, parts):
            out = torch.add(out, u, alpha=coef[k]) if out is base else out.add_(u, alpha=coef[k])
        return out


@dataclasses.dataclass
class Traced:
    """A rewritten forward pass.

    Attributes:
        prefix: computes the frontier tensors of a chunk of inputs once (None: the frontier
            is the input itself).
        plan: the suffix, run at every point, with its slots.
        notes: what was done, for the landscape's provenance.
        channels_last: inputs and convolution weights are channels-last.
    """

    prefix: Optional[fx.GraphModule]
    plan: Plan
    notes: Dict[str, str]
    channels_last: bool


def _bn_scale(bn: nn.modules.batchnorm._BatchNorm) -> Tuple[torch.Tensor, torch.Tensor]:
    """(s, t) with bn(z) = z * s + t per channel in eval mode."""
    with torch.no_grad():
        rstd = torch.rsqrt(bn.running_var + bn.eps)
        gamma = bn.weight if bn.weight is not None else torch.ones_like(rstd)
        beta = bn.bias if bn.bias is not None else torch.zeros_like(rstd)
        s = gamma.detach() * rstd
        return s, beta.detach() - bn.running_mean * s


# ---- tracing ahead -------------------------------------------------------------------------------

_AHEAD: "weakref.WeakKeyDictionary[nn.Module, Tuple[tuple, fx.GraphModule]]" = weakref.WeakKeyDictionary()
_AHEAD_LOCK = threading.Lock()
_THREAD = threading.local()


def _structure(model: nn.Module) -> tuple:
    """What a traced graph depends on besides the forward's code: the modules, by identity."""
    return tuple((name, id(m)) for name, m in model.named_modules(remove_duplicate=False))


def trace_ahead(model: nn.Module) -> bool:
    """Traces `model`'s forward now, in this thread, for later computations on it from any
    thread (see the module docstring). Returns whether torch.fx could trace it."""
    try:
        gm = fx.symbolic_trace(model)
    except Exception:
        return False
    with _AHEAD_LOCK:
        _AHEAD[model] = (_structure(model), gm)
    return True


@contextlib.contextmanager
def no_new_traces() -> Iterator[None]:
    """In the current thread only, computations use graphs traced ahead and trace nothing."""
    with thread_flag(_THREAD, "off"):
        yield


def _symbolic(model: nn.Module) -> fx.GraphModule:
    """A fresh graph module of `model`'s forward: a copy of the graph traced ahead when its
    modules are unchanged, else a new trace (refused inside `no_new_traces`)."""
    with _AHEAD_LOCK:
        entry = _AHEAD.get(model)
    if entry is not None and entry[0] == _structure(model):
        graph = fx.Graph()
        graph.output(graph.graph_copy(entry[1].graph, {}))
        return fx.GraphModule(model, graph)
    if getattr(_THREAD, "off", False):
        raise RuntimeError("no graph traced ahead for this model, and tracing is off in this thread "
                           "(no_new_traces: torch.fx must not trace next to training)")
    return fx.symbolic_trace(model)


def trace(model: nn.Module, moves: Moves, *, linearize: Union[str, bool] = "auto",
          channels_last: Union[str, bool] = "auto", device: Optional[torch.device] = None,
          example: Optional[torch.Tensor] = None) -> Traced:
    """Rewrites `model` (in eval mode) for `moves`; raises when torch.fx cannot trace it.
    `example` (a row of inputs) gives the activations' shapes some rewrites need."""
    r = _Rewriter(model, moves)
    r.shapes = _shapes(r.gm, example)
    r.fold_batchnorm()
    r.fast_pooling()
    r.dynamic = r.mark_dynamic()
    r.linearize(linearize)
    r.split()
    r.channels_last = r.decide_channels_last(channels_last, device)
    r.nhwc = r.channels_last_flattens() if r.channels_last else {}
    return r.build()


def _shapes(gm: fx.GraphModule, example: Optional[torch.Tensor]) -> Dict[fx.Node, Tuple[int, ...]]:
    """The shape of every tensor-valued node on `example` (empty without one, or when the
    graph does not run on it)."""
    if example is None:
        return {}
    from torch.fx.passes.shape_prop import ShapeProp, TensorMetadata

    try:
        with torch.no_grad():
            ShapeProp(gm).propagate(example)
    except Exception:
        return {}
    return {n: tuple(n.meta["tensor_meta"].shape) for n in gm.graph.nodes
            if isinstance(n.meta.get("tensor_meta"), TensorMetadata)}


class _Rewriter:
    """One rewrite of one model's graph (the steps of `trace`, in order)."""

    def __init__(self, model: nn.Module, moves: Moves):
        self.moves = moves
        first_name = {id(p): n for n, p in model.named_parameters()}  # shared parameters: first name
        self.moving_ids: Dict[int, str] = {pid: n for pid, n in first_name.items() if n in moves}
        self.gm = _symbolic(model)
        self.graph = self.gm.graph
        self.modules = dict(self.gm.named_modules())
        self.calls: Dict[str, int] = {}
        for node in self.graph.nodes:
            if node.op == "call_module":
                self.calls[node.target] = self.calls.get(node.target, 0) + 1
        self.dims = max((len(d) for _, d in moves.values()), default=1)
        self.notes: Dict[str, str] = {"plan": "traced"}
        self.fused: Dict[str, Tuple[nn.Module, nn.Module]] = {}  # conv node name -> (conv, bn)
        self.combines: Dict[int, Slot] = {}
        self.dynamic: Set[fx.Node] = set()
        self.channels_last = False
        self.prefix_useful = False
        self.output = next(n for n in self.graph.nodes if n.op == "output")
        self.placeholders = [n for n in self.graph.nodes if n.op == "placeholder"]
        self.frontier: List[fx.Node] = []
        self.suffix_nodes: List[fx.Node] = []
        self.slots: List[Slot] = []
        self.counter = 0
        self.shapes: Dict[fx.Node, Tuple[int, ...]] = {}
        self.nhwc: Dict[fx.Node, Tuple[int, int, int]] = {}  # Linear nodes reading an NHWC flattening -> (C, H, W)
        self.nhwc_flattens: Set[fx.Node] = set()  # ... and those flattenings

    # -- helpers ------------------------------------------------------------------------------
    def module_moves(self, m: nn.Module) -> bool:
        return any(id(p) in self.moving_ids for p in m.parameters())

    def moved_dirs(self, p: Optional[torch.Tensor]) -> Optional[List[Optional[torch.Tensor]]]:
        name = None if p is None else self.moving_ids.get(id(p))
        return None if name is None else self.moves[name][1]

    def fetch(self, target: str) -> Any:
        obj: Any = self.gm
        for atom in target.split("."):
            obj = getattr(obj, atom)
        return obj

    def add_module(self, name: str, module: nn.Module) -> None:
        self.gm.add_submodule(name, module)
        self.modules[name] = module
        self.calls[name] = 1

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def cl(self, t: torch.Tensor) -> torch.Tensor:
        if self.channels_last and t.dim() == 4:
            return t.contiguous(memory_format=torch.channels_last)
        return t

    # -- rewrites -----------------------------------------------------------------------------
    def fold_batchnorm(self) -> None:
        """Folds every frozen BatchNorm that directly follows its convolution into it."""
        for node in list(self.graph.nodes):
            if node.op != "call_module":
                continue
            bn = self.modules[node.target]
            if type(bn) not in _FOLDABLE.values() or bn.training or not bn.track_running_stats \
                    or bn.running_mean is None or self.module_moves(bn) or self.calls[node.target] != 1:
                continue
            prev = node.args[0] if node.args else None
            if not isinstance(prev, fx.Node) or prev.op != "call_module" or len(prev.users) != 1 \
                    or len(node.args) != 1 or node.kwargs:
                continue
            conv = self.modules[prev.target]
            if _FOLDABLE.get(type(conv)) is not type(bn) or self.calls[prev.target] != 1 \
                    or conv.out_channels != bn.num_features:
                continue
            node.replace_all_uses_with(prev)
            self.graph.erase_node(node)
            self.fused[prev.name] = (conv, bn)
        if self.fused:
            self.notes["bn_folded"] = str(len(self.fused))

    def fast_pooling(self) -> None:
        """Points max pooling at `_pool.max_pool2d` (functions and `nn.MaxPool2d` modules)."""
        count = 0
        for node in self.graph.nodes:
            if node.op == "call_function" and node.target in _pool.POOL_TARGETS:
                node.target = _pool.max_pool2d
                count += 1
            elif node.op == "call_module" and type(self.modules.get(node.target)) is nn.MaxPool2d:
                name = self.fresh("_landscape_pool_")
                self.add_module(name, _pool.MaxPool2d(self.modules[node.target]))
                node.target = name
                count += 1
        if count:
            self.notes["fast_max_pool"] = str(count)

    def mark_dynamic(self) -> Set[fx.Node]:
        """The nodes whose value changes with the point."""
        dyn: Set[fx.Node] = set()
        for node in self.graph.nodes:
            if node.op == "output":
                continue
            if node.op == "get_attr":
                obj = self.fetch(node.target)
                moves_here = (isinstance(obj, torch.Tensor) and id(obj) in self.moving_ids) or (
                    isinstance(obj, nn.Module) and self.module_moves(obj))
            elif node.op == "call_module":
                moves_here = self.module_moves(self.modules[node.target])
            else:
                moves_here = False
            if moves_here or any(a in dyn for a in node.all_input_nodes):
                dyn.add(node)
        return dyn

    def effective(self, node: fx.Node):
        """(weight, bias, weight dirs, bias dirs) of a Linear/Conv node, BatchNorm folded in."""
        mod = self.modules[node.target]
        dw = self.moved_dirs(mod.weight) or [None] * self.dims
        db = self.moved_dirs(mod.bias) or [None] * self.dims
        with torch.no_grad():
            if node.name in self.fused:
                conv, bn = self.fused[node.name]
                scale, shift = _bn_scale(bn)
                shape = (-1,) + (1,) * (conv.weight.dim() - 1)
                b0 = conv.bias.detach() if conv.bias is not None else torch.zeros_like(scale)
                return (conv.weight.detach() * scale.reshape(shape), b0 * scale + shift,
                        [None if d is None else d * scale.reshape(shape) for d in dw],
                        [None if d is None else d * scale for d in db])
            b0 = mod.bias.detach().clone() if mod.bias is not None else None
            return mod.weight.detach().clone(), b0, list(dw), list(db)

    def linearizable(self) -> List[Tuple[fx.Node, int]]:
        """(node, fan-in) of every moving Linear/Conv layer whose input does not move."""
        out = []
        for node in self.graph.nodes:
            if node.op != "call_module" or node not in self.dynamic or node.kwargs or len(node.args) != 1 \
                    or self.calls.get(node.target) != 1 or any(a in self.dynamic for a in node.all_input_nodes):
                continue
            mod = self.modules[node.target]
            if type(mod) not in _LINEAR_LAYERS:
                continue
            fan_in = mod.in_features if isinstance(mod, nn.Linear) else \
                mod.in_channels // mod.groups * math.prod(mod.kernel_size)
            out.append((node, fan_in))
        return out

    def linearize(self, mode: Union[str, bool]) -> None:
        """Replaces the chosen layers by cached parts and a `_Combine` (see the module docstring)."""
        if mode is False:
            return
        count = 0
        for node, fan_in in self.linearizable():
            if mode == "auto" and not self._linearizing_pays(self.modules[node.target], fan_in):
                continue
            if self._linearize_node(node, count):
                count += 1
        if count:
            self.notes["linearized"] = str(count)
            self.dynamic = self.mark_dynamic()

    def _linearizing_pays(self, mod: nn.Module, fan_in: int) -> bool:
        """The "auto" rule (see `LINEARIZE_FAN_IN_PER_AXIS`), from the layer's shape alone."""
        if isinstance(mod, nn.Linear):
            return fan_in >= LINEARIZE_FAN_IN_PER_AXIS * self.dims
        return mod.in_channels // mod.groups <= LINEARIZE_MAX_CONV_CHANNELS and \
            2 * fan_in >= LINEARIZE_FAN_IN_PER_AXIS * self.dims

    def _linearize_node(self, node: fx.Node, count: int) -> bool:
        mod = self.modules[node.target]
        w_base, b_base, w_dirs, b_dirs = self.effective(node)
        axes = [k for k in range(self.dims) if (w_dirs[k] is not None or b_dirs[k] is not None)]
        if not axes:
            return False
        parts = []
        for weight, bias in [(w_base, b_base)] + [(w_dirs[k], b_dirs[k]) for k in axes]:
            part = copy.deepcopy(mod)
            part.weight = nn.Parameter((weight if weight is not None else torch.zeros_like(w_base)).clone(),
                                       requires_grad=False)
            part.bias = None if bias is None else nn.Parameter(bias.clone(), requires_grad=False)
            name = f"_landscape_part_{count}_{len(parts)}"
            self.add_module(name, part)
            with self.graph.inserting_before(node):
                parts.append(self.graph.call_module(name, node.args))
        combine = _Combine(self.dims, axes, w_base.dtype, w_base.device)
        cname = f"_landscape_combine_{count}"
        self.add_module(cname, combine)
        self.moving_ids[id(combine.coef)] = cname
        eye = torch.eye(self.dims, dtype=w_base.dtype, device=w_base.device)
        self.combines[id(combine)] = Slot("coef", torch.zeros(self.dims, dtype=w_base.dtype, device=w_base.device),
                                          [eye[k] for k in range(self.dims)])
        with self.graph.inserting_before(node):
            new_node = self.graph.call_module(cname, tuple(parts))
        node.replace_all_uses_with(new_node)
        self.graph.erase_node(node)
        self.fused.pop(node.name, None)
        return True

    # -- split and build ----------------------------------------------------------------------
    def split(self) -> None:
        """Chooses the frontier: the static nodes the suffix reads (when the prefix does work)."""
        frontier = [n for n in self.graph.nodes if n not in self.dynamic and n.op != "output"
                    and any(u in self.dynamic or u is self.output for u in n.users)]
        self.prefix_useful = _does_work(frontier)
        if self.prefix_useful:
            self.frontier = frontier
            self.suffix_nodes = [n for n in self.graph.nodes if n in self.dynamic]
        else:  # a frontier of inputs, constants and reshapes of the input is not worth caching
            self.frontier = list(self.placeholders)
            self.suffix_nodes = [n for n in self.graph.nodes if n.op not in ("placeholder", "output")]

    def decide_channels_last(self, mode: Union[str, bool], device: Optional[torch.device]) -> bool:
        if mode != "auto":
            return bool(mode)
        if device is not None and device.type != "cpu":
            return False
        for node in self.suffix_nodes:
            mod = self.modules.get(node.target) if node.op == "call_module" else None
            if isinstance(mod, nn.Conv2d) and mod.in_channels >= CHANNELS_LAST_MIN_CHANNELS:
                return True
        return False

    def channels_last_flattens(self) -> Dict[fx.Node, Tuple[int, int, int]]:
        """The Linear layers of the suffix that read a `flatten(x, 1)` of a 4D `x` (and nothing
        else reads it), with x's (C, H, W); the flattenings go to `nhwc_flattens`. Flattening a
        channels-last `x` copies it (the Linear layer reads channels first), while its
        (N, H, W, C) view flattens for free and the Linear layer's weight columns can be put
        in that order once (`_nhwc_copy`)."""
        found: Dict[fx.Node, Tuple[int, int, int]] = {}
        suffix = set(self.suffix_nodes)
        for node in self.suffix_nodes:
            if not self._flattens_from_1(node) or len(node.users) != 1:
                continue
            src, (user,) = node.args[0], node.users
            shape = self.shapes.get(src) if isinstance(src, fx.Node) else None
            mod = self.modules.get(user.target) if user.op == "call_module" else None
            if shape is None or len(shape) != 4 or user not in suffix or type(mod) is not nn.Linear \
                    or user.args != (node,) or user.kwargs or self.calls.get(user.target) != 1 \
                    or mod.in_features != shape[1] * shape[2] * shape[3]:
                continue
            found[user] = (shape[1], shape[2], shape[3])
            self.nhwc_flattens.add(node)
        if found:
            self.notes["nhwc_flatten"] = str(len(found))
        return found

    def _flattens_from_1(self, node: fx.Node) -> bool:
        """Whether `node` is `torch.flatten(x, 1)`, `x.flatten(1)` or `nn.Flatten()(x)` (to the last dim)."""
        if node.op == "call_module":
            mod = self.modules.get(node.target)
            return type(mod) is nn.Flatten and mod.start_dim == 1 and mod.end_dim in (-1, 3) and len(node.args) == 1
        if not ((node.op == "call_function" and node.target is torch.flatten)
                or (node.op == "call_method" and node.target == "flatten")):
            return False
        if not 1 <= len(node.args) <= 3 or not set(node.kwargs) <= {"start_dim", "end_dim"}:
            return False
        positional = list(node.args[1:]) + [0, -1][len(node.args) - 1:]
        start = node.kwargs.get("start_dim", positional[0])
        end = node.kwargs.get("end_dim", positional[1])
        return start == 1 and end in (-1, 3)

    def _nhwc_copy(self, node: fx.Node, name: str) -> nn.Module:
        """A copy of a Linear layer reading an (N, H, W, C) flattening (see
        `channels_last_flattens`): its weight columns, slot and directions in that order."""
        mod = self.modules[node.target]
        c, h, w = self.nhwc[node]

        def perm(t: torch.Tensor) -> torch.Tensor:
            return t.reshape(t.shape[0], c, h, w).permute(0, 2, 3, 1).reshape(t.shape[0], -1).contiguous()

        new = copy.deepcopy(mod)
        with torch.no_grad():
            weight = perm(mod.weight.detach())
            new.weight = nn.Parameter(weight.clone(), requires_grad=False)
            if mod.bias is not None:
                new.bias = nn.Parameter(mod.bias.detach().clone(), requires_grad=False)
        dirs = self.moved_dirs(mod.weight)
        if dirs is not None:
            self.slots.append(Slot(f"{name}.weight", weight, [None if d is None else perm(d) for d in dirs]))
        dirs = self.moved_dirs(mod.bias)
        if dirs is not None:
            self.slots.append(Slot(f"{name}.bias", mod.bias.detach().clone(), dirs))
        return new

    def build(self) -> Traced:
        prefix = None
        if self.prefix_useful:
            static = [n for n in self.graph.nodes if n not in self.dynamic and n.op != "output"]
            prefix = self.copy_graph(static, self.placeholders, tuple(self.frontier), in_suffix=False)
            self.notes["prefix_cache"] = f"on ({len(self.frontier)} cached tensor{'s' if len(self.frontier) != 1 else ''})"
        else:
            self.notes["prefix_cache"] = "off (the first layer moves)"
        suffix = self.copy_graph(self.suffix_nodes, self.frontier, self.output.args[0], in_suffix=True)
        if self.channels_last:
            self.notes["memory_format"] = "channels_last"
        return Traced(prefix=prefix, plan=Plan("traced", suffix, self.slots), notes=self.notes,
                      channels_last=self.channels_last)

    def working_module(self, node: fx.Node, in_suffix: bool) -> Tuple[str, nn.Module]:
        """The module a new call_module node targets (a copy when it moves or changes)."""
        mod = self.modules[node.target]
        name = self.fresh("m")
        if isinstance(mod, _Combine):
            slot = self.combines[id(mod)]
            self.slots.append(Slot(f"{name}.coef", slot.base, slot.dirs))
            return name, mod
        if node.name in self.fused:
            return name, self._fused_copy(node, name, in_suffix)
        if in_suffix and node in self.nhwc:
            return name, self._nhwc_copy(node, name)
        if not in_suffix or not (self.module_moves(mod) or (self.channels_last and isinstance(mod, nn.Conv2d))):
            return name, mod
        new = copy.deepcopy(mod)
        for attr, p in list(mod._parameters.items()):
            if p is None:
                continue
            value = self.cl(p.detach()).clone()
            setattr(new, attr, nn.Parameter(value.clone(), requires_grad=False))
            dirs = self.moved_dirs(p)
            if dirs is not None:
                self.slots.append(Slot(f"{name}.{attr}", value, [None if d is None else self.cl(d) for d in dirs]))
        for sub_name, sub in mod.named_modules():
            if sub is mod:
                continue
            for attr, p in sub._parameters.items():  # parameters of nested children
                dirs = self.moved_dirs(p)
                if dirs is not None:
                    self.slots.append(Slot(f"{name}.{sub_name}.{attr}", p.detach().clone(), dirs))
        return name, new

    def _fused_copy(self, node: fx.Node, name: str, in_suffix: bool) -> nn.Module:
        conv, _ = self.fused[node.name]
        w_base, b_base, w_dirs, b_dirs = self.effective(node)
        new = copy.deepcopy(conv)
        with torch.no_grad():
            w_base = self.cl(w_base)
            new.weight = nn.Parameter(w_base.clone(), requires_grad=False)
            new.bias = nn.Parameter(b_base.clone(), requires_grad=False)
        if in_suffix and any(d is not None for d in w_dirs):
            self.slots.append(Slot(f"{name}.weight", w_base, [None if d is None else self.cl(d) for d in w_dirs]))
        if in_suffix and any(d is not None for d in b_dirs):
            self.slots.append(Slot(f"{name}.bias", b_base, b_dirs))
        return new

    def copy_graph(self, nodes: List[fx.Node], inputs: List[fx.Node], outputs: Any,
                   in_suffix: bool) -> fx.GraphModule:
        new_graph = fx.Graph()
        env: Dict[fx.Node, fx.Node] = {}
        root: Dict[str, Any] = {}
        for i, n in enumerate(inputs):
            # placeholders keep their default values (optional forward arguments)
            env[n] = new_graph.node_copy(n) if n.op == "placeholder" else new_graph.placeholder(f"x{i}")
        for n in nodes:
            if n in env:
                continue
            if in_suffix and n in self.nhwc_flattens:
                view = new_graph.call_method("permute", (env[n.args[0]], 0, 2, 3, 1))
                env[n] = new_graph.call_function(torch.flatten, (view, 1))
            elif n.op == "call_module":
                target, mod = self.working_module(n, in_suffix)
                root[target] = mod
                env[n] = new_graph.call_module(target, fx.map_arg(n.args, lambda a: env[a]),
                                               fx.map_arg(n.kwargs, lambda a: env[a]))
            elif n.op == "get_attr":
                target = self.fresh("a")
                root[target] = self._attribute(n, target, in_suffix)
                env[n] = new_graph.get_attr(target)
            else:
                env[n] = new_graph.node_copy(n, lambda a: env[a])
        new_graph.output(fx.map_arg(outputs, lambda a: env[a]))
        module = fx.GraphModule(root, new_graph)
        module.graph.eliminate_dead_code()
        for note, rewrite in (("pool_before_relu", _peephole.pool_before_relu),
                              ("inplace_relu", _peephole.inplace_relus),
                              ("narrow_linear", _peephole.narrow_linears)):
            done = rewrite(module)
            if done:
                self.notes[note] = str(int(self.notes.get(note, "0")) + done)
        module.recompile()
        return module

    def _attribute(self, node: fx.Node, target: str, in_suffix: bool) -> Any:
        obj = self.fetch(node.target)
        if isinstance(obj, torch.Tensor):
            dirs = self.moved_dirs(obj)
            if dirs is not None and in_suffix:
                work = nn.Parameter(obj.detach().clone(), requires_grad=False)
                self.slots.append(Slot(target, obj.detach().clone(), dirs))
                return work
        return obj


def _does_work(start: List[fx.Node]) -> bool:
    """Whether computing these nodes involves a layer or a parameter (worth caching)."""
    stack, seen = list(start), set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        if node.op in ("call_module", "get_attr"):
            return True
        stack.extend(node.all_input_nodes)
    return False


# ---- the guard -----------------------------------------------------------------------------------

def same_outputs(a: Any, b: Any, rtol: float = 1e-3) -> Optional[str]:
    """None when two model outputs agree (same structure, equal non-tensor leaves, tensors of
    equal shape and dtype within `rtol` of the largest entry), else what differs."""
    la, sa = pytree.tree_flatten(a)
    lb, sb = pytree.tree_flatten(b)
    if sa != sb:
        return f"output structure {sb} instead of {sa}"
    for i, (x, y) in enumerate(zip(la, lb)):
        if isinstance(x, torch.Tensor) != isinstance(y, torch.Tensor):
            return f"output {i}: {type(y).__name__} instead of {type(x).__name__}"
        if not isinstance(x, torch.Tensor):
            if x != y:
                return f"output {i}: {y!r} instead of {x!r}"
            continue
        if x.shape != y.shape or x.dtype != y.dtype:
            return f"output {i}: {y.dtype}{tuple(y.shape)} instead of {x.dtype}{tuple(x.shape)}"
        if x.is_floating_point() or x.is_complex():
            scale = float(x.abs().max()) if x.numel() else 0.0
            if not torch.allclose(y, x, rtol=rtol, atol=rtol * max(scale, 1e-6), equal_nan=True):
                return f"output {i} differs by up to {float((y - x).abs().max()):.3g} (scale {scale:.3g})"
        elif not torch.equal(x, y):
            return f"output {i} differs"
    return None


def run_traced(traced: Traced, x: Any) -> Any:
    """The traced model's output on inputs `x` (its slots as they are)."""
    if traced.channels_last and isinstance(x, torch.Tensor) and x.dim() == 4:
        x = x.contiguous(memory_format=torch.channels_last)
    inputs = (x,) if not isinstance(x, (tuple, list)) else tuple(x)
    frontier = traced.prefix(*inputs) if traced.prefix is not None else inputs
    return traced.plan.module(*frontier)


def check_against(model: nn.Module, traced: Traced, x: Any) -> None:
    """Raises RuntimeError when the traced plan, written at the centre, does not compute
    what the model computes on `x` (a guard against tracing surprises)."""
    from .data import call_model

    with torch.no_grad():
        traced.plan.write((0.0,) * max((len(s.dirs) for s in traced.plan.slots), default=1))
        ref = call_model(model, x)
        got = run_traced(traced, x)
    problem = same_outputs(ref, got)
    if problem is not None:
        raise RuntimeError(f"the traced plan disagrees with the model at the centre: {problem}")
