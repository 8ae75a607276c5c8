"""A bounded store of weight snapshots: the optimizer's path, kept under a memory budget.

    store = SnapshotStore(budget_bytes=256 * 2**20, storage="memory", every_n_steps=20)
    if store.due(step):
        store.add(step, {name: p for name, p in model.named_parameters()})
    path = store.snapshots()          # [Snapshot(step, nbytes)], oldest first
    tensors = path[0].load()          # {name: CPU tensor}

The memory knob
---------------
`budget_bytes` bounds the bytes of snapshot tensors the store keeps (host memory for
`storage="memory"`, files in `directory` for `storage="disk"`); nothing is ever kept on an
accelerator: `add` copies every tensor to the CPU. One snapshot costs
`sum(numel * element_size)` of the tensors given (the model's parameters in their own dtype:
4 bytes per float32 parameter), so the store holds `capacity = budget_bytes // snapshot_bytes`
snapshots.

`max_count` caps the number of snapshots as well. When an `add` would exceed either, the
store *thins*: it keeps every other snapshot
(the 1st, 3rd, 5th, ..., oldest first) and doubles its cadence, so the path always spans the
whole run at evenly spaced steps, with between `capacity // 2` and `capacity` points. A
snapshot that a running computation still holds (see `Snapshot`) stays alive until that
computation lets go of it, so for the length of one landscape computation the store may hold
up to 1.5 times its budget.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from typing import Dict, List, Mapping, Optional

import torch

from tb_landscape.specs import SUPPORTED_STORAGE

__all__ = ["Snapshot", "SnapshotStore", "SUPPORTED_STORAGE", "tensor_bytes"]


def tensor_bytes(tensors: Mapping[str, torch.Tensor]) -> int:
    """Bytes of the values of `tensors` (numel * element size, summed)."""
    return int(sum(t.numel() * t.element_size() for t in tensors.values()))


def _unlink(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


class Snapshot:
    """One kept set of weights: `step`, `nbytes`, and `load()` for the tensors.

    A disk snapshot's file is deleted when the store has dropped it *and* no one else holds
    the `Snapshot` object any more (a background landscape computation reading the path
    keeps it alive until it is done).
    """

    __slots__ = ("step", "nbytes", "_tensors", "_path", "_finalizer", "__weakref__")

    def __init__(self, step: int, nbytes: int, tensors: Optional[Dict[str, torch.Tensor]] = None,
                 path: Optional[str] = None):
        self.step = int(step)
        self.nbytes = int(nbytes)
        self._tensors = tensors
        self._path = path
        self._finalizer = weakref.finalize(self, _unlink, path) if path is not None else None

    @property
    def on_disk(self) -> bool:
        return self._path is not None

    @property
    def file(self) -> Optional[str]:
        """The file of a disk snapshot (a `torch.save` of the tensors); None in memory."""
        return self._path

    def load(self) -> Dict[str, torch.Tensor]:
        """The snapshot's tensors, on the CPU. In-memory snapshots return the stored tensors
        themselves: do not modify them."""
        if self._tensors is not None:
            return self._tensors
        return torch.load(self._path, map_location="cpu", weights_only=True)

    def __getstate__(self):
        # Sent to a worker process: disk snapshots travel as their loaded tensors would be too
        # large; send the path and let the worker load it (the parent keeps the file alive).
        return {"step": self.step, "nbytes": self.nbytes, "tensors": self._tensors, "path": self._path}

    def __setstate__(self, state):
        self.step = state["step"]
        self.nbytes = state["nbytes"]
        self._tensors = state["tensors"]
        self._path = state["path"]
        self._finalizer = None  # the parent process owns the file

    def __repr__(self) -> str:
        where = "disk" if self.on_disk else "memory"
        return f"Snapshot(step={self.step}, nbytes={self.nbytes}, {where})"


class SnapshotStore:
    """Weight snapshots at a cadence, thinned to stay within `budget_bytes`.

    Args:
        budget_bytes: the most bytes of snapshot values kept at once (see the module
            docstring for how it is counted and what happens when it is reached).
        storage: "memory" (host RAM) or "disk" (one `torch.save` file per snapshot).
        directory: where disk snapshots go; None makes a temporary directory that `close()`
            removes (a directory you pass is left in place, only the store's files are
            removed).
        every_n_steps: the initial cadence: a snapshot is due at the first `due(step)` and
            then whenever `step >= last_kept_step + cadence`. Thinning doubles the cadence.
        share_memory: move in-memory snapshots into shared memory (`Tensor.share_memory_`),
            so that sending them to a worker process costs no copy.
        max_count: also thin when this many snapshots are kept (None: only the budget counts).

    Raises:
        ValueError: naming the argument, for a non-positive budget or cadence or an unknown
            storage.
    """

    def __init__(self, budget_bytes: int, storage: str = "memory", directory: Optional[str] = None,
                 every_n_steps: int = 1, share_memory: bool = False, max_count: Optional[int] = None):
        if isinstance(budget_bytes, bool) or not isinstance(budget_bytes, int) or budget_bytes <= 0:
            raise ValueError(f"budget_bytes={budget_bytes!r} must be a positive integer (bytes)")
        if storage not in SUPPORTED_STORAGE:
            raise ValueError(f"storage={storage!r} is not supported; use one of {list(SUPPORTED_STORAGE)}")
        if isinstance(every_n_steps, bool) or not isinstance(every_n_steps, int) or every_n_steps <= 0:
            raise ValueError(f"every_n_steps={every_n_steps!r} must be a positive integer")
        if max_count is not None and (isinstance(max_count, bool) or not isinstance(max_count, int) or max_count < 2):
            raise ValueError(f"max_count={max_count!r} must be an integer >= 2 or None")
        if directory is not None and storage != "disk":
            raise ValueError(f"directory={directory!r} is only used with storage='disk'")
        self.budget_bytes = budget_bytes
        self.storage = storage
        self.cadence = every_n_steps
        self.share_memory = share_memory
        self.max_count = max_count
        self._own_dir = storage == "disk" and directory is None
        self._dir = directory
        if storage == "disk":
            if directory is None:
                self._dir = tempfile.mkdtemp(prefix="tb_landscape_snapshots_")
            else:
                os.makedirs(directory, exist_ok=True)
        self._items: List[Snapshot] = []
        self._lock = threading.Lock()
        self._closed = False
        self.thinnings = 0

    @property
    def directory(self) -> Optional[str]:
        """Where disk snapshots are written (None for in-memory storage)."""
        return self._dir

    @property
    def nbytes(self) -> int:
        """Bytes of the snapshots the store holds now."""
        with self._lock:
            return sum(s.nbytes for s in self._items)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def capacity(self, snapshot_bytes: int) -> int:
        """How many snapshots of `snapshot_bytes` bytes each the store holds at most."""
        n = self.budget_bytes // max(int(snapshot_bytes), 1)
        return n if self.max_count is None else min(n, self.max_count)

    def due(self, step: int) -> bool:
        """Whether a snapshot at `step` would be kept (cheap)."""
        with self._lock:
            return not self._items or step >= self._items[-1].step + self.cadence

    def add(self, step: int, tensors: Mapping[str, torch.Tensor], copy: bool = True, force: bool = False) -> bool:
        """Keeps a copy of `tensors` (on the CPU) as the snapshot of `step`, if due.

        Args:
            step: the training step; must be greater than the last kept step.
            tensors: name -> tensor (any device). They are copied unless `copy=False`, which
                takes over CPU tensors that the caller will not touch again.
            force: keep it even when not due (steps must still increase); the budget and
                thinning apply as usual.

        Returns:
            True when the snapshot was kept; False when it was not due (also after a
            thinning that doubled the cadence past this step).

        Raises:
            ValueError: when one snapshot alone exceeds the budget.
            RuntimeError: when the store is closed.
        """
        if self._closed:
            raise RuntimeError("SnapshotStore is closed")
        nbytes = tensor_bytes(tensors)
        if nbytes > self.budget_bytes:
            raise ValueError(
                f"one snapshot takes {nbytes} bytes, more than budget_bytes={self.budget_bytes}")
        with self._lock:
            if self._items and step <= self._items[-1].step:
                if force:
                    raise ValueError(f"step={step} must be greater than the last kept step {self._items[-1].step}")
                return False
        if not force and not self.due(step):
            return False
        with self._lock:
            used = sum(s.nbytes for s in self._items)
            if used + nbytes > self.budget_bytes or (self.max_count is not None and len(self._items) >= self.max_count):
                self._thin_locked()
                if not force and self._items and step < self._items[-1].step + self.cadence:
                    return False
        with torch.no_grad():
            if copy:
                cpu = {k: v.detach().to("cpu", copy=True) for k, v in tensors.items()}
            else:
                cpu = {k: v.detach() for k, v in tensors.items()}
        if self.storage == "memory":
            if self.share_memory:
                for t in cpu.values():
                    t.share_memory_()
            snap = Snapshot(step, nbytes, tensors=cpu)
        else:
            path = os.path.join(self._dir, f"snapshot_step{int(step):012d}_{id(cpu):x}.pt")
            torch.save(cpu, path)
            snap = Snapshot(step, nbytes, path=path)
        with self._lock:
            self._items.append(snap)
        return True

    def _thin_locked(self) -> None:
        """Keeps every other snapshot (oldest first) and doubles the cadence."""
        self._items = self._items[::2]
        self.cadence *= 2
        self.thinnings += 1

    def snapshots(self) -> List[Snapshot]:
        """The kept snapshots, oldest first (a new list; holding it keeps them alive)."""
        with self._lock:
            return list(self._items)

    def close(self) -> None:
        """Drops every snapshot and removes the temporary directory this store made."""
        with self._lock:
            items, self._items = self._items, []
            self._closed = True
        for s in items:
            if s._finalizer is not None:
                s._finalizer()
        if self._own_dir and self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)

    def __del__(self):
        try:
            if not self._closed:
                self.close()
        except Exception:
            pass
