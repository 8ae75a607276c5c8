"""SAM sharpness, and leaving the global RNGs to another thread."""

from __future__ import annotations

import copy
import threading

import pytest
import torch
import torch.nn.functional as F

import tb_landscape.engine as E
from engine_helpers import assert_unchanged, snapshot


def test_sam_sharpness_matches_a_manual_step(cnn, digits):
    x, y = digits
    cnn.train()
    snap = snapshot(cnn)
    got = E.sam_sharpness(cnn, F.cross_entropy, [(x[:100], y[:100]), (x[100:], y[100:])], rho=0.1)
    assert_unchanged(cnn, snap)
    m = copy.deepcopy(cnn).eval()
    loss = F.cross_entropy(m(x), y)
    grads = torch.autograd.grad(loss, list(m.parameters()))
    norm = torch.sqrt(sum((g.double() ** 2).sum() for g in grads))
    with torch.no_grad():
        for p, g in zip(m.parameters(), grads):
            p.add_(g, alpha=float(0.1 / norm))
        expected = float(F.cross_entropy(m(x), y)) - float(loss)
    assert got == pytest.approx(expected, rel=1e-4, abs=1e-7) and got > 0


def test_sam_sharpness_bad_rho(mlp, digits):
    with pytest.raises(ValueError, match=r"rho=0 must be a positive"):
        E.sam_sharpness(mlp, F.cross_entropy, digits, rho=0)


def _shuffled(digits):
    return torch.utils.data.DataLoader(torch.utils.data.TensorDataset(*digits), batch_size=32, shuffle=True)


def test_global_rng_restored_by_default_and_left_alone_on_request(mlp, digits):
    state = torch.get_rng_state()
    E.compute_landscape(mlp, F.cross_entropy, _shuffled(digits), resolution=3)
    assert torch.equal(torch.get_rng_state(), state)  # the loader's shuffle draws are undone
    snap = snapshot(mlp)
    with E.global_rng_untouched():
        E.compute_landscape(mlp, F.cross_entropy, _shuffled(digits), resolution=3)
    assert not torch.equal(torch.get_rng_state(), state)  # drawn like any other user code
    snap["torch"] = torch.get_rng_state()
    assert_unchanged(mlp, snap)  # the model is still restored exactly


def test_global_rng_untouched_is_per_thread(mlp, digits):
    results = {}

    def background():
        with E.global_rng_untouched():
            results["inside"] = E._state._THREAD.untouched
    t = threading.Thread(target=background)
    t.start()
    t.join()
    assert results["inside"] is True and getattr(E._state._THREAD, "untouched", False) is False
