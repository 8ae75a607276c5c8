"""Damaged, foreign and unreadable records behind a real TensorBoard, under both loaders.

Every case of issue 13: bit flips inside a record, a trajectory whose arrays disagree, another
writer's tensor dtypes and shapes, run and tag names the Rust loader cannot carry, and a
record from before checksums. Each bad record is listed under `skipped` with a reason that
says what is wrong (or, where TensorBoard's loader drops the event before the plugin sees it,
is absent), is never served as good, and no good record beside it is lost.
"""

from __future__ import annotations

import numpy as np
import pytest
from tensorboard.compat.proto import tensor_pb2, tensor_shape_pb2, types_pb2

import tb_landscape as tbl
from tb_landscape import metadata
from tb_landscape.plugin import decode_frame

from tbserver import TensorBoardServer
from writers import event_files, flip_bit, write, write_events

TAG = "train/landscape"


def land(step: int) -> tbl.Landscape:
    """A small 2D landscape with a path, its values unique to `step`."""
    xs, ys = np.linspace(-1, 1, 5), np.linspace(-2, 2, 4)
    values = (np.arange(20, dtype=np.float32).reshape(4, 5) + 100 * step).astype(np.float32)
    traj = tbl.Trajectory(steps=[0, step], x=[-0.75, 0.0], y=[0.5, 0.0], plane_loss=[2.0, 1.0],
                          true_loss=[2.5, 1.0], residual=[0.25, 0.0])
    return tbl.Landscape(values=values, xs=xs, ys=ys, method="random", seed=step, trajectory=traj)


def record_bytes(step: int) -> bytes:
    return metadata.serialize_record(metadata.landscape_to_record(land(step)))


def _flip_offsets():
    """Where to flip one bit of the step-2 record: name -> byte offset into the record."""
    rec = record_bytes(2)
    r = land(2)
    return {
        "values": rec.find(r.values.tobytes()) + 37,
        "axis": rec.find(np.asarray(r.xs, "<f8").tobytes()) + 13,
        "trajectory": rec.find(np.asarray(r.trajectory.x, "<f8").tobytes()) + 6,
        "crc": len(rec) - 2,
        "crc-field-tag": len(rec) - 6,
    }


FLIPS = _flip_offsets()


def tensor(dtype, dims, **values):
    shape = tensor_shape_pb2.TensorShapeProto(dim=[tensor_shape_pb2.TensorShapeProto.Dim(size=d) for d in dims])
    return tensor_pb2.TensorProto(dtype=dtype, tensor_shape=shape, **values)


# Another writer's tensors under a landscape tag: step -> (tensor, Rust loader keeps it).
FOREIGN = {
    2: (tensor(types_pb2.DT_FLOAT, [], float_val=[1.0]), False),
    3: (tensor(types_pb2.DT_STRING, [], string_val=[b"x"]), False),
    4: (tensor(types_pb2.DT_STRING, [1, 1], string_val=[b"x"]), False),
    5: (tensor(types_pb2.DT_INT32, [1], int_val=[3]), False),
    6: (tensor(types_pb2.DT_FLOAT, [3], float_val=[1.0, 2.0, 3.0]), False),
    7: (tensor(types_pb2.DT_STRING, [2], string_val=[b"a", b"b"]), True),
    8: (tensor(types_pb2.DT_STRING, [0]), True),
}

ODD_NAMES = {"run": ['q"uote', "back\\slash"], "tag": ['train/"quoted"', "train\\back"]}


def _bad_trajectory() -> bytes:
    record = metadata.landscape_to_record(land(2))
    del record.trajectory.x[-1]
    return metadata.serialize_record(record)  # a valid checksum: the writer got it wrong


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("corrupt")
    for name, offset in FLIPS.items():
        d = str(root / f"flip-{name}")
        write("event_file_writer", d, TAG, [(s, land(s)) for s in (1, 2, 3)])
        flip_bit(event_files(d)[0], record_bytes(2), offset, bit=2)
    write_events(str(root / "trajectory"), [(1, TAG, land(1)), (2, TAG, _bad_trajectory()), (3, TAG, land(3))])
    write_events(str(root / "foreign"), [(1, TAG, land(1))] + [(s, TAG, t) for s, (t, _) in FOREIGN.items()]
                 + [(9, TAG, land(9))])
    old = metadata.landscape_to_record(land(1)).SerializeToString()  # as written before checksums
    write_events(str(root / "old"), [(1, TAG, old), (2, TAG, land(2))])
    for run in ODD_NAMES["run"]:
        write_events(str(root / run), [(1, TAG, land(1))])
    write_events(str(root / "names"), [(1, tag, land(1)) for tag in ODD_NAMES["tag"]] + [(1, TAG, land(1))])
    return root


@pytest.fixture(scope="module", params=["rust", "python"])
def server(request, logdir):
    srv = TensorBoardServer(str(logdir), load_fast=request.param == "rust").start()
    srv.wait_for(lambda: len(srv.plugin_json("tags")) >= len(FLIPS) + 6, what="every run listed")
    srv.wait_for_steps("foreign", TAG, 3)  # the last step is loaded
    srv.loader = request.param
    yield srv
    srv.stop()


def listed(server, run, tag=TAG):
    answer = server.plugin_json("steps", run=run, tag=tag)
    return [s["step"] for s in answer["steps"]], {s["step"]: s["error"] for s in answer["skipped"]}


def served(server, run, step, tag=TAG):
    status, _, body = server.plugin("landscape", run=run, tag=tag, step=step)
    assert status == 200, (run, tag, step, status, body[:300])
    return decode_frame(body)


def assert_served_exactly(server, run, step, tag=TAG):
    header, values = served(server, run, step, tag)
    assert header["step"] == step
    assert values[0].tobytes() == land(step).values.tobytes()
    assert header["trajectory"]["x"] == [-0.75, 0.0]


@pytest.mark.parametrize("where", sorted(FLIPS))
def test_a_bit_flip_inside_a_record_is_never_served(server, where):
    run = f"flip-{where}"
    steps, skipped = listed(server, run)
    assert 2 not in steps
    status, _, body = server.plugin("landscape", run=run, tag=TAG, step=2)
    assert status == 404, body[:200]
    assert_served_exactly(server, run, 1)
    if server.loader == "rust":
        # The Rust loader hands the damaged bytes over: the record's checksum catches them.
        assert steps == [1, 3] and list(skipped) == [2]
        assert "damaged" in skipped[2] or "does not parse" in skipped[2], skipped[2]
        assert_served_exactly(server, run, 3)
        assert decode_frame(server.plugin("landscape", run=run, tag=TAG)[2])[0]["step"] == 3
    else:
        # The Python loader checks the event file's own checksum and stops reading the file
        # there (TensorBoard's behaviour): the damaged step and those after it never arrive.
        assert steps == [1] and skipped == {}


def test_a_trajectory_whose_arrays_disagree_is_skipped(server):
    steps, skipped = listed(server, "trajectory")
    assert steps == [1, 3] and list(skipped) == [2]
    assert "trajectory.x has 1 entries, expected 2" in skipped[2]
    status, _, body = server.plugin("landscape", run="trajectory", tag=TAG, step=2)
    assert status == 404 and b"trajectory.x" in body
    assert_served_exactly(server, "trajectory", 3)


def test_another_writers_tensor_says_what_is_wrong(server):
    steps, skipped = listed(server, "foreign")
    assert steps == [1, 9]
    assert_served_exactly(server, "foreign", 1)
    assert_served_exactly(server, "foreign", 9)
    # The Rust data server drops events whose tensor is not a rank-1 string tensor before any
    # plugin sees them; the Python loader hands them over and the reason is spelled out.
    expect = [s for s, (_, kept) in FOREIGN.items() if kept or server.loader == "python"]
    assert sorted(skipped) == expect
    for step, error in skipped.items():
        assert "indices" not in error and "ndarray" not in error, error
        assert "string tensor of shape [1]" in error, error
    assert "holds 2 values" in skipped[7] and "holds 0 values" in skipped[8]
    if server.loader == "python":
        assert "scalar (shape [])" in skipped[2] and "float32" not in skipped[3]
        assert "string tensor of rank 2" in skipped[4] and "an int32 tensor" in skipped[5]
        assert "holds 3 values" in skipped[6]


def test_a_record_written_before_checksums_still_reads(server):
    steps, skipped = listed(server, "old")
    assert steps == [1, 2] and skipped == {}
    assert_served_exactly(server, "old", 1)


@pytest.mark.parametrize("run, tag", [(r, TAG) for r in ODD_NAMES["run"]] + [("names", t) for t in ODD_NAMES["tag"]])
def test_names_with_quotes_or_backslashes(server, run, tag):
    steps, skipped = listed(server, run, tag)
    if server.loader == "python":
        assert steps == [1] and skipped == {}
        assert_served_exactly(server, run, 1, tag)
        return
    # TensorBoard's Rust data server cannot parse back the blob keys of such names: the
    # reason names the culprit, what to rename, and the loader that reads them.
    assert steps == [] and list(skipped) == [1]
    kind = "run directory" if tag == TAG else "tag"
    assert f"Rename the {kind}" in skipped[1] and "--load_fast=false" in skipped[1], skipped[1]
    assert repr(run if tag == TAG else tag) in skipped[1]
    status, _, body = server.plugin("landscape", run=run, tag=tag)
    assert status == 404 and b"Rename the" in body
    assert_served_exactly(server, "names", 1)  # the plain tag beside them reads


def test_the_tab_says_why_a_run_cannot_be_read(server, open_tab):
    if server.loader != "rust":
        pytest.skip("only the Rust loader refuses these names")
    tab = open_tab(server.url)
    tab.q("run-select").select_option('q"uote')
    tab.frame.wait_for_selector('[data-testid="status"][data-state="error"]', timeout=60000)
    text = tab.q("status").text_content()
    assert "No readable record" in text and "Rename the run directory" in text, text
    assert not tab.errors, tab.errors
