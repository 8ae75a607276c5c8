"""How the rows of a batch are cut into chunks: from the activations' shapes, never from timing.

On CPU a chunk whose activations stay in the core's cache runs faster than a whole batch
whose activations go to memory, and each chunk costs Python overhead: measured here (one
thread per worker, 2 cores) the best chunk held about 2 MiB of the largest activation for a
small CNN (256 rows), ResNet-20 (32 rows) and LeNet-5 (128 rows), and whole batches for an
MLP. "auto" takes that size from the traced graph's activation shapes on two rows of the
first batch; a model whose rows interact (its outputs change when the batch is split) keeps
whole batches. On an accelerator, whole batches.
"""

from __future__ import annotations

import math
from typing import Any, Optional

import torch
import torch.fx as fx

from ._memory import nbytes
from .data import cat_outputs
from ._trace import Traced, run_traced, same_outputs

#: The bytes of the largest activation of one chunk that "auto" aims at.
CHUNK_TARGET_BYTES = 2 << 20
MIN_CHUNK, MAX_CHUNK = 8, 4096


class _Recorder(fx.Interpreter):
    """Runs a graph module and keeps the largest value any of its operations computes, in bytes."""

    def __init__(self, module: fx.GraphModule):
        super().__init__(module)
        self.largest = 0

    def run_node(self, n: fx.Node) -> Any:
        out = super().run_node(n)
        if n.op not in ("output", "placeholder"):
            self.largest = max(self.largest, nbytes(out))
        return out


def largest_activation_per_row(traced: Traced, x: torch.Tensor) -> float:
    """Bytes per row of the largest tensor the prefix or suffix computes, on 2 rows of `x`."""
    rows = min(2, x.shape[0])
    part = x[:rows]
    if traced.channels_last and part.dim() == 4:
        part = part.contiguous(memory_format=torch.channels_last)
    largest = 0
    with torch.no_grad():
        frontier = (part,)
        if traced.prefix is not None:
            rec = _Recorder(traced.prefix)
            frontier = tuple(rec.run(part))
            largest = rec.largest
        rec = _Recorder(traced.plan.module)
        rec.run(*frontier)
        largest = max(largest, rec.largest)
    return largest / rows


def chunk_rows(traced: Traced, batch: Any, device: torch.device, requested: Any) -> Optional[int]:
    """Rows per chunk (None: whole batches): `requested` when it is a number or None, else
    the "auto" rule of the module docstring."""
    if requested != "auto":
        return requested
    x, _ = batch
    if device.type != "cpu":
        return None
    per_row = largest_activation_per_row(traced, x)
    if per_row <= 0:
        return None
    rows = 2 ** round(math.log2(max(CHUNK_TARGET_BYTES / per_row, 1)))
    rows = min(max(rows, MIN_CHUNK), MAX_CHUNK)
    return None if rows >= x.shape[0] else rows


def rows_interact(traced: Traced, batch: Any, rows: int) -> bool:
    """Whether the model's outputs on two chunks' worth of the first batch's rows change when
    they are cut into chunks of `rows` (at the centre; a deterministic check, not a
    measurement)."""
    x = batch[0][: 2 * rows]
    with torch.no_grad():
        whole = run_traced(traced, x)
        parts = [run_traced(traced, x[i:i + rows]) for i in range(0, x.shape[0], rows)]
    return same_outputs(whole, cat_outputs(parts), rtol=1e-4) is not None
