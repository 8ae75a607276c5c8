"""The plugin behind a real TensorBoard server, under both loaders.

Records are written by each supported writer, TensorBoard is started as a user starts it
(the plugin found through its entry point), and every answer is read over HTTP.
"""

import gzip
import json
import os

import numpy as np

import tb_landscape as tbl
from tb_landscape import metadata
from tb_landscape.plugin import decode_frame

from test_landscape import special_values
from writers import WRITERS, event_files, open_writer, plane, write, write_mixed

TAG = "train/landscape"


def bits(a):
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32).tobytes()


def test_round_trip_every_writer_bit_exact(tmp_path, tensorboard_server, load_fast):
    values = special_values((2, 5, 7))
    traj = tbl.Trajectory(steps=[0, 5, 10], x=[-1.0, -0.5, 0.0], y=[0.25, -0.0, 0.0],
                          plane_loss=[2.0, np.nan, 0.5], true_loss=[np.inf, 1.0, 0.5], residual=[1.0, 0.5, 0.0])
    land2d = tbl.Landscape(values=values, xs=np.linspace(-1, 1, 7), ys=np.linspace(-2, 2, 5),
                           metric=["loss", "accuracy"], x_label="direction 1", y_label="direction 2",
                           x_unit="filter-normalized units", method="random", normalization="filter",
                           seed=7, bn_mode="frozen", data_description="64 digits, 1 batch", frame_id="abc",
                           extra={"note": "<b>x</b>"}, trajectory=traj)
    curve = special_values((9,))
    land1d = tbl.Landscape(values=curve, xs=np.linspace(0, 1, 9), metric="loss", method="interpolate")
    for kind in WRITERS:
        # One writer per run: tensorboardX names event files by the second, so a second
        # writer in the same second would replace the first one's file.
        w = open_writer(kind, str(tmp_path / kind))
        tbl.add_landscape(w, TAG, land2d, global_step=10)
        tbl.add_landscape(w, "train/curve", land1d, global_step=3)
        w.close()

    server = tensorboard_server(tmp_path, load_fast=load_fast)
    server.wait_for(lambda: all(
        {TAG, "train/curve"} <= set(server.plugin_json("tags").get(k, {})) for k in WRITERS), what="all runs")
    tags = server.plugin_json("tags")
    assert set(tags) == set(WRITERS)
    for kind in WRITERS:
        assert tags[kind][TAG] == {"max_step": 10, "max_wall_time": tags[kind][TAG]["max_wall_time"], "version": 1,
                                   "kind": "landscape"}

        steps = server.plugin_json("steps", run=kind, tag=TAG)
        assert [s["step"] for s in steps["steps"]] == [10] and steps["skipped"] == []
        assert steps["steps"][0]["shape"] == [2, 5, 7] and steps["steps"][0]["metrics"] == ["loss", "accuracy"]
        # Finite min and max per metric: NaN and +-inf in the grid never enter them.
        finite = [v[np.isfinite(v)] for v in values.reshape(2, -1)]
        assert steps["steps"][0]["ranges"] == [[float(f.min()), float(f.max())] for f in finite]

        status, headers, body = server.plugin("landscape", run=kind, tag=TAG)
        assert status == 200 and headers["Content-Type"].startswith("application/octet-stream")
        header, got = decode_frame(body)
        assert (8 + int.from_bytes(body[4:8], "little")) % 4 == 0
        assert bits(got) == bits(values), kind
        assert header["step"] == 10 and header["dims"] == 2 and header["shape"] == [2, 5, 7]
        assert header["axes"][0]["coords"] == np.linspace(-1, 1, 7).tolist()
        assert header["axes"][1]["coords"] == np.linspace(-2, 2, 5).tolist()
        assert header["axes"][0]["unit"] == "filter-normalized units"
        assert header["seed"] == 7 and header["method"] == "random" and header["frame_id"] == "abc"
        assert header["extra"] == {"note": "<b>x</b>"} and header["center"] == [0.0, 0.0]
        t = header["trajectory"]
        assert t["steps"] == [0, 5, 10] and t["plane_loss"][1] == "NaN" and t["true_loss"][0] == "Infinity"
        assert json.dumps(t["y"]) == "[0.25, -0.0, 0.0]"

        header1, got1 = decode_frame(server.plugin("landscape", run=kind, tag="train/curve", step=3)[2])
        assert header1["dims"] == 1 and header1["shape"] == [1, 9] and header1["trajectory"] is None
        assert bits(got1) == bits(curve)


def test_latest_step_and_explicit_step(tmp_path, tensorboard_server, load_fast):
    write("torch", str(tmp_path / "run"), TAG, [(s, plane(seed=s)) for s in (0, 100, 200)])
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    server.wait_for_steps("run", TAG, 3)
    header, values = decode_frame(server.plugin("landscape", run="run", tag=TAG)[2])
    assert header["step"] == 200 and bits(values[0]) == bits(plane(seed=200).values)
    header, values = decode_frame(server.plugin("landscape", run="run", tag=TAG, step=100)[2])
    assert header["step"] == 100 and bits(values[0]) == bits(plane(seed=100).values)
    # Gzipped for clients that accept it (browsers do), the same bytes once inflated.
    plain = server.plugin("landscape", run="run", tag=TAG, step=100)
    status, headers, packed = server.plugin("landscape", {"Accept-Encoding": "gzip, deflate"}, run="run", tag=TAG, step=100)
    assert status == 200 and "Content-Encoding" not in plain[1] and headers["Content-Encoding"] == "gzip"
    assert len(packed) < len(plain[2]) and gzip.decompress(packed) == plain[2]


def small(step):
    return tbl.Landscape(values=np.full((3, 4), step, np.float32), xs=[0, 1, 2, 3], ys=[0, 1, 2])


def test_all_steps_kept_by_default(tmp_path, tensorboard_server, load_fast):
    # More than either loader keeps for an unknown plugin (10 Python, 100 Rust).
    n = 120
    write("event_file_writer", str(tmp_path / "run"), TAG, [(s, small(s)) for s in range(n)])
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    steps = server.wait_for_steps("run", TAG, n)
    assert [s["step"] for s in steps["steps"]] == list(range(n))
    assert [s["ranges"] for s in steps["steps"][:3]] == [[[0.0, 0.0]], [[1.0, 1.0]], [[2.0, 2.0]]]


def test_users_samples_per_plugin_wins(tmp_path, tensorboard_server, load_fast):
    n = 40
    write("event_file_writer", str(tmp_path / "run"), TAG, [(s, small(s)) for s in range(n)])
    server = tensorboard_server(tmp_path, load_fast=load_fast, extra_args=("--samples_per_plugin", "landscape=5"))
    server.wait_for(lambda: server.plugin_json("tags").get("run", {}).get(TAG, {}).get("max_step") == n - 1,
                    what="last step loaded")
    steps = server.plugin_json("steps", run="run", tag=TAG)["steps"]
    assert len(steps) == 5 and steps[-1]["step"] == n - 1


def test_corrupt_records_are_skipped_with_a_warning(tmp_path, tensorboard_server, load_fast):
    good = {s: plane(seed=s, ny=4, nx=5) for s in (100, 200)}
    truncated = metadata.landscape_to_record(plane(seed=3, ny=4, nx=5))
    truncated.values = truncated.values[:-8]
    write_mixed(str(tmp_path / "run"), TAG, [
        (100, good[100]),
        (150, b"\x0a\xff\xff not a landscape record"),
        (175, truncated.SerializeToString()),
        (200, good[200]),
        (300, b"\xff" * 64),  # the latest record is corrupt: the latest good one is shown
    ])
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    steps = server.wait_for_steps("run", TAG, 5)
    assert [s["step"] for s in steps["steps"]] == [100, 200]
    assert [s["step"] for s in steps["skipped"]] == [150, 175, 300]
    assert "bytes of values" in steps["skipped"][1]["error"]

    header, values = decode_frame(server.plugin("landscape", run="run", tag=TAG)[2])
    assert header["step"] == 200 and bits(values[0]) == bits(good[200].values)
    status, _, body = server.plugin("landscape", run="run", tag=TAG, step=150)
    assert status == 404 and b"cannot be decoded" in body
    server.wait_for(lambda: any("landscape: skipping run 'run' tag 'train/landscape' step 150" in line
                                for line in server.log), timeout=10, what="warning in the server log")
    # Logged once per record, not once per request.
    server.plugin("steps", run="run", tag=TAG)
    assert sum("step 150:" in line for line in server.log) == 1


def test_truncated_event_file_keeps_earlier_steps(tmp_path, tensorboard_server, load_fast):
    logdir = str(tmp_path / "run")
    write("event_file_writer", logdir, TAG, [(s, small(s)) for s in (1, 2, 3)])
    path = event_files(logdir)[-1]
    size = os.path.getsize(path)
    with open(path, "r+b") as f:  # cut the last event in half, as a crash mid-write would
        f.truncate(size - 40)
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    steps = server.wait_for_steps("run", TAG, 2)
    assert [s["step"] for s in steps["steps"]][:2] == [1, 2]
    header, values = decode_frame(server.plugin("landscape", run="run", tag=TAG, step=2)[2])
    assert float(values[0, 0, 0]) == 2.0


def test_live_append_shows_up(tmp_path, tensorboard_server, load_fast):
    from torch.utils.tensorboard import SummaryWriter

    w = SummaryWriter(str(tmp_path / "live"))
    tbl.add_landscape(w, TAG, small(1), global_step=1)
    w.flush()
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    server.wait_for_steps("live", TAG, 1)
    tbl.add_landscape(w, TAG, small(2), global_step=2)
    w.flush()
    server.wait_for(lambda: len(server.plugin_json("steps", run="live", tag=TAG)["steps"]) == 2,
                    timeout=30, what="the appended step")
    assert decode_frame(server.plugin("landscape", run="live", tag=TAG)[2])[0]["step"] == 2
    w.close()


def test_bad_requests_are_4xx_never_500(tmp_path, tensorboard_server, load_fast):
    write("torch", str(tmp_path / "run"), TAG, [(1, small(1))])
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    server.wait_for_steps("run", TAG, 1)
    cases = [
        ("landscape", {}, 400),
        ("landscape", {"run": "run"}, 400),
        ("landscape", {"tag": TAG}, 400),
        ("landscape", {"run": "", "tag": TAG}, 400),
        ("landscape", {"run": ["run", "run"], "tag": TAG}, 400),
        ("landscape", {"run": "run", "tag": TAG, "step": "abc"}, 400),
        ("landscape", {"run": "run", "tag": TAG, "step": "1.5"}, 400),
        ("landscape", {"run": "run", "tag": TAG, "step": ""}, 400),
        ("landscape", {"run": "run", "tag": TAG, "step": "99999999999999999999"}, 400),
        ("landscape", {"run": "run", "tag": TAG, "step": "9223372036854775808"}, 400),
        ("landscape", {"run": "nope", "tag": TAG}, 404),
        ("landscape", {"run": "run", "tag": "nope"}, 404),
        ("landscape", {"run": "run", "tag": TAG, "step": "2"}, 404),
        ("landscape", {"run": "run", "tag": TAG, "step": "-1"}, 404),
        ("steps", {}, 400),
        ("steps", {"run": "run"}, 400),
        ("steps", {"run": "nope", "tag": TAG}, 404),
        ("steps", {"run": "run", "tag": "nope"}, 404),
        ("steps", {"run": "\x00<script>", "tag": TAG}, 404),
    ]
    for route, params, expected in cases:
        status, _, body = server.plugin(route, **params)
        assert status == expected, (route, params, status, body[:200])
    for path in ["static/../plugin.py", "static/..%2Fplugin.py", "static/%2e%2e/plugin.py",
                 "static/%2e%2e%2fplugin.py", "static/", "static/nope.js", "static//etc/passwd",
                 "static/index.js/../../plugin.py", "static/..%5cplugin.py", "static/__init__.py"]:
        status, _, body = server.get("/data/plugin/landscape/" + path)
        assert status == 404, (path, status, body[:200])
    status, headers, body = server.plugin("static/index.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    with open(os.path.join(os.path.dirname(tbl.__file__), "static", "index.js"), "rb") as f:
        assert body == f.read()
