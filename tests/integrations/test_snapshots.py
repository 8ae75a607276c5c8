"""SnapshotStore: cadence, budget, thinning, disk files, never on an accelerator."""

import gc
import os

import pytest
import torch

from tb_landscape.integrations.snapshots import SnapshotStore, tensor_bytes


def _tensors(step, n=100):
    return {"w": torch.full((n,), float(step)), "b": torch.arange(4, dtype=torch.float64) + step}


SNAP = tensor_bytes(_tensors(0))  # 100*4 + 4*8 = 432 bytes


def test_snapshot_bytes_counts_dtypes():
    assert SNAP == 432


def test_store_keeps_copies_at_its_cadence():
    store = SnapshotStore(budget_bytes=100 * SNAP, every_n_steps=5)
    live = _tensors(0)
    kept = []
    for step in range(0, 23):
        live["w"].fill_(step)
        if store.due(step):
            kept.append(store.add(step, live))
    assert [s.step for s in store.snapshots()] == [0, 5, 10, 15, 20]
    assert all(kept)
    # Copies, not views of the live tensors.
    assert [float(s.load()["w"][0]) for s in store.snapshots()] == [0, 5, 10, 15, 20]
    assert store.nbytes == 5 * SNAP


def test_store_not_due_returns_false():
    store = SnapshotStore(budget_bytes=10 * SNAP, every_n_steps=10)
    assert store.add(3, _tensors(3))
    assert not store.due(12)
    assert not store.add(12, _tensors(12))
    assert store.add(13, _tensors(13))


def test_store_thins_to_every_other_and_doubles_cadence():
    store = SnapshotStore(budget_bytes=4 * SNAP, every_n_steps=1)
    for step in range(0, 40):
        if store.due(step):
            store.add(step, _tensors(step))
        assert store.nbytes <= 4 * SNAP
    steps = [s.step for s in store.snapshots()]
    # Evenly spaced over the whole run, within budget, at least half the capacity.
    assert 2 <= len(steps) <= 4
    assert steps[0] == 0
    gaps = {b - a for a, b in zip(steps, steps[1:])}
    assert gaps == {store.cadence}
    assert store.cadence >= 8 and store.thinnings >= 3
    assert steps[-1] >= 40 - 2 * store.cadence


def test_store_thins_at_its_max_count_too():
    store = SnapshotStore(budget_bytes=10 ** 9, every_n_steps=1, max_count=5)
    for step in range(100):
        store.add(step, _tensors(step))
        assert len(store) <= 5
    steps = [s.step for s in store.snapshots()]
    assert steps[0] == 0 and steps[-1] >= 100 - 2 * store.cadence and len(steps) >= 3


def test_forced_snapshots_ignore_the_cadence_but_not_the_order():
    store = SnapshotStore(budget_bytes=10 ** 6, every_n_steps=10)
    assert store.add(0, _tensors(0)) and store.add(3, _tensors(3), force=True)
    with pytest.raises(ValueError, match="step=3"):
        store.add(3, _tensors(3), force=True)
    assert not store.add(2, _tensors(2))


def test_store_rejects_a_snapshot_larger_than_the_budget():
    store = SnapshotStore(budget_bytes=SNAP - 1)
    with pytest.raises(ValueError, match="budget_bytes"):
        store.add(0, _tensors(0))


@pytest.mark.parametrize("kwargs,arg", [
    (dict(budget_bytes=0), "budget_bytes"),
    (dict(budget_bytes=10, storage="gpu"), "storage"),
    (dict(budget_bytes=10, every_n_steps=0), "every_n_steps"),
    (dict(budget_bytes=10, directory="/tmp/x"), "directory"),
    (dict(budget_bytes=10, max_count=1), "max_count"),
])
def test_store_validates_arguments(kwargs, arg):
    with pytest.raises(ValueError, match=arg):
        SnapshotStore(**kwargs)


def test_disk_store_writes_files_and_deletes_thinned_ones(tmp_path):
    store = SnapshotStore(budget_bytes=4 * SNAP, storage="disk", directory=str(tmp_path), every_n_steps=1)
    for step in range(10):
        if store.due(step):
            store.add(step, _tensors(step))
    gc.collect()
    files = sorted(os.listdir(tmp_path))
    assert len(files) == len(store)
    for s in store.snapshots():
        t = s.load()
        assert s.on_disk
        assert torch.equal(t["w"], torch.full((100,), float(s.step)))
        assert t["b"].dtype == torch.float64
    store.close()
    assert os.listdir(tmp_path) == []
    assert os.path.isdir(tmp_path)  # a directory we were given stays


def test_disk_snapshot_held_by_a_reader_survives_thinning(tmp_path):
    store = SnapshotStore(budget_bytes=2 * SNAP, storage="disk", directory=str(tmp_path), every_n_steps=1)
    store.add(0, _tensors(0))
    store.add(1, _tensors(1))
    held = store.snapshots()  # a running computation reads these
    store.add(2, _tensors(2))  # thins: step 1 leaves the store
    assert [s.step for s in store.snapshots()] == [0, 2]
    assert float(held[1].load()["w"][0]) == 1.0  # its file is still there
    del held
    gc.collect()
    assert len(os.listdir(tmp_path)) == 2


def test_temporary_directory_is_removed_at_close():
    store = SnapshotStore(budget_bytes=10 * SNAP, storage="disk")
    d = store.directory
    store.add(0, _tensors(0))
    assert os.path.isdir(d)
    store.close()
    assert not os.path.exists(d)
    with pytest.raises(RuntimeError):
        store.add(1, _tensors(1))


def test_shared_memory_snapshots():
    store = SnapshotStore(budget_bytes=10 * SNAP, share_memory=True)
    store.add(0, _tensors(0))
    assert all(t.is_shared() for t in store.snapshots()[0].load().values())
