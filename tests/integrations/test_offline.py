"""`tb-landscape compute CHECKPOINT...`: the same records from a finished run's checkpoints."""

import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from landscape_helpers import MLP, digits, fresh_python, read_events, seed_everything
from tb_landscape.integrations import offline

FACTORIES = textwrap.dedent("""
    import torch
    from torch import nn
    import torch.nn.functional as F

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = nn.Linear(64, 32)
            self.l2 = nn.Linear(32, 10)

        def forward(self, x):
            return self.l2(F.relu(self.l1(x)))

    def make_model():
        return Net()

    def eval_data():
        from sklearn.datasets import load_digits
        d = load_digits()
        return torch.tensor(d.data[:256], dtype=torch.float32) / 16, torch.tensor(d.target[:256])
""")


@pytest.fixture
def checkpoints(tmp_path, monkeypatch):
    """A module with the factories, and 5 checkpoints of a short training in 3 formats."""
    (tmp_path / "myfactories.py").write_text(FACTORIES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    seed_everything(0)
    x, y = digits(512)
    model = MLP()
    opt = torch.optim.SGD(model.parameters(), lr=0.2)
    paths = []
    for step in range(41):
        idx = torch.randint(0, 512, (32,))
        opt.zero_grad()
        F.cross_entropy(model(x[idx]), y[idx]).backward()
        opt.step()
        if step % 10 == 0:
            path = tmp_path / f"ckpt_{step:05d}.pt"
            if step == 20:  # Lightning style, the step inside, prefixed keys, a misleading name
                path = tmp_path / "ckpt_latest_7.pt"
                torch.save({"state_dict": {f"model.{k}": v for k, v in model.state_dict().items()},
                            "global_step": step}, path)
            elif step == 30:
                torch.save({"model_state_dict": model.state_dict(), "optimizer": opt.state_dict()["param_groups"]},
                           path)
            else:
                torch.save(model.state_dict(), path)
            paths.append(str(path))
    return paths[::-1]  # any order on the command line


def test_compute_writes_frames_path_pca_and_scalars(tmp_path, checkpoints, capsys):
    logdir = tmp_path / "logs"
    rc = offline.main(checkpoints + ["--model", "myfactories:make_model", "--data", "myfactories:eval_data",
                                     "--logdir", str(logdir), "--resolution", "5", "--scalars", "center_loss,curvature",
                                     "--seed", "3", "--span", "0.5", "--normalization", "layer"])
    assert rc == 0
    err = capsys.readouterr().err
    assert "0/6" in err and "6/6 100%" in err and "done" in err  # the progress bar (throttled off a TTY)
    records, scalars = read_events(str(logdir))
    assert [s for s, _ in records["landscape"]] == [0, 10, 20, 30, 40]
    assert len({land.frame_id for _, land in records["landscape"]}) == 1
    for _, land in records["landscape"]:  # the spec-generated options reached the logger
        assert land.seed == 3 and land.normalization == "layer" and (land.xs[0], land.xs[-1]) == (-0.5, 0.5)
    last = records["landscape"][-1][1]
    assert list(last.trajectory.steps) == [0, 10, 20, 30, 40]
    pca_step, pca = records["landscape_pca"][0]
    assert pca_step == 40 and pca.method == "pca"
    assert list(pca.trajectory.steps) == [0, 10, 20, 30, 40]
    assert np.all(np.isfinite(pca.trajectory.true_loss))
    # True loss falls along the path: checkpoints really were loaded in step order.
    assert pca.trajectory.true_loss[-1] < pca.trajectory.true_loss[0]
    assert set(scalars) == {"landscape/center_loss", "landscape/curvature_d1", "landscape/curvature_d2"}


def test_compute_pca_only(tmp_path, checkpoints):
    logdir = tmp_path / "logs"
    offline.main(checkpoints + ["--model", "myfactories:make_model", "--data", "myfactories:eval_data",
                                "--logdir", str(logdir), "--resolution", "4", "--no-frames", "--no-progress"])
    records, scalars = read_events(str(logdir))
    assert set(records) == {"landscape_pca"} and scalars == {}
    assert records["landscape_pca"][0][1].values.shape == (4, 4)


@pytest.mark.parametrize("args,message", [
    (["--model", "myfactories:nope", "--data", "myfactories:eval_data"], "--model='myfactories:nope'"),
    (["--model", "nomodule:make", "--data", "myfactories:eval_data"], "does not import"),
    (["--model", "myfactories", "--data", "myfactories:eval_data"], "module.path:name"),
])
def test_compute_bad_factories_are_named(tmp_path, checkpoints, capsys, args, message):
    with pytest.raises(SystemExit) as e:
        offline.main(checkpoints + args + ["--logdir", str(tmp_path / "l")])
    assert e.value.code == 2
    assert message in capsys.readouterr().err


def test_compute_rejects_a_missing_checkpoint(tmp_path, checkpoints, capsys):
    with pytest.raises(SystemExit):
        offline.main([str(tmp_path / "nope.pt"), "--model", "myfactories:make_model", "--data",
                      "myfactories:eval_data", "--logdir", str(tmp_path / "l")])
    assert "nope.pt' is not an existing file" in capsys.readouterr().err  # the engine's loader names it


def test_compute_runs_as_a_module(tmp_path, checkpoints):
    out = subprocess.run([sys.executable, "-m", "tb_landscape.integrations.offline", *checkpoints[:3], "--model",
                          "myfactories:make_model", "--data", "myfactories:eval_data", "--logdir",
                          str(tmp_path / "logs"), "--resolution", "3", "--no-frames", "--scalars", ""],
                         capture_output=True, text=True, cwd=str(tmp_path), timeout=120)
    assert out.returncode == 0, out.stderr
    records, _ = read_events(str(tmp_path / "logs"))
    assert list(records["landscape_pca"][0][1].trajectory.steps) == [20, 30, 40]


def test_the_command_line_parser_imports_no_torch():
    """`tb-landscape --help` must stay fast: building the compute parser imports no torch."""
    assert fresh_python("import sys; import tb_landscape.integrations.offline as o; o.build_parser(); "
                        "import tb_landscape.integrations.lightning; print('torch' in sys.modules)") == "False"


def test_the_command_line_exposes_the_spec_fields_marked_for_it():
    """Every spec field with `cli` metadata is an option (the logger's random frames leave out
    `method`), with the field's help and the logger's default, and reaches LandscapeLogger."""
    import dataclasses

    from tb_landscape.integrations._options import SPEC_CLASSES, logger_specs

    parser = offline.build_parser()
    flags = {s for a in parser._actions for s in a.option_strings}
    marked = [f for _, cls in SPEC_CLASSES for f in dataclasses.fields(cls) if f.metadata.get("cli") is not None]
    assert {f.name for f in marked} >= {"resolution", "span", "dims", "seed", "normalization", "every_n_steps"}
    for f in marked:
        assert (f"--{f.name.replace('_', '-')}" in flags) == (f.name != "method"), f.name
    assert offline.knob_options() == [f.name for f in marked if f.name != "method"]
    help_text = parser.format_help()
    assert "landscape cadence in steps (default: 1)" in help_text  # every checkpoint, unlike a live run
    assert "(default: 25)" in help_text  # the logger's grid

    args = parser.parse_args(["a.pt", "--model", "m:f", "--data", "m:d", "--logdir", "l", "--dims", "1",
                              "--normalization", "none", "--every-n-steps", "20", "--max-batches", "2"])
    options = offline.logger_options(args, 5)
    specs = logger_specs("tb-landscape compute", options, [])
    assert specs["grid"].dims == 1 and specs["grid"].resolution == 25 and specs["grid"].span == 1.0
    assert specs["directions"].normalization is None and specs["evaluation"].max_batches == 2
    assert specs["schedule"].every_n_steps == 20 and specs["path"].snapshot_every == 1
