"""How a grid point is evaluated: which tensors change per point, and what can be computed once.

A grid point is `w(a, b) = w0 + a*d1 + b*d2` on the moved parameters. Two plans:

- **eager** (always works): the caller's model itself, whose moved parameters are written in
  place at each point (`torch.add(w0, d1, alpha=a, out=p)`, then `p.add_(d2, alpha=b)`) and
  restored from saved copies at the end.
- **traced** (when `torch.fx.symbolic_trace` can trace the model): a rewritten copy of the
  forward pass that leaves the caller's model untouched, and does less work per point:
  * *prefix caching*: every node of the graph that depends neither on a moved parameter nor
    on anything that does is computed once per evaluation chunk (the "prefix"); each point
    runs only the rest (the "suffix") from the cached frontier activations. With directions
    on the head only, a point costs a linear layer and the loss.
  * *BatchNorm folding*: in frozen-BN (eval) mode a BatchNorm after a convolution is an
    affine map per channel, `s = gamma / sqrt(var + eps)`, and folds into the convolution:
    `W_f = W * s`, `b_f = (b - mean) * s + beta`. Both are affine in (a, b) when the BN's own
    parameters do not move, so the folded tensors are again `base + a*u + b*v`; one pass over
    the activations per BN is saved at every point.
  * *linearized first layers*: a moving Linear/Conv layer whose input does not move is
    affine in the coordinates, `layer(x; W0 + a D1 + b D2) = layer(x; W0) + a layer_0(x; D1)
    + b layer_0(x; D2)`; the three parts are computed once (prefix) and each point costs two
    multiply-adds per output element (`_Combine`). For a head-only landscape the logits
    themselves become `base + a u + b v`. Chosen from the layers' fan-in (it changes the
    rounding, so it is not left to timing; see `grid.PointEvaluator._measure`).
  * *memory format*: convolution weights may be kept channels-last (faster oneDNN kernels on
    CPU); the default for convolutional nets, left for another only when that computes the
    same bits faster.

Every plan exposes *slots*: tensors written at each point as `base + sum_k c_k * dir_k`.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

import torch
import torch.fx as fx
from torch import nn


@dataclasses.dataclass
class Slot:
    """A tensor written at every point: `target = base + sum_k coords[k] * dirs[k]`.

    Attributes:
        name: qualified name of `target` inside `Plan.suffix` (for functional_call).
        target: the tensor written in place.
        base: its value at the centre (never written).
        dirs: one tensor per axis (None where this slot does not move along that axis).
    """

    name: str
    target: torch.Tensor
    base: torch.Tensor
    dirs: List[Optional[torch.Tensor]]

    def write(self, coords: Sequence[float]) -> None:
        """Writes the value at `coords` into `target` (call under `torch.no_grad`)."""
        first = True
        for c, d in zip(coords, self.dirs):
            if d is None:
                continue
            if first:
                torch.add(self.base, d, alpha=c, out=self.target)
                first = False
            else:
                self.target.add_(d, alpha=c)
        if first:
            self.target.copy_(self.base)

    def stacked(self, coords: Sequence[Sequence[float]]) -> torch.Tensor:
        """Values at P points at once: [P, *shape]."""
        out = self.base.unsqueeze(0).repeat((len(coords),) + (1,) * self.base.dim())
        for k, d in enumerate(self.dirs):
            if d is None:
                continue
            c = torch.tensor([pt[k] for pt in coords], dtype=d.dtype, device=d.device)
            out.add_(c.reshape((-1,) + (1,) * d.dim()) * d.unsqueeze(0))
        return out


@dataclasses.dataclass
class Plan:
    """An evaluation plan (see the module docstring).

    Attributes:
        kind: "eager" or "traced".
        suffix: module run at every point on the frontier tensors of a chunk.
        prefix: module computing the frontier tensors of a chunk of inputs once (traced
            plans); None when the frontier is the input itself.
        slots: the tensors written at every point.
        notes: what was done, for provenance (str -> str).
        restore: callable that puts the caller's tensors back (eager plans).
        channels_last: convolution inputs and weights are channels-last.
        linear_fan_in: multiply-adds per output element of each linearized layer (its
            input features, or input channels per group times the kernel size).
    """

    kind: str
    suffix: nn.Module
    prefix: Optional[nn.Module]
    slots: List[Slot]
    notes: Dict[str, str]
    restore: Callable[[], None] = lambda: None
    channels_last: bool = False
    linear_fan_in: List[int] = dataclasses.field(default_factory=list)  # per linearized layer

    last: Optional[Tuple[float, ...]] = None  # coordinates currently written (None: unknown)

    def write(self, coords: Sequence[float]) -> None:
        """Writes every slot at `coords` (skipped when they already hold that point)."""
        coords = tuple(coords)
        if coords == self.last:
            return
        self.last = None
        with torch.no_grad():
            for s in self.slots:
                s.write(coords)
        self.last = coords


# ---- eager plan -------------------------------------------------------------------------

def eager_plan(model: nn.Module, moves: Dict[str, Tuple[torch.Tensor, List[Optional[torch.Tensor]]]]) -> Plan:
    """Writes into the caller's parameters in place; `restore()` copies the saved centre back.

    Args:
        model: the (unwrapped) model.
        moves: parameter name -> (direction-free centre value, per-axis directions).
    """
    named = dict(model.named_parameters())
    slots = []
    saved = []
    for name, (base, dirs) in moves.items():
        p = named[name]
        keep = p.detach().clone()
        saved.append((p, keep))
        slots.append(Slot(name=name, target=p.data, base=keep, dirs=dirs))

    def restore():
        with torch.no_grad():
            for p, keep in saved:
                p.copy_(keep)

    return Plan(kind="eager", suffix=model, prefix=None, slots=slots, notes={"plan": "eager"}, restore=restore)


# ---- traced plan ------------------------------------------------------------------------

_FOLDABLE = {nn.Conv1d: nn.BatchNorm1d, nn.Conv2d: nn.BatchNorm2d, nn.Conv3d: nn.BatchNorm3d}
_LINEAR_LAYERS = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d)


class _Combine(nn.Module):
    """A moving linear layer's output at the point, from cached parts: `base + sum_k coef[k] u_k`.

    The layer is linear in its weights, so `layer(x; W0 + a D1 + b D2) = layer(x; W0) +
    a layer_0(x; D1) + b layer_0(x; D2)` (`layer_0`: the same layer with the direction's bias).
    When `x` does not move, the three parts are computed once (prefix) and each point costs
    two fused multiply-adds per output element instead of the layer.
    """

    def __init__(self, dims: int, axes: List[int], dtype: torch.dtype, device: torch.device):
        super().__init__()
        self.coef = nn.Parameter(torch.zeros(dims, dtype=dtype, device=device), requires_grad=False)
        self.axes = list(axes)

    def forward(self, base: torch.Tensor, *parts: torch.Tensor) -> torch.Tensor:
        out = base
        for k, u in zip(self.axes, parts):
            out = torch.addcmul(out, u, self.coef[k])
        return out


def _bn_scale(bn: nn.modules.batchnorm._BatchNorm) -> Tuple[torch.Tensor, torch.Tensor]:
    """(s, t) with bn(z) = z * s + t per channel in eval mode."""
    with torch.no_grad():
        rstd = torch.rsqrt(bn.running_var + bn.eps)
        gamma = bn.weight if bn.weight is not None else torch.ones_like(rstd)
        beta = bn.bias if bn.bias is not None else torch.zeros_like(rstd)
        s = gamma.detach() * rstd
        return s, beta.detach() - bn.running_mean * s


def traced_plan(
    model: nn.Module,
    moves: Dict[str, Tuple[torch.Tensor, List[Optional[torch.Tensor]]]],
    *,
    fold_bn: bool = True,
    cache_prefix: bool = True,
    channels_last: bool = False,
    linearize: bool = False,
) -> Plan:
    """Builds a traced plan (see the module docstring); raises if the model cannot be traced.

    The model must be in eval mode (its graph is traced as it will run). With `linearize`,
    every moving Linear/Conv layer whose input does not move is replaced by its output's
    affine form `base + sum_k c_k u_k`, the parts computed once by the prefix (`_Combine`).
    """
    first_name = {id(p): n for n, p in model.named_parameters()}  # shared parameters: first name
    moving_ids: Dict[int, str] = {pid: n for pid, n in first_name.items() if n in moves}
    gm = fx.symbolic_trace(model)
    graph = gm.graph
    modules = dict(gm.named_modules())

    def module_moves(m: nn.Module) -> bool:
        return any(id(p) in moving_ids for p in m.parameters())

    call_counts: Dict[str, int] = {}
    for node in graph.nodes:
        if node.op == "call_module":
            call_counts[node.target] = call_counts.get(node.target, 0) + 1

    notes: Dict[str, str] = {"plan": "traced"}
    # -- fold Conv -> BatchNorm pairs -------------------------------------------------------
    # fused[node.name] = (conv module, bn module) of a conv node that now also does the BN
    fused: Dict[str, Tuple[nn.Module, nn.Module]] = {}
    if fold_bn:
        for node in list(graph.nodes):
            if node.op != "call_module":
                continue
            bn = modules[node.target]
            if type(bn) not in _FOLDABLE.values() or bn.training or not bn.track_running_stats \
                    or bn.running_mean is None or module_moves(bn) or call_counts[node.target] != 1:
                continue
            prev = node.args[0] if node.args else None
            if not isinstance(prev, fx.Node) or prev.op != "call_module" or len(prev.users) != 1 \
                    or len(node.args) != 1 or node.kwargs:
                continue
            conv = modules[prev.target]
            if _FOLDABLE.get(type(conv)) is not type(bn) or call_counts[prev.target] != 1 \
                    or conv.out_channels != bn.num_features:
                continue
            node.replace_all_uses_with(prev)
            graph.erase_node(node)
            fused[prev.name] = (conv, bn)
        if fused:
            notes["bn_folded"] = str(len(fused))

    def moved_dirs(p: Optional[torch.Tensor]) -> Optional[List[Optional[torch.Tensor]]]:
        name = None if p is None else moving_ids.get(id(p))
        return None if name is None or name not in moves else moves[name][1]

    def effective(node: fx.Node):
        """(weight, bias, weight dirs, bias dirs) of a Linear/Conv node, BatchNorm folded in."""
        mod = modules[node.target]
        dims = max((len(d) for _, d in moves.values()), default=1)
        dw = moved_dirs(mod.weight) or [None] * dims
        db = moved_dirs(mod.bias) or [None] * dims
        with torch.no_grad():
            if node.name in fused:
                conv, bn = fused[node.name]
                scale, shift = _bn_scale(bn)
                shape = (-1,) + (1,) * (conv.weight.dim() - 1)
                b0 = conv.bias.detach() if conv.bias is not None else torch.zeros_like(scale)
                return (conv.weight.detach() * scale.reshape(shape), b0 * scale + shift,
                        [None if d is None else d * scale.reshape(shape) for d in dw],
                        [None if d is None else d * scale for d in db])
            b0 = mod.bias.detach() if mod.bias is not None else None
            return mod.weight.detach(), b0, list(dw), list(db)

    def fetch(target: str) -> Any:
        obj: Any = gm
        for atom in target.split("."):
            obj = getattr(obj, atom)
        return obj

    # -- which nodes change with the point ---------------------------------------------------
    def mark_dynamic() -> Set[fx.Node]:
        dyn: Set[fx.Node] = set()
        for node in graph.nodes:
            if node.op == "output":
                continue
            if node.op == "get_attr":
                obj = fetch(node.target)
                moves_here = (isinstance(obj, torch.Tensor) and id(obj) in moving_ids) or (
                    isinstance(obj, nn.Module) and module_moves(obj))
            elif node.op == "call_module":
                moves_here = module_moves(modules[node.target])
            else:
                moves_here = False
            if moves_here or any(a in dyn for a in node.all_input_nodes):
                dyn.add(node)
        return dyn

    dynamic = mark_dynamic()

    # -- linearize the first moving layers ------------------------------------------------------
    combines: Dict[int, Slot] = {}
    fan_in: List[int] = []
    if linearize and cache_prefix:  # (the parts are worth it only when computed once)
        dims = max((len(d) for _, d in moves.values()), default=1)
        count = 0
        for node in list(graph.nodes):
            if node.op != "call_module" or node not in dynamic or node.kwargs or len(node.args) != 1 \
                    or call_counts.get(node.target) != 1 or any(a in dynamic for a in node.all_input_nodes):
                continue
            mod = modules[node.target]
            if type(mod) not in _LINEAR_LAYERS:
                continue
            w_base, b_base, w_dirs, b_dirs = effective(node)
            axes = [k for k in range(dims) if (w_dirs[k] is not None or b_dirs[k] is not None)]
            if not axes:
                continue
            parts = []
            for weight, bias in [(w_base, b_base)] + [(w_dirs[k], b_dirs[k]) for k in axes]:
                part = copy.deepcopy(mod)
                part.weight = nn.Parameter((weight if weight is not None else torch.zeros_like(w_base)).clone(),
                                           requires_grad=False)
                part.bias = None if bias is None else nn.Parameter(bias.clone(), requires_grad=False)
                name = f"_landscape_part_{count}_{len(parts)}"
                gm.add_submodule(name, part)
                modules[name] = part
                call_counts[name] = 1
                with graph.inserting_before(node):
                    parts.append(graph.call_module(name, node.args))
            combine = _Combine(dims, axes, w_base.dtype, w_base.device)
            cname = f"_landscape_combine_{count}"
            gm.add_submodule(cname, combine)
            modules[cname] = combine
            call_counts[cname] = 1
            moving_ids[id(combine.coef)] = cname
            eye = torch.eye(dims, dtype=w_base.dtype, device=w_base.device)
            combines[id(combine)] = Slot(f"{cname}.coef", combine.coef.data, torch.zeros(dims, dtype=w_base.dtype,
                                         device=w_base.device), [eye[k] for k in range(dims)])
            with graph.inserting_before(node):
                new_node = graph.call_module(cname, tuple(parts))
            node.replace_all_uses_with(new_node)
            graph.erase_node(node)
            fused.pop(node.name, None)
            count += 1
            fan_in.append(mod.in_features if isinstance(mod, nn.Linear)
                          else mod.in_channels // mod.groups * math.prod(mod.kernel_size))
        if count:
            notes["linearized"] = str(count)
            dynamic = mark_dynamic()

    output = next(n for n in graph.nodes if n.op == "output")
    placeholders = [n for n in graph.nodes if n.op == "placeholder"]
    if cache_prefix:
        frontier = [n for n in graph.nodes if n not in dynamic and n.op != "output"
                    and any(u in dynamic or u is output for u in n.users)]
    else:
        frontier = list(placeholders)
    # The prefix is worth having only when it does real work (a layer, or an op on a
    # parameter); a frontier of inputs, constants and reshapes of the input is not cached.
    def does_work(start: List[fx.Node]) -> bool:
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

    prefix_useful = cache_prefix and does_work(frontier)
    if not prefix_useful:
        frontier = list(placeholders)
        dynamic_all = [n for n in graph.nodes if n.op not in ("placeholder", "output")]
    else:
        dynamic_all = [n for n in graph.nodes if n in dynamic]

    # -- build new graphs with flat attribute names -------------------------------------------
    slots: List[Slot] = []
    root: Dict[str, Any] = {}
    counter = [0]

    def fresh(prefix: str) -> str:
        counter[0] += 1
        return f"{prefix}{counter[0]}"

    def cl(t: torch.Tensor) -> torch.Tensor:
        if channels_last and t.dim() == 4:
            return t.contiguous(memory_format=torch.channels_last)
        return t

    def working_module(node: fx.Node, in_suffix: bool) -> Tuple[str, nn.Module]:
        """The module a new call_module node targets (a copy when it moves or changes)."""
        mod = modules[node.target]
        name = fresh("m")
        if isinstance(mod, _Combine):
            slot = combines[id(mod)]
            slots.append(Slot(f"{name}.coef", slot.target, slot.base, slot.dirs))
            return name, mod
        if node.name in fused:
            conv, _ = fused[node.name]
            w_base, b_base, w_dirs, b_dirs = effective(node)
            new = copy.deepcopy(conv)
            with torch.no_grad():
                w_base = cl(w_base)
                new.weight = nn.Parameter(w_base.clone(), requires_grad=False)
                new.bias = nn.Parameter(b_base.clone(), requires_grad=False)
            if in_suffix and any(d is not None for d in w_dirs):
                slots.append(Slot(f"{name}.weight", new.weight.data, w_base,
                                  [None if d is None else cl(d) for d in w_dirs]))
            if in_suffix and any(d is not None for d in b_dirs):
                slots.append(Slot(f"{name}.bias", new.bias.data, b_base, b_dirs))
            return name, new
        if not in_suffix or not (module_moves(mod) or (channels_last and isinstance(mod, nn.Conv2d))):
            return name, mod
        new = copy.deepcopy(mod)
        for attr, p in list(mod._parameters.items()):
            if p is None:
                continue
            value = cl(p.detach())
            setattr(new, attr, nn.Parameter(value.clone(), requires_grad=False))
            dirs = moved_dirs(p)
            if dirs is not None:
                slots.append(Slot(f"{name}.{attr}", getattr(new, attr).data, value,
                                  [None if d is None else cl(d) for d in dirs]))
        for sub_name, sub in new.named_modules():
            if sub is new:
                continue
            for attr, p in list(sub._parameters.items()):  # parameters of nested children
                orig = mod.get_submodule(sub_name)._parameters[attr]
                dirs = moved_dirs(orig)
                if dirs is not None:
                    slots.append(Slot(f"{name}.{sub_name}.{attr}", p.data, orig.detach(), dirs))
        return name, new

    def copy_graph(nodes: List[fx.Node], inputs: List[fx.Node], outputs: Any, in_suffix: bool) -> fx.GraphModule:
        new_graph = fx.Graph()
        env: Dict[fx.Node, fx.Node] = {}
        sub_root: Dict[str, Any] = {}
        for i, n in enumerate(inputs):
            # placeholders keep their default values (optional forward arguments)
            env[n] = new_graph.node_copy(n) if n.op == "placeholder" else new_graph.placeholder(f"x{i}")
        for n in nodes:
            if n in env:
                continue
            if n.op == "call_module":
                target, mod = working_module(n, in_suffix)
                sub_root[target] = mod
                env[n] = new_graph.call_module(target, fx.map_arg(n.args, lambda a: env[a]),
                                               fx.map_arg(n.kwargs, lambda a: env[a]))
            elif n.op == "get_attr":
                obj = gm
                for atom in n.target.split("."):
                    obj = getattr(obj, atom)
                target = fresh("a")
                if isinstance(obj, torch.Tensor):
                    dirs = moved_dirs(obj)
                    if dirs is not None and in_suffix:
                        work = nn.Parameter(obj.detach().clone(), requires_grad=False)
                        slots.append(Slot(target, work.data, obj.detach(), dirs))
                        obj = work
                sub_root[target] = obj
                env[n] = new_graph.get_attr(target)
            else:
                env[n] = new_graph.node_copy(n, lambda a: env[a])
        new_graph.output(fx.map_arg(outputs, lambda a: env[a]))
        module = fx.GraphModule(sub_root, new_graph)
        module.graph.eliminate_dead_code()
        module.recompile()
        return module

    prefix_mod = None
    if prefix_useful:
        static_nodes = [n for n in graph.nodes if n not in dynamic and n.op != "output"]
        prefix_mod = copy_graph(static_nodes, placeholders, tuple(frontier), in_suffix=False)
        notes["prefix_cache"] = f"on ({len(frontier)} cached tensor{'s' if len(frontier) != 1 else ''})"
    else:
        notes["prefix_cache"] = "off (the first layer moves)" if cache_prefix else "off"
    suffix_mod = copy_graph(dynamic_all, frontier, output.args[0], in_suffix=True)
    if channels_last:
        notes["memory_format"] = "channels_last"
    return Plan(kind="traced", suffix=suffix_mod, prefix=prefix_mod, slots=slots, notes=notes,
                channels_last=channels_last, linear_fan_in=fan_in)
