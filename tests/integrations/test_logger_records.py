"""LandscapeLogger's per-layer sensitivity and spectrum records and the worst-case sharpness
scalar: logged at their own cadence, read back as records of their kind; a failure warns and
skips that record only; the knobs are validated where they are defined."""

import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from landscape_helpers import MLP, cross_entropy, digits, read_events, seed_everything
from tb_landscape.integrations import LandscapeLogger, LandscapeWarning
from tb_landscape.specs import DEFAULT_SCALARS, RecordsSpec, ScalarSpec


def _train(logger, model, x, y, steps):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(steps):
        opt.zero_grad()
        F.cross_entropy(model(x[:64]), y[:64]).backward()
        opt.step()
        logger.step(step)


def _logger(tmp_path, model, x, y, **options):
    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(str(tmp_path))
    base = dict(every_n_steps=4, resolution=3, span=0.5, path=False, scalars=(), background=False,
                sensitivity_samples=2, sensitivity_iters=3, spectrum_lanczos_steps=6, spectrum_points=32)
    base.update(options)
    return writer, LandscapeLogger(writer, model, cross_entropy, (x[:64], y[:64]), **base)


def test_sensitivity_and_spectrum_at_their_cadence(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    writer, logger = _logger(tmp_path, model, x, y, sensitivity_every_n_steps=3, spectrum_every_n_steps=5,
                             scalars=("worst_case_sharpness", "sharpness"), worst_case_steps=3)
    with warnings.catch_warnings():
        warnings.simplefilter("error", LandscapeWarning)
        _train(logger, model, x, y, 11)
        logger.close(pca=False)
    writer.close()
    records, scalars = read_events(str(tmp_path))
    assert [s for s, _ in records["layers"]] == [0, 3, 6, 9]  # with a landscape or on their own
    assert [s for s, _ in records["spectrum"]] == [0, 5, 10]
    assert logger.stats["sensitivity"] == 4 and logger.stats["spectra"] == 3
    sens = records["layers"][-1][1]
    names = [n for n, _ in model.named_modules() if any(True for _ in _.parameters(recurse=False))]
    assert list(sens.groups) == names and len(sens.trace) == len(names) == len(sens.top_eigenvalue)
    assert np.isclose(sum(sens.trace), sens.total_trace, rtol=1e-6, atol=1e-9) and sens.samples == 2
    spec = records["spectrum"][-1][1]
    assert len(spec.grid) == 32 == len(spec.log_density) and spec.num_parameters == sum(
        p.numel() for p in model.parameters())
    # worst-case sharpness starts at the SAM point of the same radius: never below it
    wcs = dict(scalars["landscape/worst_case_sharpness"])
    sam = dict(scalars["landscape/sharpness"])
    assert set(wcs) == set(sam) == {0, 4, 8} and all(wcs[s] >= sam[s] - 1e-6 for s in wcs)


def test_a_failing_measure_warns_and_skips_only_its_record(tmp_path, monkeypatch):
    from tb_landscape.integrations import _jobs

    def boom(ctx):
        raise RuntimeError("no spectrum today")

    monkeypatch.setitem(_jobs._MEASURES, "spectrum", boom)
    x, y = digits(128)
    model = MLP()
    writer, logger = _logger(tmp_path, model, x, y, sensitivity_every_n_steps=4, spectrum_every_n_steps=4)
    with pytest.warns(LandscapeWarning, match="spectrum record at step 0 skipped: RuntimeError: no spectrum today"):
        _train(logger, model, x, y, 2)
    logger.close(pca=False)
    writer.close()
    records, _ = read_events(str(tmp_path))
    assert "spectrum" not in records and [s for s, _ in records["layers"]] == [0]
    assert [s for s, _ in records["landscape"]] == [0]


def test_knobs_are_checked_and_off_by_default():
    assert RecordsSpec().sensitivity_every_n_steps is None and RecordsSpec().spectrum_every_n_steps is None
    assert "worst_case_sharpness" not in ScalarSpec().scalars == DEFAULT_SCALARS
    with pytest.raises(ValueError, match="sensitivity_every_n_steps"):
        RecordsSpec(sensitivity_every_n_steps=0)
    with pytest.raises(ValueError, match="spectrum_tag"):
        RecordsSpec(sensitivity_tag="x", spectrum_tag="x")
    x, y = digits(64)
    writer = type("W", (), {"add_scalar": lambda *a, **k: None})()
    with pytest.raises(ValueError, match="sensitivity_tag"):
        LandscapeLogger(writer, MLP(), cross_entropy, (x, y), sensitivity_tag="landscape", background=False)
    with pytest.raises(ValueError, match="did you mean 'spectrum_every_n_steps'"):
        LandscapeLogger(writer, MLP(), cross_entropy, (x, y), spectrum_every_n_step=3, background=False)
