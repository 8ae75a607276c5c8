"""`tb-landscape connect A B`: the three paths as 1D records and their barriers as scalars."""

import textwrap

import pytest
import torch

from landscape_helpers import fresh_python, read_events
from tb_landscape import cli

FACTORIES = textwrap.dedent("""
    import torch
    from torch import nn

    def make_model():
        return nn.Sequential(nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 10))

    def make_cnn():
        return nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 4, 3), nn.Flatten(), nn.Linear(144, 10))

    def eval_data():
        from sklearn.datasets import load_digits
        d = load_digits()
        return torch.tensor(d.data[:128], dtype=torch.float32) / 16, torch.tensor(d.target[:128])

    def nothing():
        return []

    class Residual(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1, self.fc2, self.head = nn.Linear(64, 16), nn.Linear(16, 16), nn.Linear(16, 10)

        def forward(self, x):
            h = torch.relu(self.fc1(x))
            return self.head(h + self.fc2(h))

    def make_residual():
        return Residual()
""")


@pytest.fixture
def two_models(tmp_path, monkeypatch):
    (tmp_path / "connect_factories.py").write_text(FACTORIES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    paths = []
    for seed in (0, 1):
        torch.manual_seed(seed)
        model = torch.nn.Sequential(torch.nn.Linear(64, 16), torch.nn.ReLU(), torch.nn.Linear(16, 10))
        paths.append(str(tmp_path / f"model_{seed}.pt"))
        torch.save(model.state_dict(), paths[-1])
    return paths


def _argv(paths, logdir, *more):
    return ["connect", *paths, "--model", "connect_factories:make_model", "--data", "connect_factories:eval_data",
            "--logdir", str(logdir), *more]


def test_connect_logs_three_paths_and_their_barriers(two_models, tmp_path, capsys):
    logdir = tmp_path / "run"
    assert cli.main(_argv(two_models, logdir, "--points", "5", "--curve-steps", "10", "--threads", "1")) == 0
    out = capsys.readouterr()
    assert "barrier" in out.out and "14/14" in out.err  # the table, and the progress bar
    records, scalars = read_events(str(logdir))
    assert sorted(records) == ["connect/aligned", "connect/curve", "connect/linear"]
    for name in ("linear", "aligned", "curve"):
        [(step, land)] = records[f"connect/{name}"]
        assert step == 0 and land.method == "interpolate" and land.xs.tolist() == [0, 0.25, 0.5, 0.75, 1]
        [(_, barrier)] = scalars[f"connect/barrier_{name}"]
        assert barrier == pytest.approx(float(land.extra["barrier"]), rel=1e-4, abs=1e-6)
        assert land.extra["path"] == ("bezier" if name == "curve" else "linear")


def test_connect_refuses_bad_options_naming_them(two_models, tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli.main(_argv(two_models, tmp_path / "r1", "--points", "1"))
    assert "--points=1" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(_argv(two_models, tmp_path / "r2", "--bn", "sometimes"))
    with pytest.raises(SystemExit):
        cli.main(["connect", *two_models, "--model", "connect_factories:make_model", "--data",
                  "connect_factories:nothing", "--logdir", str(tmp_path / "r3")])
    assert "data=[] is empty" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(_argv(two_models, tmp_path / "r4", "--model", "connect_factories:make_cnn"))
    assert "does not fit the model" in capsys.readouterr().err


def test_an_architecture_alignment_does_not_support_skips_the_aligned_path(tmp_path, two_models):
    from tb_landscape.integrations.logger import LandscapeWarning

    paths = []
    for seed in (0, 1):
        torch.manual_seed(seed)
        import connect_factories

        paths.append(str(tmp_path / f"res_{seed}.pt"))
        torch.save(connect_factories.make_residual().state_dict(), paths[-1])
    logdir = tmp_path / "res"
    with pytest.warns(LandscapeWarning, match="no aligned path: model_a=.*not a plain chain"):
        assert cli.main(_argv(paths, logdir, "--model", "connect_factories:make_residual", "--points", "3",
                              "--curve-steps", "0", "--no-progress")) == 0
    records, scalars = read_events(str(logdir))
    assert sorted(records) == ["connect/linear"] and sorted(scalars) == ["connect/barrier_linear"]


def test_the_parser_imports_no_torch_and_exposes_the_evaluation_knobs():
    assert fresh_python("import sys; import tb_landscape.integrations.connect as c; c.build_parser(); "
                        "print('torch' in sys.modules)") == "False"
    import dataclasses

    from tb_landscape.integrations import connect
    from tb_landscape.specs import EvalSpec

    flags = {s for a in connect.build_parser()._actions for s in a.option_strings}
    marked = [f.name for f in dataclasses.fields(EvalSpec) if f.metadata.get("cli") is not None]
    assert "bn" in marked and all(f"--{n.replace('_', '-')}" in flags for n in marked)
