"""LandscapeLogger with real models and real event files, read back through TensorBoard."""

import math
import os
import time
import warnings

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

import tb_landscape.engine as engine
from landscape_helpers import MLP, TinyCNN, accuracy, cross_entropy, digits, read_events, seed_everything
from tb_landscape.integrations import LandscapeLogger, LandscapeWarning, SUPPORTED_SCALARS

SCALAR_NAMES = {"center_loss", "curvature_d1", "curvature_d2", "basin_width_d1", "basin_width_d2", "sharpness",
                "hessian_top_eigenvalue", "hessian_trace"}


def _writer(path):
    from torch.utils.tensorboard import SummaryWriter

    return SummaryWriter(str(path))


def _sgd_loop(model, logger, steps, x, y, lr=0.1, on_step=None):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    model.train()
    g = torch.Generator().manual_seed(0)
    for step in range(steps):
        idx = torch.randint(0, x.shape[0], (32,), generator=g)
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
        logger.step(step)
        if on_step is not None:
            on_step(step)


@pytest.fixture(scope="module")
def foreground_run(tmp_path_factory):
    """25 steps of a CNN with every scalar and an extra metric; events read back after close,
    and once mid-training (right after the landscape of step 10, before close)."""
    logdir = tmp_path_factory.mktemp("fg")
    seed_everything(0)
    x, y = digits(512)
    model = TinyCNN()
    writer = _writer(logdir)
    logger = LandscapeLogger(writer, model, cross_entropy, (x[:128], y[:128]), every_n_steps=10, resolution=5,
                             span=0.5, metrics={"accuracy": accuracy}, snapshot_every=2, hessian_iters=4,
                             trace_samples=2, background=False)
    seen = {}

    def peek(step):
        if step == 10:
            seen["mid"] = read_events(str(logdir))

    with warnings.catch_warnings():
        warnings.simplefilter("error", LandscapeWarning)
        _sgd_loop(model, logger, 25, x, y, on_step=peek)
        logger.close()
    writer.close()
    records, scalars = read_events(str(logdir))
    return records, scalars, seen["mid"], logger


def test_records_at_the_cadence_and_a_pca_plane_at_close(foreground_run):
    records, _, _, logger = foreground_run
    assert [s for s, _ in records["landscape"]] == [0, 10, 20]
    assert [s for s, _ in records["landscape_pca"]] == [24]
    assert logger.stats["landscapes"] == 3 and logger.stats["pca_landscapes"] == 1
    for _, land in records["landscape"]:
        assert land.dims == 2 and land.values.shape == (2, 5, 5)
        assert land.metrics == ("loss", "accuracy")
        assert land.method == "random" and land.normalization == "filter" and land.seed == 0
        assert land.bn_mode == "frozen" and land.data_description == "128 samples in 1 batch"


def test_flushed_after_each_record(foreground_run):
    _, _, mid, _ = foreground_run
    records, scalars = mid
    assert [s for s, _ in records["landscape"]] == [0, 10]
    assert [s for s, _ in scalars["landscape/center_loss"]] == [0, 10]


def test_fixed_frame_is_shared_and_named(foreground_run):
    records, _, _, _ = foreground_run
    frames = {land.frame_id for _, land in records["landscape"]}
    assert len(frames) == 1 and frames != {""}
    for _, land in records["landscape"]:
        assert land.extra["frame"] == "fixed" and land.extra["frame_drawn_at_step"] == "0"
    pca_frame = records["landscape_pca"][0][1].frame_id
    assert pca_frame not in frames


def test_path_so_far_is_projected_onto_the_frame(foreground_run):
    records, _, _, _ = foreground_run
    for step, land in records["landscape"]:
        t = land.trajectory
        assert t is not None
        assert list(t.steps) == list(range(0, step, 2)) + [step]  # snapshots every 2 steps, then the centre
        assert (t.x[-1], t.y[-1], t.residual[-1]) == (0.0, 0.0, 0.0)
        centre = land.metric_values("loss")[2, 2]
        assert t.plane_loss[-1] == pytest.approx(centre, rel=1e-4)
        assert t.true_loss[-1] == pytest.approx(centre, rel=1e-4)
        assert np.all(t.residual >= 0) and np.all(np.isfinite(t.plane_loss)) and np.all(np.isfinite(t.true_loss))
        if len(t) > 1:
            assert t.residual[0] > 0  # training leaves a random plane


def test_pca_plane_with_the_whole_path(foreground_run):
    records, _, _, _ = foreground_run
    land = records["landscape_pca"][0][1]
    t = land.trajectory
    assert land.method == "pca" and land.explained_variance is not None
    assert list(t.steps) == list(range(0, 24, 2)) + [24]
    assert (t.x[-1], t.y[-1]) == (0.0, 0.0) and t.residual[-1] == pytest.approx(0.0, abs=1e-6)
    assert sum(land.explained_variance) <= 1.0 + 1e-6
    # The path lies (mostly) in its own PCA plane: most of the offset is captured.
    offsets = np.hypot(t.x, t.y)
    assert offsets[0] > 3 * t.residual[0]


def test_scalars_logged_under_one_prefix(foreground_run):
    records, scalars, _, _ = foreground_run
    assert {tag.split("/", 1)[1] for tag in scalars if tag.startswith("landscape/")} == SCALAR_NAMES
    for tag in (f"landscape/{n}" for n in SCALAR_NAMES):
        assert [s for s, _ in scalars[tag]] == [0, 10, 20]
        assert all(math.isfinite(v) for _, v in scalars[tag])
    for (step, land), (s2, v) in zip(records["landscape"], scalars["landscape/center_loss"]):
        assert step == s2 and v == pytest.approx(float(land.metric_values("loss")[2, 2]), rel=1e-6)
    assert all(v > 0 for _, v in scalars["landscape/hessian_trace"])


def test_path_coordinates_are_exact_for_a_path_inside_the_frame(tmp_path):
    """Weights moved to w0 + a d1 + b d2 (d from the frame drawn at step 0) project to (a, b)
    relative to the centre, with zero residual and on-plane loss equal to the true loss."""
    seed_everything(1)
    x, y = digits(256)
    model = MLP()
    d1, d2 = engine.random_directions(model, dims=2, normalization="filter", seed=3)
    w0 = {n: p.detach().clone() for n, p in model.named_parameters()}
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=4, resolution=3, seed=3,
                             snapshot_every=1, scalars=(), span=0.2, background=False)
    ab = [(0.0, 0.0), (0.1, -0.05), (0.3, 0.02), (-0.2, 0.2), (0.05, 0.4)]
    for step, (a, b) in enumerate(ab):
        with torch.no_grad():
            for n, p in model.named_parameters():
                p.copy_(w0[n] + a * d1[n] + b * d2[n])
        logger.step(step)
    logger.close(pca=False)
    records, _ = read_events(str(tmp_path))
    step, land = records["landscape"][-1]
    t = land.trajectory
    assert step == 4 and list(t.steps) == [0, 1, 2, 3, 4]
    a4, b4 = ab[-1]
    np.testing.assert_allclose(t.x, [a - a4 for a, _ in ab], atol=1e-5)
    np.testing.assert_allclose(t.y, [b - b4 for _, b in ab], atol=1e-5)
    np.testing.assert_allclose(t.residual, 0.0, atol=1e-4)
    np.testing.assert_allclose(t.plane_loss, t.true_loss, rtol=1e-5)
    assert len(set(np.round(t.true_loss, 4))) > 1  # the points really differ


def test_redraw_mode_draws_new_frames(tmp_path):
    seed_everything(0)
    x, y = digits(256)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=5, resolution=3,
                             frame="redraw", scalars=("center_loss",), path=False, background=False)
    _sgd_loop(model, logger, 11, x, y)
    logger.close()
    records, scalars = read_events(str(tmp_path))
    lands = [land for _, land in records["landscape"]]
    assert len(lands) == 3
    assert len({land.frame_id for land in lands}) == 3
    assert len({land.seed for land in lands}) == 3
    assert all(land.extra["frame"] == "redraw" and land.trajectory is None for land in lands)
    assert set(scalars) == {"landscape/center_loss"}
    assert "landscape_pca" not in records  # path=False: nothing to project


def test_pca_planes_on_a_cadence_and_not_twice_at_the_last_step(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=100, resolution=3,
                             scalars=(), snapshot_every=1, pca_every_n_steps=5, background=False)
    _sgd_loop(model, logger, 11, x, y)
    logger.close()
    records, _ = read_events(str(tmp_path))
    assert [s for s, _ in records["landscape_pca"]] == [5, 10]  # close() adds none at step 10
    assert len(records["landscape_pca"][-1][1].trajectory) == 11


def test_1d_landscapes_and_custom_tags(tmp_path):
    seed_everything(0)
    x, y = digits(256)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=5, resolution=7, dims=1,
                             tag="train/curve", pca_tag="train/pca", scalar_prefix="lsc",
                             scalars=("center_loss", "curvature", "basin_width"), snapshot_every=1, background=False)
    _sgd_loop(model, logger, 6, x, y)
    logger.close()
    records, scalars = read_events(str(tmp_path))
    land = records["train/curve"][-1][1]
    assert land.dims == 1 and land.values.shape == (7,) and land.trajectory.y is None
    assert records["train/pca"][0][1].dims == 1
    assert set(scalars) == {"lsc/center_loss", "lsc/curvature_d1", "lsc/basin_width_d1"}


def test_event_file_writer_works_too(tmp_path):
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    writer = EventFileWriter(str(tmp_path))
    logger = LandscapeLogger(writer, model, cross_entropy, (x, y), every_n_steps=3, resolution=3,
                             scalars=("center_loss",), path=False, background=False)
    _sgd_loop(model, logger, 4, x, y)
    logger.close()
    writer.close()
    records, scalars = read_events(str(tmp_path))
    assert [s for s, _ in records["landscape"]] == [0, 3]
    assert [s for s, _ in scalars["landscape/center_loss"]] == [0, 3]


# ---- memory budget -----------------------------------------------------------------------------

@pytest.mark.parametrize("storage", ["memory", "disk"])
def test_snapshots_stay_within_the_budget_and_span_the_run(tmp_path, storage):
    seed_everything(0)
    x, y = digits(256)
    model = MLP()
    snap = sum(v.numel() * v.element_size() for v in model.state_dict().values())
    snap_dir = tmp_path / "snaps"
    logger = LandscapeLogger(_writer(tmp_path / "run"), model, cross_entropy, (x, y), every_n_steps=50,
                             resolution=3, scalars=(), snapshot_every=1, snapshot_budget_bytes=6 * snap,
                             snapshot_storage=storage, snapshot_dir=str(snap_dir) if storage == "disk" else None, background=False)
    worst = []

    def check(step):
        worst.append(logger._store.nbytes)
        if storage == "disk":
            worst.append(len(os.listdir(snap_dir)) * snap)

    _sgd_loop(model, logger, 100, x, y, on_step=check)
    logger.close()
    assert max(worst) <= 6 * snap
    records, _ = read_events(str(tmp_path / "run"))
    steps = list(records["landscape_pca"][0][1].trajectory.steps)
    assert 3 <= len(steps) - 1 <= 6  # snapshots, then the centre
    assert logger.stats["snapshots"] > 6  # many were taken, the store kept a thinned few
    assert steps[0] == 0 and steps[-1] == 99 and steps[-2] >= 64  # the whole run, evenly thinned
    if storage == "disk":
        assert os.listdir(snap_dir) == []  # removed at close


# ---- never in the training's way ----------------------------------------------------------------

class SlowLoss:
    """Cross-entropy that sleeps on every call except the first few (construction checks)."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.calls = 0

    def __call__(self, out, y):
        self.calls += 1
        if self.calls > 2:
            time.sleep(self.seconds)
        return F.cross_entropy(out, y)


def test_background_thread_skips_instead_of_queueing_and_blocks_only_for_the_snapshot(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    slow = SlowLoss(0.02)
    logger = LandscapeLogger(_writer(tmp_path), model, slow, (x, y), every_n_steps=2, resolution=5,
                             scalars=(), path=False, background="thread")
    due = 0
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(40):
        opt.zero_grad()
        F.cross_entropy(model(x[:32]), y[:32]).backward()
        opt.step()
        time.sleep(0.01)
        due += step % 2 == 0
        logger.step(step)
        assert logger._inflight is None or not isinstance(logger._inflight, list)  # one at most
    logger.close(pca=False)
    stats = logger.stats
    # 25 points x 0.02 s = 0.5 s per landscape against 0.02 s per training step: most are skipped.
    assert stats["skipped"] >= 5
    assert stats["landscapes"] + stats["skipped"] + stats["failed"] == due
    # every sleeping call was inside a landscape's computation (the first two calls do not sleep,
    # so "0.5 s per landscape" undercounts by up to 0.04 s when few landscapes ran)
    assert stats["compute_seconds"] >= 0.02 * (slow.calls - 2)
    # training never waited for a landscape: each step() held it for far less than one (0.5 s);
    # how fast the loop ran besides (the thread shares the GIL) is the benchmark's business
    assert stats["max_blocked_seconds"] < 0.25


def test_background_thread_uses_the_graph_traced_ahead(tmp_path):
    """In thread mode the logger traces its copy once, in the training thread; the jobs use
    that graph (the fast plan) without tracing next to training, and give the foreground's
    bytes."""
    lands = {}
    for background in (False, "thread"):
        seed_everything(0)
        x, y = digits(128)
        model = TinyCNN()
        run = str(tmp_path / str(background))
        writer = _writer(run)
        logger = LandscapeLogger(writer, model, cross_entropy, (x, y), every_n_steps=5, resolution=5, scalars=(),
                                 path=False, background=background, background_threads=2)
        for step in range(3):
            logger.step(step)
        logger.close(pca=False)
        writer.close()
        records, _ = read_events(run)
        ((_, lands[background]),) = records["landscape"]
    assert lands["thread"].extra["plan"] == "traced" and lands[False].extra["plan"] == "traced"
    assert lands["thread"].values.tobytes() == lands[False].values.tobytes()


def test_background_process_logs_records_written_by_the_training_process(tmp_path):
    seed_everything(0)
    x, y = digits(256)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=5, resolution=5,
                             scalars=("center_loss", "sharpness"), snapshot_every=1, background="process",
                             background_threads=1)
    # the worker process has `background_threads` torch threads (and its engine calls the same)
    assert logger._executor.submit(torch.get_num_threads).result(timeout=120) == 1
    _sgd_loop(model, logger, 12, x, y)
    logger.close()
    records, scalars = read_events(str(tmp_path))
    assert records["landscape"][0][0] == 0 and len(records["landscape"]) >= 1
    assert [s for s, _ in records["landscape_pca"]] == [11]
    assert len(records["landscape_pca"][0][1].trajectory) == 12
    assert [s for s, _ in scalars["landscape/center_loss"]] == [s for s, _ in records["landscape"]]


def test_the_default_keeps_training_moving_in_a_worker_process(tmp_path):
    """background="auto" (the default): a CPU model and a loss that pickle go to a worker process,
    and a due landscape blocks the loop only to copy the weights."""
    seed_everything(0)
    x, y = digits(256)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=5, resolution=5,
                             scalars=("center_loss",), snapshot_every=1, background_threads=1)
    assert logger.background == "process" and logger.background_reason.startswith("auto")
    assert logger.config.schedule.background == "process"  # the decision is recorded in the specs
    _sgd_loop(model, logger, 12, x, y)
    logger.close()
    records, _ = read_events(str(tmp_path))
    assert records["landscape"][0][0] == 0 and [s for s, _ in records["landscape_pca"]] == [11]


def test_auto_falls_back_to_a_thread_for_what_a_worker_cannot_get(tmp_path):
    x, y = digits(64)
    logger = LandscapeLogger(_writer(tmp_path), MLP(), lambda out, t: F.cross_entropy(out, t), (x, y),
                             every_n_steps=5, resolution=3, scalars=())
    assert logger.background == "thread"
    assert "loss_fn" in logger.background_reason and "pickled" in logger.background_reason
    logger.close()
    with pytest.raises(ValueError, match=r"^loss_fn='function' cannot be pickled for background='process'"):
        LandscapeLogger(_writer(tmp_path), MLP(), lambda out, t: F.cross_entropy(out, t), (x, y),
                        background="process")


_MAIN_SCRIPT = """
import sys, torch
from torch import nn
sys.path.insert(0, {helpers!r})
from landscape_helpers import cross_entropy, digits
from tb_landscape.integrations import LandscapeLogger

class Net(nn.Module):  # defined in __main__: a worker must import this script to unpickle it
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        return self.fc(x)

{body}
"""


@pytest.mark.parametrize("guarded", [False, True])
def test_auto_uses_a_process_for_a_model_in_main_only_under_the_main_guard(tmp_path, guarded):
    """An unguarded script would be re-run by a spawned worker: "auto" takes a thread there."""
    import subprocess
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    make = (f"logger = LandscapeLogger(torch.utils.tensorboard.SummaryWriter({str(tmp_path)!r}), Net(), "
            "cross_entropy, digits(32), every_n_steps=5, resolution=3, scalars=())\n"
            "print('MODE', logger.background, '|', logger.background_reason)\nlogger.close()")
    body = ("import torch.utils.tensorboard\n"
            + ("if __name__ == \"__main__\":\n    " + make.replace("\n", "\n    ") if guarded else make))
    script = tmp_path / "train.py"
    script.write_text(_MAIN_SCRIPT.format(helpers=here, body=body))
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("MODE")][0]
    if guarded:
        assert line.startswith("MODE process |"), line
    else:
        assert line.startswith("MODE thread |") and "guard" in line, line


class DieInWorker:
    """Cross-entropy that kills the process when called inside a spawned worker, once."""

    def __init__(self, marker):
        self.marker = marker

    def __call__(self, out, y):
        import multiprocessing

        if multiprocessing.parent_process() is not None and not os.path.exists(self.marker):
            open(self.marker, "w").close()
            os._exit(3)
        return F.cross_entropy(out, y)


def test_a_dead_worker_process_is_a_warning_and_a_fresh_one_takes_over(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path / "run"), model, DieInWorker(str(tmp_path / "died")), (x, y),
                             every_n_steps=1, resolution=3, scalars=(), path=False, background="process")
    with pytest.warns(LandscapeWarning, match="background worker failed"):
        logger.step(0)
        logger.wait()
    logger.step(1)
    logger.wait()
    logger.close()
    records, _ = read_events(str(tmp_path / "run"))
    assert [s for s, _ in records["landscape"]] == [1]
    assert logger.stats["failed"] == 1


# ---- errors never reach the training loop ---------------------------------------------------------

class FailingLoss:
    """Works for `ok_calls` calls, then raises."""

    def __init__(self, ok_calls):
        self.ok_calls = ok_calls
        self.calls = 0

    def __call__(self, out, y):
        self.calls += 1
        if self.calls > self.ok_calls:
            raise RuntimeError("boom in the loss")
        return F.cross_entropy(out, y)


@pytest.mark.parametrize("background", [False, "thread"])
def test_an_error_in_landscape_code_is_a_warning_and_a_skipped_record(tmp_path, background):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, FailingLoss(ok_calls=1), (x, y), every_n_steps=2,
                             resolution=3, scalars=("center_loss",), background=background)
    with pytest.warns(LandscapeWarning, match="boom in the loss"):
        _sgd_loop(model, logger, 5, x, y)
        logger.close()
    assert logger.stats["landscapes"] == 0 and logger.stats["failed"] >= 1


def test_a_diverged_all_nan_landscape_is_still_logged_and_training_goes_on(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=4, resolution=3,
                             scalars=("center_loss", "curvature", "basin_width", "sharpness"), snapshot_every=1, background=False)

    def diverge(step):
        if step == 2:
            with torch.no_grad():
                model.l1.weight.fill_(float("nan"))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LandscapeWarning)
        _sgd_loop(model, logger, 9, x, y, on_step=diverge)
        logger.close()
    records, scalars = read_events(str(tmp_path))
    assert [s for s, _ in records["landscape"]] == [0, 4, 8]
    assert np.all(np.isnan(records["landscape"][-1][1].values))
    assert np.all(np.isfinite(records["landscape"][0][1].values))
    assert math.isnan(scalars["landscape/center_loss"][-1][1])


def test_a_path_that_cannot_be_read_leaves_the_landscape_without_its_path(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    snaps = tmp_path / "snaps"
    logger = LandscapeLogger(_writer(tmp_path / "run"), model, cross_entropy, (x, y), every_n_steps=100,
                             resolution=3, scalars=("center_loss",), snapshot_every=1, snapshot_storage="disk",
                             snapshot_dir=str(snaps), background=False)
    _sgd_loop(model, logger, 4, x, y)
    for f in os.listdir(snaps):  # e.g. a temporary-file cleaner ran
        os.remove(snaps / f)
    with pytest.warns(LandscapeWarning, match="path at step 4 left out: .*is not an existing file"):
        logger.log_landscape(4)
    logger.close(pca=False)
    records, scalars = read_events(str(tmp_path / "run"))
    assert [s for s, _ in records["landscape"]] == [0, 4]
    assert records["landscape"][-1][1].trajectory is None and records["landscape"][0][1].trajectory is not None
    assert [s for s, _ in scalars["landscape/center_loss"]] == [0, 4]


def test_a_broken_writer_is_a_warning(tmp_path):
    class BrokenWriter:
        def add_scalar(self, *a, **k):
            raise OSError("disk full")

        def flush(self):
            pass

    x, y = digits(64)
    logger = LandscapeLogger(BrokenWriter(), MLP(), cross_entropy, (x, y), every_n_steps=1, resolution=3,
                             scalars=("center_loss",), path=False, background=False)
    with pytest.warns(LandscapeWarning, match="failed"):
        logger.step(0)
    with pytest.warns(LandscapeWarning, match="not an integer"):
        logger.step("not a step")  # a warning, not an exception
    logger.close()


# ---- bad input: ValueError at construction, naming the argument ---------------------------------------

def _make(**kwargs):
    writer = kwargs.pop("writer") if "writer" in kwargs else _writer_stub()
    model = kwargs.pop("model") if "model" in kwargs else MLP()
    loss_fn = kwargs.pop("loss_fn") if "loss_fn" in kwargs else cross_entropy
    eval_data = kwargs.pop("eval_data") if "eval_data" in kwargs else digits(64)
    return LandscapeLogger(writer, model, loss_fn, eval_data, **kwargs)


def _writer_stub():
    class W:
        def add_scalar(self, *a):
            pass

        def flush(self):
            pass

    return W()


@pytest.mark.parametrize("kwargs,match", [
    (dict(every_n_step=10), r"every_n_step=10 is not an option.*every_n_steps"),
    (dict(every_n_steps=0), r"every_n_steps=0 must be a positive integer"),
    (dict(every_n_steps=-5), r"every_n_steps=-5"),
    (dict(every_n_steps=2.5), r"every_n_steps=2.5"),
    (dict(snapshot_every=0), r"snapshot_every=0"),
    (dict(pca_every_n_steps=-1), r"pca_every_n_steps=-1"),
    (dict(resolution=1), r"resolution=1"),
    (dict(span=0.0), r"span=0.0"),
    (dict(span=float("nan")), r"span=nan"),
    (dict(dims=3), r"dims=3"),
    (dict(frame="sometimes"), r"frame='sometimes' is not supported"),
    (dict(normalization="batch"), r"normalization='batch'"),
    (dict(bn="train"), r"bn='train'"),
    (dict(background="gpu"), r"background='gpu'"),
    (dict(scalars=("center_loss", "flatness")), r"scalars='flatness'"),
    (dict(scalars="center_loss"), r"scalars='center_loss'"),
    (dict(snapshot_storage="cloud"), r"snapshot_storage='cloud'"),
    (dict(snapshot_dir="/tmp/x"), r"snapshot_dir='/tmp/x' is only used with snapshot_storage='disk'"),
    (dict(snapshot_budget_bytes=1000), r"snapshot_budget_bytes=1000 holds 0 snapshot"),
    (dict(max_snapshots=2), r"max_snapshots=2"),
    (dict(background_nice=20), r"background_nice=20"),
    (dict(background_threads=0), r"background_threads=0"),
    (dict(max_batches=0), r"max_batches=0"),
    (dict(tag=""), r"tag=''"),
    (dict(tag="a", pca_tag="a"), r"pca_tag='a'"),
    (dict(metrics={"loss": accuracy}), r"metrics="),
    (dict(model=nn.ReLU()), r"model='ReLU' has no trainable parameters"),
    (dict(model="resnet"), r"model='resnet' must be a torch.nn.Module"),
    (dict(loss_fn="ce"), r"loss_fn='ce' must be callable"),
    (dict(eval_data=None), r"eval_data="),
    (dict(eval_data=(torch.zeros(8, 63), torch.zeros(8, dtype=torch.long))), r"eval_data=.*does not match the model"),
    (dict(eval_data=(torch.zeros(8, 64), torch.zeros(8, 3))), r"eval_data=.*does not match the model"),
    (dict(eval_data=[]), r"eval_data=.*empty"),
    (dict(loss_fn=lambda out, y: out.sum(1)), r"loss_fn=.*must return a scalar tensor"),
    (dict(writer=object()), r"writer="),
    (dict(background="process", loss_fn=lambda out, y: F.cross_entropy(out, y)), r"loss_fn=.*cannot be pickled"),
    (dict(device="tpu:9"), r"device='tpu:9'"),
])
def test_bad_input_is_a_value_error_naming_the_argument(kwargs, match):
    with pytest.raises(ValueError, match=match):
        _make(**kwargs)


def test_construction_leaves_the_model_and_rngs_alone():
    seed_everything(0)
    model = TinyCNN()
    model.train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    rng = torch.get_rng_state()
    _make(model=model, eval_data=digits(64), scalars=SUPPORTED_SCALARS)
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert model.training and torch.equal(rng, torch.get_rng_state())


def test_max_snapshots_bounds_the_path(tmp_path):
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    logger = LandscapeLogger(_writer(tmp_path), model, cross_entropy, (x, y), every_n_steps=100, resolution=3,
                             scalars=(), snapshot_every=1, max_snapshots=4, background=False)
    _sgd_loop(model, logger, 30, x, y)
    assert len(logger._store) <= 4
    logger.close()
    records, _ = read_events(str(tmp_path))
    steps = list(records["landscape_pca"][0][1].trajectory.steps)
    assert len(steps) <= 5 and steps[0] == 0 and steps[-1] == 29


_RANK_SCRIPT = r"""
import os, sys, warnings
sys.path.insert(0, {helpers!r})
import torch, torch.distributed as dist
from landscape_helpers import MLP, cross_entropy, digits, read_events, seed_everything
from tb_landscape.integrations import LandscapeLogger, LandscapeWarning
from torch.utils.tensorboard import SummaryWriter

torch.set_num_threads(1)
dist.init_process_group("gloo")
rank = dist.get_rank()
seed_everything(0)
x, y = digits(128)
model = MLP()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
logger = None
if rank == 0:  # as under DDP or Lightning: the logger lives on rank 0 only
    writer = SummaryWriter({logdir!r})
    logger = LandscapeLogger(writer, model, cross_entropy, (x, y), every_n_steps=2, resolution=3,
                             scalars=("center_loss",), path=False, background={background!r})
with warnings.catch_warnings():
    warnings.simplefilter("error", LandscapeWarning)
    for step in range(4):
        opt.zero_grad()
        cross_entropy(model(x), y).backward()
        opt.step()
        if logger is not None:
            logger.step(step)
            logger.wait()  # (a background thread skips a landscape while one runs)
    if logger is not None:
        logger.close()
        writer.close()
        records, _ = read_events({logdir!r})
        assert [s for s, _ in records["landscape"]] == [0, 2], records
        assert logger.stats["failed"] == 0
dist.barrier()
dist.destroy_process_group()
"""


@pytest.mark.skipif(not torch.distributed.is_available(), reason="torch.distributed not built")
@pytest.mark.parametrize("background", [False, "thread"])
def test_a_logger_on_rank_0_of_a_process_group_computes_alone(tmp_path, background):
    """The logger lives on one rank; the engine must not shard its grid over the process group
    (the other ranks never join: that waited forever under DDP and Lightning)."""
    import socket
    import subprocess
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = _RANK_SCRIPT.format(helpers=here, logdir=str(tmp_path), background=background)
    procs = []
    for rank in range(2):
        env = dict(os.environ, MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank), WORLD_SIZE="2",
                   PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
        procs.append(subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT))
    try:
        for p in procs:
            out, _ = p.communicate(timeout=120)
            assert p.returncode == 0, out.decode()[-3000:]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
