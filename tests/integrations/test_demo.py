"""The demo's training runs, shortened (the full demo is timed by hand: see the issue note)."""

import os

import pytest

from landscape_helpers import read_events
from tb_landscape.integrations.demo import DigitsCNN, eval_data, load_digits_tensors, run_demo, train_data


def _runs_table(logdir):
    """The `runs` route's answer for `logdir`, through TensorBoard's Python loader."""
    from tensorboard import context
    from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer

    from tb_landscape import runs_table

    mux = plugin_event_multiplexer.EventMultiplexer()
    mux.AddRunsFromDirectory(logdir)
    mux.Reload()
    provider = data_provider.MultiplexerDataProvider(mux, logdir)
    return runs_table.runs_table(provider, context.RequestContext(), "", [])


def test_digits_ship_with_scikit_learn_and_the_cnn_fits_them():
    x, y, xe, ye = load_digits_tensors()
    assert x.shape == (1500, 64) and xe.shape == (297, 64) and 0 <= float(x.min()) and float(x.max()) <= 1
    assert DigitsCNN()(xe[:3]).shape == (3, 10)
    # The factories of `tb-landscape connect` (--data, --train-data), by their module:name.
    from tb_landscape.integrations.offline import load_object

    assert load_object("tb_landscape.integrations.demo:eval_data", "--data")()[0].shape == (297, 64)
    assert train_data()[1].shape == (1500,) and eval_data()[1].shape == (297,)
    assert load_object("tb_landscape.integrations.demo:DigitsCNN", "--model")() is not None


def test_the_readme_gives_the_connect_command_on_the_demo_checkpoints():
    from tb_landscape.integrations.demo import connect_command

    readme = open(os.path.join(os.path.dirname(__file__), "..", "..", "README.md"), encoding="utf-8").read()
    command = connect_command("tb_landscape_demo")
    assert "tb_landscape_demo/lr=0.05/model.pt tb_landscape_demo/lr=0.2/model.pt" in command
    assert command in " ".join(readme.replace("\\\n", " ").split()), command


def test_demo_runs_differ_in_learning_rate_and_log_landscapes_path_and_curves(tmp_path, capsys):
    calls = []
    kwargs = dict(steps=40, every_n_steps=20, resolution=5, hessian_iters=3, trace_samples=2,
                  on_first_record=lambda run, tag: calls.append((run, tag)))
    runs = run_demo(str(tmp_path), learning_rates=(0.2, 0.01), **kwargs)
    assert [os.path.basename(r) for r in runs] == ["lr=0.2", "lr=0.01"]
    assert calls == [("lr=0.2", "landscape_pca")]  # once, when the first PCA plane is written
    assert "80/80 100%" in capsys.readouterr().err  # the progress bar
    losses = {}
    for run in runs:
        records, scalars = read_events(run)
        assert [s for s, _ in records["landscape"]] == [0, 20, 40]
        assert [s for s, _ in records["landscape_pca"]] == [40]
        assert [s for s, _ in records["layers"]] == [s for s, _ in records["spectrum"]] == [0]  # every 60 steps
        last = records["landscape"][-1][1]
        assert last.metrics == ("loss", "accuracy") and list(last.trajectory.steps) == list(range(0, 40, 2)) + [40]
        assert {"train/loss", "eval/accuracy", "landscape/center_loss", "landscape/hessian_top_eigenvalue"} <= set(scalars)
        losses[run] = [v for _, v in scalars["landscape/center_loss"]]
    a, b = losses.values()
    assert a[0] == b[0] and a[-1] != b[-1]  # same start (same seed), different training
    # Each run's final weights, beside its event files, load into a fresh DigitsCNN.
    import torch

    states = [torch.load(os.path.join(run, "model.pt"), weights_only=True) for run in runs]
    for state in states:
        model = DigitsCNN()
        model.load_state_dict(state)
        assert model.eval()(eval_data()[0][:2]).shape == (2, 10)
    assert not torch.equal(states[0]["fc.weight"], states[1]["fc.weight"])
    # The hyperparameters are in each run itself (hparams_pb), no child run for them.
    table = _runs_table(str(tmp_path))
    assert set(table["runs"]) == {"lr=0.2", "lr=0.01"}
    assert table["runs"]["lr=0.2"]["hparams"] == {"lr": 0.2, "batch_size": 64, "momentum": 0.9}
    assert table["runs"]["lr=0.01"]["hparams"]["lr"] == 0.01

    # Run again into the same directory: a log directory to reopen, without duplicated steps.
    run_demo(str(tmp_path), learning_rates=(0.2,), progress=False, **kwargs)
    records, _ = read_events(runs[0])
    assert [s for s, _ in records["landscape"]] == [0, 20, 40]


def test_missing_scikit_learn_says_what_to_install(monkeypatch):
    import sys

    import pytest

    monkeypatch.setitem(sys.modules, "sklearn", None)
    monkeypatch.setitem(sys.modules, "sklearn.datasets", None)
    with pytest.raises(ImportError, match=r"tb-landscape\[demo\]"):
        load_digits_tensors()


def test_the_printed_url_opens_the_tab_on_a_run_and_tag():
    from tb_landscape.cli import view_url

    assert view_url("http://127.0.0.1:6006/", "lr=0.05", "landscape_pca") == \
        "http://127.0.0.1:6006/#landscape&p.landscape.run=lr%3D0.05&p.landscape.tag=landscape_pca"


@pytest.mark.parametrize("serve", [False, True])
def test_ctrl_c_stops_the_demo_cleanly(tmp_path, serve):
    """SIGINT while the demo trains: a one-line goodbye, exit status 130, no traceback."""
    import signal
    import subprocess
    import sys
    import time

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    argv = [sys.executable, "-m", "tb_landscape.cli", "demo", "--logdir", str(tmp_path)]
    argv += ["--port", "0"] if serve else ["--no-serve"]
    # as from a terminal: SIGINT handled (a shell's background job, as CI may run us, ignores it,
    # and a child inherits that)
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob("lr=*/events.out.tfevents.*")) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)  # inside training or a landscape
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err[-2000:]
    assert f"stopped (Ctrl-C): what was logged is in {tmp_path}" in err
