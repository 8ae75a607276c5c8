"""Training is sacred: with and without the logger, training is bit-identical.

A small CNN with BatchNorm and dropout trains with Adam while drawing from torch's, numpy's and
Python's random streams every step; the logger computes landscapes (with every scalar, the
Hessian ones and worst_case_sharpness included), per-layer sensitivity and the eigenvalue
density, snapshots and the path, and the final PCA plane. Final weights,
buffers, gradients, optimizer state, train/eval flags and all three RNG streams are compared
byte for byte.
"""

import functools
import warnings

import pytest
import torch

from landscape_helpers import TinyCNN, cross_entropy, state_bytes, train
from tb_landscape.integrations import SUPPORTED_SCALARS, LandscapeLogger, LandscapeSkipWarning

STEPS = 30


def _run(tmp_path, background):
    from torch.utils.tensorboard import SummaryWriter

    writers = []

    def factory(model, data):
        w = SummaryWriter(str(tmp_path / f"run-{background}"))
        writers.append(w)
        return LandscapeLogger(w, model, cross_entropy, data, every_n_steps=6, resolution=5, span=0.5,
                               snapshot_every=2, hessian_iters=3, trace_samples=2, background=background,
                               scalars=SUPPORTED_SCALARS, worst_case_steps=2,
                               sensitivity_every_n_steps=12, sensitivity_samples=2, sensitivity_iters=3,
                               spectrum_every_n_steps=12, spectrum_lanczos_steps=5, spectrum_points=16)

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a landscape problem would hide a skipped computation
        warnings.simplefilter("ignore", LandscapeSkipWarning)  # a busy background worker skips: expected
        model, opt, logger, rng = train(TinyCNN, steps=STEPS, logger_factory=factory, optimizer="adam", lr=0.01)
    for w in writers:
        w.close()
    return model, opt, logger, rng


@functools.lru_cache(maxsize=1)
def _baseline():
    # The first training of a fresh process differs in the last bits from every later one, with
    # no logger at all (CPU kernels settle on their first calls): train once to warm up, so that
    # whichever test runs first compares like with like.
    train(TinyCNN, steps=STEPS, optimizer="adam", lr=0.01)
    model, opt, _, rng = train(TinyCNN, steps=STEPS, optimizer="adam", lr=0.01)
    return state_bytes(model, opt), rng


def _assert_identical(model, opt, rng):
    base_state, base_rng = _baseline()
    state = state_bytes(model, opt)
    assert state.keys() == base_state.keys()
    differing = [k for k in state if state[k] != base_state[k]]
    assert not differing, f"training changed by the logger in: {differing[:5]}"
    assert torch.equal(rng[0], base_rng[0]), "torch's RNG stream changed"
    assert (rng[1] == base_rng[1]).all(), "numpy's RNG stream changed"
    assert rng[2] == base_rng[2], "Python's random stream changed"


@pytest.mark.parametrize("background", ["auto", False, "thread", "process"])
def test_training_is_bit_identical_with_the_logger(tmp_path, background):
    _baseline()  # before the logged run: both are then later than the process's first training
    model, opt, logger, rng = _run(tmp_path, background)
    # The logger really worked while training ran (background modes skip landscapes that fall
    # due while one is running, so on a busy machine they may compute only the first).
    assert logger.stats["landscapes"] == 5 if background is False else logger.stats["landscapes"] >= 1
    assert logger.stats["pca_landscapes"] == 1
    if background is False:  # steps 0, 12, 24, with the landscapes
        assert logger.stats["sensitivity"] == logger.stats["spectra"] == 3
    assert logger.stats["failed"] == 0
    _assert_identical(model, opt, rng)


def test_the_comparison_detects_a_changed_rng_stream(tmp_path):
    """The check above can fail: one extra draw from torch's RNG during training is caught."""

    class Drawing:
        def step(self, step):
            if step == 10:
                torch.rand(1)

        def close(self):
            pass

    model, opt, _, rng = train(TinyCNN, steps=STEPS, logger_factory=lambda m, d: Drawing(), optimizer="adam",
                               lr=0.01)
    with pytest.raises(AssertionError, match="changed"):
        _assert_identical(model, opt, rng)
