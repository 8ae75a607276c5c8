"""Which parameters matter: Hessian measures per parameter group (layer sensitivity).

For disjoint parameter groups G_1..G_K (by default one per module that holds parameters
directly) and H the Hessian of the batch-size-weighted mean loss with respect to all their
parameters (eval mode, as in `hessian`), `layer_sensitivity` estimates for each group k:

- the trace of the diagonal block, tr(H_kk), by Hutchinson from the SAME Rademacher probes
  as the full trace: each probe v costs one Hessian-vector product u = H v, and

      v^T u = sum_k v_k^T u_k,   v_k^T u_k = v_k^T H_kk v_k + sum_{l != k} v_k^T H_kl v_l.

  The cross terms have mean zero (v_k and v_l are independent with mean zero), so v_k^T u_k
  is an unbiased sample of tr(H_kk). The block estimates therefore cost nothing beyond the
  full trace, and sum to the full estimate exactly, probe by probe (to float rounding).
  Their variance is that of a probe of the block alone plus sum_{l != k} ||H_kl||_F^2 (the
  price of sharing the probes); each group gets its own standard error. With the same seed
  and number of probes, the full estimate is `hessian_trace`'s, bit for bit.
- the top eigenvalue of the block, lambda_max(H_kk), by Lanczos restricted to the block: the
  Hessian-vector product of a vector that is zero outside G_k, keeping only the G_k part,
  which is the Hessian with respect to G_k's parameters alone (autograd differentiates only
  them). Up to `max_iter` products per group.
- optionally, a filter-normalized 1D loss curve moving only that group (`compute_landscape`).

The model, its buffers, gradients, flags, modes and the global RNGs are exactly as before on
return (`_state.preserved`).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import torch
from torch import nn

from ._state import preserved
from .._validate import fail
from ..landscape import Landscape
from ..specs import SensitivitySpec
from .compute import compute_landscape
from .hessian import _Operator, _rademacher, _setup, _top_lanczos
from .params import ParamSelector, unwrap_model

__all__ = ["layer_sensitivity", "LayerSensitivity"]

#: The group name of parameters held by the model itself (not by a submodule).
ROOT_GROUP = "(model)"


@dataclasses.dataclass
class LayerSensitivity:
    """Hessian measures per parameter group.

    Attributes:
        groups: the K group names, in the order of the model's first parameter of each.
        parameters: K tuples of the parameter names of each group.
        sizes: int64 [K], number of scalar parameters per group.
        trace: float64 [K], Hutchinson estimate of tr(H_kk) (NaN when not measured).
        trace_std_error: float64 [K], its standard error over the probes.
        trace_samples: float64 [S, K], the per-probe samples v_k^T (H v)_k.
        total_trace: the full-trace estimate (the mean of the probes v^T H v; `trace` sums
            to it up to float rounding).
        total_trace_std_error: its standard error.
        top_eigenvalue: float64 [K], lambda_max(H_kk) (NaN when not measured).
        eigenvalue_residual: float64 [K], Lanczos residual |H_kk q - lambda q| of each.
        hvp_calls: Hessian-vector products used (probes + Lanczos steps of every group).
        seed: the seed of the probes and start vectors.
        curves: group name -> 1D `Landscape` moving only that group (with `curves=True`).
    """

    groups: List[str]
    parameters: List[Tuple[str, ...]]
    sizes: np.ndarray
    trace: np.ndarray
    trace_std_error: np.ndarray
    trace_samples: np.ndarray
    total_trace: float
    total_trace_std_error: float
    top_eigenvalue: np.ndarray
    eigenvalue_residual: np.ndarray
    hvp_calls: int
    seed: int
    curves: Optional[Dict[str, Landscape]] = None

    @property
    def trace_per_parameter(self) -> np.ndarray:
        """float64 [K]: tr(H_kk) / size (the mean curvature of one parameter of the group)."""
        return self.trace / self.sizes

    def to_dict(self) -> Dict[str, list]:
        """Columns of plain Python values, one entry per group (`pandas.DataFrame(r.to_dict())`)."""
        return {
            "group": list(self.groups),
            "parameters": [", ".join(p) for p in self.parameters],
            "size": [int(s) for s in self.sizes],
            "trace": [float(v) for v in self.trace],
            "trace_std_error": [float(v) for v in self.trace_std_error],
            "trace_per_parameter": [float(v) for v in self.trace_per_parameter],
            "top_eigenvalue": [float(v) for v in self.top_eigenvalue],
            "eigenvalue_residual": [float(v) for v in self.eigenvalue_residual],
        }

    def table(self) -> str:
        """A fixed-width text table, one row per group, and the full trace below."""
        lines = [f"{'group':<24} {'size':>8} {'trace':>12} {'+-':>10} {'top eig':>12}"]
        for g, n, t, se, e in zip(self.groups, self.sizes, self.trace, self.trace_std_error, self.top_eigenvalue):
            lines.append(f"{g[:24]:<24} {int(n):>8} {t:>12.5g} {se:>10.3g} {e:>12.5g}")
        lines.append(f"{'(sum = full trace)':<24} {int(self.sizes.sum()):>8} {self.total_trace:>12.5g} "
                     f"{self.total_trace_std_error:>10.3g}")
        return "\n".join(lines)


# ---- groups ------------------------------------------------------------------------------------

def _members(names: Sequence[str], all_names: Sequence[str], group: str, wanted: Sequence[str]) -> List[str]:
    """The selected parameter names that `wanted` (parameter or module names) matches."""
    out = []
    for s in wanted:
        hits = [n for n in names if n == s or n.startswith(s + ".")]
        if not hits:
            known = any(n == s or n.startswith(s + ".") for n in all_names)
            fail("groups", f"{group}: {s}", "names no selected parameter (frozen, or left out by params=)"
                 if known else f"matches no parameter or module name of the model (first names: {list(all_names[:5])})")
        out.extend(h for h in hits if h not in out)
    return out


def parameter_groups(model: nn.Module, names: Sequence[str], groups: Any) -> Tuple[List[str], List[List[str]]]:
    """Splits the selected parameter `names` into named groups (see `SensitivitySpec.groups`).

    Returns:
        (group names, parameter names of each group), groups in the order of their first
        parameter in `names`, parameters in `names` order; parameters in no group are dropped.

    Raises:
        ValueError: naming `groups` for unknown names, overlapping groups, a callable that
            returns something else than a name or None, or no parameter in any group.
    """
    all_names = [n for n, _ in model.named_parameters()]
    if groups == "parameter":
        assign = {n: n for n in names}
    elif groups == "module":
        assign = {n: n.rsplit(".", 1)[0] if "." in n else ROOT_GROUP for n in names}
    elif isinstance(groups, dict):
        assign = {}
        for g, wanted in groups.items():
            for n in _members(names, all_names, g, wanted):
                if n in assign:
                    fail("groups", n, f"is in two groups, {assign[n]!r} and {g!r}: groups must not overlap")
                assign[n] = g
    else:
        assign = {}
        for n in names:
            g = groups(n)
            if g is not None and (not isinstance(g, str) or not g):
                fail("groups", g, f"was returned for {n!r}: the callable must return a group name (str) or None")
            if g is not None:
                assign[n] = g
    order: Dict[str, List[str]] = {}
    for n in names:
        if n in assign:
            order.setdefault(assign[n], []).append(n)
    if not order:
        fail("groups", groups, "puts no selected parameter in any group")
    return list(order), list(order.values())


# ---- the measures ---------------------------------------------------------------------------------

def _block_traces(op: _Operator, members: List[List[str]], samples: int, seed: int):
    """Per-probe samples [S, K] of v_k^T (H v)_k and [S] of v^T H v (`hessian_trace`'s draws)."""
    offsets, start = {}, 0
    for name, size in zip(op.names, op.sizes):
        offsets[name] = (start, start + size)
        start += size
    gen = torch.Generator().manual_seed(int(seed))
    blocks = np.empty((samples, len(members)))
    full = np.empty(samples)
    for s in range(samples):
        v = _rademacher(op.n, gen, op.device)
        hv = op(v)
        full[s] = float(torch.dot(v, hv))
        prod = v * hv
        for k, names in enumerate(members):
            blocks[s, k] = sum(float(prod[offsets[n][0]:offsets[n][1]].sum()) for n in names)
    return blocks, full


def _std_error(samples: np.ndarray) -> np.ndarray:
    return samples.std(axis=0, ddof=1) / math.sqrt(samples.shape[0])


def _block_top_eigenvalue(model, loss_fn, evaldata, names, evaluate, spec: SensitivitySpec):
    op = _Operator(model, loss_fn, evaldata, names, evaluate)
    gen = torch.Generator().manual_seed(int(spec.seed))
    values, _, residuals = _top_lanczos(op, 1, min(spec.max_iter, op.n), spec.tol, gen)
    return float(values[0]), float(residuals[0]), op.calls


def _curves(model, loss_fn, evaldata, groups, members, evaluate, trainable_only,
            spec: SensitivitySpec) -> Dict[str, Landscape]:
    out = {}
    for g, names in zip(groups, members):
        # ignore=None: every parameter of the group moves (biases by their own values, Li et al.),
        # so that a group of biases or norm-layer parameters has a curve too
        out[g] = compute_landscape(model, loss_fn, iter(evaldata.batches), "random", evaluate=evaluate, dims=1,
                                   resolution=spec.curve_resolution, span=spec.curve_span, seed=spec.seed,
                                   params=list(names), ignore=None, normalization="filter",
                                   trainable_only=trainable_only)
    return out


def layer_sensitivity(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    groups: Any = "module",
    measures: Sequence[str] = ("trace", "top_eigenvalue"),
    *,
    samples: int = 50,
    max_iter: int = 100,
    tol: float = 1e-4,
    seed: int = 0,
    curves: bool = False,
    curve_resolution: int = 21,
    curve_span: float = 1.0,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
) -> LayerSensitivity:
    """Hessian trace and top eigenvalue of each parameter group's diagonal block.

    Args:
        model, loss_fn, data: as in `compute_landscape` (`evaluate` for custom batches).
        groups: "module" (one group per module that holds parameters directly, named by the
            module; parameters of the model itself form the group "(model)"), "parameter"
            (one group per tensor), a dict group name -> parameter or module names, or a
            callable parameter name -> group name (None leaves the parameter out).
        measures: "trace" and/or "top_eigenvalue".
        samples: Hutchinson probes shared by all groups (one Hessian-vector product each).
        max_iter, tol: Lanczos steps per group and relative tolerance of its top eigenvalue.
        seed: seed of the probes (drawn as `hessian_trace` draws them) and start vectors.
        curves, curve_resolution, curve_span: also a filter-normalized 1D curve per group
            (`compute_landscape` with only that group moving; biases move too).
        params, trainable_only: the parameters the groups are formed from.
        max_batches: use at most this many batches.

    Returns:
        A `LayerSensitivity` (numpy arrays, one entry per group; `.to_dict()`, `.table()`).
        Cost: `samples` Hessian-vector products for every trace at once, plus up to
        `max_iter` per group for the eigenvalues (each product ~ 4 passes over the data).

    Raises:
        ValueError: naming the argument: `groups` (unknown or overlapping names, bad type),
            `measures`, `samples`, `max_iter`, `tol`, `seed`, `curve_*`, `params`, `loss_fn`.
    """
    spec = SensitivitySpec(groups=groups, measures=measures, samples=samples, max_iter=max_iter, tol=tol,
                           seed=seed, curves=curves, curve_resolution=curve_resolution,
                           curve_span=curve_span)  # the one validator
    with preserved(unwrap_model(model)):
        base, names, evaldata = _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches)
        group_names, members = parameter_groups(base, names, spec.groups)
        union = [n for n in names if any(n in m for m in members)]
        result = _measure(base, loss_fn, evaldata, union, group_names, members, evaluate, spec)
    if spec.curves:
        result.curves = _curves(base, loss_fn, evaldata, group_names, members, evaluate, trainable_only, spec)
    return result


def _measure(model, loss_fn, evaldata, union, group_names, members, evaluate, spec) -> LayerSensitivity:
    k = len(group_names)
    named = dict(model.named_parameters())
    sizes = np.array([sum(named[n].numel() for n in m) for m in members], dtype=np.int64)
    nan = np.full(k, math.nan)
    trace, trace_se, blocks, total, total_se = nan.copy(), nan.copy(), np.empty((0, k)), math.nan, math.nan
    calls = 0
    if "trace" in spec.measures:
        op = _Operator(model, loss_fn, evaldata, union, evaluate)
        blocks, full = _block_traces(op, members, spec.samples, spec.seed)
        trace, trace_se = blocks.mean(axis=0), _std_error(blocks)
        total, total_se = float(full.mean()), float(_std_error(full[:, None])[0])
        calls += op.calls
    top, residual = nan.copy(), nan.copy()
    if "top_eigenvalue" in spec.measures:
        for i, names in enumerate(members):
            top[i], residual[i], c = _block_top_eigenvalue(model, loss_fn, evaldata, names, evaluate, spec)
            calls += c
    return LayerSensitivity(group_names, [tuple(m) for m in members], sizes, trace, trace_se, blocks, total,
                            total_se, top, residual, calls, spec.seed)
