"""Memory figures: free memory of a device, bytes of nested tensors."""

from __future__ import annotations

from typing import Any

import torch
from torch.utils import _pytree as pytree


def free_memory(device: torch.device) -> int:
    """Free bytes on `device` (CUDA: `mem_get_info`; CPU: MemAvailable from /proc/meminfo).

    Used only for defaults that change speed (what is cached), never a result's bits.
    """
    if device.type == "cuda":
        return int(torch.cuda.mem_get_info(device)[0])
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 8 << 30


def nbytes(obj: Any) -> int:
    """Bytes of every tensor in a nested structure."""
    return sum(t.numel() * t.element_size() for t in pytree.tree_leaves(obj) if isinstance(t, torch.Tensor))
