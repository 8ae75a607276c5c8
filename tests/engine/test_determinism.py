"""Timing never changes the bits: same seed, same landscape, whatever the tuner measured.

The speed knobs are tuned by measurement (chunk size, memory format, linearized layers, the
eager loop, points per pass). Some of them change the float rounding, so two computations
whose tuners measured differently (a busy CPU, another `expected_points` bucket, another
rank's broadcast decision) could differ in the last bit; that happened once between a
sharded and a single-process PCA landscape. Here the clock is replaced by random numbers,
which forces many different decisions: every one must give the very same bytes.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch.nn.functional as F

import tb_landscape.engine as E
from tb_landscape.engine import grid as G
from engine_helpers import accuracy, sgd_checkpoints


def _random_clock(monkeypatch, seed: int) -> None:
    rng = random.Random(seed)

    def fake_time(self, fn, reps: int = 2) -> float:
        fn()  # run the candidate (its errors must still surface), report a random duration
        return rng.uniform(1e-6, 1e-3)

    monkeypatch.setattr(G.PointEvaluator, "_time", fake_time)
    monkeypatch.setattr(G, "_TUNING_CACHE", {})  # decide afresh


def _decision(land) -> tuple:
    return tuple(land.extra.get(k) for k in ("plan", "chunk_size", "points_per_pass", "memory_format",
                                             "linearized"))


@pytest.mark.parametrize("case", ["cnn", "cnn_head", "mlp", "decoder"])
def test_any_measured_decision_gives_the_same_bytes(request, monkeypatch, digits, case):
    model = request.getfixturevalue(case.split("_")[0])
    params = ["fc"] if case == "cnn_head" else None
    x, y = digits
    batches = [(x[:80], y[:80]), (x[80:], y[80:])]  # a shorter last batch too
    dirs = E.random_directions(model, seed=0, params=params)
    results, decisions = set(), set()
    for seed in range(8):
        _random_clock(monkeypatch, seed)
        land = E.compute_landscape(model, F.cross_entropy, batches, directions=dirs, resolution=(5, 4),
                                   metrics={"accuracy": accuracy})
        results.add(land.values.tobytes())
        decisions.add(_decision(land))
    assert len(decisions) > 1, decisions  # the random clock did force different choices ...
    assert len(results) == 1, decisions  # ... and none of them changed a bit


def test_a_budget_out_of_time_and_a_full_tuning_agree(cnn, digits, monkeypatch):
    """The reference decision (no time to measure) and a measured one give the same bytes."""
    dirs = E.random_directions(cnn, seed=4)
    monkeypatch.setattr(G, "_TUNING_CACHE", {})
    quick = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, tuning_budget=1e-9)
    monkeypatch.setattr(G, "_TUNING_CACHE", {})
    full = E.compute_landscape(cnn, F.cross_entropy, digits, directions=dirs, resolution=3, tuning_budget=30.0)
    assert quick.values.tobytes() == full.values.tobytes()


def test_pca_landscape_does_not_depend_on_the_number_of_points_to_tune_for(cnn, digits, monkeypatch):
    """The flaky distributed test's case: a sharded computation tunes for fewer points (another
    tuning-cache bucket, hence another measurement) than the single-process one."""
    import copy

    x, y = digits
    states = sgd_checkpoints(copy.deepcopy(cnn), x, y, steps=5, lr=0.1)
    got = []
    for seed, resolution in ((0, 3), (1, 3), (2, 3), (3, 5)):  # 14 and 30 points: two buckets
        _random_clock(monkeypatch, seed)
        land = E.compute_landscape(cnn, F.cross_entropy, (x, y), directions="pca", checkpoints=states,
                                   resolution=resolution)
        # the 5x5 grid holds the 3x3 grid's points (same limits) at every other index
        got.append((land.values if resolution == 3 else land.values[::2, ::2]).tobytes())
        got.append(land.trajectory.plane_loss.tobytes())
    assert len(set(got[0::2])) == 1 and len(set(got[1::2])) == 1
