"""Evaluation data: a fixed list of batches that every grid point sees in the same order.

`data` may be
- one batch `(x, y)` (a tuple or list of two, `x` a tensor, a tuple of tensors passed
  positionally, or a dict passed as keyword arguments);
- an iterable of such batches (list, generator) or a `torch.utils.data.DataLoader`, of which
  the first `max_batches` are taken (all when None);
- with `evaluate=`, batches of any structure (dicts of tensors for Hugging Face style models).

The batches are materialized once (on the evaluation device) so that a shuffling loader or a
one-shot generator still gives every point the same samples. Losses are averaged over batches
weighted by batch size (the number of rows of the first tensor in the batch).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Dict, List, Mapping, Optional

import numpy as np
import torch

from torch.utils import _pytree as pytree

from .._validate import LandscapeMemoryError, check_positive_int, fail

#: `evaluate(model, batch) -> {"loss": tensor, "other metric": tensor, ...}`
EvaluateFn = Callable[[torch.nn.Module, Any], Mapping[str, torch.Tensor]]


@dataclasses.dataclass
class EvalData:
    """Materialized evaluation batches.

    Attributes:
        batches: the batches, on the evaluation device.
        sizes: rows per batch (weights of the batch-size-weighted mean).
        pairs: True when every batch is `(x, y)` with tensor `x` and `y` of equal rows, so
            that the engine may split batches into chunks.
    """

    batches: List[Any]
    sizes: List[int]
    pairs: bool

    @property
    def num_samples(self) -> int:
        return int(sum(self.sizes))

    @property
    def description(self) -> str:
        n, b = self.num_samples, len(self.batches)
        return f"{n} sample{'s' if n != 1 else ''} in {b} batch{'es' if b != 1 else ''}"

    def nbytes(self) -> int:
        total = 0
        for b in self.batches:
            for t in _tensors(b):
                total += t.numel() * t.element_size()
        return total


def _tensors(obj: Any):
    if isinstance(obj, torch.Tensor):
        yield obj
    elif isinstance(obj, Mapping):
        for v in obj.values():
            yield from _tensors(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _tensors(v)


def to_device(obj: Any, device: torch.device) -> Any:
    """Moves every tensor of a (nested tuple/list/dict) batch to `device`."""
    if isinstance(obj, torch.Tensor):
        return obj if obj.device == device else obj.to(device, non_blocking=True)
    if isinstance(obj, Mapping):
        return type(obj)({k: to_device(v, device) for k, v in obj.items()}) if type(obj) is dict else {
            k: to_device(v, device) for k, v in obj.items()}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[to_device(v, device) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(to_device(v, device) for v in obj)
    return obj


def batch_size(batch: Any) -> int:
    """Rows of the first tensor found in `batch` (1 when it holds no tensor with a dim)."""
    for t in _tensors(batch):
        if t.dim() > 0:
            return int(t.shape[0])
    return 1


def _single_batch(data: Any) -> bool:
    """`(x, y)` with tensor leaves, or a dict of tensors: one batch, not an iterable of batches."""
    if isinstance(data, Mapping):
        return True
    if isinstance(data, (tuple, list)) and len(data) == 2:
        x, y = data
        x_ok = isinstance(x, (torch.Tensor, Mapping)) or (
            isinstance(x, (tuple, list)) and len(x) > 0 and all(isinstance(t, torch.Tensor) for t in x))
        return x_ok and isinstance(y, torch.Tensor)
    return False


def prepare_data(
    data: Any,
    device: torch.device,
    max_batches: Optional[int] = None,
    custom: bool = False,
    memory_limit: Optional[int] = None,
) -> EvalData:
    """Materializes `data` into fixed batches on `device`.

    Args:
        data: one batch, an iterable of batches, or a DataLoader (see the module docstring).
        device: where the model evaluates.
        max_batches: take at most this many batches (all when None).
        custom: batches go to a user `evaluate` function, so any structure is accepted.
        memory_limit: bytes the materialized batches may take; more raises before the next
            batch is kept (None: no limit).

    Raises:
        ValueError: naming `data` when it is None, a bare tensor, empty, or (without
            `evaluate`) holds a batch that is not `(x, y)`; naming `max_batches` when it is
            not a positive integer.
    """
    max_batches = check_positive_int("max_batches", max_batches, allow_none=True)
    if data is None:
        fail("data", data, "is required: pass (x, y), an iterable of batches or a DataLoader")
    if isinstance(data, torch.Tensor):
        fail("data", f"Tensor{tuple(data.shape)}", "is a bare tensor: pass (inputs, targets), "
             "or batches with evaluate=")
    if _single_batch(data):
        raw = [data]
    else:
        try:
            iterator = iter(data)
        except TypeError:
            fail("data", data, "is not a batch (x, y), an iterable of batches or a DataLoader")
        raw = []
        held = 0
        for batch in iterator:
            raw.append(batch)
            held += sum(t.numel() * t.element_size() for t in _tensors(batch))
            if memory_limit is not None and held > memory_limit:
                raise LandscapeMemoryError(
                    f"the evaluation batches exceed memory_limit={memory_limit / 2**20:.0f} MiB after {len(raw)} "
                    f"batches ({held / 2**20:.0f} MiB): pass max_batches= (batches per point) or smaller batches")
            if max_batches is not None and len(raw) >= max_batches:
                break
    if not raw:
        fail("data", data, "is empty: it yielded no batch to evaluate")
    batches, sizes = [], []
    pairs = True
    for i, batch in enumerate(raw):
        if not custom:
            if not (isinstance(batch, (tuple, list)) and len(batch) == 2):
                fail("data", type(batch).__name__, f"batch {i} is not an (inputs, targets) pair; "
                     "pass evaluate=fn(model, batch) -> dict for other batch structures")
        batch = to_device(batch, device)
        batches.append(batch)
        sizes.append(batch_size(batch))
        if not (isinstance(batch, (tuple, list)) and len(batch) == 2 and isinstance(batch[0], torch.Tensor)
                and isinstance(batch[1], torch.Tensor) and batch[0].dim() > 0 and batch[1].dim() > 0
                and batch[0].shape[0] == batch[1].shape[0]):
            pairs = False
    return EvalData(batches=batches, sizes=sizes, pairs=pairs)


def call_model(model: torch.nn.Module, x: Any) -> Any:
    """`model(x)`, `model(*x)` for a tuple/list of inputs, `model(**x)` for a dict."""
    if isinstance(x, Mapping):
        return model(**x)
    if isinstance(x, (tuple, list)):
        return model(*x)
    return model(x)


def metrics_of_batch(
    model: torch.nn.Module,
    batch: Any,
    loss_fn: Optional[Callable],
    metrics: Dict[str, Callable],
    evaluate: Optional[EvaluateFn],
) -> Dict[str, Any]:
    """The metrics of one batch at the model's current weights (no chunking)."""
    if evaluate is not None:
        out = evaluate(model, batch)
        if isinstance(out, torch.Tensor) or not isinstance(out, Mapping):
            return {"loss": out}
        return dict(out)
    x, y = batch
    outputs = call_model(model, x)
    return metrics_of_outputs(outputs, y, loss_fn, metrics)


def metrics_of_outputs(outputs: Any, y: Any, loss_fn: Callable, metrics: Dict[str, Callable]) -> Dict[str, Any]:
    result = {"loss": loss_fn(outputs, y)}
    for name, fn in metrics.items():
        result[name] = fn(outputs, y)
    return result


def metric_row(values: Mapping[str, Any], names: List[str]) -> np.ndarray:
    """The metric values of one batch as float64 [M] in the order of `names`.

    Raises:
        ValueError: naming `loss_fn` (or `metrics`, or `evaluate`) when a value is None, not
            a number, or a tensor with more than one element.
    """
    row = np.empty(len(names), dtype=np.float64)
    for i, name in enumerate(names):
        v = values.get(name, float("nan"))
        arg = "loss_fn" if name == "loss" else "metrics"
        if isinstance(v, torch.Tensor):
            if v.numel() != 1:
                fail(arg, f"{name}: shape {tuple(v.shape)}", "must return a scalar")
            v = v.detach().reshape(()).float() if v.dtype in (torch.bfloat16, torch.float16) else v.detach()
        try:
            row[i] = float(v)
        except (TypeError, ValueError):
            fail(arg, f"{name}: {type(v).__name__}", "must return a scalar tensor or number")
    return row


def cat_outputs(outs: List[Any], dim: int = 0) -> Any:
    """Concatenates the outputs of a batch's chunks (tensors of every nested output along
    `dim`; other leaves are taken from the first chunk)."""
    if len(outs) == 1:
        return outs[0]
    leaves0, spec = pytree.tree_flatten(outs[0])
    all_leaves = [pytree.tree_flatten(o)[0] for o in outs]
    merged = []
    for j, leaf in enumerate(leaves0):
        if isinstance(leaf, torch.Tensor) and leaf.dim() > dim:
            merged.append(torch.cat([ls[j] for ls in all_leaves], dim))
        else:
            merged.append(leaf)
    return pytree.tree_unflatten(merged, spec)


def to_float32(out: Any) -> Any:
    """Autocast outputs back to float32 before the loss (losses in bf16 lose digits)."""
    return pytree.tree_map(
        lambda t: t.float() if isinstance(t, torch.Tensor) and t.is_floating_point() and t.dtype != torch.float64
        else t, out)
