"""Grid points sharded across the processes of a `torch.distributed` group.

Every rank holds the same model, data and directions (random directions come from a seeded
CPU generator, so they agree without communication). Point j is evaluated by rank
`j % world_size`; the per-rank results are all-gathered, so every rank returns the full
landscape, equal to the single-process one bit for bit (every decision is made from the
structure, the same on every rank, and each point is computed single-threaded, whoever
computes it). Launch as usual, e.g. `torchrun --nproc-per-node 4
script.py` with `torch.distributed.init_process_group()` in the script; a model wrapped in
`DistributedDataParallel` is unwrapped. If one rank raises, the others wait in the gather
(as with any collective).
"""

from __future__ import annotations

from typing import Any, List, Optional

import numpy as np
import torch


def resolve_group(distributed: Optional[bool], group: Any) -> Any:
    """The process group to shard over, or None for a single-process computation.

    Args:
        distributed: True: shard (requires an initialized default group); False: never;
            None: shard when `torch.distributed` is initialized with more than one process.
        group: a process group, or None for the default (WORLD).
    """
    if distributed is False:
        return None
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized()):
        if distributed:
            raise ValueError("distributed=True but torch.distributed is not initialized "
                             "(call torch.distributed.init_process_group first)")
        return None
    group = group if group is not None else dist.group.WORLD
    if dist.get_world_size(group) <= 1 and not distributed:
        return None
    return group


def shard_indices(n: int, group: Any) -> List[int]:
    """Indices of the points this rank evaluates (strided, for load balance)."""
    if group is None:
        return list(range(n))
    import torch.distributed as dist

    rank, world = dist.get_rank(group), dist.get_world_size(group)
    return list(range(rank, n, world))


def gather_rows(local: np.ndarray, n: int, group: Any, device: torch.device) -> np.ndarray:
    """All-gathers the rows each rank computed for `shard_indices` into [n, M] (float64)."""
    if group is None:
        return local
    import torch.distributed as dist

    world = dist.get_world_size(group)
    per_rank = -(-n // world)
    m = local.shape[1]
    dev = device if dist.get_backend(group) == "nccl" else torch.device("cpu")
    padded = torch.full((per_rank, m), float("nan"), dtype=torch.float64, device=dev)
    if local.shape[0]:
        padded[: local.shape[0]] = torch.from_numpy(local).to(dev)
    parts = [torch.empty_like(padded) for _ in range(world)]
    dist.all_gather(parts, padded, group=group)
    out = np.empty((n, m), dtype=np.float64)
    for r, part in enumerate(parts):
        rows = part.cpu().numpy()
        idx = list(range(r, n, world))
        out[idx] = rows[: len(idx)]
    return out
