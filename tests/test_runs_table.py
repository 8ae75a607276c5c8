"""The `runs` route behind a real TensorBoard, under both loaders: hyperparameters written by
torch's and tensorboardX's `add_hparams` (a child run, folded into its parent), by
TensorBoard's own `hparams_pb` (into the run itself), and runs without hyperparameters."""

import time

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape import runs_table

from writers import open_writer

TAG = "train/landscape"


def _landscape(step):
    return tbl.Landscape(values=np.full((3, 4), step, np.float32), xs=[0, 1, 2, 3], ys=[0, 1, 2])


def _simple(tag, value):
    from tensorboard.compat.proto import summary_pb2

    return summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag=tag, simple_value=value)])


def write_runs(root):
    """Four runs: torch, tensorboardX, event_file_writer (TF-style hparams), plain (none)."""
    from tensorboard.compat.proto import event_pb2
    from tensorboard.plugins.hparams import summary_v2 as hp

    for kind, hparams in (("torch", {"lr": 0.1, "opt": "sgd", "nesterov": True, "wd": None}),
                          ("tensorboardX", {"lr": 0.2, "opt": "adam", "batch": 32})):
        w = open_writer(kind, str(root / kind))
        for step in (10, 20):
            w.add_scalar("landscape/sharpness", step / 100, step)
            w.add_scalar("train/loss", 1.0 / step, step)
            tbl.add_landscape(w, TAG, _landscape(step), global_step=step)
        w.add_hparams(hparams, {"hp/accuracy": 0.9})
        w.close()
    w = open_writer("event_file_writer", str(root / "tf"))
    w.add_event(event_pb2.Event(wall_time=time.time(), step=0, summary=hp.hparams_pb({"lr": 0.05, "opt": "rmsprop", "bn": False})))
    for step in (5, 15):
        w.add_event(event_pb2.Event(wall_time=time.time(), step=step, summary=_simple("landscape/center_loss", step * 1.0)))
        w.add_event(event_pb2.Event(wall_time=time.time(), step=step, summary=_simple("eval/accuracy", step / 20)))
    w.close()
    w = open_writer("torch", str(root / "plain"))
    w.add_scalar("train/loss", 0.5, 3)
    w.close()


def test_runs_route_reads_every_writers_hparams(tmp_path, tensorboard_server, load_fast):
    write_runs(tmp_path)
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    server.wait_for(lambda: {"torch", "tensorboardX", "tf", "plain"} <= set(server.plugin_json("runs")["runs"])
                    and all(server.plugin_json("runs")["runs"][r]["hparams"] for r in ("torch", "tensorboardX", "tf")),
                    what="all runs with their hparams")
    answer = server.plugin_json("runs")
    rows = answer["runs"]
    # add_hparams' child runs are folded into their parents: no extra row.
    assert set(rows) == {"torch", "tensorboardX", "tf", "plain"}
    assert rows["torch"]["hparams"] == {"lr": 0.1, "opt": "sgd", "nesterov": True}  # None is skipped
    assert rows["tensorboardX"]["hparams"] == {"lr": 0.2, "opt": "adam", "batch": 32}
    assert rows["tf"]["hparams"] == {"lr": 0.05, "opt": "rmsprop", "bn": False}
    assert rows["plain"]["hparams"] == {}
    for run in ("torch", "tensorboardX"):
        assert rows[run]["landscape"]["sharpness"] == [[10, pytest.approx(0.1)], [20, pytest.approx(0.2)]]
        assert rows[run]["scalars"]["train/loss"] == pytest.approx(0.05)
        assert rows[run]["scalars"]["hp/accuracy"] == pytest.approx(0.9)  # add_hparams' metric, from the child
        assert rows[run]["landscape_records"] is True
    assert rows["tf"]["landscape"] == {"center_loss": [[5, 5.0], [15, 15.0]]}
    assert rows["tf"]["scalars"] == {"eval/accuracy": pytest.approx(0.75)}
    assert rows["tf"]["landscape_records"] is False
    assert rows["plain"] == {"hparams": {}, "landscape": {}, "scalars": {"train/loss": 0.5}, "landscape_records": False}
    assert answer["hparams"] == ["batch", "bn", "lr", "nesterov", "opt"]
    assert answer["landscape"] == ["center_loss", "sharpness"]
    assert "train/loss" in answer["scalars"] and "landscape/sharpness" not in answer["scalars"]

    # samples: the latest point is always kept; bad values are a clear 400.
    one = server.plugin_json("runs", samples=1)["runs"]["torch"]["landscape"]["sharpness"]
    assert one == [[20, pytest.approx(0.2)]]
    for bad in ("0", "-1", "x", "1e3", str(runs_table.MAX_SAMPLES + 1)):
        status, headers, body = server.plugin("runs", samples=bad)
        assert status == 400 and headers["Content-Type"].startswith("text/plain"), (bad, status, body)
        assert b"samples" in body
    status, _, body = server.plugin("runs", samples=["1", "2"])
    assert status == 400 and b"samples" in body


def test_empty_logdir_has_no_runs(tmp_path, tensorboard_server):
    server = tensorboard_server(tmp_path, load_fast=True)
    assert server.plugin_json("runs") == {"runs": {}, "hparams": [], "landscape": [], "scalars": []}


def _table(logdir):
    """`runs_table` for `logdir` in process, through TensorBoard's Python loader."""
    from tensorboard import context
    from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer

    mux = plugin_event_multiplexer.EventMultiplexer()
    mux.AddRunsFromDirectory(str(logdir))
    mux.Reload()
    provider = data_provider.MultiplexerDataProvider(mux, str(logdir))
    ctx = context.RequestContext()
    landscape = provider.list_blob_sequences(ctx, experiment_id="", plugin_name="landscape")
    return runs_table.runs_table(provider, ctx, "", [r for r, t in landscape.items() if t])


def _events(logdir, *summaries):
    from tensorboard.compat.proto import event_pb2

    w = open_writer("event_file_writer", str(logdir))
    for step, summary in summaries:
        w.add_event(event_pb2.Event(wall_time=time.time(), step=step, summary=summary))
    w.close()


def test_a_child_is_folded_only_into_a_parent_that_exists_and_never_when_it_has_landscapes(tmp_path):
    from tensorboard.plugins.hparams.summary_v2 import hparams_pb

    from tb_landscape.summary import landscape_pb

    _events(tmp_path / "a" / "b", (0, hparams_pb({"lr": 0.1})))  # "a" is no run: "a/b" stays
    _events(tmp_path / "p", (1, _simple("train/loss", 1.0)))
    _events(tmp_path / "p" / "q", (0, hparams_pb({"lr": 0.2})), (3, landscape_pb(TAG, _landscape(3))))
    rows = _table(tmp_path)["runs"]
    assert set(rows) == {"a/b", "p", "p/q"}
    assert rows["a/b"]["hparams"] == {"lr": 0.1}
    assert rows["p"]["hparams"] == {} and rows["p/q"]["hparams"] == {"lr": 0.2}
    assert rows["p/q"]["landscape_records"] is True


def test_torch_add_hparams_with_a_run_name_folds_and_the_parent_wins_a_clash(tmp_path):
    w = open_writer("torch", str(tmp_path / "r"))
    w.add_scalar("hp/accuracy", 0.5, 7)  # the run's own value is kept over the child's
    w.add_hparams({"lr": 0.3}, {"hp/accuracy": 0.9}, run_name="trial")
    w.close()
    rows = _table(tmp_path)["runs"]
    assert set(rows) == {"r"}
    assert rows["r"]["hparams"] == {"lr": 0.3} and rows["r"]["scalars"] == {"hp/accuracy": 0.5}


def test_non_finite_values_travel_as_strings_and_bad_hparams_are_skipped(tmp_path, caplog):
    from tensorboard.compat.proto import summary_pb2
    from tensorboard.plugins.hparams import metadata as hp_metadata

    bad = summary_pb2.Summary()
    value = bad.value.add(tag=hp_metadata.SESSION_START_INFO_TAG)
    value.metadata.plugin_data.plugin_name = hp_metadata.PLUGIN_NAME
    value.metadata.plugin_data.content = b"\xff\xfe not a proto"
    value.metadata.data_class = summary_pb2.DATA_CLASS_TENSOR
    value.tensor.dtype = 1
    _events(tmp_path / "x", (0, bad), (1, _simple("landscape/sharpness", float("nan"))),
            (1, _simple("train/loss", float("inf"))))
    rows = _table(tmp_path)["runs"]
    assert rows["x"]["hparams"] == {}
    assert rows["x"]["landscape"] == {"sharpness": [[1, "NaN"]]} and rows["x"]["scalars"] == {"train/loss": "Infinity"}
    assert "unreadable hparams" in caplog.text
